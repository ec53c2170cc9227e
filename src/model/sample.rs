//! The built-in sample: a local food-security partnership of six organisations across
//! sectors, realistic enough to try every tool on. Dates are relative to `now` so the sample
//! always looks current. It is written in English; `locales/sample-<code>.json` maps each of
//! its texts to another language, and [`translate`] rewrites a copy, so a visitor's first
//! click shows the sample in their language (names of people and organisations stay).
use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};

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
        || text.parse::<f64>().is_ok()
        || uuid::Uuid::parse_str(text).is_ok()
        || chrono::NaiveDate::parse_from_str(text.get(..10).unwrap_or(""), "%Y-%m-%d").is_ok()
        || (text.len() == 3 && text.chars().all(|c| c.is_ascii_uppercase()));
    !structural && !coded
}

/// Calls `f` on every prose string of a serialised partnership, with the field it is in.
fn each_prose(v: &mut serde_json::Value, parent: &str, field: &str, f: &mut impl FnMut(&mut String)) {
    use serde_json::Value;
    match v {
        Value::String(s) if is_prose(parent, field, s) => f(s),
        Value::Array(items) => items.iter_mut().for_each(|x| each_prose(x, parent, field, f)),
        Value::Object(map) => map.iter_mut().for_each(|(k, x)| each_prose(x, field, k, f)),
        _ => {}
    }
}

/// The sample's texts to translate, each once, in the order they are stored.
pub fn texts(p: &Partnership) -> Vec<String> {
    let mut v = super::file::to_json_value(p);
    let mut out: Vec<String> = Vec::new();
    each_prose(&mut v, "", "", &mut |s| {
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
    each_prose(&mut v, "", "", &mut |s| {
        if let Some(t) = tr.get(s.as_str()) {
            *s = t.clone();
        }
    });
    super::file::read_json_value(v).unwrap_or_else(|_| p.clone())
}

#[cfg(test)]
mod tests;
