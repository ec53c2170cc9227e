//! The report's progress sections: goals with their SMART state, metrics (outcomes and
//! outputs apart, each with a chart), and "You said, we did" from the community.
//!
//! Choices about the period, written down because a reader of the report cannot ask:
//! - **Goals**: active and achieved goals whose dates overlap the period (a goal without a
//!   start or end date is open on that side). Drafts are not yet commitments and dropped
//!   goals are no longer pursued, so both are only counted in one sentence.
//! - **Metrics**: judged *as of the period's end* with every reading up to that day, because a
//!   running total and the path from baseline to target only make sense from the baseline
//!   on. The chart shows those readings and shades the period, so the reader sees both the
//!   whole trajectory and what happened in the period.
//! - **Community voice**: activities dated in the period, and what was heard in them.
//!   Undated activities cannot be placed in a period and are left out.
use chrono::NaiveDate;

use super::community::{self, Community, ResponseStatus};
use super::goals::{self, GoalStatus, SmartContext};
use super::metrics::{self, format_number, Measurement, Metric, MetricKind};
use super::report::{Block, Chart, Period, Section, Table};
use super::text::{escape_xml, plural};
use super::time::human_date;
use super::Partnership;

fn section(id: &str, title: &str) -> Section {
    Section { id: id.to_string(), title: title.to_string(), blocks: Vec::new() }
}

/// Whether a goal's dates overlap the period; a missing date leaves that side open.
fn overlaps(start: Option<NaiveDate>, end: Option<NaiveDate>, period: Period) -> bool {
    start.is_none_or(|s| s <= period.to) && end.is_none_or(|e| e >= period.from)
}

/// "4 of 5 SMART; missing: Achievable (…)" or "SMART: all five letters met".
pub fn smart_line(checks: &[goals::Check]) -> String {
    let met = checks.iter().filter(|c| c.met).count();
    if met == checks.len() {
        return format!("SMART: all {} letters met.", checks.len());
    }
    let missing: Vec<String> =
        checks.iter().filter(|c| !c.met).map(|c| format!("{} ({})", c.letter.name(), c.explanation.trim())).collect();
    format!("{met} of {} SMART; missing: {}", checks.len(), missing.join("; "))
}

/// The goals worked on in the period, one subheading each.
pub fn goals_section(p: &Partnership, period: Period, today: NaiveDate) -> Section {
    let mut s = section("goals", "Goals");
    let shown: Vec<_> = p
        .goals
        .iter()
        .filter(|g| matches!(g.status, GoalStatus::Active | GoalStatus::Achieved) && overlaps(g.start, g.end, period))
        .collect();
    let others = p.goals.iter().filter(|g| matches!(g.status, GoalStatus::Draft | GoalStatus::Dropped)).count();
    if shown.is_empty() {
        s.blocks.push(Block::Paragraph("No goals were active or achieved in this period.".into()));
    }
    let cx = SmartContext::of(p, today);
    for g in shown {
        s.blocks.push(Block::Subheading(g.statement.trim().to_string()));
        let owners: Vec<String> = g.owner_ids.iter().map(|id| p.partner_name(*id)).collect();
        let owners = if owners.is_empty() { "no owner named".to_string() } else { owners.join(", ") };
        let end = g.end.map_or("no end date".to_string(), |d| format!("ends {}", human_date(d)));
        s.blocks.push(Block::Paragraph(format!("{} · Owners: {owners} · {end}.", g.status.label())));
        s.blocks.push(Block::Paragraph(smart_line(&goals::smart(g, &cx))));
        let mix = goals::metric_mix(g, &p.metrics);
        if mix.outcomes == 0 {
            s.blocks.push(Block::Warning(format!(
                "This goal tracks no outcome metric, so the report cannot show what changed ({}).",
                plural(mix.outputs, "output metric", "output metrics")
            )));
        }
    }
    if others > 0 {
        s.blocks.push(Block::Paragraph(format!(
            "{} (drafts or dropped) {} not shown.",
            plural(others, "other goal", "other goals"),
            if others == 1 { "is" } else { "are" }
        )));
    }
    s
}

