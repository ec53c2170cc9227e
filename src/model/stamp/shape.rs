//! How a partnership's JSON form is cut into records and slots: the same cut for stamping an
//! edit ([`super::record_edit`]) and for merging two copies (`merge`), so that every slot an
//! edit stamps is a slot the merge decides on its own.
//!
//! - A list of objects that all have an `id` is a list of records, matched by id.
//! - A few lists without ids are keyed by a field ([`keyed_list`]): a charter's sign-offs and
//!   partner terms by partner, a health round's ratings by partner, a voting round's ballots
//!   by voter. Each element is a slot (`sign_offs/<partner>`), or, for ratings and terms, each
//!   of its fields and each entry of a map in it (`ratings/<partner>/scores/<statement>`), so
//!   that contributions from different devices add up.
//! - Every other field of a record is one slot, whatever its value (a list of words, an
//!   amount with its currency). Objects without an id outside records (the partnership's
//!   sections) are walked into: `problem_tree.problem` is a slot of the partnership.
use std::collections::BTreeMap;

use serde_json::{Map, Value};
use uuid::Uuid;

/// Keys that belong to the record, not to one of its slots.
pub const META: [&str; 7] = ["id", "created_at", "updated_at", "history", "origin", "kept_over_deletion", "at"];

/// Keys of the partnership handled on their own by the merge.
pub const ROOT_OWN: [&str; 6] = ["id", "created_at", "updated_at", "tombstones", "at", "seen"];

pub fn id_of(v: &Value) -> Option<Uuid> {
    v.get("id")?.as_str().and_then(|s| Uuid::parse_str(s).ok())
}

pub fn is_record_list(v: &Value) -> bool {
    matches!(v, Value::Array(items) if !items.is_empty() && items.iter().all(|i| id_of(i).is_some()))
}

pub fn either_is_record_list(a: Option<&Value>, b: Option<&Value>) -> bool {
    a.is_some_and(is_record_list) || b.is_some_and(is_record_list)
}

pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

/// How a keyed list's elements merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keyed {
    /// The element is one value (a sign-off: the date and revision go together).
    Whole,
    /// Each field of the element is a slot, and each entry of a map field.
    Fields,
}

/// The lists without ids that are keyed, by their field name: the key field and how.
pub fn keyed_list(field: &str) -> Option<(&'static str, Keyed)> {
    match field {
        "sign_offs" => Some(("partner", Keyed::Whole)),
        "partner_terms" => Some(("partner", Keyed::Fields)),
        "ratings" => Some(("partner", Keyed::Fields)),
        "ballots" => Some(("voter", Keyed::Whole)),
        _ => None,
    }
}

/// A keyed list's elements by key, in order; `None` (the list is then one slot) when an
/// element is not an object with a text key or two share a key.
pub fn by_key<'a>(list: Option<&'a Value>, key_field: &str) -> Option<Vec<(String, &'a Value)>> {
    let items = match list {
        None | Some(Value::Null) => return Some(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => return None,
    };
    let mut out = Vec::with_capacity(items.len());
    let mut keys = std::collections::BTreeSet::new();
    for item in items {
        let key = item.get(key_field)?.as_str()?.to_string();
        if !keys.insert(key.clone()) {
            return None;
        }
        out.push((key, item));
    }
    Some(out)
}

/// The slot of a keyed element (`sign_offs/<partner>`), which says whether it is there.
pub fn element_slot(field: &str, key: &str) -> String {
    format!("{field}/{key}")
}

/// A [`Keyed::Fields`] element as slot name (below its element slot) → value: its fields but
/// the key, and each entry of a map field as `field/entry`.
pub fn flatten(element: &Value, key_field: &str) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    if let Value::Object(o) = element {
        for (k, v) in o {
            if k == key_field {
                continue;
            }
            match v {
                Value::Object(m) if id_of(v).is_none() => {
                    for (k2, v2) in m {
                        out.insert(format!("{k}/{k2}"), v2.clone());
                    }
                }
                _ => {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
    }
    out
}

/// The element [`flatten`] came from. `maps` names the fields that were maps (so that a map
/// left empty is written back as an empty map).
pub fn unflatten(key_field: &str, key: &str, flat: BTreeMap<String, Value>, maps: &[String]) -> Value {
    let mut o = Map::new();
    o.insert(key_field.to_string(), Value::String(key.to_string()));
    for m in maps {
        o.insert(m.clone(), Value::Object(Map::new()));
    }
    for (slot, v) in flat {
        match slot.split_once('/') {
            Some((field, entry)) => {
                if let Value::Object(m) = o.entry(field.to_string()).or_insert_with(|| Value::Object(Map::new())) {
                    m.insert(entry.to_string(), v);
                }
            }
            None => {
                o.insert(slot, v);
            }
        }
    }
    Value::Object(o)
}

/// The fields of an element that are maps (see [`unflatten`]).
pub fn map_fields(element: Option<&Value>) -> Vec<String> {
    match element {
        Some(Value::Object(o)) => {
            o.iter().filter(|(_, v)| v.is_object() && id_of(v).is_none()).map(|(k, _)| k.clone()).collect()
        }
        _ => Vec::new(),
    }
}

/// Fields that only ever go up (the charter's revision): the merge takes the larger value
/// rather than asking.
pub fn only_grows(slot: &str) -> bool {
    slot == "revision"
}

/// The value of one slot of a record's JSON (`None` when it is empty): a field, a keyed
/// element (`sign_offs/<partner>`), or a field or map entry of one
/// (`ratings/<partner>/scores/<statement>`).
pub fn value_of_slot(record: &Value, slot: &str) -> Option<Value> {
    let mut parts = slot.splitn(3, '/');
    let field = parts.next()?;
    let Some(key) = parts.next() else { return record.get(field).cloned() };
    let (key_field, _) = keyed_list(field)?;
    let element = by_key(record.get(field), key_field)?.into_iter().find(|(k, _)| k == key).map(|(_, e)| e.clone())?;
    match parts.next() {
        None => Some(element),
        Some(rest) => flatten(&element, key_field).remove(rest),
    }
}

/// Calls `f` with the id and the JSON of every record in `v`, nested ones included (not
/// what is inside a record's stamps).
pub fn each_record<'a>(v: &'a Value, f: &mut impl FnMut(&'a str, &'a Value)) {
    match v {
        Value::Object(o) => {
            if let Some(id) = o.get("id").and_then(Value::as_str) {
                f(id, v);
            }
            o.iter().filter(|(k, _)| k.as_str() != super::AT).for_each(|(_, x)| each_record(x, f));
        }
        Value::Array(a) => a.iter().for_each(|x| each_record(x, f)),
        _ => {}
    }
}
