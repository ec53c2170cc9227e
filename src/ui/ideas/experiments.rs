//! Experiments: what we try, how we will know, and the decision that ends each one. A
//! stopped experiment is shown as learning: its lesson leads, not its result.
use leptos::prelude::*;

use super::decision::DecisionForm;
use super::experiment_form::ExperimentForm;
use super::Drafting;
use crate::i18n::{tr, Key, Words};
use crate::model::ideas::{stage, Decision, Experiment, Stage};
use crate::ui::helpers::{peek, read};
use crate::ui::form::{linked_lines, EditDelete, EditableList};
use crate::ui::i18n::{t, tw, tw1};
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
                <h2 id="experiments" tabindex="-1">{t(tr::ideas::EXPERIMENTS_HEADING)}</h2>
                <button type="button" class="primary" on:click=move |_| drafting.start(Experiment::new("", state.now()))>{t(tr::ideas::ADD_EXPERIMENT)}</button>
            </div>
            <EditableList editing=drafting.editing adding=drafting.adding items=experiments class="experiment-list"
                empty_title=t(tr::ideas::EXPERIMENTS_EMPTY_TITLE)
                empty_prompt=t(tr::ideas::EXPERIMENTS_EMPTY_PROMPT)
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
        let (start, end) = (e.start, e.end);
        let (decision, decided_on) = (e.decision, e.decided_on);
        let lesson_first = matches!(s, Stage::Decided(Decision::Stop | Decision::Pivot)) && !e.learning.is_empty();
        let row = |label: Key, text: String| (!text.is_empty()).then(|| fact(label, text));
        view! {
            <li class=format!("experiment-card card stage-{}", s.key())>
                <div class="experiment-head">
                    <h3>{e.title.clone()}</h3>
                    <span class=format!("stage-badge stage-badge-{}", s.key())>{t(s.label_key())}</span>
                </div>
                {idea.map(|title| view! { <p class="hint">{tw1(|w, x| tr::ideas::tests_idea(w, x), &title)}</p> })}
                {lesson_first.then(|| view! {
                    <p class="lesson"><span class="label">{t(tr::ideas::LESSON_LABEL)}" "</span>{e.learning.clone()}</p>
                })}
                <dl class="experiment-facts">
                    {row(tr::ideas::HYPOTHESIS, e.hypothesis.clone())}
                    {row(tr::ideas::TRY_LABEL, e.test.clone())}
                    {row(tr::ideas::HOW_WE_KNOW, e.how_we_know.clone())}
                    {(start.is_some() || end.is_some()).then(|| fact(tr::ideas::WHEN, tw(move |w| dates(w, start, end))))}
                    {row(tr::ideas::RESULT, e.result.clone())}
                    {(!lesson_first).then(|| row(tr::ideas::LEARNED, e.learning.clone()))}
                    {decided_on.map(|d| fact(tr::ideas::DECIDED, tw(move |w| {
                        tr::ideas::decided_on(w, &w.date(d), decision.map_or("", |k| w.get(k.label_key())))
                    })))}
                </dl>
                {linked_lines(Vec::new(), e.metric_ids.clone())}
                {pivot.map(|p| view! {
                    <div class="pivot-note">
                        <p><span class="label">{t(tr::ideas::STRATEGY_CHANGE)}" "</span>{p.what_changed}</p>
                        <p><span class="label">{t(tr::ideas::WHY_LABEL)}" "</span>{p.why}</p>
                    </div>
                })}
                <div class="row-actions">
                    <button type="button" class=if e.decision.is_none() { "primary" } else { "" }
                        aria-label=tw1(|w, x| tr::ideas::record_decision_label(w, x), &e.title) on:click=move |_| deciding.set(true)>
                        {t(if e.decision.is_none() { tr::ideas::RECORD_DECISION } else { tr::ideas::CHANGE_DECISION })}
                    </button>
                    {e.decision.is_some().then(|| view! {
                        <button type="button" aria-label=tw1(|w, x| tr::ideas::reopen_label(w, x), &e.title)
                            on:click=move |_| state.edit(None, move |p, now| p.reopen_experiment(id, now))>{t(tr::ideas::REOPEN)}</button>
                    })}
                    <EditDelete edit_label=tw1(|w, x| tr::ideas::edit_experiment(w, x), &e.title) delete_label=tw1(|w, x| tr::ideas::delete_experiment(w, x), &e.title)
                        question=if pivot_kept { tw1(|w, x| tr::ideas::delete_experiment_pivot_question(w, x), &e.title) } else { tw1(|w, x| tr::ideas::delete_experiment_question(w, x), &e.title) }
                        on_edit
                        deleted=tw1(|w, x| tr::ideas::experiment_deleted(w, x), &e.title) delete=move |p, now| { p.remove::<Experiment>(id, now); }/>
                </div>
            </li>
        }
        .into_any()
    }
}

/// One fact of the card: its name and its text (plain, or worded in the current language).
fn fact(label: Key, text: impl IntoView + 'static) -> impl IntoView {
    view! { <dt>{t(label)}</dt><dd>{text}</dd> }
}

/// When the experiment runs, as far as its dates are known.
fn dates(w: &Words, start: Option<chrono::NaiveDate>, end: Option<chrono::NaiveDate>) -> String {
    match (start, end) {
        (Some(a), Some(b)) => tr::ideas::dates_range(w, &w.date(a), &w.date(b)),
        (Some(a), None) => tr::ideas::dates_from(w, &w.date(a)),
        (None, Some(b)) => tr::ideas::dates_until(w, &w.date(b)),
        (None, None) => String::new(),
    }
}
