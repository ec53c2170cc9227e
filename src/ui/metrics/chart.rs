//! The metric's line chart, drawn as SVG: readings against the straight path from the
//! baseline to the target. Big type and thick lines, for a projector.
use chrono::NaiveDate;
use leptos::prelude::*;

use crate::model::metrics::{format_number, Metric};
use crate::model::report_progress::nice_step;
use crate::model::time::human_date;

const W: f64 = 960.0;
const H: f64 = 440.0;
const LEFT: f64 = 110.0;
const RIGHT: f64 = 40.0;
const TOP: f64 = 60.0;
const BOTTOM: f64 = 60.0;

#[component]
pub fn Chart(metric: Metric, series: Vec<(NaiveDate, f64)>, today: NaiveDate) -> impl IntoView {
    let plan: Option<[(NaiveDate, f64); 2]> = match (metric.baseline_date, metric.start_value(), metric.target_date, metric.target_value) {
        (Some(a), Some(b), Some(c), Some(d)) => Some([(a, b), (c, d)]),
        _ => None,
    };
    let mut points: Vec<(NaiveDate, f64)> = series.clone();
    points.extend(plan.iter().flatten().copied());
    if points.is_empty() {
        return view! { <p class="hint chart-empty">"The chart appears with the first measurement, or once a baseline and target are set."</p> }.into_any();
    }
    let x0 = points.iter().map(|p| p.0).min().unwrap_or(today);
    let x1 = points.iter().map(|p| p.0).max().unwrap_or(today).max(x0 + chrono::Duration::days(1));
    let (mut y0, mut y1) = points.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.1), hi.max(p.1)));
    if y1 - y0 < 1e-9 {
        y0 -= 1.0;
        y1 += 1.0;
    }
    let step = nice_step(y1 - y0);
    let (y0, y1) = ((y0 / step).floor() * step, (y1 / step).ceil() * step);
    let days = (x1 - x0).num_days() as f64;
    let x = move |d: NaiveDate| LEFT + (d - x0).num_days() as f64 / days * (W - LEFT - RIGHT);
    let y = move |v: f64| TOP + (y1 - v) / (y1 - y0) * (H - TOP - BOTTOM);
    let ticks: Vec<f64> = (0..=((y1 - y0) / step).round() as i64).map(|i| y0 + i as f64 * step).collect();
    let line: String = series.iter().map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v))).collect::<Vec<_>>().join(" ");
    let title_id = format!("chart-title-{}", metric.id);
    let desc_id = format!("chart-desc-{}", metric.id);
    let desc = describe(&metric, &series, plan);
    // "Today" is written under the axis, unless it would cover the first or last date.
    let show_today = today > x0 && today < x1;
    let label_today = show_today && x(today) - LEFT > 170.0 && W - RIGHT - x(today) > 170.0;
    view! {
        <figure class="chart card">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby=format!("{title_id} {desc_id}") class="metric-chart">
                <title id=title_id.clone()>{format!("{}: measurements against the planned path", metric.name)}</title>
                <desc id=desc_id.clone()>{desc}</desc>
                {ticks.iter().map(|t| view! {
                    <line class="grid" x1=LEFT x2=W - RIGHT y1=y(*t) y2=y(*t)/>
                    <text class="axis-label" x=LEFT - 12.0 y=y(*t) + 7.0 text-anchor="end">{format_number(*t)}</text>
                }).collect_view()}
                <text class="axis-label" x=LEFT y=H - 18.0 text-anchor="start">{human_date(x0)}</text>
                <text class="axis-label" x=W - RIGHT y=H - 18.0 text-anchor="end">{human_date(x1)}</text>
                {show_today.then(|| view! {
                    <line class="today" x1=x(today) x2=x(today) y1=TOP y2=H - BOTTOM/>
                })}
                {label_today.then(|| view! {
                    <text class="axis-label today-label" x=x(today) y=H - 18.0 text-anchor="middle">"Today"</text>
                })}
                {plan.map(|[a, b]| view! {
                    <line class="plan" x1=x(a.0) y1=y(a.1) x2=x(b.0) y2=y(b.1)/>
                    <circle class="target-dot" cx=x(b.0) cy=y(b.1) r="9"/>
                })}
                <polyline class="actual" points=line/>
                {series.iter().map(|(d, v)| view! { <circle class="reading-dot" cx=x(*d) cy=y(*v) r="6"/> }).collect_view()}
                <g class="legend" transform=format!("translate({LEFT}, 26)")>
                    <line class="actual" x1="0" x2="40" y1="0" y2="0"/>
                    <text class="legend-label" x="50" y="8">"Measured"</text>
                    <line class="plan" x1="200" x2="240" y1="0" y2="0"/>
                    <text class="legend-label" x="250" y="8">"Planned path to target"</text>
                </g>
            </svg>
        </figure>
    }
    .into_any()
}

/// The chart in words, for screen readers.
fn describe(m: &Metric, series: &[(NaiveDate, f64)], plan: Option<[(NaiveDate, f64); 2]>) -> String {
    let mut s = match (series.first(), series.last()) {
        (Some(a), Some(b)) => format!(
            "{} measurements from {} ({}) to {} ({}).",
            series.len(),
            human_date(a.0),
            m.amount(a.1),
            human_date(b.0),
            m.amount(b.1)
        ),
        _ => "No measurements yet.".into(),
    };
    if let Some([a, b]) = plan {
        s.push_str(&format!(
            " Plan: from {} on {} to {} by {}.",
            m.amount(a.1),
            human_date(a.0),
            m.amount(b.1),
            human_date(b.0)
        ));
    }
    s
}
