//! Community voice: engagement activities (surveys, focus groups, advisory boards…), what was
//! heard in them, and "you said, we did": what the partnership did about each thing it heard.
//!
//! The point of the tool is that people see their views reflected, so the summary counts what
//! is still unanswered as prominently as what was done.
use crate::model::text::Case;
use crate::i18n::tr;
use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::{find, IdMap, IdSet};
use super::check::{blank, problems, Checker, Problem};
use super::Partnership;
use crate::model::check::Item;
use super::order::sort_by;

crate::choice_enum! {
    #[derive(Hash, Serialize, Deserialize)] #[serde(rename_all = "snake_case")]
    pub enum ActivityKind {
        Survey = ("survey", "Survey"), FocusGroup = ("focus_group", "Focus group"),
        AdvisoryBoard = ("advisory_board", "Advisory board"), TownHall = ("town_hall", "Town hall"),
        Interview = ("interview", "Interview"), Other = ("other", "Other"),
    }
}

crate::record! {
    /// One occasion on which the partnership listened to the community.
    pub struct Activity("engagement_activity") {
        pub kind: ActivityKind,
        pub title: String,
        #[serde(default)]
        pub date: Option<NaiveDate>,
        /// The partners who ran it. Ids of deleted partners are kept and shown as removed.
        #[serde(default)]
        pub partner_ids: Vec<Uuid>,
        /// How many people took part, when known.
        #[serde(default)]
        pub participants: Option<u32>,
        /// Who was reached, in the partnership's words, e.g. "parents of young children".
        #[serde(default)]
        pub reached: Vec<String>,
        #[serde(default)]
        pub notes: String,
    }
}

impl Activity {
    pub fn new(kind: ActivityKind, title: impl Into<String>, now: DateTime<Utc>) -> Activity {
        crate::new_record!(now, Activity {
            kind,
            title: title.into(),
            date: None,
            partner_ids: Vec::new(),
            participants: None,
            reached: Vec::new(),
            notes: String::new(),
        })
    }
}

crate::record! {
    /// One thing the partnership heard in an activity.
    pub struct Input("community_input") {
        pub activity_id: Uuid,
        /// What was said, summarised.
        pub said: String,
        #[serde(default)]
        pub themes: Vec<String>,
        /// Someone's own words, when they agreed to be quoted.
        #[serde(default)]
        pub quote: String,
    }
}

impl Input {
    pub fn new(activity_id: Uuid, said: impl Into<String>, now: DateTime<Utc>) -> Input {
        crate::new_record!(now, Input {
            activity_id,
            said: said.into(),
            themes: Vec::new(),
            quote: String::new(),
        })
    }
}

crate::choice_enum! {
    #[derive(Hash, Serialize, Deserialize)] #[serde(rename_all = "snake_case")]
    pub enum ResponseStatus {
        Open = ("open", "Open"), InProgress = ("in_progress", "In progress"),
        Done = ("done", "Done"),
        /// Decided against; the response must say why, because "no" without a reason is silence.
        WontDo = ("wont_do", "Won't do"),
    }
}

impl ResponseStatus {
    /// Whether the partnership acted on the input (a reasoned "won't do" is an answer, not
    /// an action).
    pub fn is_acted_on(self) -> bool {
        matches!(self, ResponseStatus::InProgress | ResponseStatus::Done)
    }
}

crate::record! {
    /// "We did": what the partnership did or decided about one input.
    pub struct Response("community_response") {
        pub input_id: Uuid,
        /// What the partnership did or decided.
        pub did: String,
        pub status: ResponseStatus,
        /// Why not, for [`ResponseStatus::WontDo`].
        #[serde(default)]
        pub reason: String,
        /// The goals it serves, picked from the goals (older files: one `goal_id`).
        #[serde(default, alias = "goal_id", deserialize_with = "crate::model::links::one_or_many")]
        pub goal_ids: Vec<Uuid>,
    }
}

impl Response {
    pub fn new(input_id: Uuid, did: impl Into<String>, status: ResponseStatus, now: DateTime<Utc>) -> Response {
        crate::new_record!(now, Response {
            input_id,
            did: did.into(),
            status,
            reason: String::new(),
            goal_ids: Vec::new(),
        })
    }
}

crate::section! {
    /// The community-voice collections of a partnership (`community` in files).
    pub struct Community {
        pub activities: Vec<Activity>, pub inputs: Vec<Input>, pub responses: Vec<Response>,
    }
}

