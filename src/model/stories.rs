//! Stories that put a face on the data, and the communication plan that says who hears what,
//! how often, and from whom. A story without recorded consent never leaves the partnership:
//! [`reportable`] is the only way the report reads stories.
use crate::i18n::tr;
use chrono::{DateTime, Duration, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::Record;
use super::check::{blank, problems, Checker};
use super::Partnership;
use crate::model::check::Item;
use super::order::{sort_by, sort_by_key};

crate::section! {
    /// The stories and the communication plan (`partnership.communication`).
    pub struct Communication {
        pub stories: Vec<Story>, pub plan: Vec<PlannedMessage>,
    } + extra
}

crate::record! {
    pub struct Story("story") {
        pub title: String,
        /// Who the story is about; empty means anonymous.
        #[serde(default)]
        pub who: String,
        #[serde(default)]
        pub what_changed: String,
        #[serde(default)]
        pub quote: String,
        #[serde(default)]
        pub date: Option<NaiveDate>,
        /// Whether the person agreed to the story being shared outside the partnership.
        #[serde(default)]
        pub consent: bool,
        /// The goals it serves, picked from the goals (older files: one `goal_id`).
        #[serde(default, alias = "goal_id", deserialize_with = "crate::model::links::one_or_many")]
        pub goal_ids: Vec<Uuid>,
        /// The metrics it bears on, picked from the metrics (older files: one `metric_id`).
        #[serde(default, alias = "metric_id", deserialize_with = "crate::model::links::one_or_many")]
        pub metric_ids: Vec<Uuid>,
    }
}

impl Story {
    pub fn new(title: impl Into<String>, now: DateTime<Utc>) -> Story {
        crate::new_record!(now, Story {
            title: title.into(),
            who: String::new(),
            what_changed: String::new(),
            quote: String::new(),
            date: None,
            consent: false,
            goal_ids: Vec::new(),
            metric_ids: Vec::new(),
        })
    }

    /// The name to show: the person, or "Anonymous".
    pub fn who_label(&self) -> String {
        let who = self.who.trim();
        if who.is_empty() { "Anonymous".to_string() } else { who.to_string() }
    }

    /// The day the story is filed under: its own date, else the day it was written down.
    pub fn day(&self) -> NaiveDate {
        self.date.unwrap_or_else(|| self.created_at.date_naive())
    }
}

/// The stories that may be shared outside the partnership: only those with consent.
pub fn reportable(stories: &[Story]) -> Vec<&Story> {
    stories.iter().filter(|s| s.consent).collect()
}

crate::choice_enum! {
    #[derive(Hash, PartialOrd, Ord, Serialize, Deserialize)] #[serde(rename_all = "snake_case")]
    pub enum Audience {
        Partners = ("partners", "Partners"), Funders = ("funders", "Funders"),
        Community = ("community", "Community"), Media = ("media", "Media"),
        Other = ("other", "Other"),
    }
}

crate::choice_enum! {
    #[derive(Hash, Serialize, Deserialize)] #[serde(rename_all = "snake_case")]
    pub enum Frequency {
        Once = ("once", "Once"), Weekly = ("weekly", "Weekly"), Monthly = ("monthly", "Monthly"),
        Quarterly = ("quarterly", "Quarterly"), Yearly = ("yearly", "Yearly"),
    }
}

impl Frequency {
    /// The next date after `d` at this frequency (`None` for a one-off). Month steps keep
    /// the day where the month has it and use the month's last day otherwise.
    pub fn after(self, d: NaiveDate) -> Option<NaiveDate> {
        match self {
            Frequency::Once => None,
            Frequency::Weekly => Some(d + Duration::days(7)),
            Frequency::Monthly => d.checked_add_months(Months::new(1)),
            Frequency::Quarterly => d.checked_add_months(Months::new(3)),
            Frequency::Yearly => d.checked_add_months(Months::new(12)),
        }
    }
}

crate::record! {
    /// One line of the communication plan: a message to an audience, through a channel, at a
    /// frequency, sent by a partner.
    pub struct PlannedMessage("planned_message") {
        pub audience: Audience,
        pub message: String,
        #[serde(default)]
        pub channel: String,
        pub frequency: Frequency,
        /// The partner who sends it; may point at a deleted partner (shown as removed).
        #[serde(default)]
        pub owner: Option<Uuid>,
        #[serde(default)]
        pub next_due: Option<NaiveDate>,
        /// A one-off message that has been sent.
        #[serde(default)]
        pub done: bool,
    }
}

impl PlannedMessage {
    pub fn new(audience: Audience, message: impl Into<String>, now: DateTime<Utc>) -> PlannedMessage {
        crate::new_record!(now, PlannedMessage {
            audience,
            message: message.into(),
            channel: String::new(),
            frequency: Frequency::Monthly,
            owner: None,
            next_due: None,
            done: false,
        })
    }

    /// Due before today and not yet sent.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        !self.done && self.next_due.is_some_and(|d| d < today)
    }

    /// Records that the message went out today: a one-off is done; a recurring one moves to
    /// its next date after today (skipping missed rounds rather than piling them up).
    pub fn mark_sent(&mut self, today: NaiveDate, now: DateTime<Utc>) {
        match self.frequency {
            Frequency::Once => self.done = true,
            f => {
                let mut next = self.next_due.unwrap_or(today);
                while next <= today {
                    match f.after(next) {
                        Some(n) => next = n,
                        None => break,
                    }
                }
                self.next_due = Some(next);
            }
        }
        self.touch(now);
    }
}