/// Outcomes (what changed) and outputs (what we did) as two sections, never mixed.
pub fn metric_sections(p: &Partnership, period: Period, today: NaiveDate) -> [Section; 2] {
    [
        metric_section(p, period, today, MetricKind::Outcome, "outcomes", "Outcomes: what changed"),
        metric_section(p, period, today, MetricKind::Output, "outputs", "Outputs: what we did"),
    ]
}

/// The first line of a metrics section: what this kind of number tells the reader.
fn intro(kind: MetricKind) -> &'static str {
    match kind {
        MetricKind::Outcome => "Outcomes show what changed for people in the community.",
        MetricKind::Output => "Outputs count the work the partnership did; they matter because they drive the outcomes.",
    }
}

fn metric_section(p: &Partnership, period: Period, today: NaiveDate, kind: MetricKind, id: &str, title: &str) -> Section {
    let mut s = section(id, title);
    s.blocks.push(Block::Paragraph(intro(kind).to_string()));
    let chosen: Vec<&Metric> = p.metrics.iter().filter(|m| m.kind == kind).collect();
    if chosen.is_empty() {
        s.blocks.push(Block::Paragraph(format!("No {} metrics are tracked yet.", kind.label().to_lowercase())));
    }
    // Every reading up to the period's end, judged as of that day (see the module notes).
    let as_of = today.min(period.to);
    let by = metrics::ByMetric::new(p.measurements.iter().filter(|m| m.date <= period.to));
    for m in chosen {
        s.blocks.push(Block::Subheading(m.name.trim().to_string()));
        let a = by.assess(m, as_of);
        let in_period = by.of(m.id).iter().filter(|r| period.contains(r.date)).count();
        let now = a.current.map_or("no reading yet".to_string(), |v| m.amount(v));
        let target = m.target_value.map_or("no target set".to_string(), |v| {
            let by = m.target_date.map(|d| format!(" by {}", human_date(d))).unwrap_or_default();
            format!("{}{by}", m.amount(v))
        });
        s.blocks.push(Block::Paragraph(format!(
            "{}: {} Now {now}; target {target}. {} in this period.",
            a.track.label(),
            a.explanation,
            plural(in_period, "reading", "readings")
        )));
        if let Some(chart) = chart_of(m, by.of(m.id), period) {
            s.blocks.push(Block::Chart(chart));
        }
    }
    s
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

/// A round step for about five grid lines over `range` (the app's metric chart uses it too).
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

/// The chart in words: readings, the plan, and the standing.
fn describe(m: &Metric, series: &[(NaiveDate, f64)], plan: Option<[(NaiveDate, f64); 2]>) -> String {
    let mut s = match (series.first(), series.last()) {
        (Some(a), Some(b)) => format!(
            "{}: {} from {} ({}) to {} ({}).",
            m.name.trim(),
            plural(series.len(), "measurement", "measurements"),
            human_date(a.0),
            m.amount(a.1),
            human_date(b.0),
            m.amount(b.1)
        ),
        _ => format!("{}: no measurements yet.", m.name.trim()),
    };
    if let Some([a, b]) = plan {
        s.push_str(&format!(" Plan: from {} on {} to {} by {}.", m.amount(a.1), human_date(a.0), m.amount(b.1), human_date(b.0)));
    }
    s
}

/// A line chart of the readings (up to the period's end) against the planned path, with the
/// period shaded; `None` when there is nothing to draw. Every text in the SVG is escaped.
pub fn metric_chart(m: &Metric, measurements: &[Measurement], period: Period) -> Option<Chart> {
    chart_of(m, &metrics::readings(measurements, m.id), period)
}

/// [`metric_chart`] from the metric's readings, oldest first.
fn chart_of(m: &Metric, readings: &[&Measurement], period: Period) -> Option<Chart> {
    let series: Vec<(NaiveDate, f64)> = metrics::series_of(m, readings).into_iter().filter(|(d, _)| *d <= period.to).collect();
    if series.is_empty() {
        return None;
    }
    let plan = plan(m);
    let alt = describe(m, &series, plan);
    let svg = chart_svg(m, &series, plan, period, &alt);
    let table = Table {
        caption: format!("{}: measured and planned", m.name.trim()),
        headers: vec!["Date".into(), format!("Measured ({})", unit_or_value(m)), "Planned".into()],
        rows: series
            .iter()
            .map(|(d, v)| {
                let planned = plan.and_then(|pl| planned_on(pl, *d)).map(format_number).unwrap_or_else(|| "–".into());
                vec![human_date(*d), format_number(*v), planned]
            })
            .collect(),
    };
    Some(Chart { svg, alt, table: Some(table) })
}

fn unit_or_value(m: &Metric) -> String {
    if m.unit.trim().is_empty() { "value".into() } else { m.unit.trim().to_string() }
}

const W: f64 = 760.0;
const H: f64 = 320.0;
const LEFT: f64 = 90.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 44.0;
const BOTTOM: f64 = 44.0;
const INK: &str = "#1d2321";
const MEASURED: &str = "#0b5d4b";
const PLANNED: &str = "#8a5a00";

fn chart_svg(m: &Metric, series: &[(NaiveDate, f64)], plan: Option<[(NaiveDate, f64); 2]>, period: Period, alt: &str) -> String {
    let mut points = series.to_vec();
    points.extend(plan.iter().flatten().copied());
    let x0 = points.iter().map(|p| p.0).min().unwrap_or(period.from);
    let x1 = points.iter().map(|p| p.0).max().unwrap_or(period.to).max(x0 + chrono::Duration::days(1));
    let (mut y0, mut y1) = points.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.1), hi.max(p.1)));
    if y1 - y0 < 1e-9 {
        y0 -= 1.0;
        y1 += 1.0;
    }
    let step = nice_step(y1 - y0);
    let (y0, y1) = ((y0 / step).floor() * step, (y1 / step).ceil() * step);
    let days = (x1 - x0).num_days() as f64;
    let x = |d: NaiveDate| LEFT + (d - x0).num_days() as f64 / days * (W - LEFT - RIGHT);
    let y = |v: f64| TOP + (y1 - v) / (y1 - y0) * (H - TOP - BOTTOM);
    let id = m.id;
    let mut s = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="100%" role="img" aria-labelledby="metric-title-{id} metric-desc-{id}" class="chart metric-chart"><title id="metric-title-{id}">{t}</title><desc id="metric-desc-{id}">{d}</desc>"##,
        t = escape_xml(&format!("{}: measured against the planned path", m.name.trim())),
        d = escape_xml(alt),
    );
    // The reporting period, shaded where it falls inside the chart.
    let (pa, pb) = (period.from.max(x0), period.to.min(x1));
    if pa < pb {
        s.push_str(&format!(
            r##"<rect x="{:.1}" y="{TOP}" width="{:.1}" height="{}" fill="#e6f2ee"/><text x="{:.1}" y="{}" font-size="13" fill="{INK}">This period</text>"##,
            x(pa),
            x(pb) - x(pa),
            H - TOP - BOTTOM,
            x(pa) + 6.0,
            TOP + 16.0
        ));
    }
    let ticks = ((y1 - y0) / step).round() as i64;
    for i in 0..=ticks {
        let v = y0 + i as f64 * step;
        s.push_str(&format!(
            r##"<line x1="{LEFT}" x2="{}" y1="{yv:.1}" y2="{yv:.1}" stroke="#c9cfcb" stroke-width="1"/><text x="{}" y="{:.1}" text-anchor="end" font-size="14" fill="{INK}">{}</text>"##,
            W - RIGHT,
            LEFT - 8.0,
            y(v) + 5.0,
            escape_xml(&format_number(v)),
            yv = y(v),
        ));
    }
    s.push_str(&format!(
        r##"<text x="{LEFT}" y="{ty}" font-size="14" fill="{INK}">{}</text><text x="{}" y="{ty}" text-anchor="end" font-size="14" fill="{INK}">{}</text>"##,
        human_date(x0),
        W - RIGHT,
        human_date(x1),
        ty = H - BOTTOM + 24.0,
    ));
    if let Some([a, b]) = plan {
        s.push_str(&format!(
            r##"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{PLANNED}" stroke-width="3" stroke-dasharray="10 6"/><circle cx="{:.1}" cy="{:.1}" r="7" fill="{PLANNED}"/>"##,
            x(a.0),
            y(a.1),
            x(b.0),
            y(b.1),
            x(b.0),
            y(b.1)
        ));
    }
    let line: Vec<String> = series.iter().map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v))).collect();
    s.push_str(&format!(r##"<polyline points="{}" fill="none" stroke="{MEASURED}" stroke-width="3"/>"##, line.join(" ")));
    for (d, v) in series {
        s.push_str(&format!(
            r##"<circle cx="{:.1}" cy="{:.1}" r="5" fill="{MEASURED}"><title>{}: {}</title></circle>"##,
            x(*d),
            y(*v),
            human_date(*d),
            escape_xml(&m.amount(*v))
        ));
    }
    s.push_str(&format!(
        r##"<g font-size="14" fill="{INK}"><line x1="{LEFT}" x2="{}" y1="20" y2="20" stroke="{MEASURED}" stroke-width="3"/><text x="{}" y="25">Measured</text><line x1="{}" x2="{}" y1="20" y2="20" stroke="{PLANNED}" stroke-width="3" stroke-dasharray="10 6"/><text x="{}" y="25">Planned path to target</text></g></svg>"##,
        LEFT + 36.0,
        LEFT + 44.0,
        LEFT + 150.0,
        LEFT + 186.0,
        LEFT + 194.0,
    ));
    s
}

/// The community's voice in the period, limited to activities dated in it.
fn in_period(c: &Community, period: Period) -> Community {
    let activities: Vec<_> = c.activities.iter().filter(|a| a.date.is_some_and(|d| period.contains(d))).cloned().collect();
    let inputs: Vec<_> = c.inputs.iter().filter(|i| activities.iter().any(|a| a.id == i.activity_id)).cloned().collect();
    let responses = c.responses.iter().filter(|r| inputs.iter().any(|i| i.id == r.input_id)).cloned().collect();
    Community { activities, inputs, responses }
}

/// "What the community said and what was done": reach, themes, and every input with its
/// response (unanswered ones shown as open, never hidden).
pub fn community_section(p: &Partnership, period: Period) -> Section {
    let mut s = section("community", "You said, we did");
    let c = in_period(&p.community, period);
    if c.activities.is_empty() {
        s.blocks.push(Block::Paragraph("No community listening activities were held in this period.".into()));
        return s;
    }
    let people: u32 = c.activities.iter().filter_map(|a| a.participants).sum();
    let rate = community::response_rate(&c);
    s.blocks.push(Block::Paragraph(format!(
        "{} in this period reached {}; we heard {} and acted on {}{}.",
        plural(c.activities.len(), "listening activity", "listening activities"),
        plural(people as usize, "person", "people"),
        plural(rate.inputs, "point", "points"),
        rate.acted_on,
        rate.acted_on_percent().map(|n| format!(" ({n}%)")).unwrap_or_default()
    )));
    let themes: Vec<String> =
        community::theme_counts(&c).into_iter().take(5).map(|(t, n)| format!("{t}: {}", plural(n, "mention", "mentions"))).collect();
    if !themes.is_empty() {
        s.blocks.push(Block::Subheading("What we heard most".into()));
        s.blocks.push(Block::List(themes));
    }
    let pairs = community::you_said_we_did(&c);
    if pairs.is_empty() {
        return s;
    }
    s.blocks.push(Block::Table(Table {
        caption: "You said, we did".into(),
        headers: ["You said", "We did", "Status", "Where we heard it"].map(String::from).to_vec(),
        rows: pairs
            .iter()
            .map(|r| {
                let did = match (r.status, r.did.trim(), r.reason.trim()) {
                    (ResponseStatus::WontDo, did, why) if !why.is_empty() => format!("{did} Why not: {why}").trim().to_string(),
                    (_, "", _) => "Not answered yet".to_string(),
                    (_, did, _) => did.to_string(),
                };
                let when = r.date.map(|d| format!(", {}", human_date(d))).unwrap_or_default();
                vec![r.said.trim().to_string(), did, r.status.label().to_string(), format!("{}{when}", r.activity.trim())]
            })
            .collect(),
    }));
    for r in pairs.iter().filter(|r| !r.quote.trim().is_empty()).take(3) {
        s.blocks.push(Block::Quote { text: r.quote.trim().to_string(), attribution: r.activity.trim().to_string() });
    }
    s
}

#[cfg(test)]
mod tests;
