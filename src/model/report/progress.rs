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

use super::chart::chart_of;
use super::{Block, Period, Section, Table};
use crate::model::community::{self, Community, ResponseStatus};
use crate::model::goals::{self, GoalStatus, SmartContext};
use crate::model::metrics::{self, Metric, MetricKind};
use crate::model::text::plural;
use crate::model::time::human_date;
use crate::model::Partnership;

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
        checks.iter().filter(|c| !c.met).map(|c| format!("{} ({})", c.letter.name(), c.explanation.to_string().trim())).collect();
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
    // A crafted file's counts stop at the largest rather than overflow.
    let people = c.activities.iter().filter_map(|a| a.participants).fold(0, u32::saturating_add);
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
