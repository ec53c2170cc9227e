//! Stamping an edit: finds the slots that differ between the partnership before and after
//! one edit and stamps them all with one new [`Stamp`], in the records themselves (`at`).
//! Records are compared as typed values first (cheap), and only the ones that differ are
//! compared field by field in JSON form; the stamps go into their `at`, so an edit costs
//! about one pass over the lists, not a serialisation of the partnership.
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use super::shape::{by_key, either_is_record_list, element_slot, flatten, id_of, keyed_list, Keyed, META};
use super::{Clock, Seen, Stamp, Stamps};

use crate::model::record::{IdMap, Record};
use crate::model::Partnership;

/// Stamps every slot that `after` changed from `before` (an edit, an undo) and notes the
/// stamp in `after.seen`, which also keeps everything `before` had seen. Returns the stamp,
/// if anything changed.
pub fn record_edit(before: &Partnership, after: &mut Partnership, clock: &mut Clock, now: DateTime<Utc>) -> Option<Stamp> {
    after.seen.join(&before.seen);
    let mut d = Diff { clock, seen: after.seen.clone(), now, stamp: None };
    each_list(before, after, &mut d);
    if before.charter != after.charter {
        d.one(&before.charter, &mut after.charter, |_, _| None);
    }
    let mut root = Vec::new();
    if before.name != after.name {
        root.push("name");
    }
    if before.problem_tree.problem != after.problem_tree.problem {
        root.push("problem_tree.problem");
    }
    if before.check_ins.cadence != after.check_ins.cadence {
        root.push("check_ins.cadence");
    }
    let (br, ar) = (&before.report, &after.report);
    for (slot, changed) in [
        ("report.introduction", br.introduction != ar.introduction),
        ("report.challenges", br.challenges != ar.challenges),
        ("report.left_out", br.left_out != ar.left_out),
    ] {
        if changed {
            root.push(slot);
        }
    }
    for slot in root {
        let s = d.stamp();
        after.at.insert(slot, s);
    }
    if after.tombstones.len() > before.tombstones.len() {
        let s = d.stamp();
        for t in after.tombstones.iter_mut().skip(before.tombstones.len()).filter(|t| t.stamp.is_none()) {
            t.stamp = s;
        }
    }
    let stamp = d.stamp?;
    after.seen.note(stamp);
    Some(stamp)
}

/// Calls `f` with each record list of the partnership, before and after.
fn each_list(b: &Partnership, a: &mut Partnership, f: &mut Diff) {
    f.list(&b.partners, &mut a.partners);
    f.list(&b.problem_tree.causes, &mut a.problem_tree.causes);
    f.list(&b.problem_tree.symptoms, &mut a.problem_tree.symptoms);
    f.list(&b.goals, &mut a.goals);
    f.list(&b.metrics, &mut a.metrics);
    f.list(&b.measurements, &mut a.measurements);
    f.list_nested(&b.check_ins.meetings, &mut a.check_ins.meetings, |m, id| {
        m.actions.iter_mut().find(|x| x.id == id).map(|x| &mut x.at)
    });
    f.list(&b.health.rounds, &mut a.health.rounds);
    let (br, ar) = (&b.resources, &mut a.resources);
    f.list(&br.categories, &mut ar.categories);
    f.list(&br.entries, &mut ar.entries);
    f.list(&br.commitments, &mut ar.commitments);
    let (bc, ac) = (&b.communication, &mut a.communication);
    f.list(&bc.stories, &mut ac.stories);
    f.list(&bc.plan, &mut ac.plan);
    let (bl, al) = (&b.learning, &mut a.learning);
    f.list(&bl.milestones, &mut al.milestones);
    f.list_nested(&bl.retrospectives, &mut al.retrospectives, |r, id| {
        r.actions.iter_mut().find(|x| x.id == id).map(|x| &mut x.at)
    });
    f.list(&bl.lessons, &mut al.lessons);
    let (bs, as_) = (&b.sustainability, &mut a.sustainability);
    f.list(&bs.funding, &mut as_.funding);
    f.list(&bs.capacity, &mut as_.capacity);
    f.list(&bs.engagement, &mut as_.engagement);
    let (bv, av) = (&b.community, &mut a.community);
    f.list(&bv.activities, &mut av.activities);
    f.list(&bv.inputs, &mut av.inputs);
    f.list(&bv.responses, &mut av.responses);
    let (bi, ai) = (&b.ideas, &mut a.ideas);
    f.list(&bi.ideas, &mut ai.ideas);
    f.list(&bi.rounds, &mut ai.rounds);
    f.list(&bi.experiments, &mut ai.experiments);
    f.list(&bi.pivots, &mut ai.pivots);
}