impl Community {
    pub fn activity(&self, id: Uuid) -> Option<&Activity> {
        find(&self.activities, id)
    }

    /// The inputs heard in one activity, in the order they were recorded.
    pub fn inputs_of(&self, activity_id: Uuid) -> Vec<&Input> {
        self.inputs.iter().filter(|i| i.activity_id == activity_id).collect()
    }

    pub fn response_to(&self, input_id: Uuid) -> Option<&Response> {
        self.responses.iter().find(|r| r.input_id == input_id)
    }

    /// Each input's response (the first, as [`Community::response_to`] finds it), for code
    /// that asks about many inputs: asking each one's by searching would take inputs times
    /// responses.
    pub fn responses_by_input(&self) -> IdMap<&Response> {
        let mut by_input = IdMap::default();
        for r in self.responses.iter().rev() {
            by_input.insert(r.input_id, r);
        }
        by_input
    }

    /// Activities, most recent first (undated ones last, newest recorded first).
    pub fn activities_by_date(&self) -> Vec<&Activity> {
        let mut list: Vec<&Activity> = self.activities.iter().collect();
        sort_by(&mut list, |a, b| match (a.date, b.date) {
            (Some(x), Some(y)) => y.cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => b.created_at.cmp(&a.created_at),
        });
        list
    }
}

/// Splits "access, Opening hours ,, access" into distinct tags, keeping the first spelling.
pub fn parse_tags(text: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    text.split([',', ';', '\n'])
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty() && seen.insert(t.lower()))
        .collect()
}

/// Every tag written so far in `lists` (the themes heard, or who was reached), once each
/// whatever its case, as first written, in alphabetical order: what a form suggests, so that
/// one typo does not split a count.
pub fn known_tags<'a>(lists: impl Iterator<Item = &'a Vec<String>>) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut tags: Vec<String> = lists.flatten().map(|t| t.trim()).filter(|t| !t.is_empty() && seen.insert(t.lower())).map(str::to_string).collect();
    sort_by(&mut tags, |a, b| a.lower().cmp(&b.lower()));
    tags
}

/// The themes heard in every input so far.
pub fn known_themes(p: &Partnership) -> Vec<String> {
    known_tags(p.community.inputs.iter().map(|i| &i.themes))
}

/// Who every activity so far reached.
pub fn known_reached(p: &Partnership) -> Vec<String> {
    known_tags(p.community.activities.iter().map(|a| &a.reached))
}

/// What to offer while `typed` (tags separated by commas) is being written: the text up to
/// the tag being typed, then each of `known` not already there. The browser shows those that
/// match what was typed.
pub fn tag_suggestions(typed: &str, known: &[String]) -> Vec<String> {
    let cut = typed.rfind([',', ';', '\n']).map_or(0, |i| i + 1);
    let head = &typed[..cut];
    let done: HashSet<String> = parse_tags(head).iter().map(|t| t.lower()).collect();
    let space = if head.is_empty() { "" } else { " " };
    known.iter().filter(|t| !done.contains(&t.lower())).map(|t| format!("{head}{space}{t}")).collect()
}

/// How often each theme came up, most frequent first; themes differing only in case count
/// as one (shown as first written). Ties are listed alphabetically.
pub fn theme_counts(c: &Community) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for input in &c.inputs {
        let mut in_this = HashSet::new();
        for theme in &input.themes {
            let key = theme.trim().lower();
            if key.is_empty() || !in_this.insert(key.clone()) {
                continue;
            }
            match counts.iter_mut().find(|(t, _)| t.lower() == key) {
                Some((_, n)) => *n += 1,
                None => counts.push((theme.trim().to_string(), 1)),
            }
        }
    }
    sort_by(&mut counts, |a, b| b.1.cmp(&a.1).then_with(|| a.0.lower().cmp(&b.0.lower())));
    counts
}

/// How far the partnership has answered what it heard.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ResponseRate {
    pub inputs: usize,
    /// Inputs with any response other than "open".
    pub answered: usize,
    /// Inputs whose response is in progress or done.
    pub acted_on: usize,
    pub done: usize,
}

impl ResponseRate {
    /// The share of inputs acted on, as a whole percentage; `None` when nothing was heard.
    pub fn acted_on_percent(&self) -> Option<u32> {
        percent(self.acted_on, self.inputs)
    }

    pub fn unanswered(&self) -> usize {
        self.inputs - self.answered
    }
}

