//! What a validation problem is and the small toolkit each tool's `check` uses to find them.
//! A leaf: it imports no tool, so every tool can import it and `validate` can import every
//! tool without a cycle.
use std::fmt;

use chrono::NaiveDate;
use uuid::Uuid;

use super::limits;
use crate::i18n::{tr, Key, Msg};
use super::record::{IdSet, Record};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path below the partnership, e.g. `partners[3].sector`.
    pub path: String,
    /// What is wrong, in a sentence that the UI words in the current language.
    pub message: Msg,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<Msg>) -> Problem {
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
    /// The ids of deleted records, gathered once: asking the list of tombstones for each
    /// record made a check quadratic.
    deleted: IdSet,
}

impl Checker {
    /// A checker for a partnership whose deleted records have these ids.
    pub fn with_deleted(deleted: IdSet) -> Checker {
        Checker { deleted, ..Checker::default() }
    }

    /// A record that is also listed as deleted is a problem (`what`: "this meeting").
    pub fn not_deleted(&mut self, path: impl fmt::Display, id: Uuid, what: Key) {
        if self.deleted.contains(&id) {
            self.problem(format!("{path}.id"), Msg::new(tr::problem::check::ALSO_DELETED).word("what", what));
        }
    }

    /// A number must be finite and within [`limits::MAX_ABS`].
    pub fn number(&mut self, path: impl fmt::Display, field: &str, value: impl Into<Option<f64>>) {
        if let Some(why) = value.into().and_then(limits::number_problem) {
            self.problem(format!("{path}.{field}"), why);
        }
    }

    /// A date must fall in the years [`limits`] allow.
    pub fn date(&mut self, path: impl fmt::Display, field: &str, day: impl Into<Option<NaiveDate>>) {
        if let Some(why) = day.into().and_then(limits::date_problem) {
            self.problem(format!("{path}.{field}"), why);
        }
    }

    pub fn problem(&mut self, path: impl Into<String>, message: impl Into<Msg>) {
        self.problems.push(Problem::new(path, message));
    }

    // The place is formatted only when there is a problem: a large partnership has tens of
    // thousands of measurements, and making every one's place was most of validation's time.

    /// Every record id must be unique across the whole partnership.
    pub fn unique_id(&mut self, path: impl fmt::Display, id: Uuid) {
        if !self.seen_ids.insert(id) {
            self.problem(format!("{path}.id"), Msg::new(tr::problem::check::ID_USED).text("id", id.to_string()));
        }
    }

    /// The checks every stored record gets: a unique id, and not edited before it was made.
    pub fn record(&mut self, path: impl fmt::Display + Copy, r: &impl Record) {
        self.unique_id(path, r.id());
        self.times(path, r.created_at(), r.updated_at());
    }

    /// `what` names the field: "the partner's name".
    pub fn not_blank(&mut self, path: impl fmt::Display, value: &str, what: Key) {
        if value.trim().is_empty() {
            self.problem(path.to_string(), Msg::new(tr::problem::check::EMPTY).word("what", what));
        }
    }

    pub fn times(
        &mut self,
        path: impl fmt::Display,
        created: chrono::DateTime<chrono::Utc>,
        updated: chrono::DateTime<chrono::Utc>,
    ) {
        if updated < created {
            self.problem(format!("{path}.updated_at"), tr::problem::check::EDITED_BEFORE_CREATED);
        }
        self.date(&path, "created_at", created.date_naive());
        self.date(&path, "updated_at", updated.date_naive());
    }
}

/// True when a typed text has nothing but spaces.
pub fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// The problems of a form, in order: each rule is (broken, field, what to do about it).
pub fn problems<const N: usize>(rules: [(bool, &str, Key); N]) -> Vec<Problem> {
    rules.into_iter().filter(|r| r.0).map(|(_, field, message)| Problem::new(field, message)).collect()
}

/// The place of the `n`th record of a list, `measurements[3]`, formatted only if needed.
#[derive(Clone, Copy)]
pub struct Item<'a>(pub &'a str, pub usize);

impl fmt::Display for Item<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]", self.0, self.1)
    }
}
