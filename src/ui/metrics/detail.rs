//! One metric: its standing, its chart against the planned path, its readings, and the
//! ways to add more (one at a time, pasted or from a CSV file).
use leptos::prelude::*;
use uuid::Uuid;

use super::chart::Chart;
use super::form::MetricForm;
use super::import::ImportReadings;
use super::readings::{ReadingEntry, ReadingTable};
use super::ProgressBar;
use crate::model::metrics::{assess, measurements_csv, series, Metric};
use crate::model::time::human_date;
use crate::ui::routes::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;
use crate::ui::widgets::When;

#[component]
pub fn MetricDetail(id: Uuid) -> impl IntoView {
    let state = expect_context::<AppState>();
    let metric = Memo::new(move |_| state.current.with(|c| c.as_ref().and_then(|p| p.metrics.iter().find(|m| m.id == id).cloned())));
    move || match metric.get() {
        None => view! {
            <h1 tabindex="-1">"Metric not found"</h1>
            <p>"This metric was deleted or is in another partnership. " <a href=Route::Metrics.href()>"See all metrics"</a>"."</p>
        }
        .into_any(),
        Some(m) => view! { <MetricPage metric=m/> }.into_any(),
    }
}

#[component]
fn MetricPage(metric: Metric) -> impl IntoView {
    let state = expect_context::<AppState>();
    let editing = RwSignal::new(false);
    let id = metric.id;
    let m = metric.clone();
    let standing = move || {
        let today = state.now().date_naive();
        state.current.with(|c| c.as_ref().map(|p| (assess(&m, &p.measurements, today), series(&m, &p.measurements))))
    };
    let goals = move || {
        state.current.with(|c| {
            c.as_ref()
                .map(|p| p.goals.iter().filter(|g| g.metric_ids.contains(&id)).map(|g| g.statement.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let m = metric.clone();
    let export = move |_| {
        let text = state.current.with_untracked(|c| c.as_ref().map(|p| measurements_csv(&m, &p.measurements)));
        let name = format!("{}-measurements.csv", slug(&m.name));
        if let Some(text) = text {
            if let Err(e) = crate::files::download(&name, "text/csv", &text) {
                state.fail(format!("Could not export: {e}."));
            }
        }
    };
    let name = metric.name.clone();
    let facts = facts(&metric);
    let m = metric.clone();
    view! {
        <section class="metric-detail">
            <p><a href=Route::Metrics.href()>"← All metrics"</a></p>
            <div class="page-head">
                <h1 tabindex="-1">{metric.name.clone()}</h1>
                <span class=format!("badge kind-{}", metric.kind.key())>{metric.kind.label()}</span>
            </div>
            <p class="metric-facts">{facts}</p>
            {move || goals().into_iter().next().is_some().then(|| view! {
                <p class="hint">"Tracks: " {goals().join("; ")}</p>
            })}
            {move || standing().map(|(a, s)| {
                let pct = a.progress.map(|p| (p * 100.0).round());
                view! {
                    <div class="standing card">
                        <span class=format!("track track-{} big", a.track.key()) data-testid="track">{a.track.label()}</span>
                        <p class="standing-why">{a.explanation.clone()}</p>
                        {pct.map(|p| view! { <ProgressBar percent=p label=m.name.clone()/> })}
                    </div>
                    <Chart metric=m.clone() series=s today=state.now().date_naive()/>
                }
            })}
            <div class="detail-columns">
                <ReadingEntry metric=metric.clone()/>
                <ImportReadings metric=metric.clone()/>
            </div>
            <ReadingTable metric=metric.clone()/>
            <When when=move || editing.get()>
                <MetricForm metric=Some(metric.clone()) on_done=move || editing.set(false)/>
            </When>
            <div class="row-actions detail-actions">
                <button type="button" class="edit-chrome" on:click=move |_| editing.set(true)>"Edit metric"</button>
                <button type="button" class="edit-chrome" on:click=export>"Export measurements (CSV)"</button>
                <ConfirmButton label="Delete" aria_label=format!("Delete metric {name}")
                    question=format!("Delete “{name}” and all its measurements?")
                    on_confirm=move || {
                        let n = name.clone();
                        state.edit(Some(format!("Deleted the metric “{n}”.")), move |p, now| {
                            p.remove::<Metric>(id, now);
                        });
                        let _ = window().location().set_hash(&Route::Metrics.href());
                    }/>
            </div>
        </section>
    }
}

/// "Outcome · % of households · should go up · latest level · from 62 on 1 Jan 2026 to 75 by …".
fn facts(m: &Metric) -> String {
    let mut parts = vec![m.direction.label().to_string(), m.counting.short().to_string()];
    if let (Some(b), Some(d)) = (m.start_value(), m.baseline_date) {
        parts.push(format!("baseline {} on {}", m.amount(b), human_date(d)));
    }
    match (m.target_value, m.target_date) {
        (Some(t), Some(d)) => parts.push(format!("target {} by {}", m.amount(t), human_date(d))),
        (Some(t), None) => parts.push(format!("target {} (no date)", m.amount(t))),
        _ => parts.push("no target yet".into()),
    }
    parts.join(" · ")
}

fn slug(name: &str) -> String {
    let s: String = name.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    let s = s.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    if s.is_empty() { "metric".into() } else { s }
}
