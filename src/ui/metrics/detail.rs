//! One metric: its standing, its chart against the planned path, its readings, and the
//! ways to add more (one at a time, pasted or from a CSV file).
use leptos::prelude::*;
use uuid::Uuid;

use super::chart::Chart;
use super::form::MetricForm;
use super::import::ImportReadings;
use super::readings::{ReadingForm, ReadingTable};
use super::ProgressBar;
use crate::ui::helpers::{metric_amount as amount, read};
use crate::i18n::{tr, Words};
use crate::model::metrics::{assess, measurements_csv, series, Metric};
use crate::ui::i18n::{t, tw, I18n};
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
            <h1 tabindex="-1">{t(tr::metrics::NOT_FOUND)}</h1>
            <p>{t(tr::metrics::NOT_FOUND_TEXT)} " " <a href=Route::Metrics.href()>{t(tr::metrics::SEE_ALL)}</a></p>
        }
        .into_any(),
        Some(m) => view! { <MetricPage metric=m/> }.into_any(),
    }
}

#[component]
fn MetricPage(metric: Metric) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
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
        let name = i.now(|w| tr::metrics::measurements_file(w, &slug(&m.name)));
        if let Some(text) = text {
            if let Err(e) = crate::files::download(&name, "text/csv", &text) {
                state.fail(i.now(|w| tr::metrics::export_failed(w, &e)));
            }
        }
    };
    let name = metric.name.clone();
    let m = metric.clone();
    let facts = tw(move |w| facts(w, &m));
    let m = metric.clone();
    view! {
        <section class="metric-detail">
            <p><a href=Route::Metrics.href()>{t(tr::metrics::ALL_METRICS)}</a></p>
            <div class="page-head">
                <h1 tabindex="-1">{metric.name.clone()}</h1>
                <span class=format!("badge kind-{}", metric.kind.key())>{t(metric.kind.label_key())}</span>
            </div>
            <p class="metric-facts">{facts}</p>
            {metric.partner_id.map(|pid| view! { <p class="hint">{tw(move |w| tr::metrics::responsible_is(w, &partner_or_removed(w, state, pid)))}</p> })}
            {move || goals().into_iter().next().is_some().then(|| view! {
                <p class="hint">{tw(move |w| tr::metrics::tracks(w, &goals().join("; ")))}</p>
            })}
            {move || standing().map(|(a, s)| {
                let pct = a.progress.map(|p| (p * 100.0).round());
                view! {
                    <div class="standing card">
                        <span class=format!("track track-{} big", a.track.key()) data-testid="track">{t(a.track.label_key())}</span>
                        <p class="standing-why">{let why = a.explanation.clone(); tw(move |w| why.say(w))}</p>
                        {pct.map(|p| view! { <ProgressBar percent=p label=m.name.clone()/> })}
                    </div>
                    <Chart metric=m.clone() series=s today=state.now().date_naive()/>
                }
            })}
            <div class="detail-columns">
                <ReadingForm metric=metric.clone()/>
                <ImportReadings metric=Some(id)/>
            </div>
            <ReadingTable metric=metric.clone()/>
            <When when=move || editing.get()>
                <MetricForm metric=Some(metric.clone()) on_done=move || editing.set(false)/>
            </When>
            <div class="row-actions detail-actions">
                <button type="button" class="edit-chrome" on:click=move |_| editing.set(true)>{t(tr::metrics::EDIT_METRIC)}</button>
                <button type="button" class="edit-chrome" on:click=export>{t(tr::metrics::EXPORT_MEASUREMENTS)}</button>
                <ConfirmButton label=t(tr::metrics::DELETE) aria_label={ let n = name.clone(); tw(move |w| tr::metrics::delete_metric(w, &n)) }
                    question={ let n = name.clone(); tw(move |w| tr::metrics::delete_metric_question(w, &n)) }
                    on_confirm=move || {
                        state.edit(Some(i.now(|w| tr::metrics::deleted_metric(w, &name))), move |p, now| {
                            p.remove::<Metric>(id, now);
                        });
                        let _ = window().location().set_hash(&Route::Metrics.href());
                    }/>
            </div>
        </section>
    }
}

/// "Should go up · latest level · baseline 62 % of households on 1 Jan 2026 · target 75 % of
/// households by …", in the current language.
fn facts(w: &Words, m: &Metric) -> String {
    let mut parts = vec![w.get(m.direction.label_key()).to_string(), w.get(m.counting.short_key()).to_string()];
    if let (Some(b), Some(d)) = (m.start_value(), m.baseline_date) {
        parts.push(tr::metrics::baseline_fact(w, &w.date(d), &amount(w, m, b)));
    }
    match (m.target_value, m.target_date) {
        (Some(t), Some(d)) => parts.push(tr::metrics::target_fact(w, &w.date(d), &amount(w, m, t))),
        (Some(t), None) => parts.push(tr::metrics::target_undated(w, &amount(w, m, t))),
        _ => parts.push(w.get(tr::metrics::NO_TARGET).to_string()),
    }
    parts.join(" · ")
}

/// The partner's name, or "(removed partner)" in the current language.
pub(super) fn partner_or_removed(w: &Words, state: AppState, id: Uuid) -> String {
    read(state, |p| p.partner(id).map(|x| x.name.clone())).unwrap_or_else(|| w.get(tr::form::REMOVED_PARTNER).to_string())
}

fn slug(name: &str) -> String {
    let s: String = name.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    let s = s.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    if s.is_empty() { "metric".into() } else { s }
}
