//! Metrics: what the partnership counts to know whether it is making a difference.
//! An *output* counts what the partners did (meals served); an *outcome* counts what changed
//! in the community (households food-secure). Each has a baseline, a target, dated
//! measurements, and a judgement of whether it is on track for the time that has passed.
//!
//! Amounts are `f64`: they are measurements (percentages, kilograms), not money. They are
//! always finite: every way in (forms, CSV, files) refuses NaN and infinity.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::{new_id, Extra, IdMap, Record};
use super::money::Decimal;
use super::text::{capitalise, join_and};
use super::time::human_date;
use super::check::{Checker, Item, Problem};
use super::Partnership;
use super::order::sort_by_key;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricKind {
    /// What the partnership did.
    Output,
    /// What changed for people in the community.
    Outcome,
}

impl MetricKind {
    pub const ALL: [MetricKind; 2] = [MetricKind::Output, MetricKind::Outcome];
    pub fn label(self) -> &'static str {
        match self {
            MetricKind::Output => "Output",
            MetricKind::Outcome => "Outcome",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            MetricKind::Output => "output",
            MetricKind::Outcome => "outcome",
        }
    }
    pub fn from_key(key: &str) -> Option<MetricKind> {
        MetricKind::ALL.into_iter().find(|k| k.key() == key)
    }
    /// One line for forms: what the difference is.
    pub fn explain(self) -> &'static str {
        match self {
            MetricKind::Output => "what we did, e.g. meals served",
            MetricKind::Outcome => "what changed in the community, e.g. households food-secure",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Increase,
    Decrease,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction::Increase, Direction::Decrease];
    pub fn label(self) -> &'static str {
        match self {
            Direction::Increase => "Should go up",
            Direction::Decrease => "Should go down",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Direction::Increase => "increase",
            Direction::Decrease => "decrease",
        }
    }
    pub fn from_key(key: &str) -> Option<Direction> {
        Direction::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// How measurements add up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Counting {
    /// Each measurement is an amount for its period; the running total counts (meals served).
    Cumulative,
    /// Each measurement is the level at its date; the latest counts (a survey percentage).
    PerPeriod,
}

impl Counting {
    pub const ALL: [Counting; 2] = [Counting::Cumulative, Counting::PerPeriod];
    pub fn label(self) -> &'static str {
        match self {
            Counting::Cumulative => "Add up measurements (running total)",
            Counting::PerPeriod => "Latest measurement counts (a level)",
        }
    }
    pub fn short(self) -> &'static str {
        match self {
            Counting::Cumulative => "running total",
            Counting::PerPeriod => "latest level",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Counting::Cumulative => "cumulative",
            Counting::PerPeriod => "per_period",
        }
    }
    pub fn from_key(key: &str) -> Option<Counting> {
        Counting::ALL.into_iter().find(|k| k.key() == key)
    }
}

crate::record! {
    pub struct Metric("metric") {
        pub name: String,
        pub kind: MetricKind,
        /// e.g. "meals", "% of households", "kg".
        #[serde(default)]
        pub unit: String,
        pub direction: Direction,
        pub counting: Counting,
        #[serde(default)]
        pub baseline_value: Option<f64>,
        #[serde(default)]
        pub baseline_date: Option<NaiveDate>,
        #[serde(default)]
        pub target_value: Option<f64>,
        #[serde(default)]
        pub target_date: Option<NaiveDate>,
    }
}

crate::record! {
    /// One dated reading of a metric. Kept in one list beside the metrics (not inside each
    /// metric) so that two groups adding readings to the same metric merge without conflict.
    pub struct Measurement("measurement") {
        pub metric_id: Uuid,
        #[serde(with = "crate::model::time::day")]
        pub date: NaiveDate,
        pub value: f64,
        /// Where the number comes from ("pantry sign-in sheets", "spring survey").
        #[serde(default)]
        pub note: String,
    }
}

