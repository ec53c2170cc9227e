//! Plans an experiment: hypothesis, what we will try, how we will know, dates. The result,
//! the lesson and the decision are recorded at the end (see `decision.rs`).
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::ideas::{check_experiment, Experiment};
use crate::model::time::{iso_date, parse_input_date};
use crate::model::links::metric_choices;
use crate::ui::form::{save_record, DateField, FormErrors, FormGuard, Found, LinkPicker, LongText, RecordForm, TextField};
use crate::ui::i18n::t;
use crate::ui::state::AppState;

#[component]
pub fn ExperimentForm(experiment: Experiment, is_new: bool, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    // A new form has a fixed id so that "Test this idea" can move focus into it.
    let errors = FormErrors::new(if is_new { "experiment-form".to_string() } else { format!("experiment-{}", experiment.id) });
    let title = RwSignal::new(experiment.title.clone());
    let hypothesis = RwSignal::new(experiment.hypothesis.clone());
    let test = RwSignal::new(experiment.test.clone());
    let how = RwSignal::new(experiment.how_we_know.clone());
    let start = RwSignal::new(experiment.start.map(iso_date).unwrap_or_default());
    let end = RwSignal::new(experiment.end.map(iso_date).unwrap_or_default());
    let metrics = RwSignal::new(experiment.metric_ids.clone());
    let guard = FormGuard::new((!is_new).then_some(experiment.updated_at), crate::i18n::tr::form::record::OTHER);
    let original = StoredValue::new(experiment);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.title = title.get_untracked().trim().to_string();
        draft.hypothesis = hypothesis.get_untracked().trim().to_string();
        draft.test = test.get_untracked().trim().to_string();
        draft.how_we_know = how.get_untracked().trim().to_string();
        draft.metric_ids = metrics.get_untracked();
        let (from, until) = (parse_input_date(&start.get_untracked()), parse_input_date(&end.get_untracked()));
        let dates_read = from.is_ok() && until.is_ok();
        let mut found = Found::default();
        if let (Ok(a), Ok(b)) = (&from, &until) {
            (draft.start, draft.end) = (*a, *b);
        }
        // The model compares the dates only once both are read; its problems come first, in
        // the order of the fields.
        found.extend(check_experiment(&draft).into_iter().filter(|p| dates_read || p.path != "end"));
        found.read("start", from);
        found.read("end", until);
        if save_record(state, errors, found, guard, draft) {
            on_done();
        }
    };
    view! {
        <RecordForm class="card voice-form" heading=t(if is_new { tr::ideas::NEW_EXPERIMENT } else { tr::ideas::EDIT_EXPERIMENT_HEADING }) in_section=true
            on_submit=submit guard is_new save_new=t(tr::ideas::SAVE_EXPERIMENT) on_cancel=on_done>
            <TextField form=errors field="title" label=t(tr::ideas::NAME) value=title/>
            <TextField form=errors field="how" label=t(tr::ideas::HOW_LABEL) value=how/>
            <LinkPicker form=errors field="metrics" legend=t(tr::form::LINKED_METRICS) value=metrics options=metric_choices removed=tr::form::REMOVED_METRIC empty=tr::form::NO_METRICS/>
            <LongText form=errors field="hypothesis" label=t(tr::ideas::HYPOTHESIS_LABEL) value=hypothesis rows=2/>
            <LongText form=errors field="test" label=t(tr::ideas::TRY_LABEL) value=test rows=2/>
            <DateField form=errors field="start" label=t(tr::ideas::START) value=start/>
            <DateField form=errors field="end" label=t(tr::ideas::END) value=end/>
        </RecordForm>
    }
}
