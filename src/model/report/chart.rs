//! The metric chart, drawn once for both places it appears: the report (inline colours, the
//! period shaded, readings up to the period's end) and the metric's page in the app (larger,
//! a "Today" line, classes the app's CSS styles for the projector and dark themes). Readings
//! against the straight planned path from the baseline to the target; every text is escaped.
use chrono::NaiveDate;

use super::{Chart, Period, Table};
use crate::i18n::{tr, Words};
use crate::model::metrics::{self, Measurement, Metric};
use crate::model::text::escape_xml;

/// Where the chart is shown; it decides the size, the wording and the marks.
#[derive(Clone, Copy, Debug)]
pub enum Frame {
    /// In the report: the period shaded, styles inline so the file needs no stylesheet.
    Report(Period),
    /// On the metric's page: a "Today" line, styled by the app's classes.
    Screen { today: NaiveDate },
}

/// Sizes and offsets of one frame, in SVG units.
struct Layout {
    w: f64,
    h: f64,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    /// Tick labels: how far left of the plot, and how far below their line.
    tick_dx: f64,
    tick_dy: f64,
    /// The baseline of the first and last date, under the plot.
    date_y: f64,
    /// The legend's line ends, label and the planned path's offset, from `left`.
    legend_y: f64,
    legend_line: f64,
    legend_label: f64,
    legend_plan: f64,
    legend_dy: f64,
    target_r: f64,
    reading_r: f64,
}

const REPORT: Layout = Layout {
    w: 760.0,
    h: 320.0,
    left: 90.0,
    right: 20.0,
    top: 44.0,
    bottom: 44.0,
    tick_dx: 8.0,
    tick_dy: 5.0,
    date_y: 300.0,
    legend_y: 20.0,
    legend_line: 36.0,
    legend_label: 44.0,
    legend_plan: 150.0,
    legend_dy: 5.0,
    target_r: 7.0,
    reading_r: 5.0,
};

const SCREEN: Layout = Layout {
    w: 960.0,
    h: 440.0,
    left: 110.0,
    right: 40.0,
    top: 60.0,
    bottom: 60.0,
    tick_dx: 12.0,
    tick_dy: 7.0,
    date_y: 422.0,
    legend_y: 26.0,
    legend_line: 40.0,
    legend_label: 50.0,
    legend_plan: 200.0,
    legend_dy: 8.0,
    target_r: 9.0,
    reading_r: 6.0,
};

const INK: &str = "#1d2321";
const MEASURED: &str = "#0b5d4b";
const PLANNED: &str = "#8a5a00";

