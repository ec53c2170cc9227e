//! The end of an experiment: what happened, what we learned, and persevere / pivot / stop.
use leptos::prelude::*;

use super::try_edit;
use crate::model::ideas::{Decision, Experiment, Verdict};
use crate::model::time::{iso_date, parse_input_date};
use crate::model::validate::Problem;
use crate::ui::community::problem_at;
use crate::ui::helpers::peek;
use crate::ui::state::AppState;

fn hint(d: Decision) -> &'static str {
    match d {
        Decision::Persevere => "It works: keep going (and perhaps scale it).",
        Decision::Pivot => "Keep the goal, change the approach: record what changes and why.",
        Decision::Stop => "It did not work here. Stopping is a result too: keep the lesson.",
    }
}

#[component]
pub fn DecisionForm(experiment: Experiment, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = experiment.id;
    let fid = move |f: &str| format!("decision-{id}-{f}");
    let pivot = peek(state, |p| p.ideas.pivot_of(id).cloned());
    let decision = RwSignal::new(experiment.decision);
    let on = RwSignal::new(iso_date(experiment.decided_on.unwrap_or_else(|| state.now().date_naive())));
    let result = RwSignal::new(experiment.result.clone());
    let learning = RwSignal::new(experiment.learning.clone());
    let what_changed = RwSignal::new(pivot.as_ref().map(|p| p.what_changed.clone()).unwrap_or_default());
    let why = RwSignal::new(pivot.map(|p| p.why).unwrap_or_default());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Some(chosen) = decision.get_untracked() else {
            problems.set(vec![Problem::new("decision", "Choose persevere, pivot or stop.")]);
            return;
        };
        let date = match parse_input_date(&on.get_untracked()) {
            Ok(d) => d,
            Err(why) => return problems.set(vec![Problem::new("on", why)]),
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
            Err(found) => problems.set(found),
        }
    };
    let area = move |field: &'static str, label: &'static str, value: RwSignal<String>| {
        let error = problem_at(problems, field);
        view! {
            <div class="field wide">
                <label for=fid(field)>{label}</label>
                <textarea id=fid(field) rows="2" prop:value=value on:input=move |e| value.set(event_target_value(&e))
                    aria-invalid=move || error().map(|_| "true") aria-describedby=fid(&format!("{field}-error"))></textarea>
                <p class="field-error" id=fid(&format!("{field}-error"))>{error}</p>
            </div>
        }
    };
    let decision_error = problem_at(problems, "decision");
    let on_error = problem_at(problems, "on");
    view! {
        <form class="card voice-form decision-form" on:submit=submit aria-label=format!("Decision on {}", experiment.title)>
            <h3>"Decision on " {experiment.title.clone()}</h3>
            <fieldset class="field wide decision-choice" aria-describedby=fid("decision-error")>
                <legend>"What do we do now?"</legend>
                {Decision::ALL.into_iter().map(|d| view! {
                    <label class="choice">
                        <input type="radio" name=fid("decision") value=d.key()
                            prop:checked=move || decision.get() == Some(d) on:change=move |_| decision.set(Some(d))/>
                        <span><strong>{d.label()}</strong>" " <span class="hint">{hint(d)}</span></span>
                    </label>
                }).collect_view()}
                <p class="field-error" id=fid("decision-error")>{decision_error}</p>
            </fieldset>
            <div class="field">
                <label for=fid("on")>"Decided on"</label>
                <input id=fid("on") type="date" prop:value=on on:input=move |e| on.set(event_target_value(&e))
                    aria-describedby=fid("on-error")/>
                <p class="field-error" id=fid("on-error")>{on_error}</p>
            </div>
            {area("result", "Result: what happened", result)}
            {area("learning", "What we learned", learning)}
            <Show when=move || decision.get() == Some(Decision::Pivot)>
                {area("what_changed", "What changes in our strategy", what_changed)}
                {area("why", "Why", why)}
            </Show>
            <div class="form-actions">
                <button type="submit" class="primary">"Save decision"</button>
                <button type="button" on:click=move |_| on_done()>"Cancel"</button>
            </div>
        </form>
    }
}