impl Metric {
    pub fn new(name: impl Into<String>, kind: MetricKind, now: DateTime<Utc>) -> Metric {
        Metric {
            id: new_id(),
            created_at: now,
            updated_at: now,
            name: name.into(),
            kind,
            unit: String::new(),
            direction: Direction::Increase,
            counting: Counting::PerPeriod,
            baseline_value: None,
            baseline_date: None,
            target_value: None,
            target_date: None,
            extra: Extra::new(),
        }
    }

    /// The baseline the progress is counted from: a running total starts at 0 unless told.
    pub fn start_value(&self) -> Option<f64> {
        match self.counting {
            Counting::Cumulative => Some(self.baseline_value.unwrap_or(0.0)),
            Counting::PerPeriod => self.baseline_value,
        }
    }

    /// "1,250 meals", "62.5 % of households".
    pub fn amount(&self, value: f64) -> String {
        let n = format_number(value);
        if self.unit.trim().is_empty() {
            n
        } else {
            format!("{n} {}", self.unit.trim())
        }
    }
}

impl Measurement {
    pub fn new(metric_id: Uuid, date: NaiveDate, value: f64, now: DateTime<Utc>) -> Measurement {
        Measurement {
            id: new_id(),
            created_at: now,
            updated_at: now,
            metric_id,
            date,
            value,
            note: String::new(),
            extra: Extra::new(),
        }
    }
}

/// A number for people: thousands separated, at most two decimals, no trailing zeros.
pub fn format_number(value: f64) -> String {
    Decimal::from_hundredths((value * 100.0).round() as i64).grouped()
}

/// Reads a number typed by a person: "1250", "62.5", "-3", or with a decimal comma "62,5".
/// "1,500" is refused as ambiguous (one and a half, or fifteen hundred?).
pub fn parse_number(text: &str) -> Result<f64, String> {
    let t = text.trim().replace([' ', '\u{a0}'], "");
    if t.is_empty() {
        return Err("no number given".into());
    }
    let normal = if !t.contains('.') && t.matches(',').count() == 1 {
        let after = t.split(',').nth(1).unwrap_or("");
        if after.len() == 3 {
            return Err(format!("“{}” is ambiguous: write 1500 for fifteen hundred or 1.5 for one and a half", text.trim()));
        }
        t.replace(',', ".")
    } else {
        t.clone()
    };
    let ok_chars = normal.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    match normal.parse::<f64>() {
        Ok(v) if ok_chars && v.is_finite() => Ok(v),
        _ => Err(format!("“{}” is not a number", text.trim())),
    }
}

/// The measurements of one metric, oldest first (ties in the order they were recorded).
pub fn readings(measurements: &[Measurement], metric_id: Uuid) -> Vec<&Measurement> {
    let mut out: Vec<&Measurement> = measurements.iter().filter(|m| m.metric_id == metric_id).collect();
    sort_by_key(&mut out, |m| (m.date, m.created_at));
    out
}

/// The value over time as the chart draws it: a running total from the baseline for a
/// cumulative metric (readings before the baseline date are part of the baseline and are
/// not added again), each reading as it is for a per-period one.
pub fn series(metric: &Metric, measurements: &[Measurement]) -> Vec<(NaiveDate, f64)> {
    series_of(metric, &readings(measurements, metric.id))
}

/// Every metric's [`readings`], found in one pass over the measurements: asking `readings`
/// for each of 100 metrics went through 20,000 measurements 100 times (most of the time to
/// redraw the overview after a change at the large size).
pub struct ByMetric<'a>(IdMap<Vec<&'a Measurement>>);

