//! Repairs on loading: a stored partnership with a problem the app can mend (an edit dated
//! before its record was made, by a clock running ahead; a value outside today's ranges; a
//! reference to a record that is gone; a record also listed as deleted) is mended and kept,
//! and the user told what changed, rather than the whole partnership being set aside.
//!
//! Repairs work on the JSON form at the places validation names (`partners[3].updated_at`),
//! so every tool's records are covered without code of their own.
use std::collections::BTreeMap;

use serde_json::Value;

use super::check::Problem;
use super::merge::{Change, ChangeKind, Side};
use super::file::{read_json_value, to_json_value};
use super::limits::{FIRST_YEAR, LAST_YEAR, MAX_ABS};
use super::validate::validate;
use super::Partnership;

/// What a repair did, by kind, for the user.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Repairs {
    counts: BTreeMap<Kind, usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    EditBeforeCreation,
    DateOutOfRange,
    NumberOutOfRange,
    DeletedAndPresent,
    ReferenceCleared,
    RecordRemoved,
}

impl Repairs {
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// How many repairs were made.
    pub fn total(&self) -> usize {
        self.counts.values().sum()
    }

    /// "2 edit dates that came before their record's creation (a clock running ahead) were
    /// set to the creation date; 1 reference to a record that no longer exists was cleared".
    pub fn describe(&self) -> String {
        let parts: Vec<String> = self
            .counts
            .iter()
            .map(|(kind, &n)| {
                let (one, many, what) = match kind {
                    Kind::EditBeforeCreation => (
                        "edit date",
                        "edit dates",
                        "that came before the record's creation (a clock running ahead) {were} set to it",
                    ),
                    Kind::DateOutOfRange => ("date", "dates", "outside the years 1900 to 2200 {were} moved to the nearest year allowed"),
                    Kind::NumberOutOfRange => ("number", "numbers", "beyond ±10^15 {were} set to that limit"),
                    Kind::DeletedAndPresent => ("record", "records", "also listed as deleted {were} kept, no longer deleted"),
                    Kind::ReferenceCleared => ("reference", "references", "to a record that no longer exists {were} cleared"),
                    Kind::RecordRemoved => (
                        "record",
                        "records",
                        "that needed a record that no longer exists {were} removed (the stored copy keeps them)",
                    ),
                };
                let what = what.replace("{were}", if n == 1 { "was" } else { "were" });
                format!("{n} {} {what}", if n == 1 { one } else { many })
            })
            .collect();
        parts.join("; ")
    }

    fn add(&mut self, kind: Kind) {
        *self.counts.entry(kind).or_default() += 1;
    }

    fn take(&mut self, kind: Kind) {
        if let Some(n) = self.counts.get_mut(&kind) {
            *n -= 1;
            if *n == 0 {
                self.counts.remove(&kind);
            }
        }
    }
}

/// Mends what it can of `p`, which has validation `problems`. Returns the mended partnership
/// and what was done, or the problems it could not mend (then `p` is not to be used as it is).
pub fn repair(p: &Partnership, problems: Vec<Problem>) -> Result<(Partnership, Repairs), Vec<Problem>> {
    let mut json = to_json_value(p);
    let mut repairs = Repairs::default();
    let mut problems = problems;
    // A mend can reveal another (a record kept that refers to one removed): a few rounds.
    for _ in 0..4 {
        let mut cleared: Vec<(Vec<Step>, Value)> = Vec::new();
        let mut left = Vec::new();
        for problem in problems {
            if !mend(&mut json, &problem, &mut repairs, &mut cleared) {
                left.push(problem);
            }
        }
        if !left.is_empty() {
            return Err(left);
        }
        // A required reference cannot be cleared: the record that holds it goes instead.
        let mended = loop {
            match read_json_value(json.clone()) {
                Ok(p) => break p,
                Err(super::file::ImportError::WrongShape { path, message }) => {
                    let Some(i) = cleared.iter().position(|(steps, _)| same_place(&path, steps)) else {
                        return Err(vec![Problem::new(path, message)]);
                    };
                    let (steps, old) = cleared.remove(i);
                    if let Some(v) = place(&mut json, &steps) {
                        *v = old;
                    }
                    let Some((list, n)) = record_of(&steps) else {
                        return Err(vec![Problem::new(path, message)]);
                    };
                    if let Some(Value::Array(items)) = place(&mut json, &list) {
                        items.remove(n);
                    }
                    shift(&mut cleared, &list, n);
                    repairs.take(Kind::ReferenceCleared);
                    repairs.add(Kind::RecordRemoved);
                }
                Err(e) => return Err(vec![Problem::new("partnership", e.to_string())]),
            }
        };
        problems = validate(&mended);
        if problems.is_empty() {
            return Ok((mended, repairs));
        }
    }
    Err(problems)
}

