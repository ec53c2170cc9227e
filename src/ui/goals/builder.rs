//! The guided goal builder: five short steps, with the SMART check beside them that says,
//! as the group types, which letters are met and what is missing.
use leptos::prelude::*;

use crate::ui::form::{open_record, save_record, CheckField, DateField, Found, GuardMessage, LongText, SelectField, TextField};
use super::checklist::{CheckList, Choice};
use crate::model::goals::{check_goal, metric_mix, smart, Check, Goal, MetricMix, SmartContext};
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::routes::Route;
use crate::ui::state::AppState;

/// What the builder offers to link, read once when it opens.
struct Options {
    partners: Vec<Choice>,
    metrics: Vec<Choice>,
    causes: Vec<Choice>,
    symptoms: Vec<Choice>,
    commitments: Option<Vec<Choice>>,
    has_mission: bool,
}

fn options(state: AppState) -> Options {
    let today = state.now().date_naive();
    state.current.with_untracked(|c| {
        let Some(p) = c.as_ref() else {
            return Options { partners: vec![], metrics: vec![], causes: vec![], symptoms: vec![], commitments: None, has_mission: false };
        };
        let cx = SmartContext::of(p, today);
        let choice = |id, label: String, depth| Choice { id, label, depth };
        Options {
            partners: p.partners.iter().map(|x| choice(x.id, x.name.clone(), 0)).collect(),
            metrics: p.metrics.iter().map(|m| {
                let target = m.target_value.map(|t| format!(", target {}", m.amount(t))).unwrap_or_else(|| ", no target yet".into());
                choice(m.id, format!("{} ({}{target})", m.name, m.kind.label()), 0)
            }).collect(),
            causes: p.problem_tree.rows(&[]).into_iter().map(|r| choice(r.cause.id, r.cause.text, r.depth)).collect(),
            symptoms: p.problem_tree.symptoms.iter().map(|s| choice(s.id, s.text.clone(), 0)).collect(),
            commitments: cx.commitments.as_ref().map(|cs| cs.iter().map(|c| choice(c.id, c.label.clone(), 0)).collect()),
            has_mission: cx.mission.is_some(),
        }
    })
}