/// A round step for about five grid lines over `range`.
pub fn nice_step(range: f64) -> f64 {
    let raw = (range / 5.0).max(f64::MIN_POSITIVE);
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let nice = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

/// The straight path from baseline to target, when all four ends are known.
fn plan(m: &Metric) -> Option<[(NaiveDate, f64); 2]> {
    Some([(m.baseline_date?, m.start_value()?), (m.target_date?, m.target_value?)])
}

/// The planned value on `d`, on the straight path (before the baseline or after the target
/// date there is no plan to read).
fn planned_on(plan: [(NaiveDate, f64); 2], d: NaiveDate) -> Option<f64> {
    let [(d0, v0), (d1, v1)] = plan;
    if d < d0 || d > d1 {
        return None;
    }
    let span = (d1 - d0).num_days().max(1) as f64;
    Some(v0 + (v1 - v0) * (d - d0).num_days() as f64 / span)
}

/// A number as the language writes it (up to two decimals), e.g. 1,234.5 / 1234,5.
fn number(v: f64, w: &Words) -> String {
    w.decimal(v, 2)
}

/// A metric's value with its unit, as the language writes the number: "1,200 meals".
pub(super) fn amount(m: &Metric, v: f64, w: &Words) -> String {
    match m.unit.trim() {
        "" => number(v, w),
        unit => format!("{} {unit}", number(v, w)),
    }
}

/// The chart in words: readings, the plan, and the standing. The report names the metric,
/// whose heading is far away in a printed page; the app's page has its name as the heading.
fn describe(m: &Metric, series: &[(NaiveDate, f64)], frame: Frame, w: &Words) -> String {
    let named = matches!(frame, Frame::Report(_));
    let mut s = match (series.first(), series.last()) {
        (Some(a), Some(b)) => {
            let (from, to) = (w.date(a.0), w.date(b.0));
            let span = tr::report::measurements_span(w, series.len() as i64, &amount(m, a.1, w), &from, &amount(m, b.1, w), &to);
            if named { format!("{}: {span}", m.name.trim()) } else { span }
        }
        _ if named => tr::report::named_no_measurements(w, m.name.trim()),
        _ => w.get(tr::report::NO_MEASUREMENTS).into(),
    };
    if let Some([a, b]) = plan(m) {
        let (start, target) = (amount(m, a.1, w), amount(m, b.1, w));
        s.push(' ');
        s.push_str(&tr::report::plan(w, &start, &w.date(a.0), &target, &w.date(b.0)));
    }
    s
}

/// A line chart of the readings (up to the period's end) against the planned path, with the
/// period shaded; `None` when there is nothing to draw. Every text in the SVG is escaped.
pub fn metric_chart(m: &Metric, measurements: &[Measurement], period: Period, w: &Words) -> Option<Chart> {
    chart_of(m, &metrics::readings(measurements, m.id), period, w)
}

/// [`metric_chart`] from the metric's readings, oldest first.
pub(super) fn chart_of(m: &Metric, readings: &[&Measurement], period: Period, w: &Words) -> Option<Chart> {
    let series: Vec<(NaiveDate, f64)> = metrics::series_of(m, readings).into_iter().filter(|(d, _)| *d <= period.to).collect();
    if series.is_empty() {
        return None;
    }
    let frame = Frame::Report(period);
    let alt = describe(m, &series, frame, w);
    let svg = metric_svg(m, &series, frame, w)?;
    let plan = plan(m);
    let unit = match m.unit.trim() {
        "" => w.get(tr::report::VALUE),
        unit => unit,
    };
    let table = Table {
        caption: tr::report::chart_caption(w, m.name.trim()),
        headers: vec![w.get(tr::report::DATE).into(), tr::report::measured_in(w, unit), w.get(tr::report::PLANNED).into()],
        rows: series
            .iter()
            .map(|(d, v)| {
                let planned = plan.and_then(|pl| planned_on(pl, *d)).map(|p| number(p, w)).unwrap_or_else(|| "–".into());
                vec![w.date(*d), number(*v, w), planned]
            })
            .collect(),
    };
    Some(Chart { svg, alt, table: Some(table) })
}

/// The chart's `<svg>` for `series` (date order) and the metric's planned path, described in
/// words for screen readers; `None` when there is neither a reading nor a plan to draw.
pub fn metric_svg(m: &Metric, series: &[(NaiveDate, f64)], frame: Frame, words: &Words) -> Option<String> {
    let plan = plan(m);
    let alt = &describe(m, series, frame, words);
    let mut points = series.to_vec();
    points.extend(plan.iter().flatten().copied());
    let first = points.iter().map(|p| p.0).min()?;
    let (x0, x1) = (first, points.iter().map(|p| p.0).max().unwrap_or(first).max(first + chrono::Duration::days(1)));
    let (mut y0, mut y1) = points.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.1), hi.max(p.1)));
    if y1 - y0 < 1e-9 {
        y0 -= 1.0;
        y1 += 1.0;
    }
    let step = nice_step(y1 - y0);
    let (y0, y1) = ((y0 / step).floor() * step, (y1 / step).ceil() * step);
    let l = match frame {
        Frame::Report(_) => &REPORT,
        Frame::Screen { .. } => &SCREEN,
    };
    let (w, h, left, right, top, bottom) = (l.w, l.h, l.left, l.right, l.top, l.bottom);
    let days = (x1 - x0).num_days() as f64;
    let x = |d: NaiveDate| left + (d - x0).num_days() as f64 / days * (w - left - right);
    let y = |v: f64| top + (y1 - v) / (y1 - y0) * (h - top - bottom);
    // The app's CSS styles each mark by its class; the report's file has no stylesheet.
    let screen = matches!(frame, Frame::Screen { .. });
    let class = |name: &str| if screen { format!(r#" class="{name}""#) } else { String::new() };
    let id = m.id;
    let mut s = match frame {
        Frame::Report(_) => format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" aria-labelledby="metric-title-{id} metric-desc-{id}" class="chart metric-chart"><title id="metric-title-{id}">{t}</title><desc id="metric-desc-{id}">{d}</desc>"##,
            t = escape_xml(&tr::report::chart_title(words, m.name.trim())),
            d = escape_xml(alt),
        ),
        Frame::Screen { .. } => format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" role="img" aria-labelledby="chart-title-{id} chart-desc-{id}" class="metric-chart"><title id="chart-title-{id}">{t}</title><desc id="chart-desc-{id}">{d}</desc>"##,
            t = escape_xml(&tr::report::screen_chart_title(words, &m.name)),
            d = escape_xml(alt),
        ),
    };
    // The reporting period, shaded where it falls inside the chart.
    if let Frame::Report(period) = frame {
        let (pa, pb) = (period.from.max(x0), period.to.min(x1));
        if pa < pb {
            s.push_str(&format!(
                r##"<rect x="{:.1}" y="{top}" width="{:.1}" height="{}" fill="#e6f2ee"/><text x="{:.1}" y="{}" font-size="13" fill="{INK}">{}</text>"##,
                x(pa),
                x(pb) - x(pa),
                h - top - bottom,
                x(pa) + 6.0,
                top + 16.0,
                escape_xml(words.get(tr::report::THIS_PERIOD)),
            ));
        }
    }
    // About five lines; the bound keeps the count small whatever rounding did to a range.
    let ticks = ((y1 - y0) / step).round().clamp(1.0, 20.0) as i64;
    for i in 0..=ticks {
        let v = y0 + i as f64 * step;
        s.push_str(&format!(
            r##"<line{} x1="{left}" x2="{}" y1="{yv:.1}" y2="{yv:.1}" stroke="#c9cfcb" stroke-width="1"/><text{} x="{}" y="{:.1}" text-anchor="end" font-size="14" fill="{INK}">{}</text>"##,
            class("grid"),
            w - right,
            class("axis-label"),
            left - l.tick_dx,
            y(v) + l.tick_dy,
            escape_xml(&number(v, words)),
            yv = y(v),
        ));
    }
    s.push_str(&format!(
        r##"<text{c} x="{left}" y="{ty}" font-size="14" fill="{INK}">{}</text><text{c} x="{}" y="{ty}" text-anchor="end" font-size="14" fill="{INK}">{}</text>"##,
        escape_xml(&words.date(x0)),
        w - right,
        escape_xml(&words.date(x1)),
        c = class("axis-label"),
        ty = l.date_y,
    ));
    if let Frame::Screen { today } = frame {
        // "Today" is written under the axis, unless it would cover the first or last date.
        if today > x0 && today < x1 {
            let xt = x(today);
            s.push_str(&format!(r##"<line class="today" x1="{xt:.1}" x2="{xt:.1}" y1="{top}" y2="{}" stroke="{PLANNED}" stroke-width="2" stroke-dasharray="4 4"/>"##, h - bottom));
            if xt - left > 170.0 && w - right - xt > 170.0 {
                s.push_str(&format!(
                    r##"<text class="axis-label today-label" x="{xt:.1}" y="{}" text-anchor="middle" font-size="14" fill="{INK}">{}</text>"##,
                    l.date_y,
                    escape_xml(words.get(tr::report::TODAY)),
                ));
            }
        }
    }
    if let Some([a, b]) = plan {
        s.push_str(&format!(
            r##"<line{} x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{PLANNED}" stroke-width="3" stroke-dasharray="10 6"/><circle{} cx="{:.1}" cy="{:.1}" r="{}" fill="{PLANNED}"/>"##,
            class("plan"),
            x(a.0),
            y(a.1),
            x(b.0),
            y(b.1),
            class("target-dot"),
            x(b.0),
            y(b.1),
            l.target_r,
        ));
    }
    let line: Vec<String> = series.iter().map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v))).collect();
    s.push_str(&format!(r##"<polyline{} points="{}" fill="none" stroke="{MEASURED}" stroke-width="3"/>"##, class("actual"), line.join(" ")));
    for (d, v) in series {
        s.push_str(&format!(
            r##"<circle{} cx="{:.1}" cy="{:.1}" r="{}" fill="{MEASURED}"><title>{}: {}</title></circle>"##,
            class("reading-dot"),
            x(*d),
            y(*v),
            l.reading_r,
            escape_xml(&words.date(*d)),
            escape_xml(&amount(m, *v, words))
        ));
    }
    let (ly, lt) = (l.legend_y, l.legend_y + l.legend_dy);
    s.push_str(&format!(
        r##"<g{} font-size="14" fill="{INK}"><line{} x1="{left}" x2="{}" y1="{ly}" y2="{ly}" stroke="{MEASURED}" stroke-width="3"/><text{c} x="{}" y="{lt}">{measured}</text><line{} x1="{}" x2="{}" y1="{ly}" y2="{ly}" stroke="{PLANNED}" stroke-width="3" stroke-dasharray="10 6"/><text{c} x="{}" y="{lt}">{planned}</text></g></svg>"##,
        class("legend"),
        class("actual"),
        left + l.legend_line,
        left + l.legend_label,
        class("plan"),
        left + l.legend_plan,
        left + l.legend_plan + l.legend_line,
        left + l.legend_plan + l.legend_label,
        c = class("legend-label"),
        measured = escape_xml(words.get(tr::report::MEASURED)),
        planned = escape_xml(words.get(tr::report::PLANNED_PATH)),
    ));
    Some(s)
}

#[cfg(test)]
mod tests;
