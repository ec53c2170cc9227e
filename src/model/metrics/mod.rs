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

use super::record::{IdMap, Record};
use super::money::Decimal;
use super::check::{Checker, Item, Problem};
use crate::i18n::{tr, Key, Msg};
use super::limits;
use super::Partnership;
use super::order::sort_by_key;

mod standing;
mod spreadsheet;
mod sample;
pub use standing::*;
pub use spreadsheet::*;
pub(crate) use sample::*;

crate::choice_enum! {
    #[derive(Serialize, Deserialize)] #[serde(rename_all = "snake_case")]
    pub enum MetricKind {
        /// What the partnership did.
        Output = ("output", "Output"),
        /// What changed for people in the community.
        Outcome = ("outcome", "Outcome"),
    }
}

impl MetricKind {
    /// One line for forms, what the difference is: a message, for the form to word.
    pub fn hint_key(self) -> Key {
        match self {
            MetricKind::Output => tr::metrics::kind_hint::OUTPUT,
            MetricKind::Outcome => tr::metrics::kind_hint::OUTCOME,
        }
    }
}

crate::choice_enum! {
    #[derive(Serialize, Deserialize)] #[serde(rename_all = "snake_case")]
    pub enum Direction {
        Increase = ("increase", "Should go up"), Decrease = ("decrease", "Should go down"),
    }
}

crate::choice_enum! {
    /// How measurements add up.
    #[derive(Serialize, Deserialize)] #[serde(rename_all = "snake_case")]
    pub enum Counting {
        /// Each measurement is an amount for its period; the running total counts (meals served).
        Cumulative = ("cumulative", "Add up measurements (running total)"),
        /// Each measurement is the level at its date; the latest counts (a survey percentage).
        PerPeriod = ("per_period", "Latest measurement counts (a level)"),
    }
}

impl Counting {
    /// A few words for a metric's facts ("running total"): a message, for the screen to word.
    pub fn short_key(self) -> Key {
        match self {
            Counting::Cumulative => tr::metrics::counting_short::CUMULATIVE,
            Counting::PerPeriod => tr::metrics::counting_short::PER_PERIOD,
        }
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
        /// The partner who answers for it (gathers the readings), when one does.
        #[serde(default)]
        pub partner_id: Option<Uuid>,
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
        crate::new_record!(now, Metric {
            name: name.into(),
            kind,
            unit: String::new(),
            direction: Direction::Increase,
            counting: Counting::PerPeriod,
            baseline_value: None,
            baseline_date: None,
            target_value: None,
            target_date: None,
            partner_id: None,
        })
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
        crate::new_record!(now, Measurement {
            metric_id,
            date,
            value,
            note: String::new(),
        })
    }
}

/// A number for people: thousands separated, at most two decimals, no trailing zeros.
/// Every value kept is within [`limits::MAX_ABS`]; one beyond it (never stored) is written in
/// scientific notation rather than clipped to a wrong number.
pub fn format_number(value: f64) -> String {
    if limits::number_problem(value).is_some() {
        return format!("{value:e}");
    }
    Decimal::from_hundredths((value * 100.0).round() as i64).grouped()
}

/// Reads a number typed by a person: "1250", "62.5", "-3", or with a decimal comma "62,5".
/// "1,500" is refused as ambiguous (one and a half, or fifteen hundred?).
pub fn parse_number(text: &str) -> Result<f64, Msg> {
    let t = text.trim().replace([' ', '\u{a0}'], "");
    if t.is_empty() {
        return Err(tr::problem::numbers::MISSING.into());
    }
    let normal = if !t.contains('.') && t.matches(',').count() == 1 {
        let after = t.split(',').nth(1).unwrap_or("");
        if after.len() == 3 {
            return Err(Msg::new(tr::problem::numbers::AMBIGUOUS).text("text", text.trim()));
        }
        t.replace(',', ".")
    } else {
        t.clone()
    };
    let ok_chars = normal.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    match crate::model::text::read_f64(&normal) {
        Some(v) if ok_chars => match limits::number_problem(v) {
            None => Ok(v),
            Some(why) => Err(Msg::new(tr::problem::numbers::OUT_OF_RANGE).text("text", text.trim()).said("why", why)),
        },
        _ => Err(Msg::new(tr::problem::numbers::NOT_A_NUMBER).text("text", text.trim())),
    }
}

/// [`parse_number`] for a form's field, naming it (`field`: `tr::problem::fields::VALUE`).
pub fn parse_in(text: &str, field: crate::i18n::Key) -> Result<f64, Msg> {
    parse_number(text).map_err(|why| limits::in_field(field, why))
}

/// What stops `metric` from being saved, for the form (paths are field names).
pub fn check_metric(metric: &Metric) -> Vec<Problem> {
    let mut out = Vec::new();
    if metric.name.trim().is_empty() {
        out.push(Problem::new("name", tr::problem::metrics::NAME));
    }
    for (field, what, value) in [("baseline_value", tr::problem::metrics::BASELINE, metric.baseline_value), ("target_value", tr::problem::metrics::TARGET, metric.target_value)] {
        if let Some(why) = value.and_then(limits::number_problem) {
            out.push(Problem::new(field, Msg::new(what).said("why", why)));
        }
    }
    for (field, what, day) in [("baseline_date", tr::problem::metrics::BASELINE_DATE, metric.baseline_date), ("target_date", tr::problem::metrics::TARGET_DATE, metric.target_date)] {
        if let Some(why) = day.and_then(limits::date_problem) {
            out.push(Problem::new(field, Msg::new(what).said("why", why)));
        }
    }
    if let (Some(b), Some(t)) = (metric.baseline_date, metric.target_date) {
        if t <= b {
            out.push(Problem::new("target_date", tr::problem::metrics::DATES_IN_ORDER));
        }
    }
    if let (Some(b), Some(t)) = (metric.start_value(), metric.target_value) {
        let wrong = match metric.direction {
            Direction::Increase => t < b,
            Direction::Decrease => t > b,
        };
        if wrong {
            let why = match metric.direction {
                Direction::Increase => tr::problem::metrics::WRONG_SIDE_UP,
                Direction::Decrease => tr::problem::metrics::WRONG_SIDE_DOWN,
            };
            out.push(Problem::new("target_value", why));
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

/// Checks for `validate`.
pub fn check(c: &mut Checker, p: &Partnership) {
    for (i, m) in p.metrics.iter().enumerate() {
        let path = Item("metrics", i);
        c.record(path, m);
        c.not_blank(format!("{path}.name"), &m.name, tr::problem::what::METRIC_NAME);
        c.number(path, "baseline_value", m.baseline_value);
        c.number(path, "target_value", m.target_value);
        c.date(path, "baseline_date", m.baseline_date);
        c.date(path, "target_date", m.target_date);
    }
    for (i, m) in p.measurements.iter().enumerate() {
        let at = Item("measurements", i);
        c.unique_id(at, m.id);
        c.times(at, m.created_at, m.updated_at);
        c.number(at, "value", m.value);
        c.date(at, "date", m.date);
    }
}

#[cfg(test)]
mod tests;
