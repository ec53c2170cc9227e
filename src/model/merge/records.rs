//! The field-by-field merge of two partnerships' JSON forms (see the rules in [`super`]).
//! The JSON is cut into records and slots as [`crate::model::stamp::shape`] says; each slot
//! found on both sides is decided by its stamps ([`Cx::decide`]), each record found on one
//! side only is added or meets a tombstone.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::{Change, ChangeKind, Side};
use crate::i18n::Msg;
use crate::model::order::sort_by;

use super::keyed::merge_keyed;
pub(super) use super::order::merge_order;
use crate::model::record::{IdMap, IdSet};
use crate::model::stamp::shape::{
    either_is_record_list, id_of, join, only_grows, META, ROOT_OWN,
};
use crate::model::stamp::{set_slots, slots_of, Seen, Stamp, Stamps};
use crate::model::Tombstone;

pub(super) struct Cx<'a> {
    pub(super) tomb_m: &'a IdMap<(DateTime<Utc>, Stamp)>,
    pub(super) tomb_t: &'a IdMap<(DateTime<Utc>, Stamp)>,
    pub(super) choices: &'a HashMap<String, Side>,
    pub(super) origin: &'a str,
    pub(super) changes: Vec<Change>,
    /// Deleted on one side, kept because it was edited later on the other.
    pub(super) revived: IdSet,
    pub(super) seen_m: &'a Seen,
    pub(super) seen_t: &'a Seen,
}

/// How one slot found on both sides is settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pick {
    Same,
    Mine,
    /// Theirs is the newer one: taken, as an update.
    Theirs,
    /// Neither side had seen the other's edit: a choice, with this default.
    Conflict(Side),
}

pub(super) fn tombstones(list: &[Tombstone]) -> IdMap<(DateTime<Utc>, Stamp)> {
    list.iter().map(|t| (t.id, (t.deleted_at, t.stamp))).collect()
}

pub(super) fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

fn time_of(v: &Value, key: &str) -> Option<DateTime<Utc>> {
    let s = v.get(key)?.as_str()?;
    DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc))
}

/// The key a choice is made under: the record, or the record and one of its slots.
pub fn choice_key(id: Uuid, slot: Option<&str>) -> String {
    match slot {
        Some(s) => format!("{id}/{s}"),
        None => id.to_string(),
    }
}

impl Cx<'_> {
    /// Settles one slot. `legacy` decides when neither side stamped it (values from before
    /// stamps existed): by the record's versions, as merges did then.
    fn decide(&self, at: &Place, slot: &str, mv: Option<&Value>, tv: Option<&Value>, legacy: Pick) -> (Pick, Stamp, Stamp) {
        let (sm, st) = (at.at_m.get(slot), at.at_t.get(slot));
        if mv == tv {
            return (Pick::Same, sm, st);
        }
        let last = slot.rsplit('/').next().unwrap_or(slot);
        if only_grows(last) {
            if let (Some(a), Some(b)) = (mv.and_then(Value::as_f64), tv.and_then(Value::as_f64)) {
                return (if b > a { Pick::Theirs } else { Pick::Mine }, sm, st);
            }
        }
        if sm.is_none() && st.is_none() {
            return (legacy, sm, st);
        }
        let higher = match st.cmp(&sm) {
            std::cmp::Ordering::Greater => Side::Theirs,
            std::cmp::Ordering::Less => Side::Mine,
            std::cmp::Ordering::Equal => later_value(mv, tv),
        };
        let pick = match (self.seen_m.has_seen(st), self.seen_t.has_seen(sm)) {
            (true, false) => Pick::Mine,
            (false, true) => Pick::Theirs,
            (false, false) => Pick::Conflict(higher),
            (true, true) => match higher {
                Side::Mine => Pick::Mine,
                Side::Theirs => Pick::Theirs,
            },
        };
        (pick, sm, st)
    }

    /// Settles a slot and returns the value kept (`None`: the slot stays empty). Conflicts
    /// are reported; a slot taken from theirs is added to `updated`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn settle(
        &mut self,
        at: &mut Place,
        slot: &str,
        mv: Option<&Value>,
        tv: Option<&Value>,
        legacy: Pick,
        updated: &mut Vec<String>,
    ) -> Option<Value> {
        let (pick, sm, st) = self.decide(at, slot, mv, tv, legacy);
        let side = match pick {
            Pick::Same | Pick::Mine => Side::Mine,
            Pick::Theirs => {
                updated.push(slot.to_string());
                Side::Theirs
            }
            Pick::Conflict(default) => {
                let key = choice_key(at.id, Some(slot));
                self.changes.push(Change {
                    kind: ChangeKind::Conflict,
                    list: at.path.clone(),
                    id: at.id,
                    fields: vec![slot.to_string()],
                    label: at.label.clone(),
                    mine: mv.cloned(),
                    theirs: tv.cloned(),
                    default,
                    from: String::new(),
                });
                self.choices.get(&key).copied().unwrap_or(default)
            }
        };
        let (value, kept) = match side {
            Side::Mine => (mv, sm),
            Side::Theirs => (tv, st),
        };
        if pick != Pick::Same && kept < sm.max(st) {
            // The value kept came with the smaller stamp (`out` starts with the larger).
            if kept.is_none() {
                at.out.remove(slot);
            } else {
                at.out.insert(slot, kept);
            }
        }
        value.cloned()
    }
}