/// A merge's result whose records added from `theirs` refer to records `mine` deleted (their
/// group added an offer for a partner this group removed): rather than refusing the whole
/// merge, each such record is a choice ([`Change`] of kind conflict, keyed by the record):
/// keep it and bring back what it refers to, from their copy (the default: nothing is lost
/// without a choice), or leave it out. Any other problem refuses the merge, as before.
pub(crate) fn dangling_from_theirs(
    result: Partnership,
    mine: &Partnership,
    theirs: &Partnership,
    choices: &std::collections::HashMap<String, Side>,
) -> Result<(Partnership, Vec<Change>), Vec<Problem>> {
    let problems = validate(&result);
    if problems.is_empty() {
        return Ok((result, Vec::new()));
    }
    let mut json = to_json_value(&result);
    let theirs_json = to_json_value(theirs);
    let mine_json = to_json_value(mine);
    let mut mine_ids = std::collections::HashSet::new();
    super::stamp::shape::each_record(&mine_json, &mut |rid, _| {
        mine_ids.insert(rid.to_string());
    });
    let mut changes = Vec::new();
    let mut left_out: Vec<(Vec<Step>, usize)> = Vec::new();
    let mut brought_back: Vec<Value> = Vec::new();
    for problem in &problems {
        let found = parse_path(&problem.path).and_then(|steps| {
            let (list, n) = record_of(&steps)?;
            let record = place(&mut json, &list)?.get(n)?.clone();
            let target = place(&mut json, &steps)?.as_str()?.parse::<uuid::Uuid>().ok()?;
            let id = record.get("id")?.as_str()?.parse::<uuid::Uuid>().ok()?;
            Some((list, n, record, id, target))
        });
        let Some((list, n, record, id, target)) = found else { return Err(problems) };
        let (new_from_theirs, deleted_here) = (!mine_ids.contains(&id.to_string()), mine.is_deleted(target));
        let Some((at, original)) = find_record(&theirs_json, target).filter(|_| new_from_theirs && deleted_here) else {
            return Err(problems);
        };
        let key = super::merge::choice_key(id, None);
        let side = choices.get(&key).copied().unwrap_or(Side::Theirs);
        match side {
            Side::Theirs => {
                if !brought_back.iter().any(|v| v.get("id") == original.get("id")) {
                    if let Some(Value::Array(items)) = place(&mut json, &at) {
                        items.push(original.clone());
                    }
                    brought_back.push(original.clone());
                }
            }
            Side::Mine => left_out.push((list.clone(), n)),
        }
        let list_name = list.iter().map(|s| if let Step::Key(k) = s { k.as_str() } else { "" }).collect::<Vec<_>>().join(".");
        changes.push(Change {
            kind: ChangeKind::Conflict,
            list: list_name,
            id,
            fields: Vec::new(),
            label: crate::i18n::Msg::new(crate::i18n::tr::merge::slot::REFERS)
                .said("other", super::merge::label_of(&original))
                .said("record", super::merge::label_of(&record)),
            mine: None,
            theirs: Some(record),
            default: Side::Theirs,
            from: String::new(),
        });
    }
    left_out.sort_by(|a, b| b.1.cmp(&a.1));
    left_out.dedup();
    for (list, n) in left_out {
        if let Some(Value::Array(items)) = place(&mut json, &list) {
            items.remove(n);
        }
    }
    if let Some(Value::Array(stones)) = json.get_mut("tombstones") {
        stones.retain(|t| !brought_back.iter().any(|b| b.get("id") == t.get("id")));
    }
    let p = read_json_value(json).map_err(|e| vec![Problem::new("partnership", e.to_string())])?;
    let problems = validate(&p);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok((p, changes))
}

/// Where the record `id` lives in `json` (the path of its list) and the record itself.
fn find_record(json: &Value, id: uuid::Uuid) -> Option<(Vec<Step>, Value)> {
    fn walk(v: &Value, id: &str, at: &mut Vec<Step>) -> Option<Value> {
        match v {
            Value::Object(m) => m.iter().find_map(|(k, x)| {
                at.push(Step::Key(k.clone()));
                let found = walk(x, id, at);
                if found.is_none() {
                    at.pop();
                }
                found
            }),
            Value::Array(items) => items.iter().find(|x| x.get("id").and_then(Value::as_str) == Some(id)).cloned().or_else(|| {
                items.iter().enumerate().find_map(|(i, x)| {
                    at.push(Step::Index(i));
                    let found = walk(x, id, at);
                    if found.is_none() {
                        at.pop();
                    }
                    found
                })
            }),
            _ => None,
        }
    }
    let mut at = Vec::new();
    let id = id.to_string();
    // Tombstones name deleted records; the record itself is what is wanted.
    let Value::Object(m) = json else { return None };
    let body = crate::model::order::object_of(m.iter().filter(|(k, _)| *k != "tombstones").map(|(k, v)| (k.clone(), v.clone())));
    walk(&Value::Object(body), &id, &mut at).map(|v| (at, v))
}