impl<'a> ByMetric<'a> {
    pub fn new(measurements: impl IntoIterator<Item = &'a Measurement>) -> ByMetric<'a> {
        let mut by: IdMap<Vec<&Measurement>> = IdMap::default();
        for m in measurements {
            by.entry(m.metric_id).or_default().push(m);
        }
        // A stable sort of each in the order recorded: what `readings` gives.
        for rs in by.values_mut() {
            sort_by_key(rs, |m| (m.date, m.created_at));
        }
        ByMetric(by)
    }

    /// The readings of one metric, oldest first.
    pub fn of(&self, metric_id: Uuid) -> &[&'a Measurement] {
        self.0.get(&metric_id).map(Vec::as_slice).unwrap_or_default()
    }

    /// [`assess`] with this index.
    pub fn assess(&self, metric: &Metric, today: NaiveDate) -> Assessment {
        assess_of(metric, self.of(metric.id), today)
    }
}

/// [`series`] of the metric's readings (oldest first).
pub fn series_of(metric: &Metric, rs: &[&Measurement]) -> Vec<(NaiveDate, f64)> {
    match metric.counting {
        Counting::PerPeriod => rs.iter().map(|m| (m.date, m.value)).collect(),
        Counting::Cumulative => {
            let mut total = metric.start_value().unwrap_or(0.0);
            rs.iter()
                .filter(|m| metric.baseline_date.is_none_or(|b| m.date >= b))
                .map(|m| {
                    total += m.value;
                    (m.date, total)
                })
                .collect()
        }
    }
}

/// Where the metric stands now: the running total, or the latest reading.
pub fn current_value(metric: &Metric, measurements: &[Measurement]) -> Option<f64> {
    series(metric, measurements).last().map(|(_, v)| *v)
}

/// How far from the baseline toward the target the metric has come: 0 at the baseline,
/// 1 at the target, above 1 past it, below 0 when it moved the wrong way. `None` without a
/// baseline, a target, a reading, or when the target equals the baseline.
pub fn progress(metric: &Metric, measurements: &[Measurement]) -> Option<f64> {
    let start = metric.start_value()?;
    let target = metric.target_value?;
    let now = current_value(metric, measurements)?;
    let span = target - start;
    if span == 0.0 {
        return None;
    }
    Some((now - start) / span)
}

/// Thresholds for the on-track judgement, as fractions of the progress expected by now.
pub const ON_TRACK_AT: f64 = 0.9;
pub const AT_RISK_AT: f64 = 0.6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Track {
    /// No measurement has been recorded yet.
    NoData,
    /// Baseline, target value or dates are missing, so there is nothing to compare with.
    NeedsTarget,
    Reached,
    OnTrack,
    AtRisk,
    OffTrack,
}

impl Track {
    pub fn label(self) -> &'static str {
        match self {
            Track::NoData => "No data yet",
            Track::NeedsTarget => "Needs a target",
            Track::Reached => "Target reached",
            Track::OnTrack => "On track",
            Track::AtRisk => "At risk",
            Track::OffTrack => "Off track",
        }
    }
    /// For CSS classes and tests.
    pub fn key(self) -> &'static str {
        match self {
            Track::NoData => "no-data",
            Track::NeedsTarget => "needs-target",
            Track::Reached => "reached",
            Track::OnTrack => "on-track",
            Track::AtRisk => "at-risk",
            Track::OffTrack => "off-track",
        }
    }
}

/// A metric's standing, with the numbers behind it so the screen can explain it.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub track: Track,
    pub current: Option<f64>,
    pub progress: Option<f64>,
    /// The share of the way that the straight path from baseline to target had covered by
    /// the last reading.
    pub expected: Option<f64>,
    /// The date of the last reading: progress is only known as of then.
    pub as_of: Option<NaiveDate>,
    /// One sentence for people.
    pub explanation: String,
}

/// On track or not, judged against time.
///
/// The straight path from (baseline date, baseline) to (target date, target) says how far
/// along the metric should be at any date. At the date of the latest reading we compare
/// progress with that expected share: at least 90 % of it is *on track*, at least 60 % *at
/// risk*, less *off track*. We judge as of the last reading rather than today, because a
/// survey run twice a year would otherwise look worse every day between surveys. Once the
/// target date has passed (on `today`) without the target being reached, it is *off track*.
pub fn assess(metric: &Metric, measurements: &[Measurement], today: NaiveDate) -> Assessment {
    assess_of(metric, &readings(measurements, metric.id), today)
}

