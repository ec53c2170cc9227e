//! The end of an experiment: what happened, what we learned, and persevere / pivot / stop.
use leptos::prelude::*;

use super::try_edit;
use crate::i18n::{tr, Key};
use crate::model::ideas::{Decision, Experiment, Verdict};
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::helpers::peek;
use crate::ui::form::{DateField, FieldError, FormErrors, Found, LongText, SubmitCancel};
use crate::ui::i18n::{t, tw1, I18n};
use crate::ui::state::AppState;
use crate::ui::widgets::When;

fn hint(d: Decision) -> Key {
    match d {
        Decision::Persevere => tr::ideas::HINT_PERSEVERE,
        Decision::Pivot => tr::ideas::HINT_PIVOT,
        Decision::Stop => tr::ideas::HINT_STOP,
    }
}

#[component]
pub fn DecisionForm(experiment: Experiment, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = expect_context::<I18n>();
    let id = experiment.id;
    let errors = FormErrors::new(format!("decision-{id}"));
    let pivot = peek(state, |p| p.ideas.pivot_of(id).cloned());
    let decision = RwSignal::new(experiment.decision);
    let on = RwSignal::new(iso_date(experiment.decided_on.unwrap_or_else(|| state.now().date_naive())));
    let result = RwSignal::new(experiment.result.clone());
    let learning = RwSignal::new(experiment.learning.clone());
    let what_changed = RwSignal::new(pivot.as_ref().map(|p| p.what_changed.clone()).unwrap_or_default());
    let why = RwSignal::new(pivot.map(|p| p.why).unwrap_or_default());
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut found = Found::default();
        if decision.get_untracked().is_none() {
            found.push("decision", i18n.now(|w| w.get(tr::ideas::CHOOSE_DECISION).to_string()));
        }
        let date = found.read("on", parse_input_date(&on.get_untracked()));
        let (Some(chosen), Some(date)) = (decision.get_untracked(), date) else {
            errors.show(found);
            return;
        };
        let verdict = Verdict {
            decision: chosen,
            on: date,
            result: result.get_untracked(),
            learning: learning.get_untracked(),
            what_changed: what_changed.get_untracked(),
            why: why.get_untracked(),
        };
        match try_edit(state, None, move |p, now| p.decide_experiment(id, verdict.clone(), now)) {
            Ok(()) => on_done(),
            Err(found) => {
                errors.show(found);
            }
        }
    };
    // The first choice carries the group's id, so that a missing choice focuses it.
    let first_choice = errors.id("decision");
    view! {
        <form class="card voice-form decision-form" on:submit=submit aria-label=tw1(|w, x| tr::ideas::decision_on(w, x), &experiment.title)>
            <h3>{tw1(|w, x| tr::ideas::decision_on(w, x), &experiment.title)}</h3>
            <fieldset class="field wide decision-choice" aria-describedby=errors.id("decision-error")>
                <legend>{t(tr::ideas::WHAT_NOW)}</legend>
                {Decision::ALL.into_iter().enumerate().map(|(i, d)| view! {
                    <label class="choice">
                        <input type="radio" id=(i == 0).then(|| first_choice.clone()) name=errors.id("decision") value=d.key()
                            prop:checked=move || decision.get() == Some(d) on:change=move |_| decision.set(Some(d))/>
                        <span><strong>{t(d.label_key())}</strong>" " <span class="hint">{t(hint(d))}</span></span>
                    </label>
                }).collect_view()}
                <FieldError id=errors.id("decision-error") message=move || errors.at("decision")/>
            </fieldset>
            <DateField form=errors field="on" label=t(tr::ideas::DECIDED_ON_LABEL) value=on/>
            <LongText form=errors field="result" label=t(tr::ideas::RESULT_LABEL) value=result rows=2/>
            <LongText form=errors field="learning" label=t(tr::ideas::LEARNED) value=learning rows=2/>
            <When when=move || decision.get() == Some(Decision::Pivot)>
                <LongText form=errors field="what_changed" label=t(tr::ideas::WHAT_CHANGES) value=what_changed rows=2/>
                <LongText form=errors field="why" label=t(tr::ideas::WHY) value=why rows=2/>
            </When>
            <SubmitCancel submit=t(tr::ideas::SAVE_DECISION) on_cancel=on_done/>
        </form>
    }
}
