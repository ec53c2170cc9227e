//! Milestones to celebrate, retrospectives to learn from setbacks in a safe space, and the
//! lessons library. A retrospective's "we learned" column *is* its lessons (lessons that
//! point back at it), so a lesson is written once and is found in the library by its tags.
use crate::model::text::Case;
use crate::i18n::{tr, Key, Msg};
use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::{new_id, Extra, Record};
use super::check::Checker;
use super::Partnership;
use crate::model::check::Item;
use super::order::{sort_by, sort_by_key};

crate::section! {
    /// Milestones, retrospectives and lessons (`partnership.learning`).
    pub struct Learning {
        pub milestones: Vec<Milestone>, pub retrospectives: Vec<Retrospective>,
        pub lessons: Vec<Lesson>,
    } + extra
}

crate::record! {
    pub struct Milestone("milestone") {
        /// When it is planned, or when it was reached.
        #[serde(with = "crate::model::time::day")]
        pub date: NaiveDate,
        pub what: String,
        /// The goals it serves, picked from the goals (older files: one `goal_id`).
        #[serde(default, alias = "goal_id", deserialize_with = "crate::model::links::one_or_many")]
        pub goal_ids: Vec<Uuid>,
        #[serde(default)]
        pub reached: bool,
        #[serde(default)]
        pub celebrated: bool,
        /// How it was celebrated ("cake at the pantry", "thank-you post").
        #[serde(default)]
        pub how_celebrated: String,
    }
}

/// Where a milestone stands, for the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MilestoneState {
    Upcoming,
    /// Its date has passed and it is not marked reached.
    Overdue,
    /// Reached and waiting to be celebrated: small wins deserve it too.
    Reached,
    Celebrated,
}

impl MilestoneState {
    /// The state's name: a message, for the screen to word in its language (`t(x.label_key())`).
    pub fn label_key(self) -> Key {
        match self {
            MilestoneState::Upcoming => tr::model::milestone::UPCOMING,
            MilestoneState::Overdue => tr::model::milestone::OVERDUE,
            MilestoneState::Reached => tr::model::milestone::REACHED,
            MilestoneState::Celebrated => tr::model::milestone::CELEBRATED,
        }
    }

    /// In English (files, logs, tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn label(self) -> &'static str {
        crate::i18n::english(self.label_key())
    }

    pub fn key(self) -> &'static str {
        match self {
            MilestoneState::Upcoming => "upcoming",
            MilestoneState::Overdue => "overdue",
            MilestoneState::Reached => "reached",
            MilestoneState::Celebrated => "celebrated",
        }
    }
}

impl Milestone {
    pub fn new(what: impl Into<String>, date: NaiveDate, now: DateTime<Utc>) -> Milestone {
        crate::new_record!(now, Milestone {
            date,
            what: what.into(),
            goal_ids: Vec::new(),
            reached: false,
            celebrated: false,
            how_celebrated: String::new(),
        })
    }

    pub fn state(&self, today: NaiveDate) -> MilestoneState {
        match (self.celebrated, self.reached) {
            (true, _) => MilestoneState::Celebrated,
            (false, true) => MilestoneState::Reached,
            _ if self.date < today => MilestoneState::Overdue,
            _ => MilestoneState::Upcoming,
        }
    }

    /// Marks it celebrated (and so reached), saying how.
    pub fn celebrate(&mut self, how: &str, now: DateTime<Utc>) {
        self.reached = true;
        self.celebrated = true;
        self.how_celebrated = how.trim().to_string();
        self.touch(now);
    }
}

/// Milestones by date, earliest first: the timeline.
pub fn timeline(milestones: &[Milestone]) -> Vec<Milestone> {
    let mut out = milestones.to_vec();
    sort_by_key(&mut out, |m| (m.date, m.created_at));
    out
}

/// The next `n` milestones not yet reached, from today on.
pub fn next_milestones(milestones: &[Milestone], today: NaiveDate, n: usize) -> Vec<&Milestone> {
    let mut out: Vec<&Milestone> = milestones.iter().filter(|m| !m.reached && m.date >= today).collect();
    sort_by_key(&mut out, |m| m.date);
    out.truncate(n);
    out
}