fn percent(part: usize, whole: usize) -> Option<u32> {
    (whole > 0).then(|| ((part as f64 / whole as f64) * 100.0).round() as u32)
}

pub fn response_rate(c: &Community) -> ResponseRate {
    let mut rate = ResponseRate { inputs: c.inputs.len(), ..ResponseRate::default() };
    let responses = c.responses_by_input();
    for input in &c.inputs {
        if let Some(r) = responses.get(&input.id) {
            if r.status != ResponseStatus::Open {
                rate.answered += 1;
            }
            if r.status.is_acted_on() {
                rate.acted_on += 1;
            }
            if r.status == ResponseStatus::Done {
                rate.done += 1;
            }
        }
    }
    rate
}

/// Inputs nobody has answered yet: no response, or one still marked open.
pub fn inputs_without_response(c: &Community) -> Vec<&Input> {
    let responses = c.responses_by_input();
    c.inputs
        .iter()
        .filter(|i| responses.get(&i.id).is_none_or(|r| r.status == ResponseStatus::Open))
        .collect()
}

/// One line of the "You said, we did" sheet handed back to the community.
#[derive(Clone, Debug, PartialEq)]
pub struct SaidDid {
    pub input_id: Uuid,
    pub activity: String,
    pub date: Option<NaiveDate>,
    pub said: String,
    pub quote: String,
    pub themes: Vec<String>,
    pub did: String,
    pub status: ResponseStatus,
    pub reason: String,
}

/// Every input with what was done about it, activity by activity (most recent first). An
/// input without a response appears as open: the sheet must not hide what is unanswered.
pub fn you_said_we_did(c: &Community) -> Vec<SaidDid> {
    let mut rows = Vec::new();
    let responses = c.responses_by_input();
    let mut heard: IdMap<Vec<&Input>> = IdMap::default();
    for input in &c.inputs {
        heard.entry(input.activity_id).or_default().push(input);
    }
    for activity in c.activities_by_date() {
        for &input in heard.get(&activity.id).into_iter().flatten() {
            let response = responses.get(&input.id).copied();
            rows.push(SaidDid {
                input_id: input.id,
                activity: format!("{} ({})", activity.title, crate::i18n::text(activity.kind.label_key())),
                date: activity.date,
                said: input.said.clone(),
                quote: input.quote.clone(),
                themes: input.themes.clone(),
                did: response.map(|r| r.did.clone()).unwrap_or_default(),
                status: response.map_or(ResponseStatus::Open, |r| r.status),
                reason: response.map(|r| r.reason.clone()).unwrap_or_default(),
            });
        }
    }
    rows
}

/// What stops an activity from being saved. Paths are field names, for a form.
pub fn check_activity(a: &Activity) -> Vec<Problem> {
    problems([(blank(&a.title), "title", tr::problem::community::ACTIVITY_NAME)])
}

pub fn check_input(i: &Input) -> Vec<Problem> {
    problems([(blank(&i.said), "said", tr::problem::community::SAID)])
}

pub fn check_response(r: &Response) -> Vec<Problem> {
    problems([
        (blank(&r.did) && r.status != ResponseStatus::Open, "did", tr::problem::community::DID),
        (r.status == ResponseStatus::WontDo && blank(&r.reason), "reason", tr::problem::community::REASON),
    ])
}

crate::listed!(Activity => community.activities {
    /// Everything heard in it goes with it, and the responses to that.
    fn cascade(removed: &Activity, p: &mut Partnership, now: DateTime<Utc>) {
        let inputs: Vec<Uuid> = p.community.inputs_of(removed.id).iter().map(|i| i.id).collect();
        for input in inputs {
            p.remove::<Input>(input, now);
        }
    }
});

crate::listed!(Input => community.inputs {
    /// The response to it goes with it.
    fn cascade(removed: &Input, p: &mut Partnership, now: DateTime<Utc>) {
        if let Some(r) = p.community.response_to(removed.id).map(|r| r.id) {
            p.remove::<Response>(r, now);
        }
    }
});

crate::listed!(Response => community.responses {
    /// An input has at most one response, so a new response to an input that already has
    /// one takes that one's place (and id).
    fn before_upsert(&mut self, p: &mut Partnership, _now: DateTime<Utc>) {
        if let Some(existing) = p.community.response_to(self.input_id) {
            self.id = existing.id;
            self.created_at = existing.created_at;
        }
    }
});