#[component]
pub fn GoalBuilder(goal: Option<Goal>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = goal.is_none();
    let original = goal.unwrap_or_else(|| Goal::new("", state.now()));
    let statement = RwSignal::new(original.statement.clone());
    let group = RwSignal::new(original.target_group.clone());
    let place = RwSignal::new(original.place.clone());
    let owners = RwSignal::new(original.owner_ids.clone());
    let metrics = RwSignal::new(original.metric_ids.clone());
    let causes = RwSignal::new(original.cause_ids.clone());
    let symptoms = RwSignal::new(original.symptom_ids.clone());
    let commitments = RwSignal::new(original.commitment_ids.clone());
    let serves = RwSignal::new(original.serves_mission);
    let status = RwSignal::new(original.status);
    let start = RwSignal::new(original.start.map(iso_date).unwrap_or_default());
    let end = RwSignal::new(original.end.map(iso_date).unwrap_or_default());
    let (original, errors, guard) = open_record(original, is_new, "goal", "goal");

    let draft = Memo::new(move |_| {
        let mut g = original.get_value();
        g.statement = statement.get().trim().to_string();
        g.target_group = group.get().trim().to_string();
        g.place = place.get().trim().to_string();
        g.owner_ids = owners.get();
        g.metric_ids = metrics.get();
        g.cause_ids = causes.get();
        g.symptom_ids = symptoms.get();
        g.commitment_ids = commitments.get();
        g.serves_mission = serves.get();
        g.status = status.get();
        g.start = parse_input_date(&start.get()).ok().flatten();
        g.end = parse_input_date(&end.get()).ok().flatten();
        g
    });
    let verdict = Memo::new(move |_| {
        let today = state.now().date_naive();
        draft.with(|g| {
            state.current.with(|c| {
                c.as_ref().map(|p| (smart(g, &SmartContext::of(p, today)), metric_mix(g, &p.metrics)))
            })
        })
    });

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let goal = draft.get_untracked();
        let mut found = Found::default();
        found.read("start", parse_input_date(&start.get_untracked()));
        found.read("end", parse_input_date(&end.get_untracked()));
        found.extend(check_goal(&goal));
        if save_record(state, errors, found, guard, goal) {
            on_done();
        }
    };
    let o = options(state);
    let title = if is_new { "New goal" } else { "Edit goal" };
    view! {
        <form class="card goal-builder" aria-label=title on:submit=submit>
            <h2>{title}</h2>
            <div class="builder-grid">
                <div class="builder-steps">
                    <fieldset class="step">
                        <legend>"1. What will change?"</legend>
                        <LongText form=errors field="statement" label="Goal" value=statement rows=2
                            placeholder="e.g. Raise the share of households that are food-secure from 62% to 75%"/>
                        <TextField form=errors field="group" label="Who benefits?" value=group/>
                        <TextField form=errors field="place" label="Where?" value=place/>
                    </fieldset>
                    <div class="step">
                        <CheckList legend="2. How will we know? Metrics" choices=o.metrics selected=metrics
                            empty=|| view! { <p class="hint">"No metrics yet. " <a href=Route::Metrics.href()>"Create one on the Metrics page"</a>"."</p> }/>
                    </div>
                    <div class="step">
                        <CheckList legend="3. Who makes it happen? Owners" choices=o.partners selected=owners
                            empty=|| view! { <p class="hint">"No partners yet. " <a href=Route::Partners.href()>"Add partners"</a>"."</p> }/>
                        {o.commitments.map(|cs| view! {
                            <CheckList legend="Resource-map commitments that support it" choices=cs selected=commitments
                                empty=|| view! { <p class="hint">"The resource map has no commitments yet."</p> }/>
                        })}
                    </div>
                    <div class="step">
                        <CheckList legend="4. Why? Causes it works on" choices=o.causes selected=causes
                            empty=|| view! { <p class="hint">"No causes yet. " <a href=Route::Causes.href()>"Build the problem tree"</a>"."</p> }/>
                        <CheckList legend="Symptoms it relieves" choices=o.symptoms selected=symptoms
                            empty=|| view! { <p class="hint">"No symptoms recorded."</p> }/>
                        {o.has_mission.then(|| view! {
                            <CheckField form=errors field="serves" label="This goal serves our mission" value=serves/>
                        })}
                    </div>
                    <fieldset class="step dates">
                        <legend>"5. By when?"</legend>
                        <DateField form=errors field="start" label="Start" value=start/>
                        <DateField form=errors field="end" label="End" value=end/>
                        <SelectField form=errors field="status" label="Status" value=status/>
                    </fieldset>
                </div>
                <SmartPanel verdict=verdict/>
            </div>
            <GuardMessage guard/>
            <div class="form-actions">
                <button type="submit" class="primary">{if is_new { "Save goal" } else { "Save changes" }}</button>
                <button type="button" on:click=move |_| on_done()>"Cancel"</button>
                <span class="hint">"A goal can be saved before it is SMART; it stays flagged until it is."</span>
            </div>
        </form>
    }
}

/// The five letters, each met or missing with its sentence, updated as the form changes.
#[component]
fn SmartPanel(verdict: Memo<Option<([Check; 5], MetricMix)>>) -> impl IntoView {
    view! {
        <aside class="smart-panel" aria-label="SMART check">
            <h3>"SMART check"</h3>
            {move || verdict.get().map(|(checks, mix)| {
                let met = checks.iter().filter(|c| c.met).count();
                view! {
                    <p class="smart-score">{format!("{met} of 5 met")}</p>
                    <ul class="smart-list">
                        {checks.into_iter().map(|c| view! { <SmartItem check=c/> }).collect_view()}
                    </ul>
                    {mix.advice().map(|a| view! { <p class="mix-advice">{a}</p> })}
                }
            })}
        </aside>
    }
}

#[component]
pub fn SmartItem(check: Check) -> impl IntoView {
    let state_word = if check.met { "Met" } else { "Missing" };
    view! {
        <li class="smart-item" class:met=check.met class:missing=!check.met
            data-letter=check.letter.name().to_lowercase()>
            <span class="smart-letter" aria-hidden="true">{check.letter.initial()}</span>
            <div>
                <p class="smart-name">{check.letter.name()} ": " <strong class="smart-state">{state_word}</strong></p>
                <p class="smart-why">{let why = check.explanation.clone(); crate::ui::i18n::tw(move |w| why.say(w))}</p>
            </div>
        </li>
    }
}