/// Which side's value is later when both carry the same stamp (only a hand-made file does):
/// the larger one, so that both directions agree.
fn later_value(mv: Option<&Value>, tv: Option<&Value>) -> Side {
    let text = |v: Option<&Value>| v.map(Value::to_string).unwrap_or_default();
    if text(tv) > text(mv) { Side::Theirs } else { Side::Mine }
}

/// The record (or the partnership, under the nil id) that slots belong to, with both sides'
/// stamps and the merged ones.
pub(super) struct Place {
    id: Uuid,
    path: String,
    label: Msg,
    at_m: Stamps,
    at_t: Stamps,
    /// The merge's stamps: for each slot the larger of the two, but where the value kept
    /// came with the smaller one.
    pub(super) out: Stamps,
}

impl Place {
    pub(super) fn new(id: Uuid, path: &str, label: Msg, at_m: Stamps, at_t: Stamps) -> Place {
        let mut out = at_m.clone();
        for (slot, s) in at_t.iter() {
            if s >= out.get(slot) {
                out.insert(slot, s);
            }
        }
        Place { id, path: path.to_string(), label, at_m, at_t, out }
    }

    /// Forgets the stamps below a keyed element that the merge left out.
    pub(super) fn drop_below(&mut self, slot: &str) {
        let below = format!("{slot}/");
        self.out.retain(|s| !s.starts_with(&below));
    }
}

/// Merges two objects that are not records themselves (the partnership, a tool's section):
/// their plain values are slots of the partnership, under the empty record id. Only the
/// partnership's own objects are sections; an object inside a section (a cadence) is a value.
pub(super) fn merge_container(
    m: &Value,
    t: &Value,
    path: &str,
    legacy: Pick,
    cx: &mut Cx,
    root: &mut Place,
    updated: &mut Vec<String>,
) -> Value {
    let empty = Map::new();
    let mo = m.as_object().unwrap_or(&empty);
    let to = t.as_object().unwrap_or(&empty);
    let mut out = Map::new();
    for key in mo.keys().chain(to.keys().filter(|k| !mo.contains_key(*k))) {
        if path.is_empty() && ROOT_OWN.contains(&key.as_str()) {
            continue;
        }
        let (mv, tv) = (mo.get(key), to.get(key));
        let here = join(path, key);
        let value = if either_is_record_list(mv, tv) {
            Some(Value::Array(merge_records(list(mv), list(tv), &here, cx)))
        } else if let Some((a, b)) = mv.zip(tv).filter(|(a, b)| id_of(a).is_some() && id_of(a) == id_of(b)) {
            Some(merge_record(a, b, &here, cx))
        } else if path.is_empty() && is_section(mv) && is_section(tv) {
            Some(merge_container(mv.unwrap_or(&Value::Null), tv.unwrap_or(&Value::Null), &here, legacy, cx, root, updated))
        } else {
            root.path = here.clone();
            root.label = slot_label(&here);
            cx.settle(root, &here, mv, tv, legacy, updated)
        };
        if let Some(v) = value {
            out.insert(key.clone(), v);
        }
    }
    out.into()
}