/// [`assess`] from the metric's readings (oldest first).
fn assess_of(metric: &Metric, rs: &[&Measurement], today: NaiveDate) -> Assessment {
    let s = series_of(metric, rs);
    let current = s.last().map(|(_, v)| *v);
    let as_of = s.last().map(|(d, _)| *d);
    // What `progress` works out, from the series already made.
    let progress = match (metric.start_value(), metric.target_value, current) {
        (Some(start), Some(target), Some(now)) if target - start != 0.0 => Some((now - start) / (target - start)),
        _ => None,
    };
    let mut a = Assessment { track: Track::NoData, current, progress, expected: None, as_of, explanation: String::new() };
    let Some(as_of) = as_of else {
        a.explanation = "No measurements yet: record the first reading to see progress.".into();
        return a;
    };
    let (Some(_), Some(target), Some(start_date), Some(end_date), Some(progress)) =
        (metric.start_value(), metric.target_value, metric.baseline_date, metric.target_date, progress)
    else {
        a.track = Track::NeedsTarget;
        a.explanation = needs_target_reason(metric);
        return a;
    };
    let pct = |f: f64| format!("{}%", (f * 100.0).round());
    if progress >= 1.0 {
        a.track = Track::Reached;
        a.explanation = format!("Target of {} reached.", metric.amount(target));
        return a;
    }
    if today > end_date {
        a.track = Track::OffTrack;
        a.explanation = format!(
            "The target date ({}) has passed at {} of the way to the target.",
            human_date(end_date),
            pct(progress.max(0.0))
        );
        return a;
    }
    let total = (end_date - start_date).num_days().max(1) as f64;
    let expected = ((as_of - start_date).num_days() as f64 / total).clamp(0.0, 1.0);
    a.expected = Some(expected);
    a.track = if expected <= 0.0 || progress >= ON_TRACK_AT * expected {
        Track::OnTrack
    } else if progress >= AT_RISK_AT * expected {
        Track::AtRisk
    } else {
        Track::OffTrack
    };
    a.explanation = format!(
        "{} of the way to the target on {}, where the plan expected {}.",
        pct(progress),
        human_date(as_of),
        pct(expected)
    );
    a
}

fn needs_target_reason(metric: &Metric) -> String {
    let mut missing = Vec::new();
    if metric.start_value().is_none() {
        missing.push("a baseline value");
    }
    if metric.baseline_date.is_none() {
        missing.push("a baseline date");
    }
    if metric.target_value.is_none() {
        missing.push("a target value");
    }
    if metric.target_date.is_none() {
        missing.push("a target date");
    }
    if missing.is_empty() {
        return "The target equals the baseline: set a target that differs from where you start.".into();
    }
    format!("To judge progress, give it {}.", join_and(&missing))
}

/// Where the measurements so far point: the least-squares line through the baseline and
/// the readings, read at the target date. `None` with fewer than three points (too few to
/// call a trend) or without a baseline or target date.
pub fn trend_at_target(metric: &Metric, measurements: &[Measurement]) -> Option<f64> {
    let start_date = metric.baseline_date?;
    let end_date = metric.target_date?;
    let mut points: Vec<(f64, f64)> = vec![(0.0, metric.start_value()?)];
    points.extend(series(metric, measurements).into_iter().map(|(d, v)| ((d - start_date).num_days() as f64, v)));
    if points.len() < 3 {
        return None;
    }
    let n = points.len() as f64;
    let mx = points.iter().map(|p| p.0).sum::<f64>() / n;
    let my = points.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = points.iter().map(|p| (p.0 - mx).powi(2)).sum();
    if sxx == 0.0 {
        return None;
    }
    let slope = points.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum::<f64>() / sxx;
    let x = (end_date - start_date).num_days() as f64;
    Some(my + slope * (x - mx))
}