/// One step of a path: a field or a place in a list.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

/// `partners[3].updated_at` as steps; the root's own fields are named `partnership.…`.
fn parse_path(path: &str) -> Option<Vec<Step>> {
    let path = path.strip_prefix("partnership.").unwrap_or(path);
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if key.is_empty() {
            return None;
        }
        out.push(Step::Key(key.to_string()));
        while let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']')?;
            out.push(Step::Index(r[..end].parse().ok()?));
            rest = &r[end + 1..];
        }
        if !rest.is_empty() {
            return None;
        }
    }
    Some(out)
}

fn place<'a>(json: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    steps.iter().try_fold(json, |v, s| match s {
        Step::Key(k) => v.get_mut(k.as_str()),
        Step::Index(i) => v.get_mut(*i),
    })
}

/// Whether a typed reader's `path` (`partnership.goals[2].owner`) is the place `steps` names.
fn same_place(path: &str, steps: &[Step]) -> bool {
    parse_path(path).is_some_and(|s| s == steps)
}

/// The list and index of the innermost record holding the place `steps`.
fn record_of(steps: &[Step]) -> Option<(Vec<Step>, usize)> {
    let i = steps.iter().rposition(|s| matches!(s, Step::Index(_)))?;
    let Step::Index(n) = steps[i] else { return None };
    Some((steps[..i].to_vec(), n))
}

/// Record `n` of `list` was removed: places after it in that list move up one, places in it go.
fn shift(cleared: &mut Vec<(Vec<Step>, Value)>, list: &[Step], n: usize) {
    cleared.retain_mut(|(steps, _)| {
        if steps.len() <= list.len() || steps[..list.len()] != *list {
            return true;
        }
        match &mut steps[list.len()] {
            Step::Index(m) if *m == n => false,
            Step::Index(m) if *m > n => {
                *m -= 1;
                true
            }
            _ => true,
        }
    });
}

/// Mends the one problem, if it is of a kind that can be mended; false otherwise.
fn mend(json: &mut Value, problem: &Problem, repairs: &mut Repairs, cleared: &mut Vec<(Vec<Step>, Value)>) -> bool {
    let Some(steps) = parse_path(&problem.path) else { return false };
    let Some((Step::Key(field), parent)) = steps.split_last().map(|(l, r)| (l.clone(), r)) else { return false };
    use crate::i18n::tr::problem::{check, community, ideas, limits, resources};
    let message = &problem.message;
    let is = |k| message.key() == Some(k);
    if is(check::EDITED_BEFORE_CREATED) {
        let Some(record) = place(json, parent) else { return false };
        let Some(created) = record.get("created_at").cloned() else { return false };
        record["updated_at"] = created;
        repairs.add(Kind::EditBeforeCreation);
        return true;
    }
    if message.mentions(limits::YEARS) {
        let Some(Value::String(text)) = place(json, &steps) else { return false };
        // `+262142-12-31`, `2301-01-01` are late; `-0044-03-15`, `1850-01-01` early.
        let year: String = text.trim_start_matches('+').chars().take_while(char::is_ascii_digit).collect();
        let late = !text.starts_with('-') && year.parse::<i64>().is_ok_and(|y| y > i64::from(LAST_YEAR));
        let day = if late { format!("{LAST_YEAR}-12-31") } else { format!("{FIRST_YEAR}-01-01") };
        *text = if text.contains('T') { format!("{day}T{}Z", if late { "23:59:59" } else { "00:00:00" }) } else { day };
        repairs.add(Kind::DateOutOfRange);
        return true;
    }
    if is(limits::TOO_LARGE) {
        let Some(v) = place(json, &steps) else { return false };
        let Some(n) = v.as_f64() else { return false };
        *v = Value::from(MAX_ABS.copysign(n));
        repairs.add(Kind::NumberOutOfRange);
        return true;
    }
    if is(check::ALSO_DELETED) && field == "id" {
        let Some(id) = place(json, &steps).cloned() else { return false };
        let Some(Value::Array(stones)) = json.get_mut("tombstones") else { return false };
        stones.retain(|t| t.get("id") != Some(&id));
        repairs.add(Kind::DeletedAndPresent);
        return true;
    }
    let dangling = [
        resources::NO_CATEGORY,
        resources::NO_PARTNER,
        resources::NO_ENTRY,
        resources::NOT_AN_OFFER,
        resources::NOT_A_NEED,
        community::NO_ACTIVITY,
        community::NO_INPUT,
        ideas::NO_EXPERIMENT,
    ];
    if dangling.into_iter().any(is) {
        let Some(v) = place(json, &steps) else { return false };
        cleared.push((steps, std::mem::replace(v, Value::Null)));
        repairs.add(Kind::ReferenceCleared);
        return true;
    }
    false
}

#[cfg(test)]
mod tests;
