//! Undo as an edit of its own: the inverse of one change (from `before` to `after`) applied
//! to the partnership as it is now, which may hold other tabs' changes made since. Only what
//! the change itself touched is put back; everything else stays as it is now. Where something
//! the change touched has been changed again since (elsewhere), it cannot be put back without
//! losing that later change, and the undo is refused with the place.
use serde_json::{Map, Value};

use super::file::{read_json_value, to_json_value};
use super::validate::validate;
use super::Partnership;

/// Fields that change with every edit and say nothing of their own: kept as they are now.
const META: [&str; 4] = ["updated_at", "at", "seen", "history"];

/// Why an undo cannot be done.
#[derive(Clone, Debug, PartialEq)]
pub struct Blocked {
    /// The places changed since by someone else, in words (`partners › Pantry › name`).
    pub places: Vec<String>,
}

impl std::fmt::Display for Blocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "another tab has since changed what it would put back ({}); undoing it would lose that later change",
            self.places.join(", ")
        )
    }
}

/// `current` with the change from `before` to `after` taken back.
pub fn revert(before: &Partnership, after: &Partnership, current: &Partnership) -> Result<Partnership, Blocked> {
    if current == after {
        return Ok(before.clone());
    }
    let (b, a, c) = (to_json_value(before), to_json_value(after), to_json_value(current));
    let mut places = Vec::new();
    let out = value(&b, &a, &c, "", &mut places);
    if !places.is_empty() {
        return Err(Blocked { places });
    }
    let p = read_json_value(out).map_err(|e| Blocked { places: vec![e.to_string()] })?;
    let problems = validate(&p);
    if !problems.is_empty() {
        return Err(Blocked { places: problems.iter().map(ToString::to_string).collect() });
    }
    Ok(p)
}

fn value(b: &Value, a: &Value, c: &Value, path: &str, places: &mut Vec<String>) -> Value {
    if a == b {
        return c.clone();
    }
    if c == a {
        return b.clone();
    }
    match (b, a, c) {
        (Value::Object(b), Value::Object(a), Value::Object(c)) => Value::Object(object(b, a, c, path, places)),
        (Value::Array(b), Value::Array(a), Value::Array(items)) => match key_of(b.iter().chain(a).chain(items)) {
            Some(key) => Value::Array(list(b, a, items, key, path, places)),
            None => blocked(c, path, places),
        },
        _ => blocked(c, path, places),
    }
}

fn blocked(c: &Value, path: &str, places: &mut Vec<String>) -> Value {
    places.push(if path.is_empty() { "the partnership".into() } else { path.to_string() });
    c.clone()
}

fn object(b: &Map<String, Value>, a: &Map<String, Value>, c: &Map<String, Value>, path: &str, places: &mut Vec<String>) -> Map<String, Value> {
    let mut out = c.clone();
    // Inserted one by one: `collect()` would bring its own copy of the sorting code.
    let mut keys = std::collections::BTreeSet::new();
    for key in b.keys().chain(a.keys()) {
        keys.insert(key);
    }
    for key in keys {
        if META.contains(&key.as_str()) || b.get(key) == a.get(key) || out.contains_key(key) && b.get(key) == out.get(key) {
            continue;
        }
        let place = if path.is_empty() { key.clone() } else { format!("{path} › {key}") };
        let null = Value::Null;
        let v = value(b.get(key).unwrap_or(&null), a.get(key).unwrap_or(&null), c.get(key).unwrap_or(&null), &place, places);
        if v.is_null() && !b.contains_key(key) {
            out.remove(key);
        } else {
            out.insert(key.clone(), v);
        }
    }
    out
}

/// The field a list's items are matched by (records by `id`, entries kept per partner or
/// voter), if every item has one.
fn key_of<'a>(items: impl Iterator<Item = &'a Value> + Clone) -> Option<&'static str> {
    ["id", "partner", "voter"].into_iter().find(|k| items.clone().all(|v| v.get(k).is_some()))
}

fn list(b: &[Value], a: &[Value], c: &[Value], key: &str, path: &str, places: &mut Vec<String>) -> Vec<Value> {
    let find = |items: &[Value], k: &Value| items.iter().position(|v| v.get(key) == Some(k));
    let mut out = Vec::with_capacity(c.len());
    for item in c {
        let k = &item[key];
        let place = format!("{path} › {}", label(item, key));
        match (find(b, k), find(a, k)) {
            (Some(i), Some(j)) => out.push(value(&b[i], &a[j], item, &place, places)),
            // Added by the change: it goes, unless changed since.
            (None, Some(j)) => {
                if a[j] != *item && strip(&a[j]) != strip(item) {
                    places.push(place);
                    out.push(item.clone());
                }
            }
            _ => out.push(item.clone()),
        }
    }
    for (i, item) in b.iter().enumerate() {
        let k = &item[key];
        match (find(a, k), find(c, k)) {
            // Removed by the change and not back since: it returns, near its old place.
            (None, None) => out.insert(i.min(out.len()), item.clone()),
            // Changed by the change, then removed elsewhere.
            (Some(j), None) if a[j] != *item => places.push(format!("{path} › {} (deleted since)", label(item, key))),
            _ => {}
        }
    }
    out
}

/// An item without the fields that change with every edit.
fn strip(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(crate::model::order::object_of(m.iter().filter(|(k, _)| !META.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())))),
        other => other.clone(),
    }
}

/// A record's name for people: its name or title, else its key.
fn label(item: &Value, key: &str) -> String {
    ["name", "title", "statement", "text"]
        .iter()
        .find_map(|f| item.get(*f).and_then(Value::as_str).filter(|s| !s.trim().is_empty()))
        .map(str::to_string)
        .unwrap_or_else(|| item[key].to_string())
}

#[cfg(test)]
mod tests;
