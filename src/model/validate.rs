//! Validation reports every problem with its place (`partners[3].name`), never just the first,
//! so that someone fixing a file by hand sees the whole list at once.
use std::fmt;

use uuid::Uuid;

use super::record::IdSet;
use super::Partnership;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path below the partnership, e.g. `partners[3].sector`.
    pub path: String,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { path: path.into(), message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Collects problems while walking a partnership; each tool adds a `check_*` function.
#[derive(Default)]
pub struct Checker {
    pub problems: Vec<Problem>,
    seen_ids: IdSet,
}

impl Checker {
    pub fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    // The place is formatted only when there is a problem: a large partnership has 20,000
    // measurements, and making every one's place was most of the time to validate it.

    /// Every record id must be unique across the whole partnership.
    pub fn unique_id(&mut self, path: impl fmt::Display, id: Uuid) {
        if !self.seen_ids.insert(id) {
            self.problem(format!("{path}.id"), format!("the id {id} is used by another record"));
        }
    }

    pub fn not_blank(&mut self, path: impl fmt::Display, value: &str, what: &str) {
        if value.trim().is_empty() {
            self.problem(path.to_string(), format!("{what} is empty"));
        }
    }

    pub fn times(
        &mut self,
        path: impl fmt::Display,
        created: chrono::DateTime<chrono::Utc>,
        updated: chrono::DateTime<chrono::Utc>,
    ) {
        if updated < created {
            self.problem(
                format!("{path}.updated_at"),
                "was last edited before it was created (updated_at is earlier than created_at)",
            );
        }
    }
}

/// The place of the `n`th record of a list, `measurements[3]`, formatted only if needed.
#[derive(Clone, Copy)]
pub struct Item<'a>(pub &'a str, pub usize);

impl fmt::Display for Item<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]", self.0, self.1)
    }
}

/// Every problem in the partnership; empty means valid.
pub fn validate(p: &Partnership) -> Vec<Problem> {
    let mut c = Checker::default();
    c.not_blank("name", &p.name, "the partnership's name");
    c.times("partnership", p.created_at, p.updated_at);
    c.unique_id("partnership", p.id);
    // Two partners with the same name are allowed here (groups merging files may both have
    // added one organisation); the partner form refuses them (`partners::check_partner`).
    let deleted: IdSet = p.tombstones.iter().map(|t| t.id).collect();
    for (i, partner) in p.partners.iter().enumerate() {
        let path = Item("partners", i);
        c.unique_id(path, partner.id);
        c.times(path, partner.created_at, partner.updated_at);
        c.not_blank(format!("{path}.name"), &partner.name, "the partner's name");
        if deleted.contains(&partner.id) {
            c.problem(format!("{path}.id"), "this partner is also listed as deleted");
        }
    }
    super::causes::check(&mut c, p);
    super::goals::check(&mut c, p);
    super::metrics::check(&mut c, p);
    super::charter::check(&mut c, &p.charter);
    super::checkins::check(&mut c, p);
    super::health::check(&mut c, p);
    super::community::check(p, &mut c);
    super::ideas::check(p, &mut c);
    super::resources::check(&mut c, p);
    super::stories::check(p, &mut c);
    super::learning::check(p, &mut c);
    super::sustainability::check(p, &mut c);
    c.problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::time::at;
    use crate::model::{Partner, Sector};

    fn partnership() -> Partnership {
        let t = at("2026-01-01T00:00:00Z");
        let mut p = Partnership::new("Food for All", t);
        p.upsert(Partner::new("Pantry", Sector::NonProfit, t), t);
        p.upsert(Partner::new("Grocer", Sector::Corporate, t), t);
        p
    }

    #[test]
    fn a_partner_both_present_and_deleted_is_a_problem() {
        let mut p = partnership();
        let t = at("2026-02-01T00:00:00Z");
        let id = p.partners[1].id;
        p.tombstones.push(crate::model::Tombstone { id, deleted_at: t, kind: "partner".into() });
        assert_eq!(validate(&p), vec![Problem::new("partners[1].id", "this partner is also listed as deleted")]);
    }

    #[test]
    fn a_sound_partnership_has_no_problems() {
        assert_eq!(validate(&partnership()), vec![]);
    }

    #[test]
    fn every_problem_is_reported_with_its_place() {
        let mut p = partnership();
        p.name = "  ".into();
        p.partners[0].name = String::new();
        p.partners[1].updated_at = at("2025-01-01T00:00:00Z");
        let problems = validate(&p);
        let paths: Vec<&str> = problems.iter().map(|x| x.path.as_str()).collect();
        assert_eq!(paths, vec!["name", "partners[0].name", "partners[1].updated_at"]);
    }

    #[test]
    fn duplicate_ids_are_problems_but_duplicate_names_are_not() {
        let mut p = partnership();
        p.partners[1].id = p.partners[0].id;
        p.partners[1].name = "pantry ".into();
        let problems = validate(&p);
        assert_eq!(problems, vec![Problem::new(
            "partners[1].id",
            format!("the id {} is used by another record", p.partners[0].id)
        )]);
    }

    #[test]
    fn a_live_record_that_is_also_deleted_is_a_problem() {
        let mut p = partnership();
        let id = p.partners[0].id;
        p.bury("partner", id, at("2026-01-02T00:00:00Z"));
        assert_eq!(validate(&p)[0].path, "partners[0].id");
    }
}