struct Diff<'a> {
    clock: &'a mut Clock,
    seen: Seen,
    now: DateTime<Utc>,
    /// The edit's stamp, taken from the clock at the first change found.
    stamp: Option<Stamp>,
}

/// What changed in one record (and the records nested in it): slots to stamp and keyed
/// elements removed (their slots below go), each by record id.
#[derive(Default)]
struct Found {
    slots: Vec<(String, String)>,
    gone_below: Vec<(String, String)>,
}

impl Diff<'_> {
    fn stamp(&mut self) -> Stamp {
        *self.stamp.get_or_insert_with(|| self.clock.tick(&self.seen, self.now))
    }

    fn list<T: Record + Serialize + PartialEq>(&mut self, before: &[T], after: &mut [T]) {
        self.list_nested(before, after, |_, _| None);
    }

    /// [`Diff::list`] for records with records nested in them: `nested` finds one by id.
    fn list_nested<T: Record + Serialize + PartialEq>(
        &mut self,
        before: &[T],
        after: &mut [T],
        nested: impl Fn(&mut T, Uuid) -> Option<&mut Stamps> + Copy,
    ) {
        // Most edits change records in place or add at the end: compare place by place.
        let same_places = after.len() >= before.len() && before.iter().zip(after.iter()).all(|(b, a)| b.id() == a.id());
        if same_places {
            for (b, a) in before.iter().zip(after.iter_mut()) {
                if b != a {
                    self.one(b, a, nested);
                }
            }
            return;
        }
        let old: IdMap<&T> = before.iter().map(|r| (r.id(), r)).collect();
        for a in after.iter_mut() {
            if let Some(b) = old.get(&a.id()) {
                if *b != a {
                    self.one(*b, a, nested);
                }
            }
        }
    }

    /// One record that differs: its changed slots are stamped in its `at` (and in the `at`
    /// of the records nested in it). Only the serialising and the finding of each `at` are
    /// compiled per record type; the comparing is [`Diff::texts`], compiled once.
    fn one<T: Record + Serialize>(&mut self, before: &T, after: &mut T, nested: impl Fn(&mut T, Uuid) -> Option<&mut Stamps>) {
        // Through text, as `file::to_json_value` does: `to_value` would build a second
        // serialiser of every record type into the bundle.
        let text = |t: &T| serde_json::to_string(t).unwrap_or_default();
        let rid = after.id();
        let Some((stamp, found)) = self.texts(&text(before), &text(after), rid) else { return };
        for id in found.ids() {
            let at = if id == rid { Some(after.at_mut()) } else { nested(after, id) };
            if let Some(at) = at {
                stamp_into(at, &id.to_string(), &found, stamp);
            }
        }
    }

    /// The slots that differ between two JSON texts of record `rid`, and the edit's stamp,
    /// if any differ.
    #[inline(never)]
    fn texts(&mut self, before: &str, after: &str, rid: Uuid) -> Option<(Stamp, Found)> {
        let json = |s: &str| serde_json::from_str::<Value>(s).unwrap_or(Value::Null);
        let mut found = Found::default();
        values(&rid.to_string(), &json(before), &json(after), &mut found);
        if found.slots.is_empty() && found.gone_below.is_empty() {
            return None;
        }
        Some((self.stamp(), found))
    }
}