/// The plan items that are overdue, most overdue first.
pub fn overdue(plan: &[PlannedMessage], today: NaiveDate) -> Vec<&PlannedMessage> {
    let mut out: Vec<&PlannedMessage> = plan.iter().filter(|m| m.is_overdue(today)).collect();
    sort_by_key(&mut out, |m| m.next_due);
    out
}

/// The plan in the order to work through it: open items by due date (undated last), then
/// the one-offs already sent.
pub fn plan_in_order(plan: &[PlannedMessage]) -> Vec<PlannedMessage> {
    let mut out = plan.to_vec();
    sort_by_key(&mut out, |m| (m.done, m.next_due.is_none(), m.next_due, m.audience));
    out
}

/// Stories newest first.
pub fn stories_in_order(stories: &[Story]) -> Vec<Story> {
    let mut out = stories.to_vec();
    sort_by(&mut out, |a, b| b.day().cmp(&a.day()).then(b.created_at.cmp(&a.created_at)));
    out
}

crate::listed!(Story => communication.stories);
crate::listed!(PlannedMessage => communication.plan);

/// What stops a story from being saved, by form field.
pub fn check_story(s: &Story) -> Vec<super::Problem> {
    problems([
        (blank(&s.title), "title", tr::problem::stories::TITLE),
        (blank(&s.what_changed) && blank(&s.quote), "what_changed", tr::problem::stories::WHAT_CHANGED),
    ])
}

/// What stops a plan item from being saved, by form field.
pub fn check_message(m: &PlannedMessage) -> Vec<super::Problem> {
    problems([(blank(&m.message), "message", tr::problem::stories::MESSAGE)])
}

/// Validation of `partnership.communication` for files.
pub fn check(p: &Partnership, c: &mut Checker) {
    for (i, s) in p.communication.stories.iter().enumerate() {
        let path = Item("communication.stories", i);
        c.record(path, s);
        c.not_blank(format!("{path}.title"), &s.title, tr::problem::what::STORY_TITLE);
        c.date(path, "date", s.date);
    }
    for (i, m) in p.communication.plan.iter().enumerate() {
        let path = Item("communication.plan", i);
        c.record(path, m);
        c.not_blank(format!("{path}.message"), &m.message, tr::problem::what::MESSAGE);
        c.date(path, "next_due", m.next_due);
    }
}

/// Adds the sample's stories and communication plan, relative to `now`.
pub fn add_sample(p: &mut Partnership, now: DateTime<Utc>) {
    let today = now.date_naive();
    let day = |days_ago: i64| today - Duration::days(days_ago);
    let partner = |name: &str| p.partners.iter().find(|x| x.name.starts_with(name)).map(|x| x.id);
    let stories = [
        ("A fridge that is full again", "Marisol, mother of three", 40, true,
         "Since the Saturday market opened, the family buys fresh vegetables every week instead of once a month.",
         "I used to choose between the bus fare and fruit. Now I walk to the market."),
        ("Volunteers who became organisers", "", 95, true,
         "Two long-time volunteers now run the Eastside pantry shifts on their own.",
         "Nobody asked us before. Now they ask us first."),
        ("The school holiday gap", "Head teacher, Eastside Primary", 150, false,
         "Children came back after the summer visibly hungrier; the holiday meal pilot started from this.",
         "We could see it in their faces in September."),
    ];
    for (title, who, ago, consent, what, quote) in stories {
        let mut s = Story::new(title, now);
        s.who = who.into();
        s.date = Some(day(ago));
        s.consent = consent;
        s.what_changed = what.into();
        s.quote = quote.into();
        p.communication.stories.push(s);
    }
    let plan = [
        (Audience::Funders, "Quarterly progress report", "Email + PDF", Frequency::Quarterly, "Riverside Food Bank", -20),
        (Audience::Community, "What we heard and what we did", "Tenants' newsletter", Frequency::Monthly, "Eastside", 5),
        (Audience::Partners, "Partner update and next check-in agenda", "Shared drive", Frequency::Monthly, "Riverside Food Bank", -3),
        (Audience::Media, "Saturday market first anniversary", "Local radio and press", Frequency::Once, "Riverside City", 45),
    ];
    for (audience, message, channel, frequency, owner, due_in) in plan {
        let mut m = PlannedMessage::new(audience, message, now);
        m.channel = channel.into();
        m.frequency = frequency;
        m.owner = partner(owner);
        m.next_due = Some(today + Duration::days(due_in));
        p.communication.plan.push(m);
    }
}

#[cfg(test)]
mod tests;
