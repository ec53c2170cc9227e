//! The record-by-record merge of two partnerships' JSON forms (see the rules in [`super`]):
//! lists of objects with an `id` are matched by id, other objects are walked into, and each
//! record found on both sides is taken from one side, or is a conflict, or meets a tombstone.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::{Change, ChangeKind, Side};
use crate::model::order::sort;
use crate::model::record::{IdMap, IdSet};
use crate::model::Tombstone;

pub(super) struct Cx<'a> {
    pub(super) tomb_m: &'a IdMap<DateTime<Utc>>,
    pub(super) tomb_t: &'a IdMap<DateTime<Utc>>,
    pub(super) choices: &'a HashMap<Uuid, Side>,
    pub(super) origin: &'a str,
    pub(super) changes: Vec<Change>,
    /// Deleted on one side, kept because it was edited later on the other.
    pub(super) revived: IdSet,
}

pub(super) fn tombstones(list: &[Tombstone]) -> IdMap<DateTime<Utc>> {
    list.iter().map(|t| (t.id, t.deleted_at)).collect()
}

pub(super) fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

fn id_of(v: &Value) -> Option<Uuid> {
    v.get("id")?.as_str().and_then(|s| Uuid::parse_str(s).ok())
}

fn time_of(v: &Value, key: &str) -> Option<DateTime<Utc>> {
    let s = v.get(key)?.as_str()?;
    DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc))
}

