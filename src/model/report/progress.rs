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

use super::chart::{amount, chart_of};
use super::sections::headers;
use super::{Block, Period, Section, Table};
use crate::i18n::{tr, Words};
use crate::model::community::{self, Community, ResponseStatus};
use crate::model::goals::{self, GoalStatus, SmartContext};
use crate::model::metrics::{self, Metric, MetricKind};
use crate::model::Partnership;

fn section(id: &str, title: &str) -> Section {
    Section { id: id.to_string(), title: title.to_string(), blocks: Vec::new() }
}

/// Whether a goal's dates overlap the period; a missing date leaves that side open.
fn overlaps(start: Option<NaiveDate>, end: Option<NaiveDate>, period: Period) -> bool {
    start.is_none_or(|s| s <= period.to) && end.is_none_or(|e| e >= period.from)
}

/// "4 of 5 SMART; missing: Achievable (…)" or "SMART: all five letters met".
pub fn smart_line(checks: &[goals::Check], w: &Words) -> String {
    let met = checks.iter().filter(|c| c.met).count();
    let n = w.integer(checks.len() as i128);
    if met == checks.len() {
        return tr::report::smart_all(w, &n);
    }
    let missing: Vec<String> =
        checks.iter().filter(|c| !c.met).map(|c| format!("{} ({})", w.get(c.letter.name_key()), c.explanation.say(w).trim())).collect();
    tr::report::smart_missing(w, &w.integer(met as i128), &missing.join("; "), &n)
}

/// The goals worked on in the period, one subheading each.
pub fn goals_section(p: &Partnership, period: Period, today: NaiveDate, w: &Words) -> Section {
    let mut s = section("goals", w.get(tr::report::GOALS));
    let shown: Vec<_> = p
        .goals
        .iter()
        .filter(|g| matches!(g.status, GoalStatus::Active | GoalStatus::Achieved) && overlaps(g.start, g.end, period))
        .collect();
    let others = p.goals.iter().filter(|g| matches!(g.status, GoalStatus::Draft | GoalStatus::Dropped)).count();
    if shown.is_empty() {
        s.blocks.push(Block::Paragraph(w.get(tr::report::NO_GOALS).into()));
    }
    let cx = SmartContext::of(p, today);
    for g in shown {
        s.blocks.push(Block::Subheading(g.statement.trim().to_string()));
        let owners: Vec<String> = g.owner_ids.iter().map(|id| p.partner_name(*id)).collect();
        let owners = if owners.is_empty() { w.get(tr::report::NO_OWNER).to_string() } else { owners.join(", ") };
        let end = g.end.map_or(w.get(tr::report::NO_END).to_string(), |d| tr::report::ends(w, &w.date(d)));
        s.blocks.push(Block::Paragraph(tr::report::goal_line(w, &end, &owners, w.get(g.status.label_key()))));
        s.blocks.push(Block::Paragraph(smart_line(&goals::smart(g, &cx), w)));
        let mix = goals::metric_mix(g, &p.metrics);
        if mix.outcomes == 0 {
            let outputs = tr::report::output_metrics(w, mix.outputs as i64);
            s.blocks.push(Block::Warning(tr::report::no_outcome_metric(w, &outputs)));
        }
    }
    if others > 0 {
        s.blocks.push(Block::Paragraph(tr::report::other_goals(w, others as i64)));
    }
    s
}

/// Outcomes (what changed) and outputs (what we did) as two sections, never mixed.
pub fn metric_sections(p: &Partnership, period: Period, today: NaiveDate, w: &Words) -> [Section; 2] {
    [
        metric_section(p, period, today, MetricKind::Outcome, "outcomes", w),
        metric_section(p, period, today, MetricKind::Output, "outputs", w),
    ]
}

