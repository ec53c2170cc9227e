//! Stamping an edit: finds the slots that differ between the partnership before and after
//! one edit and stamps them all with one new [`Stamp`]. Records are compared as typed values
//! first (cheap), and only the ones that differ are compared field by field in JSON form, so
//! an edit costs about one pass over the lists, not a serialisation of the partnership.
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

use super::shape::{by_key, either_is_record_list, element_slot, flatten, id_of, keyed_list, Keyed, META};
use super::{Clock, Stamp};
use crate::model::record::{IdMap, Record};
use crate::model::Partnership;

/// Stamps every slot that `after` changed from `before` (an edit, an undo, a load of another
/// tab's save) and notes the stamp in `after.seen`, which also keeps everything `before` had
/// seen. Stamps of deleted records are dropped. Returns the stamp, if anything changed.
pub fn record_edit(before: &Partnership, after: &mut Partnership, clock: &mut Clock, now: DateTime<Utc>) -> Option<Stamp> {
    let mut d = Diff::default();
    each_list(before, after, &mut d);
    if before.name != after.name {
        d.slots.push((String::new(), "name".into()));
    }
    if before.problem_tree.problem != after.problem_tree.problem {
        d.slots.push((String::new(), "problem_tree.problem".into()));
    }
    if before.check_ins.cadence != after.check_ins.cadence {
        d.slots.push((String::new(), "check_ins.cadence".into()));
    }
    if before.charter != after.charter {
        d.record(before.charter.id.to_string(), &before.charter, &after.charter);
    }
    after.seen.join(&before.seen);
    if d.slots.is_empty() && d.gone.is_empty() && after.tombstones.len() <= before.tombstones.len() {
        return None;
    }
    let stamp = clock.tick(&after.seen, now);
    for rid in &d.gone {
        after.stamps.remove(rid);
    }
    for (rid, prefix) in &d.gone_below {
        if let Some(slots) = after.stamps.get_mut(rid) {
            let below = format!("{prefix}/");
            slots.retain(|s, _| !s.starts_with(&below));
        }
    }
    for (rid, slot) in d.slots {
        after.stamps.entry(rid).or_default().insert(slot, stamp);
    }
    let known = before.tombstones.len();
    for t in after.tombstones.iter_mut().skip(known).filter(|t| t.stamp.is_none()) {
        t.stamp = stamp;
    }
    after.seen.note(stamp);
    Some(stamp)
}

/// Calls `f` with each record list of the partnership, before and after.
fn each_list(b: &Partnership, a: &Partnership, f: &mut Diff) {
    f.list(&b.partners, &a.partners);
    f.list(&b.problem_tree.causes, &a.problem_tree.causes);
    f.list(&b.problem_tree.symptoms, &a.problem_tree.symptoms);
    f.list(&b.goals, &a.goals);
    f.list(&b.metrics, &a.metrics);
    f.list(&b.measurements, &a.measurements);
    f.list(&b.check_ins.meetings, &a.check_ins.meetings);
    f.list(&b.health.rounds, &a.health.rounds);
    let (br, ar) = (&b.resources, &a.resources);
    f.list(&br.categories, &ar.categories);
    f.list(&br.entries, &ar.entries);
    f.list(&br.commitments, &ar.commitments);
    let (bc, ac) = (&b.communication, &a.communication);
    f.list(&bc.stories, &ac.stories);
    f.list(&bc.plan, &ac.plan);
    let (bl, al) = (&b.learning, &a.learning);
    f.list(&bl.milestones, &al.milestones);
    f.list(&bl.retrospectives, &al.retrospectives);
    f.list(&bl.lessons, &al.lessons);
    let (bs, as_) = (&b.sustainability, &a.sustainability);
    f.list(&bs.funding, &as_.funding);
    f.list(&bs.capacity, &as_.capacity);
    f.list(&bs.engagement, &as_.engagement);
    let (bv, av) = (&b.community, &a.community);
    f.list(&bv.activities, &av.activities);
    f.list(&bv.inputs, &av.inputs);
    f.list(&bv.responses, &av.responses);
    let (bi, ai) = (&b.ideas, &a.ideas);
    f.list(&bi.ideas, &ai.ideas);
    f.list(&bi.rounds, &ai.rounds);
    f.list(&bi.experiments, &ai.experiments);
    f.list(&bi.pivots, &ai.pivots);
}

