//! What the partnership keeps of its report: the introduction and the challenges its
//! partners write, and the sections they leave out. Kept in the partnership (and merged like
//! its other own fields, `report.introduction` and so on) so that every partner's copy makes
//! the same report; the stored words are the partnership's, the section names are ids, so
//! the choice holds in any language the report is written in.
use serde::{Deserialize, Serialize};

use crate::i18n::{tr, Key, Msg};
use crate::model::check::{Checker, Problem};

/// The most characters the introduction and the challenges may each have: a couple of pages,
/// enough for what a report opens with, and a bound on what one field can make the report,
/// the file and every partner's copy carry.
pub const MAX_TEXT_CHARS: usize = 5_000;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReportSettings {
    /// Opens the report, in the partners' own words; left out while empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub introduction: String,
    /// "Challenges and what we are doing about them"; left out while empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub challenges: String,
    /// Ids of the sections left out (see [`SECTIONS`]): a section added in a later version
    /// goes in until someone leaves it out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<String>,
    #[serde(flatten)]
    pub extra: crate::model::record::Extra,
}

impl ReportSettings {
    /// Nothing written or chosen: not written to the file, which stays as older versions made it.
    pub fn is_empty(&self) -> bool {
        *self == ReportSettings::default()
    }

    pub fn includes(&self, section: &str) -> bool {
        !self.left_out.iter().any(|s| s == section)
    }

    /// Puts `section` in or leaves it out.
    pub fn include(&mut self, section: &str, yes: bool) {
        self.left_out.retain(|s| s != section);
        if !yes {
            self.left_out.push(section.to_string());
        }
    }
}

/// The problems of the partners' texts, by field (`introduction`, `challenges`): each at
/// most [`MAX_TEXT_CHARS`] characters.
pub fn check_texts(introduction: &str, challenges: &str) -> Vec<Problem> {
    [("introduction", introduction), ("challenges", challenges)]
        .into_iter()
        .filter_map(|(field, text)| {
            let count = text.chars().count();
            (count > MAX_TEXT_CHARS).then(|| {
                Problem::new(field, Msg::new(tr::problem::report::TOO_LONG).int("count", count as i128).int("most", MAX_TEXT_CHARS as i128))
            })
        })
        .collect()
}

/// [`check_texts`] of a partnership's report settings, at `report.<field>`.
pub fn check(c: &mut Checker, s: &ReportSettings) {
    for p in check_texts(&s.introduction, &s.challenges) {
        c.problem(format!("report.{}", p.path), p.message);
    }
}

/// Every section a report can have, by id, with its title, in the report's order.
pub const SECTIONS: [(&str, Key); 16] = [
    ("introduction", tr::report::INTRODUCTION),
    ("summary", tr::report::SUMMARY),
    ("goals", tr::report::GOALS),
    ("outcomes", tr::report::OUTCOMES),
    ("outputs", tr::report::OUTPUTS),
    ("contributions", tr::report::CONTRIBUTIONS),
    ("milestones", tr::report::MILESTONES),
    ("stories", tr::report::STORIES),
    ("community", tr::report::COMMUNITY),
    ("health", tr::report::HEALTH),
    ("lessons", tr::report::LESSONS),
    ("challenges", tr::report::CHALLENGES),
    ("funding", tr::report::FUNDING),
    ("sustainability", tr::report::SUSTAINABILITY),
    ("communication", tr::report::COMMUNICATION),
    ("next-steps", tr::report::NEXT_STEPS),
];