fn is_record_list(v: &Value) -> bool {
    matches!(v, Value::Array(items) if !items.is_empty() && items.iter().all(|i| id_of(i).is_some()))
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

/// Merges two objects that are not records themselves (the partnership, a tool's container).
pub(super) fn merge_container(m: &Value, t: &Value, path: &str, cx: &mut Cx) -> Value {
    let (Value::Object(mo), Value::Object(to)) = (m, t) else { return m.clone() };
    let mut out = Map::new();
    for (key, mv) in mo {
        if path.is_empty() && key == "tombstones" {
            continue; // united separately
        }
        let v = match to.get(key) {
            Some(tv) => merge_field(mv, tv, &join(path, key), cx),
            None => mv.clone(),
        };
        out.insert(key.clone(), v);
    }
    for (key, tv) in to {
        if !mo.contains_key(key) && key != "tombstones" {
            // A whole list or tool only they have: walk it against nothing, so tombstones and
            // the review still apply.
            let empty = match tv {
                Value::Array(_) => Value::Array(Vec::new()),
                Value::Object(_) if id_of(tv).is_none() => Value::Object(Map::new()),
                _ => {
                    out.insert(key.clone(), tv.clone());
                    continue;
                }
            };
            out.insert(key.clone(), merge_field(&empty, tv, &join(path, key), cx));
        }
    }
    out.into()
}

fn merge_field(mv: &Value, tv: &Value, path: &str, cx: &mut Cx) -> Value {
    match (mv, tv) {
        (Value::Array(ma), Value::Array(ta)) if is_record_list(mv) || is_record_list(tv) => {
            Value::Array(merge_records(ma, ta, path, cx))
        }
        (Value::Object(_), Value::Object(_)) if id_of(mv).is_some() && id_of(mv) == id_of(tv) => {
            merge_record(mv, tv, path, cx)
        }
        (Value::Object(_), Value::Object(_)) if id_of(mv).is_none() && id_of(tv).is_none() => {
            merge_container(mv, tv, path, cx)
        }
        // Plain values of a container (not of a record): this browser's stay.
        _ => mv.clone(),
    }
}

fn merge_records(ms: &[Value], ts: &[Value], path: &str, cx: &mut Cx) -> Vec<Value> {
    let theirs: IdMap<&Value> = ts.iter().filter_map(|v| Some((id_of(v)?, v))).collect();
    let mine_ids: IdSet = ms.iter().filter_map(id_of).collect();
    let mut out = Vec::with_capacity(ms.len().max(ts.len()));
    for m in ms {
        let Some(id) = id_of(m) else { continue };
        match theirs.get(&id) {
            Some(t) => out.push(merge_record(m, t, path, cx)),
            None => match cx.tomb_t.get(&id).copied() {
                Some(deleted_at) if cx.tomb_m.get(&id).is_none() => {
                    if let Some(kept) = deleted_by_them(m, id, deleted_at, path, cx) {
                        out.push(kept);
                    }
                }
                _ => out.push(m.clone()),
            },
        }
    }
    for t in ts {
        let Some(id) = id_of(t) else { continue };
        if mine_ids.contains(&id) {
            continue;
        }
        match cx.tomb_m.get(&id).copied() {
            Some(deleted_at) => {
                if let Some(kept) = deleted_by_me(t, id, deleted_at, path, cx) {
                    out.push(kept);
                }
            }
            None => {
                let mut added = t.clone();
                if let Value::Object(o) = &mut added {
                    if !cx.origin.is_empty() && !o.contains_key("origin") {
                        o.insert("origin".into(), Value::String(cx.origin.to_string()));
                    }
                }
                cx.changes.push(change(ChangeKind::Added, path, id, None, Some(t), Side::Theirs));
                out.push(added);
            }
        }
    }
    out
}

/// They deleted a record I have. Returns it if it stays.
fn deleted_by_them(m: &Value, id: Uuid, deleted_at: DateTime<Utc>, path: &str, cx: &mut Cx) -> Option<Value> {
    if kept_over(m, deleted_at) {
        // Kept over this very deletion in an earlier merge.
        cx.revived.insert(id);
        return Some(m.clone());
    }
    let edited_after = time_of(m, "updated_at").is_some_and(|u| u > deleted_at);
    let (kind, default) =
        if edited_after { (ChangeKind::Conflict, Side::Mine) } else { (ChangeKind::Deleted, Side::Theirs) };
    cx.changes.push(change(kind, path, id, Some(m), None, default));
    (cx.choices.get(&id).copied().unwrap_or(default) == Side::Mine).then(|| revive(m, id, deleted_at, cx))
}

/// Keeps a record over a deletion, remembering the deletion (`kept_over_deletion`) so that
/// merging the deleting file again is quiet.
fn revive(v: &Value, id: Uuid, deleted_at: DateTime<Utc>, cx: &mut Cx) -> Value {
    cx.revived.insert(id);
    let mut out = v.clone();
    if let Value::Object(o) = &mut out {
        o.insert("kept_over_deletion".into(), Value::String(stamp(deleted_at)));
    }
    out
}

fn kept_over(v: &Value, deleted_at: DateTime<Utc>) -> bool {
    time_of(v, "kept_over_deletion").is_some_and(|k| k >= deleted_at)
}

/// I deleted a record they have. Returns it if it comes back.
fn deleted_by_me(t: &Value, id: Uuid, deleted_at: DateTime<Utc>, path: &str, cx: &mut Cx) -> Option<Value> {
    if kept_over(t, deleted_at) {
        cx.revived.insert(id);
        return Some(t.clone());
    }
    let edited_after = time_of(t, "updated_at").is_some_and(|u| u > deleted_at);
    if !edited_after {
        // An older copy of something deleted here: it never comes back.
        return None;
    }
    // The default keeps the edit, as when merging the other way round.
    let side = cx.choices.get(&id).copied().unwrap_or(Side::Theirs);
    cx.changes.push(change(ChangeKind::Conflict, path, id, None, Some(t), Side::Theirs));
    (side == Side::Theirs).then(|| revive(t, id, deleted_at, cx))
}

/// Both sides have the record.
fn merge_record(m: &Value, t: &Value, path: &str, cx: &mut Cx) -> Value {
    let Some(id) = id_of(m) else { return m.clone() };
    let (mu, tu) = (time_of(m, "updated_at"), time_of(t, "updated_at"));
    let (chosen, other) = if mu == tu && same_content(m, t) {
        (Side::Mine, None)
    } else if mu != tu && knows(m, t) {
        (Side::Mine, None)
    } else if mu != tu && knows(t, m) {
        cx.changes.push(change(ChangeKind::Updated, path, id, Some(m), Some(t), Side::Theirs));
        (Side::Theirs, None)
    } else {
        let default = if later(t, m) { Side::Theirs } else { Side::Mine };
        cx.changes.push(change(ChangeKind::Conflict, path, id, Some(m), Some(t), default));
        (cx.choices.get(&id).copied().unwrap_or(default), Some(()))
    };
    let (keep, drop) = match chosen {
        Side::Mine => (m, t),
        Side::Theirs => (t, m),
    };
    let mut out = keep.clone();
    if let (Value::Object(o), Value::Object(d)) = (&mut out, drop) {
        // Nested record lists (a meeting's action items) are merged, not taken whole.
        for (key, kv) in o.iter_mut() {
            if let Some(dv) = d.get(key) {
                if is_record_list(kv) || is_record_list(dv) {
                    let (mine_list, their_list) = match chosen {
                        Side::Mine => (kv.clone(), dv.clone()),
                        Side::Theirs => (dv.clone(), kv.clone()),
                    };
                    if let (Value::Array(a), Value::Array(b)) = (&mine_list, &their_list) {
                        *kv = Value::Array(merge_records(a, b, &join(path, key), cx));
                    }
                }
            }
        }
        // After a conflict both versions are known, so merging either file again is quiet.
        if other.is_some() {
            let mut history: Vec<String> = Vec::new();
            for v in [m, t] {
                if let Some(Value::Array(h)) = v.get("history") {
                    history.extend(h.iter().filter_map(|x| x.as_str().map(str::to_string)));
                }
            }
            if let Some(u) = time_of(drop, "updated_at") {
                history.push(stamp(u));
            }
            sort(&mut history);
            history.dedup();
            let keep_u = time_of(keep, "updated_at").map(stamp);
            history.retain(|h| Some(h) != keep_u.as_ref());
            o.insert("history".into(), Value::Array(history.into_iter().map(Value::String).collect()));
        }
    }
    out
}

/// Keys that merges themselves write, which may differ between copies of one version.
const MERGE_KEYS: [&str; 3] = ["origin", "history", "kept_over_deletion"];

/// Equal but for what merges wrote.
fn same_content(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let own = |k: &String| !MERGE_KEYS.contains(&k.as_str());
            x.keys().filter(|k| own(k)).count() == y.keys().filter(|k| own(k)).count()
                && x.iter().all(|(k, v)| !own(k) || y.get(k) == Some(v))
        }
        _ => a == b,
    }
}