/// Reached milestones still waiting for their celebration.
pub fn to_celebrate(milestones: &[Milestone]) -> Vec<&Milestone> {
    milestones.iter().filter(|m| m.reached && !m.celebrated).collect()
}

/// One "we will" from a retrospective: an action with an owner and a due date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RetroAction {
    pub id: Uuid,
    pub what: String,
    #[serde(default)]
    pub owner: Option<Uuid>,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub done: bool,
    /// Its stamps (see `model::stamp`).
    #[serde(default, skip_serializing_if = "crate::model::stamp::Stamps::is_empty")]
    pub at: crate::model::stamp::Stamps,
    #[serde(flatten)]
    pub extra: Extra,
}

impl RetroAction {
    pub fn new(what: impl Into<String>) -> RetroAction {
        RetroAction { id: new_id(), what: what.into(), owner: None, due: None, done: false, at: Default::default(), extra: Extra::new() }
    }

    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        !self.done && self.due.is_some_and(|d| d < today)
    }
}

crate::record! {
    /// A card in a retrospective's "went well" or "was hard" column. It names no author, so
    /// a retrospective can be gathered anonymously; its id lets the cards written on several
    /// devices come together in one file (schema 4; older files' texts get ids in `migrate`).
    pub struct RetroCard("retro_card") {
        pub text: String,
    }
}

impl RetroCard {
    pub fn new(text: impl Into<String>, now: DateTime<Utc>) -> RetroCard {
        crate::new_record!(now, RetroCard { text: text.into() })
    }
}

crate::record! {
    /// A retrospective: went well / was hard / we learned (its lessons) / we will (its actions).
    pub struct Retrospective("retrospective") {
        #[serde(with = "crate::model::time::day")]
        pub date: NaiveDate,
        pub title: String,
        #[serde(default)]
        pub went_well: Vec<RetroCard>,
        #[serde(default)]
        pub was_hard: Vec<RetroCard>,
        #[serde(default)]
        pub actions: Vec<RetroAction>,
        /// Gathering anonymously: the "went well" and "was hard" cards are written in turn on
        /// the shared screen (or come in from files) and their texts stay hidden until the
        /// facilitator shows them (see `gather.rs`).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub gather_hidden: bool,
    }
}

impl Retrospective {
    pub fn new(title: impl Into<String>, date: NaiveDate, now: DateTime<Utc>) -> Retrospective {
        crate::new_record!(now, Retrospective {
            date,
            title: title.into(),
            went_well: Vec::new(),
            was_hard: Vec::new(),
            actions: Vec::new(),
            gather_hidden: false,
        })
    }
}

crate::record! {
    pub struct Lesson("lesson") {
        pub text: String,
        /// Lower-case, trimmed, without duplicates (see [`parse_tags`]).
        #[serde(default)]
        pub tags: Vec<String>,
        #[serde(default)]
        pub date: Option<NaiveDate>,
        /// The retrospective whose "we learned" column it came from, if any.
        #[serde(default)]
        pub retrospective_id: Option<Uuid>,
    }
}

impl Lesson {
    pub fn new(text: impl Into<String>, tags: Vec<String>, now: DateTime<Utc>) -> Lesson {
        crate::new_record!(now, Lesson {
            text: text.into(),
            tags,
            date: None,
            retrospective_id: None,
        })
    }

    pub fn day(&self) -> NaiveDate {
        self.date.unwrap_or_else(|| self.created_at.date_naive())
    }
}

/// Tags from what a person types: split on commas, `#` and spaces-around-commas; lower-case;
/// no duplicates; order kept.
pub fn parse_tags(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in text.split([',', '#', ';']) {
        let tag = raw.trim().lower();
        if !tag.is_empty() && !out.contains(&tag) {
            out.push(tag);
        }
    }
    out
}

/// A lesson as the library shows it, whichever tool it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct LibraryLesson {
    pub text: String,
    pub tags: Vec<String>,
    pub date: NaiveDate,
    /// Where it was learned, e.g. "Retrospective: Autumn review" or "Experiment: … (stopped)",
    /// worded by the screen.
    pub source: Msg,
    /// The lesson record, when it is one of this tool's (editable here).
    pub lesson_id: Option<Uuid>,
}