/// An object that is not a record (or nothing): walked into.
fn is_section(v: Option<&Value>) -> bool {
    match v {
        None => true,
        Some(v @ Value::Object(_)) => id_of(v).is_none(),
        _ => false,
    }
}

fn list(v: Option<&Value>) -> &[Value] {
    v.and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

/// A slot of the partnership, for people: a message, for the review to word.
pub fn slot_label(slot: &str) -> Msg {
    use crate::i18n::tr::{merge::slot, report};
    match slot {
        "name" => slot::NAME.into(),
        "problem_tree.problem" => slot::PROBLEM.into(),
        "check_ins.cadence" => slot::CADENCE.into(),
        "report.introduction" => report::INTRODUCTION.into(),
        "report.challenges" => report::CHALLENGES.into(),
        "report.left_out" => slot::LEFT_OUT.into(),
        other => field_words(other),
    }
}

/// A record's field for people ("vision", "contact person"): its word where the review has
/// one, else its name in the file (`ground_rules` → "ground rules").
pub fn field_words(field: &str) -> Msg {
    use crate::i18n::tr::merge::fields;
    let k = match field {
        "name" => fields::NAME,
        "mission" => fields::MISSION,
        "vision" => fields::VISION,
        "values" => fields::VALUES,
        "ground_rules" => fields::GROUND_RULES,
        "decision_making" => fields::DECISION_MAKING,
        "description" => fields::DESCRIPTION,
        "notes" | "note" => fields::NOTES,
        "status" => fields::STATUS,
        "title" => fields::TITLE,
        "text" => fields::TEXT,
        "statement" => fields::STATEMENT,
        "date" => fields::DATE,
        "value" => fields::VALUE,
        "owner" | "owner_ids" => fields::OWNER,
        "due" => fields::DUE,
        "sector" => fields::SECTOR,
        "role" => fields::ROLE,
        "contact_person" => fields::CONTACT_PERSON,
        "unit" => fields::UNIT,
        "amount" => fields::AMOUNT,
        "baseline_value" => fields::BASELINE_VALUE,
        "baseline_date" => fields::BASELINE_DATE,
        "target_value" => fields::TARGET_VALUE,
        "target_date" => fields::TARGET_DATE,
        "tags" => fields::TAGS,
        "signed_on" => fields::SIGNED_ON,
        "expects" => crate::i18n::tr::charter::EXPECTS_LABEL,
        "commits" => crate::i18n::tr::charter::COMMITS_LABEL,
        _ => return Msg::Text(field.replace(['.', '_', '/'], " ")),
    };
    k.into()
}

pub(super) fn merge_records(ms: &[Value], ts: &[Value], path: &str, cx: &mut Cx) -> Vec<Value> {
    let theirs: IdMap<&Value> = ts.iter().filter_map(|v| Some((id_of(v)?, v))).collect();
    let mine_ids: IdSet = ms.iter().filter_map(id_of).collect();
    let mut out = Vec::with_capacity(ms.len().max(ts.len()));
    for m in ms {
        let Some(id) = id_of(m) else { continue };
        match theirs.get(&id) {
            Some(t) => out.push(merge_record(m, t, path, cx)),
            None => match cx.tomb_t.get(&id).copied() {
                Some(deleted) if cx.tomb_m.get(&id).is_none() => {
                    if let Some(kept) = deleted_by_them(m, id, deleted, path, cx) {
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
            Some(deleted) => {
                if let Some(kept) = deleted_by_me(t, id, deleted, path, cx) {
                    out.push(kept);
                }
            }
            None => {
                let mut added = t.clone();
                if let Value::Object(o) = &mut added {
                    // A retrospective's cards name no author, so not the file they came in either.
                    let anonymous = path.ends_with("went_well") || path.ends_with("was_hard");
                    if !cx.origin.is_empty() && !anonymous && !o.contains_key("origin") {
                        o.insert("origin".into(), Value::String(cx.origin.to_string()));
                    }
                }
                cx.changes.push(change(ChangeKind::Added, path, id, None, Some(t), Side::Theirs));
                out.push(added);
            }
        }
    }
    let keys = |list: &[Value]| -> Vec<(Uuid, Option<DateTime<Utc>>)> {
        list.iter().filter_map(|v| Some((id_of(v)?, time_of(v, "created_at")))).collect()
    };
    arrange(out, &merge_order(&keys(ms), &keys(ts)), |v| id_of(v))
}

/// Puts `items` in the `order` of their keys (`key`); an item whose key is not in the order
/// (none should be) goes last.
pub(super) fn arrange<T>(mut items: Vec<T>, order: &[Uuid], key: impl Fn(&T) -> Option<Uuid>) -> Vec<T> {
    let place: IdMap<usize> = order.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    // Each item's rank: its place in the order, or after all of them, in its own order.
    let mut taken = vec![false; order.len()];
    let rank: Vec<usize> = items
        .iter()
        .enumerate()
        .map(|(j, item)| match key(item).and_then(|k| place.get(&k)) {
            Some(&i) if !std::mem::replace(&mut taken[i], true) => i,
            _ => order.len() + j,
        })
        .collect();
    if rank.windows(2).all(|w| w[0] < w[1]) {
        return items;
    }
    // Where each item goes, then each moved there by swaps: a large record is moved about
    // once, not through a list of empty places.
    let mut by_rank = vec![usize::MAX; order.len() + items.len()];
    for (j, r) in rank.iter().enumerate() {
        by_rank[*r] = j;
    }
    let mut to = vec![0; items.len()];
    for (k, j) in by_rank.into_iter().filter(|j| *j != usize::MAX).enumerate() {
        to[j] = k;
    }
    for i in 0..items.len() {
        while to[i] != i {
            let t = to[i];
            items.swap(i, t);
            to.swap(i, t);
        }
    }
    items
}

/// Whether the record `v` (of the side whose stamps and vector are given) was edited after,
/// or without knowing of, a deletion: by stamps when the deletion has one (the deleting copy
/// had not seen one of the record's edits), else by time, as in schema 2.
fn edited_after(v: &Value, (deleted_at, by): (DateTime<Utc>, Stamp), deleter: &Seen) -> bool {
    if by.is_none() {
        return time_of(v, "updated_at").is_some_and(|u| u > deleted_at);
    }
    slots_of(v).iter().any(|(_, s)| !deleter.has_seen(s))
}

/// They deleted a record I have. Returns it if it stays.
fn deleted_by_them(m: &Value, id: Uuid, deleted: (DateTime<Utc>, Stamp), path: &str, cx: &mut Cx) -> Option<Value> {
    let deleted_at = deleted.0;
    if kept_over(m, deleted_at) {
        // Kept over this very deletion in an earlier merge.
        cx.revived.insert(id);
        return Some(m.clone());
    }
    let edited_after = edited_after(m, deleted, cx.seen_t);
    let (kind, default) =
        if edited_after { (ChangeKind::Conflict, Side::Mine) } else { (ChangeKind::Deleted, Side::Theirs) };
    cx.changes.push(change(kind, path, id, Some(m), None, default));
    (cx.choices.get(&choice_key(id, None)).copied().unwrap_or(default) == Side::Mine).then(|| revive(m, id, deleted_at, cx))
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
fn deleted_by_me(t: &Value, id: Uuid, deleted: (DateTime<Utc>, Stamp), path: &str, cx: &mut Cx) -> Option<Value> {
    let deleted_at = deleted.0;
    if kept_over(t, deleted_at) {
        cx.revived.insert(id);
        return Some(t.clone());
    }
    let edited_after = edited_after(t, deleted, cx.seen_m);
    if !edited_after {
        // An older copy of something deleted here: it never comes back.
        return None;
    }
    // The default keeps the edit, as when merging the other way round.
    let side = cx.choices.get(&choice_key(id, None)).copied().unwrap_or(Side::Theirs);
    cx.changes.push(change(ChangeKind::Conflict, path, id, None, Some(t), Side::Theirs));
    (side == Side::Theirs).then(|| revive(t, id, deleted_at, cx))
}

/// Both sides have the record: each slot is settled on its own.
fn merge_record(m: &Value, t: &Value, path: &str, cx: &mut Cx) -> Value {
    let (Some(id), Value::Object(mo), Value::Object(to)) = (id_of(m), m, t) else { return m.clone() };
    if m == t {
        return m.clone();
    }
    let mut out = Map::new();
    merge_meta(mo, to, &mut out);
    let mut at = Place::new(id, path, label_of(m), slots_of(m), slots_of(t));
    let legacy = legacy_pick(m, t);
    let mut updated = Vec::new();
    for key in mo.keys().chain(to.keys().filter(|k| !mo.contains_key(*k))) {
        if META.contains(&key.as_str()) {
            continue;
        }
        let (mv, tv) = (mo.get(key), to.get(key));
        let value = if mv == tv {
            mv.cloned()
        } else if either_is_record_list(mv, tv) {
            Some(Value::Array(merge_records(list(mv), list(tv), &join(path, key), cx)))
        } else if let Some(v) = merge_keyed(&mut at, key, mv, tv, legacy, cx, &mut updated) {
            Some(v)
        } else {
            cx.settle(&mut at, key, mv, tv, legacy, &mut updated)
        };
        if let Some(v) = value {
            out.insert(key.clone(), v);
        }
    }
    set_slots(&mut out, &at.out);
    if !updated.is_empty() {
        let mut c = change(ChangeKind::Updated, path, id, Some(m), Some(t), Side::Theirs);
        c.fields = updated;
        cx.changes.push(c);
    }
    Value::Object(out)
}

/// The record's own keys, the same whichever side is mine: the earlier creation, the later
/// edit, every version either side remembers, one origin.
fn merge_meta(mo: &Map<String, Value>, to: &Map<String, Value>, out: &mut Map<String, Value>) {
    let pick = |key: &str, later: bool| -> Option<Value> {
        let (a, b) = (mo.get(key), to.get(key));
        let time = |v: Option<&Value>| v.and_then(Value::as_str).and_then(|s| DateTime::parse_from_rfc3339(s).ok());
        match (a, b) {
            (Some(_), Some(_)) => {
                let b_wins = if later { time(b) > time(a) } else { time(b) < time(a) };
                Some(if b_wins { b } else { a }.cloned()?)
            }
            _ => a.or(b).cloned(),
        }
    };
    out.insert("id".into(), mo.get("id").cloned().unwrap_or(Value::Null));
    for (key, later) in [("created_at", false), ("updated_at", true), ("kept_over_deletion", true)] {
        if let Some(v) = pick(key, later) {
            out.insert(key.into(), v);
        }
    }
    not_before_creation(out);
    match (mo.get("origin"), to.get("origin")) {
        (Some(a), Some(b)) => {
            out.insert("origin".into(), if b.to_string() < a.to_string() { b } else { a }.clone());
        }
        (a, b) => {
            if let Some(v) = a.or(b) {
                out.insert("origin".into(), v.clone());
            }
        }
    }
    let mut history: Vec<String> = Vec::new();
    for o in [mo, to] {
        if let Some(Value::Array(h)) = o.get("history") {
            history.extend(h.iter().filter_map(|x| x.as_str().map(str::to_string)));
        }
        // The version each side has is a version the merged record went through.
        if let Some(u) = o.get("updated_at").and_then(Value::as_str) {
            history.push(u.to_string());
        }
    }
    let current = out.get("updated_at").and_then(Value::as_str).map(str::to_string);
    sort_by(&mut history, |a, b| parse(a).cmp(&parse(b)).then(a.cmp(b)));
    history.dedup();
    history.retain(|h| Some(h) != current.as_ref());
    let cut = history.len().saturating_sub(crate::model::record::HISTORY_DEPTH);
    history.drain(..cut);
    if !history.is_empty() {
        out.insert("history".into(), Value::Array(history.into_iter().map(Value::String).collect()));
    }
}

/// A copy edited on a device whose clock ran behind can hold an edit time before the
/// creation time (made on a device with a right clock): the merge says the record was edited
/// when it was made, rather than refusing the whole file.
pub(super) fn not_before_creation(o: &mut Map<String, Value>) {
    let time = |k: &str| o.get(k).and_then(Value::as_str).and_then(parse);
    if let (Some(c), Some(u)) = (time("created_at"), time("updated_at")) {
        if u < c {
            let created = o["created_at"].clone();
            o.insert("updated_at".into(), created);
        }
    }
}

fn parse(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc))
}

/// How slots that neither side stamped are settled: by the record's versions (`updated_at`
/// and the `history` of versions it replaced), as record-level merges did.
fn legacy_pick(m: &Value, t: &Value) -> Pick {
    let (mu, tu) = (time_of(m, "updated_at"), time_of(t, "updated_at"));
    if mu != tu && knows(m, t) {
        Pick::Mine
    } else if mu != tu && knows(t, m) {
        Pick::Theirs
    } else {
        Pick::Conflict(if later(t, m) { Side::Theirs } else { Side::Mine })
    }
}

/// [`legacy_pick`] for the partnership's own slots: it has no versions, so an unstamped
/// difference is a conflict whose default is the copy edited last.
pub(super) fn root_legacy(m: &Value, t: &Value) -> Pick {
    Pick::Conflict(if later(t, m) { Side::Theirs } else { Side::Mine })
}

/// Keys that merges themselves write, which may differ between copies of one version.
const MERGE_KEYS: [&str; 3] = ["origin", "history", "kept_over_deletion"];

/// Equal but for what merges wrote.
#[allow(dead_code)]
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
        Some(Value::Array(h)) => h.iter().any(|x| x.as_str().and_then(parse).is_some_and(|t| t == bu)),
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
    let label = m.or(t).map(label_of).unwrap_or_else(|| Msg::Text(String::new()));
    Change {
        kind,
        list: path.to_string(),
        id,
        fields: Vec::new(),
        label,
        mine: m.cloned(),
        theirs: t.cloned(),
        default,
        from: String::new(),
    }
}

/// A record's name for people: the first of its usual naming fields.
pub fn label_of(v: &Value) -> Msg {
    for key in ["name", "title", "statement", "text", "description", "what", "hypothesis", "summary", "question"] {
        if let Some(s) = v.get(key).and_then(Value::as_str) {
            if !s.trim().is_empty() {
                return Msg::Text(s.chars().take(80).collect());
            }
        }
    }
    // A measurement has no name: its value and date say which it is ("12,500.5 on 1 Mar 2026").
    let day = v.get("date").and_then(Value::as_str).and_then(crate::model::time::parse_ymd);
    if let (Some(value), Some(date)) = (v.get("value").and_then(Value::as_f64), day) {
        return Msg::new(crate::i18n::tr::metrics::READING).date("date", date).number("value", value);
    }
    Msg::Text(id_of(v).map(|id| id.to_string()).unwrap_or_default())
}
