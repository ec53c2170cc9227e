//! Merging another copy of a partnership into this one, field by field.
//!
//! The merge works on the JSON form of the partnership, so every tool's records take part
//! without code of their own: lists of objects with an `id` are records matched by id, a few
//! lists are keyed by partner or voter, sections are walked into (how the JSON is cut:
//! [`super::stamp::shape`]). Each field ("slot") both sides have is decided on its own by its
//! stamps ([`super::stamp`]):
//! - equal values: nothing to do;
//! - one side has already seen the other's edit of it: that side's value is the newer one
//!   and is kept (taken from theirs, it is an update);
//! - neither has seen the other's: a **conflict** on that one field, shown with both values.
//!   By default the edit with the later stamp wins; the user can choose per field.
//! Fields neither side stamped (from files made before stamps) are decided by the record's
//! versions, as the record-level merge of schema 2 did.
//!
//! Deletions: a tombstone wins over a record that was not edited after the deletion; a record
//! edited after the other side deleted it is a conflict whose default keeps the record (nothing
//! is lost without a choice). Tombstones are united, so a later merge of an older file never
//! brings a deleted record back. Merging is idempotent, and merging A into B gives the same
//! records as B into A.
use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use serde_json::Value;
use uuid::Uuid;

use super::file::ImportError;
use crate::i18n::Msg;
use super::record::{IdMap, IdSet};
use super::{Partnership, Record, Tombstone};

mod keyed;
mod order;
mod records;

pub use records::label_of;
pub use records::{choice_key, field_words, slot_label};
use records::{arrange, merge_container, merge_order, root_legacy, stamp, tombstones, Cx, Place};

/// Which version of a record to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Mine,
    Theirs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// Only they have it: it is added.
    Added,
    /// They have a later version of one we have not edited: theirs is taken.
    Updated,
    /// Both edited it (or one deleted what the other edited): a choice.
    Conflict,
    /// They deleted one we have not edited since: it is removed.
    Deleted,
}

/// One line of the review shown before anything is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub kind: ChangeKind,
    /// Where the record lives, e.g. `partners` or `resources.entries`.
    pub list: String,
    /// The record (the nil id for the partnership's own fields).
    pub id: Uuid,
    /// The fields concerned: the one field of a conflict (its `mine` and `theirs` are that
    /// field's values), the fields an update takes from theirs; empty for a whole record.
    pub fields: Vec<String>,
    /// The record's name or title, for people (a message where the record has no name of
    /// its own: the partnership's fields, a measurement).
    pub label: Msg,
    /// This browser's version (`None` if it has none or deleted it).
    pub mine: Option<Value>,
    /// The file's version (`None` if it has none or deleted it).
    pub theirs: Option<Value>,
    /// What happens unless the user chooses otherwise (conflicts only matter).
    pub default: Side,
    /// Where their version came from (the `origin` the merge was given).
    pub from: String,
}

impl Change {
    /// The key a choice about this change is made under ([`merge`]'s `choices`).
    pub fn key(&self) -> String {
        match (self.kind, self.fields.as_slice()) {
            (ChangeKind::Conflict, [field]) => choice_key(self.id, Some(field)),
            _ => choice_key(self.id, None),
        }
    }
}

/// A merge worked out but not yet written.
#[derive(Clone, Debug, PartialEq)]
pub struct Merge {
    pub changes: Vec<Change>,
    pub result: Partnership,
}