/// Lessons other tools provide: what stopped and pivoted experiments taught, tagged
/// `experiment` and with the decision, so that failure is kept as learning.
pub fn from_other_tools(p: &Partnership) -> Vec<LibraryLesson> {
    super::ideas::experiment_lessons(p)
        .into_iter()
        .map(|l| LibraryLesson {
            text: l.lesson,
            tags: vec!["experiment".into(), l.decision.key().into()],
            date: l.decided_on,
            source: Msg::new(tr::model::lessons::EXPERIMENT).word("decision", decided(l.decision)).text("title", l.title),
            lesson_id: None,
        })
        .collect()
}

/// What was decided about an experiment, as its lesson's source says it ("stopped").
fn decided(d: super::ideas::Decision) -> Key {
    use super::ideas::Decision;
    match d {
        Decision::Persevere => tr::model::lessons::PERSEVERED,
        Decision::Pivot => tr::model::lessons::PIVOTED,
        Decision::Stop => tr::model::lessons::STOPPED,
    }
}

/// The whole library: this tool's lessons and `others` (from [`from_other_tools`]), newest
/// first.
pub fn library(p: &Partnership, others: Vec<LibraryLesson>) -> Vec<LibraryLesson> {
    let mut out: Vec<LibraryLesson> = p
        .learning
        .lessons
        .iter()
        .map(|l| LibraryLesson {
            text: l.text.clone(),
            tags: l.tags.clone(),
            date: l.day(),
            source: match l.retrospective_id {
                None => Msg::new(tr::learning::LIBRARY),
                Some(rid) => match super::record::find(&p.learning.retrospectives, rid) {
                    Some(r) => Msg::new(tr::model::lessons::RETROSPECTIVE).text("title", r.title.as_str()),
                    None => Msg::new(tr::model::lessons::RETRO_REMOVED),
                },
            },
            lesson_id: Some(l.id),
        })
        .chain(others)
        .collect();
    sort_by(&mut out, |a, b| b.date.cmp(&a.date).then(a.text.cmp(&b.text)));
    out
}

/// Lessons matching `query`: each word must be the start of one of the lesson's tags (so
/// "fund" finds "funding"). An empty query keeps everything.
pub fn search(lessons: &[LibraryLesson], query: &str) -> Vec<LibraryLesson> {
    let words = parse_tags(&query.replace(' ', ","));
    lessons
        .iter()
        .filter(|l| words.iter().all(|w| l.tags.iter().any(|t| t.starts_with(w.as_str()))))
        .cloned()
        .collect()
}

/// Every tag with how many lessons carry it, alphabetically.
pub fn tag_counts(lessons: &[LibraryLesson]) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for l in lessons {
        for t in &l.tags {
            *counts.entry(t.clone()).or_default() += 1;
        }
    }
    counts.into_iter().collect()
}

/// The "we will" actions not yet done, across retrospectives, by due date (undated last).
pub fn open_actions(p: &Partnership) -> Vec<(Retrospective, RetroAction)> {
    let mut out: Vec<(Retrospective, RetroAction)> = p
        .learning
        .retrospectives
        .iter()
        .flat_map(|r| r.actions.iter().filter(|a| !a.done).map(move |a| (r.clone(), a.clone())))
        .collect();
    sort_by_key(&mut out, |(_, a)| (a.due.is_none(), a.due));
    out
}

crate::listed!(Milestone => learning.milestones);
// Deleting a retrospective keeps its lessons in the library (they were learned all the
// same), shown as from a removed retrospective: no cascade.
crate::listed!(Retrospective => learning.retrospectives);
crate::listed!(Lesson => learning.lessons);

/// The lessons written in a retrospective's "we learned" column.
pub fn lessons_of(p: &Partnership, retrospective_id: Uuid) -> Vec<Lesson> {
    p.learning.lessons.iter().filter(|l| l.retrospective_id == Some(retrospective_id)).cloned().collect()
}