/// Whether `a` already includes `b`'s version: `b` is `a`'s current or an earlier version.
fn knows(a: &Value, b: &Value) -> bool {
    time_of(b, "updated_at").is_some_and(|bu| knows_time(a, bu))
}

/// Whether the version of time `bu` is `a`'s current or an earlier version.
fn knows_time(a: &Value, bu: DateTime<Utc>) -> bool {
    if time_of(a, "updated_at") == Some(bu) {
        return true;
    }
    match a.get("history") {
        Some(Value::Array(h)) => h.iter().any(|x| {
            x.as_str()
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                .is_some_and(|t| t.with_timezone(&Utc) == bu)
        }),
        _ => false,
    }
}

/// Whether `a` is the later edit (ties broken by content, so both merge directions agree).
fn later(a: &Value, b: &Value) -> bool {
    match time_of(a, "updated_at").cmp(&time_of(b, "updated_at")) {
        std::cmp::Ordering::Equal => a.to_string() > b.to_string(),
        o => o == std::cmp::Ordering::Greater,
    }
}

fn change(kind: ChangeKind, path: &str, id: Uuid, m: Option<&Value>, t: Option<&Value>, default: Side) -> Change {
    let label = m.or(t).map(label_of).unwrap_or_default();
    Change {
        kind,
        list: path.to_string(),
        id,
        label,
        mine: m.cloned(),
        theirs: t.cloned(),
        default,
    }
}

/// A record's name for people: the first of its usual naming fields.
pub fn label_of(v: &Value) -> String {
    for key in ["name", "title", "statement", "text", "description", "what", "hypothesis", "summary"] {
        if let Some(s) = v.get(key).and_then(Value::as_str) {
            if !s.trim().is_empty() {
                return s.chars().take(80).collect();
            }
        }
    }
    // A measurement has no name: its value and date say which it is.
    if let (Some(value), Some(date)) = (v.get("value").and_then(Value::as_f64), v.get("date").and_then(Value::as_str)) {
        return format!("{value} on {date}");
    }
    id_of(v).map(|id| id.to_string()).unwrap_or_default()
}