#[derive(Default)]
struct Diff {
    /// (record id, slot) changed.
    slots: Vec<(String, String)>,
    /// Records deleted: their stamps go.
    gone: Vec<String>,
    /// Keyed elements removed: the stamps below their slot go.
    gone_below: Vec<(String, String)>,
}

impl Diff {
    fn list<T: Record + Serialize + PartialEq>(&mut self, before: &[T], after: &[T]) {
        if before == after {
            return;
        }
        let same_places = before.len() == after.len() && before.iter().zip(after).all(|(b, a)| b.id() == a.id());
        if same_places {
            for (b, a) in before.iter().zip(after) {
                if b != a {
                    self.record(a.id().to_string(), b, a);
                }
            }
            return;
        }
        let old: IdMap<&T> = before.iter().map(|r| (r.id(), r)).collect();
        let mut kept: IdMap<()> = IdMap::default();
        for a in after {
            if let Some(b) = old.get(&a.id()) {
                kept.insert(a.id(), ());
                if *b != a {
                    self.record(a.id().to_string(), *b, a);
                }
            }
        }
        self.gone.extend(before.iter().filter(|b| !kept.contains_key(&b.id())).map(|b| b.id().to_string()));
    }

    fn record<T: Serialize>(&mut self, rid: String, before: &T, after: &T) {
        let json = |t: &T| serde_json::to_value(t).unwrap_or(Value::Null);
        let (b, a) = (json(before), json(after));
        self.values(&rid, &b, &a);
    }

    /// Two JSON versions of one record.
    fn values(&mut self, rid: &str, b: &Value, a: &Value) {
        let (Value::Object(bo), Value::Object(ao)) = (b, a) else { return };
        for key in bo.keys().chain(ao.keys().filter(|k| !bo.contains_key(*k))) {
            if !META.contains(&key.as_str()) {
                self.field(rid, key, bo.get(key), ao.get(key));
            }
        }
    }

    fn field(&mut self, rid: &str, field: &str, b: Option<&Value>, a: Option<&Value>) {
        if b == a {
            return;
        }
        if either_is_record_list(b, a) {
            return self.nested(b, a);
        }
        if let Some((key_field, how)) = keyed_list(field) {
            if let (Some(bl), Some(al)) = (by_key(b, key_field), by_key(a, key_field)) {
                return self.keyed(rid, field, how, key_field, &bl, &al);
            }
        }
        self.slots.push((rid.to_string(), field.to_string()));
    }

    /// A record's own list of records (a meeting's actions).
    fn nested(&mut self, b: Option<&Value>, a: Option<&Value>) {
        let list = |v: Option<&Value>| v.and_then(Value::as_array).cloned().unwrap_or_default();
        let (bl, al) = (list(b), list(a));
        for av in &al {
            let Some(id) = id_of(av) else { continue };
            match bl.iter().find(|bv| id_of(bv) == Some(id)) {
                Some(bv) if bv != av => self.values(&id.to_string(), bv, av),
                _ => {}
            }
        }
        for bv in &bl {
            if let Some(id) = id_of(bv) {
                if !al.iter().any(|av| id_of(av) == Some(id)) {
                    self.gone.push(id.to_string());
                }
            }
        }
    }

    fn keyed(&mut self, rid: &str, field: &str, how: Keyed, key_field: &str, b: &[(String, &Value)], a: &[(String, &Value)]) {
        let find = |list: &[(String, &Value)], k: &str| list.iter().find(|(key, _)| key == k).map(|(_, v)| (*v).clone());
        let keys = b.iter().map(|(k, _)| k).chain(a.iter().map(|(k, _)| k).filter(|k| !b.iter().any(|(x, _)| x == *k)));
        for key in keys {
            let (be, ae) = (find(b, key), find(a, key));
            if be == ae {
                continue;
            }
            let slot = element_slot(field, key);
            if how == Keyed::Whole || be.is_none() || ae.is_none() {
                self.slots.push((rid.to_string(), slot.clone()));
            }
            let Some(ae) = ae else {
                self.gone_below.push((rid.to_string(), slot));
                continue;
            };
            if how == Keyed::Fields {
                let bf = be.map(|e| flatten(&e, key_field)).unwrap_or_default();
                let af = flatten(&ae, key_field);
                for s in bf.keys().chain(af.keys().filter(|k| !bf.contains_key(*k))) {
                    if bf.get(s) != af.get(s) {
                        self.slots.push((rid.to_string(), format!("{slot}/{s}")));
                    }
                }
            }
        }
    }
}