impl Merge {
    pub fn count(&self, kind: ChangeKind) -> usize {
        self.changes.iter().filter(|c| c.kind == kind).count()
    }
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// Merges `theirs` into `mine`. `origin` names where their records came from (a group or
/// file name); records added from it carry it as `origin`. `choices` overrides the default
/// of any change, by [`Change::key`].
pub fn merge(
    mine: &Partnership,
    theirs: &Partnership,
    origin: &str,
    choices: &HashMap<String, Side>,
    now: DateTime<Utc>,
) -> Result<Merge, ImportError> {
    let mut m = merge_with(mine, theirs, origin, choices, now, true)?;
    // Cards of a retrospective still gathering hidden keep their texts out of the review.
    super::learning::hide_gathered_cards(&m.result, [mine, theirs], &mut m.changes);
    Ok(m)
}

/// [`merge`]; `leave_out_equal: false` sends every record through the JSON merge (the tests
/// check that leaving the equal ones out changes nothing).
fn merge_with(
    mine: &Partnership,
    theirs: &Partnership,
    origin: &str,
    choices: &HashMap<String, Side>,
    now: DateTime<Utc>,
    leave_out_equal: bool,
) -> Result<Merge, ImportError> {
    // Records equal on both sides come out as they are: the big lists' ones are left out of
    // the JSON merge (by far most records, and the JSON form is what costs) and put back in
    // their places after it. Every other list goes through the JSON merge whole.
    let (mut ms, mut ts) = (shell(mine), shell(theirs));
    let mut aside = SetAside { leave_out_equal, asides: Vec::new() };
    each_big_list(mine, theirs, &mut ms, &mut ts, &mut aside);
    let m = super::file::to_json_value(&ms);
    let t = super::file::to_json_value(&ts);
    drop(ts);
    let tomb_m = tombstones(&mine.tombstones);
    let tomb_t = tombstones(&theirs.tombstones);
    let mut cx = Cx {
        tomb_m: &tomb_m,
        tomb_t: &tomb_t,
        choices,
        origin,
        changes: Vec::new(),
        revived: IdSet::default(),
        seen_m: &mine.seen,
        seen_t: &theirs.seen,
    };
    let mut updated = Vec::new();
    let mut root = Place::new(Uuid::nil(), "", Msg::Text(String::new()), mine.at.clone(), theirs.at.clone());
    let Value::Object(mut merged) = merge_container(&m, &t, "", root_legacy(&m, &t), &mut cx, &mut root, &mut updated) else {
        unreachable!("a partnership is an object")
    };
    if !updated.is_empty() {
        cx.changes.push(Change {
            kind: ChangeKind::Updated,
            list: String::new(),
            id: Uuid::nil(),
            fields: updated,
            label: crate::i18n::tr::merge::slot::PARTNERSHIP.into(),
            mine: None,
            theirs: None,
            default: Side::Theirs,
            from: String::new(),
        });
    }
    // Identity stays this browser's; tombstones are united, less revived records.
    for key in ["id", "created_at", "updated_at"] {
        if let Some(v) = m.get(key) {
            merged.insert(key.into(), v.clone());
        }
    }
    let mut all: BTreeMap<Uuid, Tombstone> = BTreeMap::new();
    for t in mine.tombstones.iter().chain(&theirs.tombstones) {
        all.entry(t.id)
            .and_modify(|e| {
                if (t.deleted_at, t.stamp) > (e.deleted_at, e.stamp) {
                    *e = t.clone()
                }
            })
            .or_insert_with(|| t.clone());
    }
    let stones: Vec<Tombstone> = all.into_values().filter(|t| !cx.revived.contains(&t.id)).collect();
    merged.insert("tombstones".into(), serde_json::to_value(stones).unwrap_or_default());
    let mut changes = std::mem::take(&mut cx.changes);
    for c in &mut changes {
        c.from = origin.to_string();
    }
    if !changes.is_empty() {
        merged.insert("updated_at".into(), Value::String(stamp(now)));
    }
    records::not_before_creation(&mut merged);
    let mut result = super::file::read_json_value(Value::Object(merged))?;
    each_big_list(mine, theirs, &mut result, &mut ms, &mut PutBack(aside.asides.into_iter()));
    result.at = root.out;
    result.seen = mine.seen.clone();
    result.seen.join(&theirs.seen);
    // Their new records that need one this side deleted are a choice each (`repair`).
    let (result, chosen) = super::repair::dangling_from_theirs(result, mine, theirs, choices).map_err(ImportError::Invalid)?;
    changes.extend(chosen.into_iter().map(|c| Change { from: origin.to_string(), ..c }));
    Ok(Merge { changes, result })
}

/// Does something with each of the partnership's big record lists: mine's, theirs, and the
/// same list of `a` and `b`, one list at a time, always in the same order.
trait EachList {
    fn list<T: Record + Clone + PartialEq + 'static>(&mut self, mine: &[T], theirs: &[T], a: &mut Vec<T>, b: &mut Vec<T>);
}

fn each_big_list(mine: &Partnership, theirs: &Partnership, a: &mut Partnership, b: &mut Partnership, f: &mut impl EachList) {
    let (m, t) = (mine, theirs);
    f.list(&m.partners, &t.partners, &mut a.partners, &mut b.partners);
    f.list(&m.goals, &t.goals, &mut a.goals, &mut b.goals);
    f.list(&m.metrics, &t.metrics, &mut a.metrics, &mut b.metrics);
    f.list(&m.measurements, &t.measurements, &mut a.measurements, &mut b.measurements);
    let (mr, tr, ar, br) = (&m.resources, &t.resources, &mut a.resources, &mut b.resources);
    f.list(&mr.categories, &tr.categories, &mut ar.categories, &mut br.categories);
    f.list(&mr.entries, &tr.entries, &mut ar.entries, &mut br.entries);
    f.list(&mr.commitments, &tr.commitments, &mut ar.commitments, &mut br.commitments);
    let (mc, tc, ac, bc) = (&m.community, &t.community, &mut a.community, &mut b.community);
    f.list(&mc.activities, &tc.activities, &mut ac.activities, &mut bc.activities);
    f.list(&mc.inputs, &tc.inputs, &mut ac.inputs, &mut bc.inputs);
    f.list(&mc.responses, &tc.responses, &mut ac.responses, &mut bc.responses);
    f.list(&m.ideas.ideas, &t.ideas.ideas, &mut a.ideas.ideas, &mut b.ideas.ideas);
}

/// A slot of a record in words, for the review: `vision`, "the sign-off of Pantry",
/// "Pantry's rating of “We talk openly…”". A message, for the review to word.
pub fn slot_msg(p: &Partnership, at: &str) -> Msg {
    use crate::i18n::tr::merge::slot;
    let partner = |key: &str| match key.parse::<Uuid>() {
        Ok(id) => p.partner_name(id),
        Err(_) => key.to_string(),
    };
    let parts: Vec<&str> = at.split('/').collect();
    match parts.as_slice() {
        ["sign_offs", key] => Msg::new(slot::SIGN_OFF).text("partner", partner(key)),
        ["partner_terms", key] => Msg::new(slot::TERMS).text("partner", partner(key)),
        ["partner_terms", key, "expects"] => Msg::new(slot::EXPECTS).text("partner", partner(key)),
        ["partner_terms", key, "commits"] => Msg::new(slot::COMMITS).text("partner", partner(key)),
        ["partner_terms", key, field] => Msg::new(slot::TERMS_FIELD).said("field", field_words(field)).text("partner", partner(key)),
        ["ratings", key] if super::health::is_rater(p, key) => slot::ANONYMOUS_RATINGS.into(),
        ["ratings", key] => Msg::new(slot::RATINGS).text("partner", partner(key)),
        ["ratings", key, "scores", statement] => {
            let text = match super::health::STATEMENTS.iter().find(|x| x.key == *statement) {
                Some(x) => Msg::new(x.text_key()),
                None => Msg::Text(statement.to_string()),
            };
            if super::health::is_rater(p, key) {
                Msg::new(slot::ANONYMOUS_RATING).said("statement", text)
            } else {
                Msg::new(slot::RATING).text("partner", partner(key)).said("statement", text)
            }
        }
        ["ballots", voter] => Msg::new(slot::DOTS).text("voter", *voter),
        [field] if field.contains('.') => slot_label(field),
        [field] => field_words(field),
        _ => Msg::Text(at.replace(['_', '/'], " ")),
    }
}

/// [`slot_msg`] in the interface's language (English natively): for tests and logs.
pub fn slot_words(p: &Partnership, slot: &str) -> String {
    slot_msg(p, slot).to_string()
}

/// A copy of `p` without the records of its big lists (see [`each_big_list`]). Every field is
/// named, so that a new one cannot be forgotten here.
fn shell(p: &Partnership) -> Partnership {
    use super::community::Community;
    use super::ideas::IdeaBoard;
    use super::resources::ResourceMap;
    let Partnership {
        id,
        created_at,
        updated_at,
        name,
        partners: _,
        problem_tree,
        goals: _,
        metrics: _,
        measurements: _,
        charter,
        check_ins,
        health,
        resources: ResourceMap { categories: _, entries: _, commitments: _, extra: resources_extra },
        communication,
        learning,
        sustainability,
        tombstones,
        community: Community { activities: _, inputs: _, responses: _ },
        ideas: IdeaBoard { ideas: _, rounds, experiments, pivots },
        report,
        at,
        seen: _,
        extra,
    } = p;
    Partnership {
        id: *id,
        created_at: *created_at,
        updated_at: *updated_at,
        name: name.clone(),
        partners: Vec::new(),
        problem_tree: problem_tree.clone(),
        goals: Vec::new(),
        metrics: Vec::new(),
        measurements: Vec::new(),
        charter: charter.clone(),
        check_ins: check_ins.clone(),
        health: health.clone(),
        resources: ResourceMap {
            categories: Vec::new(),
            entries: Vec::new(),
            commitments: Vec::new(),
            extra: resources_extra.clone(),
        },
        communication: communication.clone(),
        learning: learning.clone(),
        sustainability: sustainability.clone(),
        tombstones: tombstones.clone(),
        community: Community { activities: Vec::new(), inputs: Vec::new(), responses: Vec::new() },
        ideas: IdeaBoard { ideas: Vec::new(), rounds: rounds.clone(), experiments: experiments.clone(), pivots: pivots.clone() },
        report: report.clone(),
        at: at.clone(),
        // Joined from the partnerships themselves, not through their JSON.
        seen: Default::default(),
        extra: extra.clone(),
    }
}

/// Which of mine's records of one list are equal on both sides (`true`: left out of the
/// JSON merge), in mine's order.
struct Aside(Vec<bool>);

/// Fills the shells' lists with the records that differ or are on one side only.
struct SetAside {
    leave_out_equal: bool,
    asides: Vec<Option<Aside>>,
}

impl EachList for SetAside {
    fn list<T: Record + Clone + PartialEq + 'static>(&mut self, mine: &[T], theirs: &[T], a: &mut Vec<T>, b: &mut Vec<T>) {
        let equal = if self.leave_out_equal { equal_on_both_sides(mine, theirs) } else { None };
        let Some((same_mine, same_theirs)) = equal else {
            a.extend_from_slice(mine);
            b.extend_from_slice(theirs);
            self.asides.push(None);
            return;
        };
        let left_in = |list: &[T], same: &[bool], out: &mut Vec<T>| {
            out.extend(list.iter().zip(same).filter(|(_, s)| !**s).map(|(r, _)| r.clone()));
        };
        left_in(mine, &same_mine, a);
        left_in(theirs, &same_theirs, b);
        self.asides.push(Some(Aside(same_mine)));
    }
}