/// The target is "far beyond the trend" when reaching it needs more than this many times
/// the change the trend so far would bring by the target date.
pub const FAR_BEYOND_TREND: f64 = 2.0;

/// `Some(sentence)` when the measurements so far make the target look out of reach.
pub fn beyond_trend(metric: &Metric, measurements: &[Measurement]) -> Option<String> {
    let start = metric.start_value()?;
    let target = metric.target_value?;
    let projected = trend_at_target(metric, measurements)?;
    let sign = if target >= start { 1.0 } else { -1.0 };
    let needed = (target - start) * sign;
    let likely = (projected - start) * sign;
    if needed <= 0.0 || (likely > 0.0 && needed <= FAR_BEYOND_TREND * likely) {
        return None;
    }
    Some(format!(
        "the target for “{}” ({}) is far beyond its trend, which points to about {} by the target date",
        metric.name,
        metric.amount(target),
        metric.amount(projected)
    ))
}

/// What stops `metric` from being saved, for the form (paths are field names).
pub fn check_metric(metric: &Metric) -> Vec<Problem> {
    let mut out = Vec::new();
    if metric.name.trim().is_empty() {
        out.push(Problem::new("name", "Give the metric a name, e.g. “Meals served”."));
    }
    if let (Some(b), Some(t)) = (metric.baseline_date, metric.target_date) {
        if t <= b {
            out.push(Problem::new("target_date", "The target date must come after the baseline date."));
        }
    }
    if let (Some(b), Some(t)) = (metric.start_value(), metric.target_value) {
        let wrong = match metric.direction {
            Direction::Increase => t < b,
            Direction::Decrease => t > b,
        };
        if wrong {
            out.push(Problem::new(
                "target_value",
                format!(
                    "The target is on the wrong side of the baseline for a metric that {}.",
                    metric.direction.label().to_lowercase()
                ),
            ));
        }
    }
    out
}

crate::listed!(Metric => metrics {
    /// A metric's measurements go with it (tombstones for all), and goals no longer link it.
    fn cascade(removed: &Metric, p: &mut Partnership, now: DateTime<Utc>) {
        let id = removed.id;
        let gone: Vec<Uuid> = p.measurements.iter().filter(|m| m.metric_id == id).map(|m| m.id).collect();
        p.measurements.retain(|m| m.metric_id != id);
        for m in gone {
            p.bury(Measurement::KIND, m, now);
        }
        for goal in &mut p.goals {
            if goal.metric_ids.contains(&id) {
                goal.metric_ids.retain(|m| *m != id);
                goal.touch(now);
            }
        }
    }
});
crate::listed!(Measurement => measurements);

pub fn add_measurements(p: &mut Partnership, new: Vec<Measurement>, now: DateTime<Utc>) {
    for mut m in new {
        m.touch(now);
        p.measurements.push(m);
    }
    p.touch(now);
}

/// A bad row of an import: the line (1-based, as a spreadsheet numbers it) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.message)
        } else {
            write!(f, "Line {}: {}", self.line, self.message)
        }
    }
}