impl Found {
    /// The records with slots to stamp or to clear, each once.
    fn ids(&self) -> Vec<Uuid> {
        let mut ids: Vec<&String> = self.slots.iter().chain(&self.gone_below).map(|(r, _)| r).collect();
        crate::model::order::sort(&mut ids);
        ids.dedup();
        ids.into_iter().filter_map(|id| id.parse().ok()).collect()
    }
}

/// Puts the stamps of record `id` into its `at`.
fn stamp_into(at: &mut Stamps, id: &str, found: &Found, stamp: Stamp) {
    for (_, prefix) in found.gone_below.iter().filter(|(r, _)| r == id) {
        let below = format!("{prefix}/");
        at.retain(|s| !s.starts_with(&below));
    }
    for (_, slot) in found.slots.iter().filter(|(r, _)| r == id) {
        at.insert(slot, stamp);
    }
}

/// Two JSON versions of one record.
fn values(rid: &str, b: &Value, a: &Value, found: &mut Found) {
    let (Value::Object(bo), Value::Object(ao)) = (b, a) else { return };
    for key in bo.keys().chain(ao.keys().filter(|k| !bo.contains_key(*k))) {
        if !META.contains(&key.as_str()) {
            field(rid, key, bo.get(key), ao.get(key), found);
        }
    }
}

fn field(rid: &str, name: &str, b: Option<&Value>, a: Option<&Value>, found: &mut Found) {
    if b == a {
        return;
    }
    if either_is_record_list(b, a) {
        return nested(b, a, found);
    }
    if let Some((key_field, how)) = keyed_list(name) {
        if let (Some(bl), Some(al)) = (by_key(b, key_field), by_key(a, key_field)) {
            return keyed(rid, name, how, key_field, &bl, &al, found);
        }
    }
    found.slots.push((rid.to_string(), name.to_string()));
}

/// A record's own list of records (a meeting's actions).
fn nested(b: Option<&Value>, a: Option<&Value>, found: &mut Found) {
    fn list(v: Option<&Value>) -> &[Value] {
        v.and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
    }
    let bl = list(b);
    for av in list(a) {
        let Some(id) = id_of(av) else { continue };
        if let Some(bv) = bl.iter().find(|bv| id_of(bv) == Some(id)) {
            if bv != av {
                values(&id.to_string(), bv, av, found);
            }
        }
    }
}

fn keyed(rid: &str, name: &str, how: Keyed, key_field: &str, b: &[(String, &Value)], a: &[(String, &Value)], found: &mut Found) {
    let find = |list: &[(String, &Value)], k: &str| list.iter().find(|(key, _)| key == k).map(|(_, v)| (*v).clone());
    let keys = b.iter().map(|(k, _)| k).chain(a.iter().map(|(k, _)| k).filter(|k| !b.iter().any(|(x, _)| x == *k)));
    for key in keys {
        let (be, ae) = (find(b, key), find(a, key));
        if be == ae {
            continue;
        }
        let slot = element_slot(name, key);
        if how == Keyed::Whole || be.is_none() || ae.is_none() {
            found.slots.push((rid.to_string(), slot.clone()));
        }
        let Some(ae) = ae else {
            found.gone_below.push((rid.to_string(), slot));
            continue;
        };
        if how == Keyed::Fields {
            let bf = be.map(|e| flatten(&e, key_field)).unwrap_or_default();
            let af = flatten(&ae, key_field);
            for s in bf.keys().chain(af.keys().filter(|k| !bf.contains_key(*k))) {
                if bf.get(s) != af.get(s) {
                    found.slots.push((rid.to_string(), format!("{slot}/{s}")));
                }
            }
        }
    }
}
