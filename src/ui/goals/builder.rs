//! The guided goal builder: five short steps, with the SMART check beside them that says,
//! as the group types, which letters are met and what is missing.
use leptos::prelude::*;

use crate::ui::form::{open_record, save_record, CheckField, DateField, Found, GuardMessage, LongText, SelectField, TextField};
use super::checklist::{CheckList, Choice};
use crate::model::goals::{check_goal, metric_mix, smart, Check, Goal, MetricMix, SmartContext};
use crate::i18n::tr;
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::i18n::{t, tw};
use crate::ui::helpers::metric_amount as amount;
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
        let choice = |id, label: String, depth| Choice { id, label: label.into(), depth };
        Options {
            partners: p.partners.iter().map(|x| choice(x.id, x.name.clone(), 0)).collect(),
            metrics: p.metrics.iter().map(|m| {
                let (id, m) = (m.id, m.clone());
                let label = tw(move |w| {
                    let kind = w.get(m.kind.label_key());
                    match m.target_value {
                        Some(t) => tr::goals::metric_choice(w, kind, &m.name, &amount(w, &m, t)),
                        None => tr::goals::metric_choice_no_target(w, kind, &m.name),
                    }
                });
                Choice { id, label: label.into(), depth: 0 }
            }).collect(),
            causes: p.problem_tree.rows(&[]).into_iter().map(|r| choice(r.cause.id, r.cause.text, r.depth)).collect(),
            symptoms: p.problem_tree.symptoms.iter().map(|s| choice(s.id, s.text.clone(), 0)).collect(),
            commitments: cx.commitments.as_ref().map(|cs| cs.iter().map(|c| {
                let said = c.label.clone();
                Choice { id: c.id, label: tw(move |w| said.say(w)).into(), depth: 0 }
            }).collect()),
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
    let (original, errors, guard) = open_record(original, is_new, "goal", crate::i18n::tr::form::record::GOAL);

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
    let title = t(if is_new { tr::goals::ADD } else { tr::goals::EDIT_GOAL });
    view! {
        <form class="card goal-builder" aria-label=title on:submit=submit>
            <h2>{title}</h2>
            <div class="builder-grid">
                <div class="builder-steps">
                    <fieldset class="step">
                        <legend>{t(tr::goals::STEP_WHAT)}</legend>
                        <LongText form=errors field="statement" label=t(tr::goals::GOAL) value=statement rows=2
                            placeholder=t(tr::goals::GOAL_PLACEHOLDER)/>
                        <TextField form=errors field="group" label=t(tr::goals::WHO_BENEFITS) value=group/>
                        <TextField form=errors field="place" label=t(tr::goals::WHERE) value=place/>
                    </fieldset>
                    <div class="step">
                        <CheckList legend=t(tr::goals::STEP_METRICS) choices=o.metrics selected=metrics
                            empty=|| view! { <p class="hint">{t(tr::goals::NO_METRICS)} " " <a href=Route::Metrics.href()>{t(tr::goals::CREATE_METRIC)}</a>"."</p> }/>
                    </div>
                    <div class="step">
                        <CheckList legend=t(tr::goals::STEP_OWNERS) choices=o.partners selected=owners
                            empty=|| view! { <p class="hint">{t(tr::goals::NO_PARTNERS)} " " <a href=Route::Partners.href()>{t(tr::goals::ADD_PARTNERS)}</a>"."</p> }/>
                        {o.commitments.map(|cs| view! {
                            <CheckList legend=t(tr::goals::COMMITMENTS) choices=cs selected=commitments
                                empty=|| view! { <p class="hint">{t(tr::goals::NO_COMMITMENTS)}</p> }/>
                        })}
                    </div>
                    <div class="step">
                        <CheckList legend=t(tr::goals::STEP_CAUSES) choices=o.causes selected=causes
                            empty=|| view! { <p class="hint">{t(tr::goals::NO_CAUSES)} " " <a href=Route::Causes.href()>{t(tr::goals::BUILD_TREE)}</a>"."</p> }/>
                        <CheckList legend=t(tr::goals::SYMPTOMS) choices=o.symptoms selected=symptoms
                            empty=|| view! { <p class="hint">{t(tr::goals::NO_SYMPTOMS)}</p> }/>
                        {o.has_mission.then(|| view! {
                            <CheckField form=errors field="serves" label=t(tr::goals::SERVES_MISSION) value=serves/>
                        })}
                    </div>
                    <fieldset class="step dates">
                        <legend>{t(tr::goals::STEP_WHEN)}</legend>
                        <DateField form=errors field="start" label=t(tr::goals::START) value=start/>
                        <DateField form=errors field="end" label=t(tr::goals::END) value=end/>
                        <SelectField form=errors field="status" label=t(tr::goals::STATUS) value=status/>
                    </fieldset>
                </div>
                <SmartPanel verdict=verdict/>
            </div>
            <GuardMessage guard/>
            <div class="form-actions">
                <button type="submit" class="primary">{t(if is_new { tr::goals::SAVE_GOAL } else { tr::form::SAVE_CHANGES })}</button>
                <button type="button" on:click=move |_| on_done()>{t(tr::common::CANCEL)}</button>
                <span class="hint">{t(tr::goals::SAVE_BEFORE_SMART)}</span>
            </div>
        </form>
    }
}

/// The five letters, each met or missing with its sentence, updated as the form changes.
#[component]
fn SmartPanel(verdict: Memo<Option<([Check; 5], MetricMix)>>) -> impl IntoView {
    view! {
        <aside class="smart-panel" aria-label=t(tr::goals::SMART_CHECK)>
            <h3>{t(tr::goals::SMART_CHECK)}</h3>
            {move || verdict.get().map(|(checks, mix)| {
                let met = checks.iter().filter(|c| c.met).count();
                view! {
                    <p class="smart-score">{tw(move |w| tr::goals::smart_met(w, met as i64))}</p>
                    <ul class="smart-list">
                        {checks.into_iter().map(|c| view! { <SmartItem check=c/> }).collect_view()}
                    </ul>
                    {mix.advice().map(|a| view! { <p class="mix-advice">{t(a)}</p> })}
                }
            })}
        </aside>
    }
}

#[component]
pub fn SmartItem(check: Check) -> impl IntoView {
    let state_word = t(if check.met { tr::goals::MET } else { tr::goals::MISSING });
    view! {
        <li class="smart-item" class:met=check.met class:missing=!check.met
            data-letter=check.letter.code()>
            <span class="smart-letter" aria-hidden="true">{t(check.letter.initial_key())}</span>
            <div>
                <p class="smart-name">{t(check.letter.name_key())} ": " <strong class="smart-state">{state_word}</strong></p>
                <p class="smart-why">{let why = check.explanation.clone(); crate::ui::i18n::tw(move |w| why.say(w))}</p>
            </div>
        </li>
    }
}