/// Reads pasted or imported CSV rows `date,value,note` into measurements of `metric`.
/// A first row naming the columns is recognised (in any order) and skipped. Every bad row
/// is reported; on any error nothing is returned, so nothing partial is saved.
/// A row identical (date and value) to a reading already recorded is an error, so that
/// importing the same file twice does not double a running total.
pub fn import_measurements(
    text: &str,
    metric: &Metric,
    existing: &[Measurement],
    now: DateTime<Utc>,
) -> Result<Vec<Measurement>, Vec<RowError>> {
    let lines = super::csv::parse(text).map_err(|e| vec![RowError { line: 0, message: capitalise(&e) }])?;
    let mut rows = lines.as_slice();
    let (mut date_col, mut value_col, mut note_col) = (0, 1, Some(2));
    if let Some(first) = rows.first() {
        let names: Vec<String> = first.fields.iter().map(|f| f.trim().to_lowercase()).collect();
        if names.iter().any(|n| n == "date") {
            let pos = |wanted: &[&str]| names.iter().position(|n| wanted.contains(&n.as_str()));
            date_col = pos(&["date"]).unwrap_or(0);
            let Some(v) = pos(&["value", "amount", "number"]) else {
                return Err(vec![RowError { line: first.line, message: "the header has no “value” column".into() }]);
            };
            value_col = v;
            note_col = pos(&["note", "notes", "source", "source note"]);
            rows = &rows[1..];
        }
    }
    if rows.is_empty() {
        return Err(vec![RowError {
            line: 0,
            message: "There are no measurements to import: paste rows of date,value,note (for example 2026-03-31,1250,pantry sheets).".into(),
        }]);
    }
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for row in rows {
        let cell = |i: usize| row.fields.get(i).map(|s| s.trim()).unwrap_or("");
        let date = match NaiveDate::parse_from_str(cell(date_col), "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) if cell(date_col).is_empty() => {
                errors.push(RowError { line: row.line, message: "the date is missing".into() });
                None
            }
            Err(_) => {
                errors.push(RowError {
                    line: row.line,
                    message: format!("“{}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31", cell(date_col)),
                });
                None
            }
        };
        let value = match parse_number(cell(value_col)) {
            Ok(v) => Some(v),
            Err(why) => {
                let why = if cell(value_col).is_empty() { "the value is missing".to_string() } else { why };
                errors.push(RowError { line: row.line, message: why });
                None
            }
        };
        if let (Some(date), Some(value)) = (date, value) {
            if existing.iter().any(|m| m.metric_id == metric.id && m.date == date && m.value == value) {
                errors.push(RowError {
                    line: row.line,
                    message: format!("{} on {} is already recorded", metric.amount(value), human_date(date)),
                });
                continue;
            }
            let mut m = Measurement::new(metric.id, date, value, now);
            m.note = note_col.map(|c| cell(c).to_string()).unwrap_or_default();
            out.push(m);
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// A metric's measurements as CSV (date,value,note): what the import reads back.
pub fn measurements_csv(metric: &Metric, measurements: &[Measurement]) -> String {
    let rows: Vec<Vec<String>> = readings(measurements, metric.id)
        .into_iter()
        .map(|m| vec![super::time::iso_date(m.date), m.value.to_string(), m.note.clone()])
        .collect();
    super::csv::table(&["date", "value", "note"], &rows)
}

/// Every metric with its targets and standing, one row each, for a spreadsheet.
pub fn metrics_csv(metrics: &[Metric], measurements: &[Measurement], today: NaiveDate) -> String {
    let opt = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let date = |d: Option<NaiveDate>| d.map(super::time::iso_date).unwrap_or_default();
    let by = ByMetric::new(measurements);
    let rows: Vec<Vec<String>> = metrics
        .iter()
        .map(|m| {
            let a = by.assess(m, today);
            vec![
                m.name.clone(),
                m.kind.key().into(),
                m.unit.clone(),
                m.direction.key().into(),
                m.counting.key().into(),
                opt(m.baseline_value),
                date(m.baseline_date),
                opt(m.target_value),
                date(m.target_date),
                by.of(m.id).len().to_string(),
                opt(a.current),
                a.progress.map(|p| format!("{:.1}", p * 100.0)).unwrap_or_default(),
                a.track.label().into(),
            ]
        })
        .collect();
    super::csv::table(
        &[
            "metric", "type", "unit", "direction", "counting", "baseline", "baseline_date", "target",
            "target_date", "measurements", "current", "progress_percent", "status",
        ],
        &rows,
    )
}

/// Checks for `validate`.
pub fn check(c: &mut Checker, p: &Partnership) {
    for (i, m) in p.metrics.iter().enumerate() {
        let path = Item("metrics", i);
        c.unique_id(path, m.id);
        c.times(path, m.created_at, m.updated_at);
        c.not_blank(format!("{path}.name"), &m.name, "the metric's name");
        for (field, v) in [("baseline_value", m.baseline_value), ("target_value", m.target_value)] {
            if v.is_some_and(|v| !v.is_finite()) {
                c.problem(format!("{path}.{field}"), "is not a finite number");
            }
        }
    }
    for (i, m) in p.measurements.iter().enumerate() {
        let at = Item("measurements", i);
        c.unique_id(at, m.id);
        c.times(at, m.created_at, m.updated_at);
        if !m.value.is_finite() {
            c.problem(format!("{at}.value"), "is not a finite number");
        }
    }
}

/// Deterministic wobble for the sample's readings, so that they look measured, not drawn.
const WOBBLE: [f64; 12] = [0.4, -0.6, 0.9, -0.2, 0.3, -0.8, 0.6, 0.1, -0.4, 0.7, -0.3, 0.2];

pub(crate) struct SampleMetrics {
    pub food_secure: Uuid,
    pub parcels: Uuid,
    pub meals: Uuid,
    pub surplus: Uuid,
}

/// The sample's four metrics (two outcomes, two outputs) with a year of monthly readings
/// ending a few days before `now`: one on track, one at risk, one off track, one falling
/// as it should.
pub(crate) fn add_sample(p: &mut Partnership, now: DateTime<Utc>) -> SampleMetrics {
    let today = now.date_naive();
    let baseline = today - chrono::Duration::days(365);
    let month = |i: i64| baseline + chrono::Duration::days(30 * i);
    let mut make = |name: &str, kind, unit: &str, dir, counting, base: f64, target: f64, target_days: i64| {
        let mut m = Metric::new(name, kind, now);
        m.unit = unit.into();
        m.direction = dir;
        m.counting = counting;
        m.baseline_value = Some(base);
        m.baseline_date = Some(baseline);
        m.target_value = Some(target);
        m.target_date = Some(baseline + chrono::Duration::days(target_days));
        let id = m.id;
        p.metrics.push(m);
        id
    };
    use Counting::*;
    use Direction::*;
    let food_secure = make("Households food-secure", MetricKind::Outcome, "% of households", Increase, PerPeriod, 62.0, 75.0, 730);
    let parcels = make("Families needing emergency food parcels", MetricKind::Outcome, "families a month", Decrease, PerPeriod, 480.0, 360.0, 730);
    let meals = make("Meals served at the pantries", MetricKind::Output, "meals", Increase, Cumulative, 0.0, 60000.0, 730);
    let surplus = make("Surplus food rescued", MetricKind::Output, "kg", Increase, Cumulative, 0.0, 32000.0, 545);
    let mut read = |metric: Uuid, value: &dyn Fn(i64) -> f64, note: &str| {
        for i in 1..=12 {
            let mut m = Measurement::new(metric, month(i), value(i), now);
            m.note = note.into();
            p.measurements.push(m);
        }
    };
    let w = |i: i64| WOBBLE[(i as usize - 1) % WOBBLE.len()];
    read(food_secure, &|i| ((62.0 + 0.33 * i as f64 + w(i)) * 10.0).round() / 10.0, "Monthly panel survey, Nutrition Lab");
    read(parcels, &|i| (480.0 - 5.5 * i as f64 + 10.0 * w(i)).round(), "Food bank parcel log");
    read(meals, &|i| (2550.0 + 20.0 * i as f64 + 150.0 * w(i)).round(), "Pantry sign-in sheets");
    read(surplus, &|i| (900.0 + 10.0 * i as f64 + 80.0 * w(i)).round(), "FreshMart delivery notes");
    SampleMetrics { food_secure, parcels, meals, surplus }
}

#[cfg(test)]
mod tests;