/// Problems in the community collections, with paths like `community.inputs[2].activity_id`.
pub fn check(p: &Partnership, c: &mut Checker) {
    let com = &p.community;
    for (i, a) in com.activities.iter().enumerate() {
        let path = Item("community.activities", i);
        c.record(path, a);
        c.not_blank(format!("{path}.title"), &a.title, tr::problem::what::ACTIVITY_NAME);
        c.date(path, "date", a.date);
    }
    // Looked up in sets, not by searching the lists: a file with many inputs and responses
    // must not take their product.
    let activities: IdSet = com.activities.iter().map(|a| a.id).collect();
    let inputs: IdSet = com.inputs.iter().map(|i| i.id).collect();
    let mut answered = HashSet::new();
    for (i, input) in com.inputs.iter().enumerate() {
        let path = Item("community.inputs", i);
        c.record(path, input);
        c.not_blank(format!("{path}.said"), &input.said, tr::problem::what::WHAT_SAID);
        if !activities.contains(&input.activity_id) {
            c.problem(format!("{path}.activity_id"), tr::problem::community::NO_ACTIVITY);
        }
    }
    for (i, r) in com.responses.iter().enumerate() {
        let path = Item("community.responses", i);
        c.record(path, r);
        if !inputs.contains(&r.input_id) {
            c.problem(format!("{path}.input_id"), tr::problem::community::NO_INPUT);
        } else if !answered.insert(r.input_id) {
            c.problem(format!("{path}.input_id"), tr::problem::community::ANSWERED_TWICE);
        }
        for problem in check_response(r) {
            c.problem(format!("{path}.{}", problem.path), problem.message);
        }
    }
}

/// The sample's community voice: a focus group and a survey, with responses in every state.
pub fn add_sample(p: &mut Partnership, now: DateTime<Utc>) {
    let partner = |p: &Partnership, name: &str| p.partners.iter().find(|x| x.name == name).map(|x| x.id);
    let day = |days: i64| (now - chrono::Duration::days(days)).date_naive();
    let t = now - chrono::Duration::days(60);

    let mut focus = Activity::new(ActivityKind::FocusGroup, "Parents' evening at the Eastside hall", t);
    focus.date = Some(day(75));
    focus.partner_ids = [partner(p, "Eastside Tenants' Association"), partner(p, "Riverside Food Bank")]
        .into_iter()
        .flatten()
        .collect();
    focus.participants = Some(14);
    focus.reached = vec!["parents of young children".into(), "Spanish-speaking families".into()];
    let mut survey = Activity::new(ActivityKind::Survey, "Household food-security survey (spring)", t);
    survey.date = Some(day(120));
    survey.partner_ids = partner(p, "Riverside University Nutrition Lab").into_iter().collect();
    survey.participants = Some(212);
    survey.reached = vec!["households using the pantries".into(), "seniors living alone".into()];

    type Heard = (&'static str, &'static str, &'static str, Option<(&'static str, ResponseStatus, &'static str)>);
    let heard: [(Uuid, Heard); 6] = [
        (focus.id, ("The pantry closes before we finish work.", "opening hours, access",
            "I finish at six. By then the doors are shut.",
            Some(("Opened a Thursday evening pantry, 5 to 8 pm.", ResponseStatus::Done, "")))),
        (focus.id, ("We want fresh vegetables, not only tins.", "fresh food", "",
            Some(("FreshMart brings surplus produce to the Saturday market.", ResponseStatus::InProgress, "")))),
        (focus.id, ("Queuing outside in public feels shaming.", "dignity, access",
            "My neighbours can see me waiting.", None)),
        (survey.id, ("Getting to a pantry is hard without a car.", "transport, access", "",
            Some(("Volunteer home delivery for seniors, booked by phone.", ResponseStatus::InProgress, "")))),
        (survey.id, ("People would like cooking classes.", "skills", "",
            Some(("Not this year.", ResponseStatus::WontDo,
                "No kitchen space until the hall is refitted; we point people to the library's classes.")))),
        (survey.id, ("Booking a pantry slot online would save waiting.", "Opening hours", "", None)),
    ];
    p.community.activities.push(focus);
    p.community.activities.push(survey);
    for (activity_id, (said, themes, quote, response)) in heard {
        let mut input = Input::new(activity_id, said, t);
        input.themes = parse_tags(themes);
        input.quote = quote.into();
        if let Some((did, status, reason)) = response {
            let mut r = Response::new(input.id, did, status, t);
            r.reason = reason.into();
            p.community.responses.push(r);
        }
        p.community.inputs.push(input);
    }
}

#[cfg(test)]
mod tests;
