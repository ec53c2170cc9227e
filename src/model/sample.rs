//! The built-in sample: a local food-security partnership of six organisations across
//! sectors, realistic enough to try every tool on. Dates are relative to `now` so the sample
//! always looks current. It is written in English; `locales/sample-<code>.json` maps each of
//! its texts to another language, and [`translate`] rewrites a copy, so a visitor's first
//! click shows the sample in their language (names of people and organisations stay).
//!
//! The browser does not compile the sample in: it downloads `locales/sample.json`, the sample
//! as [`sample`] wrote it at [`WRITTEN`] (an export file, `cargo run --example sample_file`),
//! and [`from_file`] gives it fresh ids and moves its dates to today. That keeps about
//! 14 KB (gzipped) of code and text out of the first download.
use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde_json::Value;

use super::Partnership;

pub const SAMPLE_NAME: &str = "Riverside Food Security Partnership";

/// A fresh copy of the sample partnership, with new ids. Each tool builds its own records
/// (`add_sample` beside the tool); later tools refer to earlier ones, hence the order.
pub fn sample(now: DateTime<Utc>) -> Partnership {
    let start = now - Duration::days(30 * 18);
    let mut p = Partnership::new(SAMPLE_NAME, start);
    super::partners::add_sample(&mut p, now);
    super::resources::add_sample(&mut p, now);
    super::goals::add_sample(&mut p, now);
    super::charter::add_sample(&mut p, now);
    super::checkins::add_sample(&mut p, now);
    super::health::add_sample(&mut p, now);
    super::community::add_sample(&mut p, now);
    super::ideas::add_sample(&mut p, now);
    super::stories::add_sample(&mut p, now);
    super::learning::add_sample(&mut p, now);
    super::sustainability::add_sample(&mut p, now);
    p.updated_at = now;
    p
}

/// When `locales/sample.json` was written (by `cargo run --example sample_file`).
pub const WRITTEN: &str = "2026-01-15T10:00:00Z";

/// The sample file's text: what `locales/sample.json` must hold.
pub fn file_text() -> String {
    let written = super::time::utc_stamp(WRITTEN).expect("WRITTEN is a time");
    super::file::compact_json(&sample(written), written)
}

/// The sample as of `now` from its file ([`file_text`]): read through the one door, then every
/// id replaced by a fresh one (the same one wherever it is referred to) and every date and time
/// moved by the time since [`WRITTEN`], so it equals [`sample`]`(now)` but for the ids.
pub fn from_file(text: &str, now: DateTime<Utc>) -> Result<Partnership, super::file::ImportError> {
    let written = super::time::utc_stamp(WRITTEN).expect("WRITTEN is a time");
    let p = super::file::open(text)?.partnership;
    let mut v = super::file::to_json_value(&p);
    let mut ids = HashMap::new();
    let by = Shift { time: now - written, days: now.date_naive() - written.date_naive(), months: months(now) - months(written) };
    renew(&mut v, "", &by, &mut ids);
    super::file::from_json_value(v)
}

/// How far the sample moves: times by the time since it was written, dates by the days since,
/// and funding periods, which the sample puts at a month's first and last day, by months.
struct Shift {
    time: Duration,
    days: Duration,
    months: i32,
}

fn months(t: DateTime<Utc>) -> i32 {
    use chrono::Datelike;
    t.year() * 12 + t.month0() as i32
}

impl Shift {
    fn date(&self, d: NaiveDate, monthly: bool) -> NaiveDate {
        use chrono::{Datelike, Months};
        let by_months = |d: NaiveDate| match self.months {
            m if m >= 0 => d.checked_add_months(Months::new(m as u32)),
            m => d.checked_sub_months(Months::new(m.unsigned_abs())),
        };
        let next = d + Duration::days(1);
        let moved = if !monthly {
            None
        } else if d.day() == 1 {
            by_months(d)
        } else if next.day() == 1 {
            by_months(next).map(|n| n - Duration::days(1))
        } else {
            None
        };
        moved.unwrap_or(d + self.days)
    }
}

