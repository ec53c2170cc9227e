//! Plans an experiment: hypothesis, what we will try, how we will know, dates. The result,
//! the lesson and the decision are recorded at the end (see `decision.rs`).
use leptos::prelude::*;

use crate::ui::drafts::{FormEnd, FormGuard};
use crate::model::ideas::{check_experiment, Experiment};
use crate::model::time::{iso_date, parse_input_date};
use crate::model::validate::Problem;
use crate::ui::community::problem_at;
use crate::ui::state::AppState;

#[component]
pub fn ExperimentForm(experiment: Experiment, is_new: bool, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    // A new form has a fixed id so that "Test this idea" can move focus into it.
    let prefix = if is_new { "experiment-form".to_string() } else { format!("experiment-{}", experiment.id) };
    let prefix = StoredValue::new(prefix);
    let fid = move |f: &str| format!("{}-{f}", prefix.get_value());
    let title = RwSignal::new(experiment.title.clone());
    let hypothesis = RwSignal::new(experiment.hypothesis.clone());
    let test = RwSignal::new(experiment.test.clone());
    let how = RwSignal::new(experiment.how_we_know.clone());
    let start = RwSignal::new(experiment.start.map(iso_date).unwrap_or_default());
    let end = RwSignal::new(experiment.end.map(iso_date).unwrap_or_default());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let guard = FormGuard::new((!is_new).then_some(experiment.updated_at), "experiment");
    let original = StoredValue::new(experiment);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.title = title.get_untracked().trim().to_string();
        draft.hypothesis = hypothesis.get_untracked().trim().to_string();
        draft.test = test.get_untracked().trim().to_string();
        draft.how_we_know = how.get_untracked().trim().to_string();
        let mut found = Vec::new();
        match parse_input_date(&start.get_untracked()) {
            Ok(d) => draft.start = d,
            Err(why) => found.push(Problem::new("start", why)),
        }
        match parse_input_date(&end.get_untracked()) {
            Ok(d) => draft.end = d,
            Err(why) => found.push(Problem::new("end", why)),
        }
        if found.is_empty() {
            found = check_experiment(&draft);
        }
        problems.set(found);
        if problems.with_untracked(|p| p.is_empty()) {
            if guard.blocks_in(|p| &p.ideas.experiments, draft.id) {
                return;
            }
            state.edit(None, move |p, now| p.upsert(draft, now));
            on_done();
        }
    };
    let err = move |path: &'static str| problem_at(problems, path);
    let text_field = move |field: &'static str, label: &'static str, value: RwSignal<String>, rows: Option<&'static str>| {
        let error = err(field);
        let id = fid(field);
        let eid = fid(&format!("{field}-error"));
        let control = match rows {
            Some(rows) => view! {
                <textarea id=id rows=rows prop:value=value on:input=move |e| value.set(event_target_value(&e))
                    aria-invalid=move || error().map(|_| "true") aria-describedby=eid.clone()></textarea>
            }.into_any(),
            None => view! {
                <input id=id type="text" prop:value=value on:input=move |e| value.set(event_target_value(&e))
                    aria-invalid=move || error().map(|_| "true") aria-describedby=eid.clone()/>
            }.into_any(),
        };
        view! {
            <div class=if rows.is_some() { "field wide" } else { "field" }>
                <label for=fid(field)>{label}</label>
                {control}
                <p class="field-error" id=eid>{error}</p>
            </div>
        }
    };
    let date_field = move |field: &'static str, label: &'static str, value: RwSignal<String>| {
        let error = err(field);
        view! {
            <div class="field">
                <label for=fid(field)>{label}</label>
                <input id=fid(field) type="date" prop:value=value on:input=move |e| value.set(event_target_value(&e))
                    aria-invalid=move || error().map(|_| "true") aria-describedby=fid(&format!("{field}-error"))/>
                <p class="field-error" id=fid(&format!("{field}-error"))>{error}</p>
            </div>
        }
    };
    let heading = if is_new { "New experiment" } else { "Edit experiment" };
    view! {
        <form class="card voice-form" on:submit=submit aria-label=heading>
            <h3>{heading}</h3>
            {text_field("title", "Name", title, None)}
            {text_field("how", "How we will know (what we will measure)", how, None)}
            {text_field("hypothesis", "Hypothesis: if we …, then …", hypothesis, Some("2"))}
            {text_field("test", "What we will try", test, Some("2"))}
            {date_field("start", "Start", start)}
            {date_field("end", "End", end)}
            <FormEnd guard is_new save_new="Save experiment" on_cancel=on_done/>
        </form>
    }
}
