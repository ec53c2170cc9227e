//! Adds or edits a metric: name, output or outcome, unit, direction, counting, baseline and
//! target.
use leptos::prelude::*;

use crate::i18n::{tr, Key, Msg};
use crate::model::metrics::{check_metric, parse_in, Metric, MetricKind};
use crate::ui::i18n::t;
use crate::ui::form::{open_record, save_record, DateField, Found, NumberField, PartnerSelect, RecordForm, SelectField, TextField};
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::state::AppState;

/// Reads an optional number field: empty is `None`.
fn optional_number(s: &str, field: Key) -> Result<Option<f64>, Msg> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        parse_in(s, field).map(Some)
    }
}

#[component]
pub fn MetricForm(metric: Option<Metric>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = metric.is_none();
    let original = metric.unwrap_or_else(|| Metric::new("", MetricKind::Outcome, state.now()));
    let name = RwSignal::new(original.name.clone());
    let kind = RwSignal::new(original.kind);
    let unit = RwSignal::new(original.unit.clone());
    let direction = RwSignal::new(original.direction);
    let counting = RwSignal::new(original.counting);
    let num = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let date = |d: Option<chrono::NaiveDate>| d.map(iso_date).unwrap_or_default();
    let baseline = RwSignal::new(num(original.baseline_value));
    let baseline_date = RwSignal::new(date(original.baseline_date));
    let target = RwSignal::new(num(original.target_value));
    let target_date = RwSignal::new(date(original.target_date));
    let partner = RwSignal::new(original.partner_id);
    let (original, errors, guard) = open_record(original, is_new, "metric", crate::i18n::tr::form::record::METRIC);

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut m = original.get_value();
        m.name = name.get_untracked().trim().to_string();
        m.kind = kind.get_untracked();
        m.unit = unit.get_untracked().trim().to_string();
        m.direction = direction.get_untracked();
        m.counting = counting.get_untracked();
        m.partner_id = partner.get_untracked();
        let mut found = Found::default();
        let number = |text: RwSignal<String>, field: Key| optional_number(&text.get_untracked(), field);
        // A value that could not be read is left out of the model's checks (`None`), so they
        // do not compare against text the form could not read.
        m.baseline_value = found.read("baseline_value", number(baseline, tr::problem::fields::BASELINE)).flatten();
        m.target_value = found.read("target_value", number(target, tr::problem::fields::TARGET)).flatten();
        m.baseline_date = found.read("baseline_date", parse_input_date(&baseline_date.get_untracked())).flatten();
        m.target_date = found.read("target_date", parse_input_date(&target_date.get_untracked())).flatten();
        found.extend(check_metric(&m));
        if save_record(state, errors, found, guard, m) {
            on_done();
        }
    };
    let heading = t(if is_new { tr::metrics::NEW_METRIC } else { tr::metrics::EDIT_METRIC });
    view! {
        <RecordForm class="card metric-form" heading on_submit=submit guard is_new save_new=t(tr::metrics::SAVE_METRIC) on_cancel=on_done>
            <TextField form=errors field="name" label=t(tr::metrics::NAME) value=name wide=true/>
            <fieldset class="field wide kind-choice">
                <legend>{t(tr::metrics::KIND)}</legend>
                {MetricKind::ALL.into_iter().map(|k| view! {
                    <label class="check">
                        <input type="radio" name=errors.id("kind") prop:checked=move || kind.get() == k on:change=move |_| kind.set(k)/>
                        <span><strong>{t(k.label_key())}</strong>": " {t(k.hint_key())}</span>
                    </label>
                }).collect_view()}
            </fieldset>
            <TextField form=errors field="unit" label=t(tr::metrics::UNIT) value=unit placeholder=t(tr::metrics::UNIT_PLACEHOLDER)/>
            <SelectField form=errors field="direction" label=t(tr::metrics::DIRECTION) value=direction/>
            <SelectField form=errors field="counting" label=t(tr::metrics::COUNTING) value=counting/>
            <NumberField form=errors field="baseline_value" label=t(tr::metrics::BASELINE_VALUE) value=baseline/>
            <DateField form=errors field="baseline_date" label=t(tr::metrics::BASELINE_DATE) value=baseline_date/>
            <NumberField form=errors field="target_value" label=t(tr::metrics::TARGET_VALUE) value=target/>
            <DateField form=errors field="target_date" label=t(tr::metrics::TARGET_DATE) value=target_date/>
            <PartnerSelect form=errors field="partner" label=t(tr::metrics::RESPONSIBLE) value=partner/>
        </RecordForm>
    }
}