/// Moves one value of the sample to today: a fresh id for each id, its dates and times.
fn renew(v: &mut Value, list: &str, by: &Shift, ids: &mut HashMap<String, String>) {
    let fresh = |s: &str, ids: &mut HashMap<String, String>| -> Option<String> {
        uuid::Uuid::parse_str(s).ok()?;
        Some(ids.entry(s.to_string()).or_insert_with(|| uuid::Uuid::new_v4().to_string()).clone())
    };
    match v {
        Value::String(s) => {
            if let Some(id) = fresh(s, ids) {
                *s = id;
            } else if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                *s = super::time::iso_date(by.date(d, list == "funding"));
            } else if let Ok(t) = DateTime::parse_from_rfc3339(s) {
                *s = (t.with_timezone(&Utc) + by.time).to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|x| renew(x, list, by, ids)),
        Value::Object(map) => {
            let old = std::mem::take(map);
            for (k, mut x) in old {
                // The list a record is in names it: a funding source's dates are in "funding".
                let inner = if x.is_array() { k.as_str() } else { list };
                renew(&mut x, inner, by, ids);
                map.insert(fresh(&k, ids).unwrap_or(k), x);
            }
        }
        _ => {}
    }
}

/// English text → its translation, as `locales/sample-<code>.json` holds it.
pub type Translations = HashMap<String, String>;

/// Reads a sample translation file; refused, with the reason, when it is not one.
pub fn read_translations(text: &str) -> Result<Translations, String> {
    serde_json::from_str(text).map_err(|e| format!("not a sample translation file: {e}"))
}

/// Fields whose text is not prose to translate: stored keys of choices, codes, and the names
/// of people and organisations.
const NOT_PROSE: [&str; 18] = [
    "id", "kind", "sector", "strength", "status", "direction", "counting", "audience", "frequency", "area", "currency",
    "decision", "owner", "partner", "voter", "voters", "contact_person", "funder",
];

/// Whether the string at `field` (under `parent`) is prose: not a key, a code, a date, an
/// id, a number, or a name.
fn is_prose(parent: &str, field: &str, text: &str) -> bool {
    let structural = NOT_PROSE.contains(&field)
        || field.ends_with("_id")
        || field.ends_with("_ids")
        || field.ends_with("_at")
        || (parent, field) == ("partners", "name")
        || (parent, field) == ("cadence", "unit");
    let coded = text.is_empty()
        || crate::model::text::read_f64(text).is_some()
        || uuid::Uuid::parse_str(text).is_ok()
        || super::time::parse_ymd(text.get(..10).unwrap_or("")).is_some()
        || (text.len() == 3 && text.chars().all(|c| c.is_ascii_uppercase()));
    !structural && !coded
}

/// Calls `f` on every prose string of a serialised partnership; `at` is the field it is in
/// and the field that holds that one.
///
/// `at` is one (parent, field) pair rather than two parameters on purpose: rustc 1.95 with
/// optimisations miscompiles a recursive call that passes its own `field` as the next
/// `parent` (two levels down the callee saw the first call's `parent`; see the test of this shape).
fn each_prose(v: &mut serde_json::Value, at: (&str, &str), f: &mut impl FnMut(&mut String)) {
    use serde_json::Value;
    match v {
        Value::String(s) if is_prose(at.0, at.1, s) => f(s),
        Value::Array(items) => items.iter_mut().for_each(|x| each_prose(x, at, f)),
        Value::Object(map) => map.iter_mut().for_each(|(k, x)| each_prose(x, (at.1, k), f)),
        _ => {}
    }
}

/// The sample's texts to translate, each once, in the order they are stored.
pub fn texts(p: &Partnership) -> Vec<String> {
    let mut v = super::file::to_json_value(p);
    let mut out: Vec<String> = Vec::new();
    each_prose(&mut v, ("", ""), &mut |s| {
        if !out.contains(s) {
            out.push(s.clone());
        }
    });
    out
}

/// A copy of the sample with every text that `tr` translates replaced by its translation
/// (a text it lacks stays in English). Ids, dates and choices are untouched.
pub fn translate(p: &Partnership, tr: &Translations) -> Partnership {
    // Through the file's one serializer and typed reader: serde_json's value (de)serializers
    // for a whole partnership would add tens of KB to the bundle.
    let mut v = super::file::to_json_value(p);
    each_prose(&mut v, ("", ""), &mut |s| {
        if let Some(t) = tr.get(s.as_str()) {
            *s = t.clone();
        }
    });
    super::file::read_json_value(v).unwrap_or_else(|_| p.clone())
}

#[cfg(test)]
mod tests;