/// Validation of `partnership.learning` for files.
pub fn check(p: &Partnership, c: &mut Checker) {
    for (i, m) in p.learning.milestones.iter().enumerate() {
        let path = Item("learning.milestones", i);
        c.record(path, m);
        c.not_blank(format!("{path}.what"), &m.what, tr::problem::what::MILESTONE);
        c.date(path, "date", m.date);
        if m.celebrated && !m.reached {
            c.problem(format!("{path}.reached"), tr::problem::learning::CELEBRATED_NOT_REACHED);
        }
    }
    for (i, r) in p.learning.retrospectives.iter().enumerate() {
        let path = Item("learning.retrospectives", i);
        c.record(path, r);
        c.not_blank(format!("{path}.title"), &r.title, tr::problem::what::RETRO_TITLE);
        c.date(path, "date", r.date);
        for (column, cards) in [("went_well", &r.went_well), ("was_hard", &r.was_hard)] {
            for (j, card) in cards.iter().enumerate() {
                c.unique_id(format!("{path}.{column}[{j}]"), card.id);
            }
        }
        for (j, a) in r.actions.iter().enumerate() {
            c.unique_id(format!("{path}.actions[{j}]"), a.id);
            c.date(format_args!("{path}.actions[{j}]"), "due", a.due);
            c.not_blank(format!("{path}.actions[{j}].what"), &a.what, tr::problem::what::ACTION);
        }
    }
    for (i, l) in p.learning.lessons.iter().enumerate() {
        let path = Item("learning.lessons", i);
        c.record(path, l);
        c.not_blank(format!("{path}.text"), &l.text, tr::problem::what::LESSON);
        c.date(path, "date", l.date);
    }
}

/// The sample's milestones, one retrospective with its lessons and actions, and a lesson.
pub fn add_sample(p: &mut Partnership, now: DateTime<Utc>) {
    let today = now.date_naive();
    let day = |offset: i64| today + Duration::days(offset);
    let partner = |name: &str| p.partners.iter().find(|x| x.name.starts_with(name)).map(|x| x.id);
    let milestones = [
        ("Partnership charter signed by all six partners", -300, true, "Shared lunch at the community hall"),
        ("First Saturday market opens", -200, true, "Thank-you post naming every volunteer"),
        ("1,000 households reached", -60, true, "Cake at both pantries"),
        ("Household survey round two published", -10, false, ""),
        ("Holiday meal pilot starts", 30, false, ""),
        ("Second market site opens", 120, false, ""),
    ];
    for (what, offset, reached, how) in milestones {
        let mut m = Milestone::new(what, day(offset), now);
        if reached && !how.is_empty() {
            m.celebrate(how, now);
        } else if offset < -5 {
            m.reached = true;
        }
        p.learning.milestones.push(m);
    }
    let mut retro = Retrospective::new("Autumn review", day(-45), now);
    retro.went_well = vec![
        RetroCard::new("Market volunteers from the tenants' association ran every Saturday", now),
        RetroCard::new("Surplus pick-ups from FreshMart doubled", now),
    ];
    retro.was_hard = vec![
        RetroCard::new("The van broke down twice in October", now),
        RetroCard::new("Survey response fell among older residents", now),
    ];
    let mut fix_van = RetroAction::new("Agree a back-up van with the council depot");
    fix_van.owner = partner("Riverside City");
    fix_van.due = Some(day(-5));
    let mut phone = RetroAction::new("Offer the survey by phone as well as online");
    phone.owner = partner("Riverside University");
    phone.due = Some(day(20));
    retro.actions = vec![fix_van, phone];
    let retro_id = retro.id;
    p.learning.retrospectives.push(retro);
    let lessons = [
        ("One vehicle is a single point of failure: line up a back-up before you need it.", "logistics, risk", Some(retro_id), -45),
        ("Paper and phone surveys reach older residents that online forms miss.", "community voice, surveys", Some(retro_id), -45),
        ("Volunteers stay when they get to shape the work, not only do it.", "volunteers, community voice", None, -120),
    ];
    for (text, tags, from, offset) in lessons {
        let mut l = Lesson::new(text, parse_tags(tags), now);
        l.date = Some(day(offset));
        l.retrospective_id = from;
        p.learning.lessons.push(l);
    }
}

mod gather;
pub use gather::hide_gathered_cards;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod cards_tests;
