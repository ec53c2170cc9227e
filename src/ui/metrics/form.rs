//! Adds or edits a metric: name, output or outcome, unit, direction, counting, baseline and
//! target.
use leptos::prelude::*;

use crate::ui::drafts::{FormEnd, FormGuard};
use crate::model::metrics::{check_metric, parse_number, Counting, Direction, Metric, MetricKind};
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::state::AppState;

/// Reads an optional number field: empty is `None`.
fn optional_number(s: &str) -> Result<Option<f64>, String> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        parse_number(s).map(Some)
    }
}

#[component]
pub fn MetricForm(metric: Option<Metric>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = metric.is_none();
    let original = metric.unwrap_or_else(|| Metric::new("", MetricKind::Outcome, state.now()));
    let fid = format!("metric-{}", original.id);
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
    let error = RwSignal::new(None::<String>);
    let guard = FormGuard::new((!is_new).then_some(original.updated_at), "metric");
    let original = StoredValue::new(original);

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut m = original.get_value();
        m.name = name.get_untracked().trim().to_string();
        m.kind = kind.get_untracked();
        m.unit = unit.get_untracked().trim().to_string();
        m.direction = direction.get_untracked();
        m.counting = counting.get_untracked();
        let mut read = || -> Result<(), String> {
            m.baseline_value = optional_number(&baseline.get_untracked()).map_err(|e| format!("Baseline: {e}."))?;
            m.target_value = optional_number(&target.get_untracked()).map_err(|e| format!("Target: {e}."))?;
            m.baseline_date = parse_input_date(&baseline_date.get_untracked())?;
            m.target_date = parse_input_date(&target_date.get_untracked())?;
            Ok(())
        };
        if let Err(why) = read() {
            error.set(Some(why));
            return;
        }
        if let Some(first) = check_metric(&m).first() {
            error.set(Some(first.message.clone()));
            return;
        }
        error.set(None);
        if guard.blocks_in(|p| &p.metrics, m.id) {
            return;
        }
        state.edit(None, move |p, now| p.upsert(m, now));
        on_done();
    };
    let id = move |f: &str| format!("{fid}-{f}");
    let title = if is_new { "New metric" } else { "Edit metric" };
    view! {
        <form class="card metric-form" aria-label=title on:submit=submit>
            <h2>{title}</h2>
            <div class="field wide">
                <label for=id("name")>"Name"</label>
                <input id=id("name") type="text" prop:value=name on:input=move |e| name.set(event_target_value(&e))
                    aria-describedby=id("error")/>
            </div>
            <fieldset class="field wide kind-choice">
                <legend>"Type"</legend>
                {MetricKind::ALL.into_iter().map(|k| view! {
                    <label class="check">
                        <input type="radio" name=id("kind") prop:checked=move || kind.get() == k on:change=move |_| kind.set(k)/>
                        <span><strong>{k.label()}</strong>": " {k.explain()}</span>
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for=id("unit")>"Unit"</label>
                <input id=id("unit") type="text" placeholder="meals, kg, % of households"
                    prop:value=unit on:input=move |e| unit.set(event_target_value(&e))/>
            </div>
            <div class="field">
                <label for=id("direction")>"Direction"</label>
                <select id=id("direction") on:change=move |e| {
                    if let Some(d) = Direction::from_key(&event_target_value(&e)) { direction.set(d); }
                }>
                    {Direction::ALL.into_iter().map(|d| view! {
                        <option value=d.key() selected=move || direction.get() == d>{d.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=id("counting")>"Counting"</label>
                <select id=id("counting") on:change=move |e| {
                    if let Some(c) = Counting::from_key(&event_target_value(&e)) { counting.set(c); }
                }>
                    {Counting::ALL.into_iter().map(|c| view! {
                        <option value=c.key() selected=move || counting.get() == c>{c.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=id("baseline")>"Baseline value"</label>
                <input id=id("baseline") type="text" inputmode="decimal" prop:value=baseline on:input=move |e| baseline.set(event_target_value(&e))/>
            </div>
            <div class="field">
                <label for=id("baseline-date")>"Baseline date"</label>
                <input id=id("baseline-date") type="date" prop:value=baseline_date on:input=move |e| baseline_date.set(event_target_value(&e))/>
            </div>
            <div class="field">
                <label for=id("target")>"Target value"</label>
                <input id=id("target") type="text" inputmode="decimal" prop:value=target on:input=move |e| target.set(event_target_value(&e))/>
            </div>
            <div class="field">
                <label for=id("target-date")>"Target date"</label>
                <input id=id("target-date") type="date" prop:value=target_date on:input=move |e| target_date.set(event_target_value(&e))/>
            </div>
            <p class="field-error wide" id=id("error") role="alert">{move || error.get()}</p>
            <FormEnd guard is_new save_new="Save metric" on_cancel=on_done/>
        </form>
    }
}
