//! Metrics: the list of outputs and outcomes with their standing, and one metric's page
//! (`#/metrics/<id>`) with its chart, readings and CSV import.
mod chart;
mod detail;
mod form;
mod import;
mod readings;

use leptos::prelude::*;
use uuid::Uuid;

use super::state::AppState;
use super::widgets::EmptyState;
use crate::model::metrics::{metrics_csv, ByMetric, MetricKind};
use detail::MetricDetail;
use form::MetricForm;
use crate::ui::widgets::When;

/// The metric id in `#/metrics/<id>`, if any.
fn selected_from_hash() -> Option<Uuid> {
    let hash = window().location().hash().unwrap_or_default();
    let rest = hash.trim_start_matches('#').trim_start_matches('/').strip_prefix("metrics/")?;
    Uuid::parse_str(rest.split(['/', '?']).next().unwrap_or("")).ok()
}

#[component]
pub fn MetricsPage() -> impl IntoView {
    let selected = RwSignal::new(selected_from_hash());
    // The app's router knows screens, not records: follow the id part of the address here.
    let handle = window_event_listener(leptos::ev::hashchange, move |_| selected.set(selected_from_hash()));
    on_cleanup(move || handle.remove());
    move || match selected.get() {
        Some(id) => view! { <MetricDetail id=id/> }.into_any(),
        None => view! { <MetricList/> }.into_any(),
    }
}

#[component]
fn MetricList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let adding = RwSignal::new(false);
    let empty = move || state.current.with(|c| c.as_ref().is_none_or(|p| p.metrics.is_empty()));
    let export = move |_| {
        let today = state.now().date_naive();
        let Some((name, text)) = state.current.with_untracked(|c| {
            c.as_ref().map(|p| {
                let base = crate::model::file::file_name(p, state.now());
                (base.replace(".json", "-metrics.csv"), metrics_csv(&p.metrics, &p.measurements, today))
            })
        }) else {
            return;
        };
        if let Err(e) = crate::files::download(&name, "text/csv", &text) {
            state.fail(format!("Could not export: {e}."));
        }
    };
    view! {
        <section class="metrics">
            <div class="page-head">
                <h1 tabindex="-1">"Metrics"</h1>
                <div class="row-actions">
                    <button type="button" class="edit-chrome" on:click=export disabled=empty>"Export metrics (CSV)"</button>
                    <button type="button" class="primary" on:click=move |_| adding.set(true)>"New metric"</button>
                </div>
            </div>
            <When when=move || adding.get()>
                <MetricForm metric=None on_done=move || adding.set(false)/>
            </When>
            <When when=move || empty() && !adding.get()>
                <EmptyState
                    title="No metrics yet"
                    prompt="For each goal agree two numbers: an output (what we will do) and an outcome (what will change for people), each with a baseline, a target and a target date."
                />
            </When>
            <MetricGroup kind=MetricKind::Outcome title="Outcomes: what changed in the community"/>
            <MetricGroup kind=MetricKind::Output title="Outputs: what we did"/>
        </section>
    }
}

#[component]
fn MetricGroup(kind: MetricKind, title: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        let today = state.now().date_naive();
        state.current.with(|c| {
            c.as_ref()
                .map(|p| {
                    let by = ByMetric::new(&p.measurements);
                    p.metrics
                        .iter()
                        .filter(|m| m.kind == kind)
                        .map(|m| (m.clone(), by.assess(m, today)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    move || {
        let rows = rows();
        (!rows.is_empty()).then(|| view! {
            <h2 class="group-title">{title}</h2>
            <ul class="metric-list">
                {rows.into_iter().map(|(m, a)| {
                    let pct = a.progress.map(|p| (p * 100.0).round());
                    view! {
                        <li class="metric-row card">
                            <div class="metric-main">
                                <h3><a href=format!("#/metrics/{}", m.id)>{m.name.clone()}</a></h3>
                                <p class="metric-now">
                                    {a.current.map(|v| m.amount(v)).unwrap_or_else(|| "—".into())}
                                    {m.target_value.map(|t| format!(" of {} target", m.amount(t)))}
                                </p>
                                <p class="hint">{a.explanation.clone()}</p>
                            </div>
                            <div class="metric-side">
                                <span class=format!("track track-{}", a.track.key())>{a.track.label()}</span>
                                {pct.map(|p| view! { <ProgressBar percent=p label=m.name.clone()/> })}
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
        })
    }
}

/// A horizontal bar with its percentage written beside it (the number is the text
/// alternative; the bar is decoration).
#[component]
pub fn ProgressBar(percent: f64, label: String) -> impl IntoView {
    let width = percent.clamp(0.0, 100.0);
    view! {
        <div class="progress" role="img" aria-label=format!("{label}: {percent}% of the way to the target")>
            <div class="progress-track" aria-hidden="true">
                <div class="progress-fill" style=format!("width: {width}%")></div>
            </div>
            <span class="progress-text" aria-hidden="true">{format!("{percent}%")}</span>
        </div>
    }
}
