//! Experiments: what we try, how we will know, and the decision that ends each one. A
//! stopped experiment is shown as learning: its lesson leads, not its result.
use leptos::prelude::*;

use super::decision::DecisionForm;
use super::experiment_form::ExperimentForm;
use super::Drafting;
use crate::model::ideas::{stage, Decision, Experiment, Stage};
use crate::model::time::human_date;
use crate::ui::helpers::{peek, read};
use crate::ui::form::{EditDelete, EditableList};
use crate::ui::state::AppState;

#[component]
pub fn Experiments() -> impl IntoView {
    let state = expect_context::<AppState>();
    let drafting = expect_context::<Drafting>();
    let experiments = move || read(state, |p| p.ideas.experiments.clone());
    // A new experiment's form starts from the draft: blank, or an idea's "Test this idea".
    let form = move |experiment: Option<Experiment>, done: Callback<()>| {
        let (experiment, is_new) = match experiment {
            Some(e) => (e, false),
            None => (drafting.from.get().unwrap_or_else(|| Experiment::new("", state.now())), true),
        };
        view! { <ExperimentForm experiment is_new on_done=move || done.run(())/> }
    };
    view! {
        <section class="experiments" aria-labelledby="experiments">
            <div class="section-head">
                <h2 id="experiments" tabindex="-1">"Experiments"</h2>
                <button type="button" class="primary" on:click=move |_| drafting.start(Experiment::new("", state.now()))>"Add experiment"</button>
            </div>
            <EditableList editing=drafting.editing adding=drafting.adding items=experiments class="experiment-list"
                empty_title="No experiments yet"
                empty_prompt="Pick the idea with most dots, write “If we …, then …”, agree how you will know within a few weeks, and try it small."
                form
                card={|experiment, edit: Callback<()>| view! { <ExperimentCard experiment on_edit=edit/> }}
            />
        </section>
    }
}

#[component]
fn ExperimentCard(experiment: Experiment, on_edit: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // Recording the decision replaces the card with its form; the saved decision changes
    // the experiment, which redraws the row (its key) as a card.
    let deciding = RwSignal::new(false);
    let today = state.now().date_naive();
    move || {
        let e = experiment.clone();
        if deciding.get() {
            return view! { <li><DecisionForm experiment=e on_done=move || deciding.set(false)/></li> }.into_any();
        }
        let id = e.id;
        let s = stage(&e, today);
        // Untracked: deciding or editing touches the experiment, which redraws it by key.
        let idea = peek(state, |p| e.idea_id.map(|i| p.ideas.idea_title(i)));
        let pivot = peek(state, |p| p.ideas.pivot_of(id).cloned());
        let pivot_kept = pivot.is_some();
        let dates = match (e.start, e.end) {
            (Some(a), Some(b)) => Some(format!("{} to {}", human_date(a), human_date(b))),
            (Some(a), None) => Some(format!("from {}", human_date(a))),
            (None, Some(b)) => Some(format!("until {}", human_date(b))),
            (None, None) => None,
        };
        let lesson_first = matches!(s, Stage::Decided(Decision::Stop | Decision::Pivot)) && !e.learning.is_empty();
        let row = |label: &'static str, text: String| (!text.is_empty()).then(|| view! { <dt>{label}</dt><dd>{text}</dd> });
        view! {
            <li class=format!("experiment-card card stage-{}", s.key())>
                <div class="experiment-head">
                    <h3>{e.title.clone()}</h3>
                    <span class=format!("stage-badge stage-badge-{}", s.key())>{s.label()}</span>
                </div>
                {idea.map(|t| view! { <p class="hint">"Tests the idea “" {t} "”"</p> })}
                {lesson_first.then(|| view! {
                    <p class="lesson"><span class="label">"What we learned: "</span>{e.learning.clone()}</p>
                })}
                <dl class="experiment-facts">
                    {row("Hypothesis", e.hypothesis.clone())}
                    {row("What we will try", e.test.clone())}
                    {row("How we will know", e.how_we_know.clone())}
                    {row("When", dates.unwrap_or_default())}
                    {row("Result", e.result.clone())}
                    {(!lesson_first).then(|| row("What we learned", e.learning.clone()))}
                    {row("Decided", e.decided_on.map(|d| format!("{} on {}", e.decision.map_or("", |d| d.label()), human_date(d))).unwrap_or_default())}
                </dl>
                {pivot.map(|p| view! {
                    <div class="pivot-note">
                        <p><span class="label">"Strategy change: "</span>{p.what_changed}</p>
                        <p><span class="label">"Why: "</span>{p.why}</p>
                    </div>
                })}
                <div class="row-actions">
                    <button type="button" class=if e.decision.is_none() { "primary" } else { "" }
                        aria-label=format!("Record the decision on {}", e.title) on:click=move |_| deciding.set(true)>
                        {if e.decision.is_none() { "Record decision" } else { "Change decision" }}
                    </button>
                    {e.decision.is_some().then(|| view! {
                        <button type="button" aria-label=format!("Reopen {}", e.title)
                            on:click=move |_| state.edit(None, move |p, now| p.reopen_experiment(id, now))>"Reopen"</button>
                    })}
                    <EditDelete edit_label=format!("Edit experiment {}", e.title) delete_label=format!("Delete experiment {}", e.title)
                        question=if pivot_kept { format!("Delete {}? Its pivot stays in the log.", e.title) } else { format!("Delete {}?", e.title) }
                        on_edit
                        deleted=format!("Deleted the experiment {}.", e.title) delete=move |p, now| { p.remove::<Experiment>(id, now); }/>
                </div>
            </li>
        }
        .into_any()
    }
}