fn metric_section(p: &Partnership, period: Period, today: NaiveDate, kind: MetricKind, id: &str, w: &Words) -> Section {
    // The title, what this kind of number tells the reader, and the words when there is none.
    let (title, intro, none) = match kind {
        MetricKind::Outcome => (tr::report::OUTCOMES, tr::report::OUTCOMES_INTRO, tr::report::NO_OUTCOMES),
        MetricKind::Output => (tr::report::OUTPUTS, tr::report::OUTPUTS_INTRO, tr::report::NO_OUTPUTS),
    };
    let mut s = section(id, w.get(title));
    s.blocks.push(Block::Paragraph(w.get(intro).into()));
    let chosen: Vec<&Metric> = p.metrics.iter().filter(|m| m.kind == kind).collect();
    if chosen.is_empty() {
        s.blocks.push(Block::Paragraph(w.get(none).into()));
    }
    // Every reading up to the period's end, judged as of that day (see the module notes).
    let as_of = today.min(period.to);
    let by = metrics::ByMetric::new(p.measurements.iter().filter(|m| m.date <= period.to));
    for m in chosen {
        s.blocks.push(Block::Subheading(m.name.trim().to_string()));
        let a = by.assess(m, as_of);
        let in_period = by.of(m.id).iter().filter(|r| period.contains(r.date)).count();
        let now = a.current.map_or(w.get(tr::report::NO_READING).to_string(), |v| amount(m, v, w));
        let target = m.target_value.map_or(w.get(tr::report::NO_TARGET).to_string(), |v| match m.target_date {
            Some(d) => tr::report::target_by(w, &amount(m, v, w), &w.date(d)),
            None => amount(m, v, w),
        });
        let readings = tr::report::readings(w, in_period as i64);
        s.blocks.push(Block::Paragraph(tr::report::metric_line(w, &a.explanation.say(w), &now, &readings, &target, w.get(a.track.label_key()))));
        if let Some(partner) = m.partner_id.and_then(|id| p.partner(id)) {
            s.blocks.push(Block::Paragraph(tr::metrics::responsible_is(w, partner.name.trim())));
        }
        if let Some(chart) = chart_of(m, by.of(m.id), period, w) {
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
pub fn community_section(p: &Partnership, period: Period, w: &Words) -> Section {
    let mut s = section("community", w.get(tr::report::COMMUNITY));
    let c = in_period(&p.community, period);
    if c.activities.is_empty() {
        s.blocks.push(Block::Paragraph(w.get(tr::report::NO_COMMUNITY).into()));
        return s;
    }
    // A crafted file's counts stop at the largest rather than overflow.
    let people = c.activities.iter().filter_map(|a| a.participants).fold(0, u32::saturating_add);
    let rate = community::response_rate(&c);
    let acted = match rate.acted_on_percent() {
        Some(n) => tr::report::acted_percent(w, &w.integer(rate.acted_on as i128), &w.integer(n.into())),
        None => w.integer(rate.acted_on as i128),
    };
    s.blocks.push(Block::Paragraph(tr::report::reach(
        w,
        &acted,
        &tr::report::activities(w, c.activities.len() as i64),
        &tr::report::people(w, people.into()),
        &tr::report::points(w, rate.inputs as i64),
    )));
    let themes: Vec<String> =
        community::theme_counts(&c).into_iter().take(5).map(|(t, n)| tr::report::mentions(w, n as i64, &t)).collect();
    if !themes.is_empty() {
        s.blocks.push(Block::Subheading(w.get(tr::report::HEARD_MOST).into()));
        s.blocks.push(Block::List(themes));
    }
    let pairs = community::you_said_we_did(&c);
    if pairs.is_empty() {
        return s;
    }
    s.blocks.push(Block::Table(Table {
        caption: w.get(tr::report::COMMUNITY).into(),
        headers: headers(w, &[tr::report::YOU_SAID, tr::report::WE_DID, tr::report::STATUS, tr::report::WHERE_HEARD]),
        rows: pairs
            .iter()
            .map(|r| {
                let did = match (r.status, r.did.trim(), r.reason.trim()) {
                    (ResponseStatus::WontDo, did, why) if !why.is_empty() => tr::report::why_not(w, did, why).trim().to_string(),
                    (_, "", _) => w.get(tr::report::NOT_ANSWERED).to_string(),
                    (_, did, _) => did.to_string(),
                };
                let when = r.date.map(|d| format!(", {}", w.date(d))).unwrap_or_default();
                vec![r.said.trim().to_string(), did, w.get(r.status.label_key()).to_string(), format!("{}{when}", r.activity.trim())]
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