/// For each record of mine and of theirs, whether the other side has it equal. `None` when
/// theirs repeats an id or two of mine have the same one of theirs: then the JSON merge
/// decides everything, as it always did.
fn equal_on_both_sides<T: Record + PartialEq>(mine: &[T], theirs: &[T]) -> Option<(Vec<bool>, Vec<bool>)> {
    if mine.is_empty() || theirs.is_empty() {
        return None;
    }
    let mut at: IdMap<usize> = IdMap::with_capacity_and_hasher(theirs.len(), Default::default());
    for (j, t) in theirs.iter().enumerate() {
        if at.insert(t.id(), j).is_some() {
            return None;
        }
    }
    let mut matched = vec![false; theirs.len()];
    let mut same_theirs = vec![false; theirs.len()];
    let mut same_mine = Vec::with_capacity(mine.len());
    for m in mine {
        let mut same = false;
        if let Some(&j) = at.get(&m.id()) {
            if std::mem::replace(&mut matched[j], true) {
                return None;
            }
            same = theirs[j] == *m;
            same_theirs[j] = same;
        }
        same_mine.push(same);
    }
    Some((same_mine, same_theirs))
}

/// Puts the records left out back into the merged lists, and puts each list in the merge's
/// order ([`merge_order`], which the JSON merge could not see whole).
struct PutBack(std::vec::IntoIter<Option<Aside>>);

impl EachList for PutBack {
    fn list<T: Record + Clone + PartialEq + 'static>(&mut self, mine: &[T], theirs: &[T], merged: &mut Vec<T>, _: &mut Vec<T>) {
        let Some(Some(Aside(same))) = self.0.next() else { return };
        merged.extend(mine.iter().zip(same).filter(|(_, s)| *s).map(|(m, _)| m.clone()));
        let keys = |list: &[T]| -> Vec<(Uuid, Option<DateTime<Utc>>)> { list.iter().map(|r| (r.id(), Some(r.created_at()))).collect() };
        let order = merge_order(&keys(mine), &keys(theirs));
        *merged = arrange(std::mem::take(merged), &order, |r| Some(r.id()));
    }
}


#[cfg(test)]
mod tests;

#[cfg(test)]
mod field_tests;

#[cfg(test)]
mod properties;
