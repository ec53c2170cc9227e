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
use crate::i18n::{tr, Key, Words};
use crate::model::metrics::{metrics_csv, ByMetric, MetricKind};
use crate::ui::helpers::metric_amount as amount;
use crate::ui::i18n::{t, tw, I18n};
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
    let i = expect_context::<I18n>();
    let adding = RwSignal::new(false);
    let empty = move || state.current.with(|c| c.as_ref().is_none_or(|p| p.metrics.is_empty()));
    let export = move |_| {
        let today = state.now().date_naive();
        let Some((name, text)) = state.current.with_untracked(|c| {
            c.as_ref().map(|p| {
                let base = crate::model::file::file_name(p, state.now());
                let base = base.trim_end_matches(".json").to_string();
                (i.now(|w| tr::metrics::metrics_file(w, &base)), metrics_csv(&p.metrics, &p.measurements, today))
            })
        }) else {
            return;
        };
        if let Err(e) = crate::files::download(&name, "text/csv", &text) {
            state.fail(i.now(|w| tr::metrics::export_failed(w, &e.to_string())));
        }
    };
    view! {
        <section class="metrics">
            <div class="page-head">
                <h1 tabindex="-1">{t(tr::route::METRICS)}</h1>
                <div class="row-actions">
                    <button type="button" class="edit-chrome" on:click=export disabled=empty>{t(tr::metrics::EXPORT_METRICS)}</button>
                    <button type="button" class="primary" on:click=move |_| adding.set(true)>{t(tr::metrics::NEW_METRIC)}</button>
                </div>
            </div>
            <When when=move || adding.get()>
                <MetricForm metric=None on_done=move || adding.set(false)/>
            </When>
            <When when=move || empty() && !adding.get()>
                <EmptyState
                    title=t(tr::metrics::EMPTY_TITLE)
                    prompt=t(tr::metrics::EMPTY_PROMPT)
                />
            </When>
            <MetricGroup kind=MetricKind::Outcome title=tr::metrics::OUTCOMES/>
            <MetricGroup kind=MetricKind::Output title=tr::metrics::OUTPUTS/>
            <When when=move || !empty()>
                <import::ImportReadings metric=None/>
            </When>
        </section>
    }
}

#[component]
fn MetricGroup(kind: MetricKind, title: Key) -> impl IntoView {
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
            <h2 class="group-title">{t(title)}</h2>
            <ul class="metric-list">
                {rows.into_iter().map(|(m, a)| {
                    let pct = a.progress.map(|p| (p * 100.0).round());
                    let m2 = m.clone();
                    let now = tw(move |w| {
                        let current = a.current.map(|v| amount(w, &m2, v)).unwrap_or_else(|| "—".into());
                        match m2.target_value {
                            Some(t) => tr::metrics::of_target(w, &current, &amount(w, &m2, t)),
                            None => current,
                        }
                    });
                    view! {
                        <li class="metric-row card">
                            <div class="metric-main">
                                <h3><a href=format!("#/metrics/{}", m.id)>{m.name.clone()}</a></h3>
                                <p class="metric-now">{now}</p>
                                <p class="hint">{let why = a.explanation.clone(); tw(move |w| why.say(w))}</p>
                            </div>
                            <div class="metric-side">
                                <span class=format!("track track-{}", a.track.key())>{t(a.track.label_key())}</span>
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
    let shown = tw(move |w| percent_text(w, percent));
    view! {
        <div class="progress" role="img" aria-label=tw(move |w| tr::metrics::progress(w, &label, &percent_text(w, percent)))>
            <div class="progress-track" aria-hidden="true">
                <div class="progress-fill" style=format!("width: {width}%")></div>
            </div>
            <span class="progress-text" aria-hidden="true">{shown}</span>
        </div>
    }
}

/// A percentage as the language writes it: 62% / 62 % / 62 %.
fn percent_text(w: &Words, percent: f64) -> String {
    tr::metrics::percent(w, &w.decimal(percent, 0))
}
