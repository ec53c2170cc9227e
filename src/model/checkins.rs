//! Check-ins (regular communication): how often the partners meet, the meetings they held or
//! planned, and the action items that came out of them. The rules here decide when the next
//! check-in is due and what is overdue; "today" is always an argument.
use crate::i18n::{tr, Msg};
use chrono::{DateTime, Duration, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::{take_by_id, Record};
use super::check::Checker;
use super::Partnership;
use crate::model::check::Item;
use super::order::sort_by;

crate::section! {
    /// Everything about check-ins, as one field of the partnership.
    pub struct CheckIns {
        /// How often the partners mean to meet; `None` until they agree on it.
        pub cadence: Option<Cadence>,
        pub meetings: Vec<Meeting>,
    } + extra
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cadence {
    pub every: u32,
    pub unit: CadenceUnit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CadenceUnit {
    Days,
    Weeks,
    Months,
}

impl CadenceUnit {
    pub const ALL: [CadenceUnit; 3] = [CadenceUnit::Days, CadenceUnit::Weeks, CadenceUnit::Months];

    pub fn key(self) -> &'static str {
        match self {
            CadenceUnit::Days => "days",
            CadenceUnit::Weeks => "weeks",
            CadenceUnit::Months => "months",
        }
    }

    pub fn from_key(key: &str) -> Option<CadenceUnit> {
        CadenceUnit::ALL.into_iter().find(|u| u.key() == key)
    }
}

impl Cadence {
    /// The day one interval after `from`; a month after 31 January is the last day of
    /// February. `None` only for dates beyond chrono's range.
    pub fn after(self, from: NaiveDate) -> Option<NaiveDate> {
        let n = self.every.max(1);
        match self.unit {
            CadenceUnit::Days => from.checked_add_signed(Duration::days(n.into())),
            CadenceUnit::Weeks => from.checked_add_signed(Duration::weeks(n.into())),
            CadenceUnit::Months => from.checked_add_months(Months::new(n)),
        }
    }

    /// "every 2 weeks", "every month", in `w`'s language.
    pub fn describe(self, w: &crate::i18n::Words) -> String {
        use crate::i18n::tr::checkins;
        let n = i64::from(self.every);
        match self.unit {
            CadenceUnit::Days => checkins::every_days(w, n),
            CadenceUnit::Weeks => checkins::every_weeks(w, n),
            CadenceUnit::Months => checkins::every_months(w, n),
        }
    }
}

crate::record! {
    pub struct Meeting("meeting") {
        #[serde(with = "crate::model::time::day")]
        pub date: NaiveDate,
        /// The partners who took part.
        #[serde(default)]
        pub attendees: Vec<Uuid>,
        #[serde(default)]
        pub agenda: String,
        #[serde(default)]
        pub notes: String,
        #[serde(default)]
        pub decisions: Vec<String>,
        #[serde(default)]
        pub actions: Vec<ActionItem>,
    }
}

crate::record! {
    pub struct ActionItem("action_item") {
        pub text: String,
        /// The partner who will do it.
        #[serde(default)]
        pub owner: Option<Uuid>,
        #[serde(default)]
        pub due: Option<NaiveDate>,
        #[serde(default)]
        pub done: bool,
    }
}

impl Meeting {
    pub fn new(date: NaiveDate, now: DateTime<Utc>) -> Meeting {
        crate::new_record!(now, Meeting {
            date,
            attendees: Vec::new(),
            agenda: String::new(),
            notes: String::new(),
            decisions: Vec::new(),
            actions: Vec::new(),
        })
    }
}

impl ActionItem {
    pub fn new(text: impl Into<String>, owner: Option<Uuid>, due: Option<NaiveDate>, now: DateTime<Utc>) -> ActionItem {
        crate::new_record!(now, ActionItem {
            text: text.into(),
            owner,
            due,
            done: false,
        })
    }

    /// Not done and its due day has passed (due today is not yet overdue).
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        !self.done && self.due.is_some_and(|d| d < today)
    }
}

/// When the next check-in is, and whether it is late.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextCheckIn {
    /// No meeting planned and no cadence to plan one from.
    Unknown,
    /// A cadence but no meeting yet: hold the first one.
    First,
    On { date: NaiveDate, overdue: bool },
}

/// An overdue action item with the meeting it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct OverdueAction {
    pub meeting: Uuid,
    pub meeting_date: NaiveDate,
    pub action: ActionItem,
    pub days_late: i64,
}

impl CheckIns {
    /// Meetings newest first, as the page lists them.
    pub fn meetings_newest_first(&self) -> Vec<Meeting> {
        let mut list = self.meetings.clone();
        sort_by(&mut list, |a, b| b.date.cmp(&a.date).then(b.created_at.cmp(&a.created_at)));
        list
    }

    /// The last meeting held on or before `today`.
    pub fn last_held(&self, today: NaiveDate) -> Option<&Meeting> {
        self.meetings.iter().filter(|m| m.date <= today).max_by_key(|m| m.date)
    }

    /// A meeting already planned after `today` is the next check-in; otherwise it follows
    /// from the last meeting held and the cadence. It is overdue once that day has passed.
    pub fn next(&self, today: NaiveDate) -> NextCheckIn {
        if let Some(planned) = self.meetings.iter().map(|m| m.date).filter(|d| *d > today).min() {
            return NextCheckIn::On { date: planned, overdue: false };
        }
        let Some(cadence) = self.cadence else { return NextCheckIn::Unknown };
        match self.last_held(today).and_then(|m| cadence.after(m.date)) {
            Some(date) => NextCheckIn::On { date, overdue: date < today },
            None => NextCheckIn::First,
        }
    }

    /// Every open action item whose due day has passed, most overdue first.
    pub fn overdue_actions(&self, today: NaiveDate) -> Vec<OverdueAction> {
        let mut list: Vec<OverdueAction> = self
            .meetings
            .iter()
            .flat_map(|m| {
                m.actions.iter().filter(|a| a.is_overdue(today)).map(move |a| OverdueAction {
                    meeting: m.id,
                    meeting_date: m.date,
                    action: a.clone(),
                    days_late: a.due.map_or(0, |d| (today - d).num_days()),
                })
            })
            .collect();
        sort_by(&mut list, |a, b| b.days_late.cmp(&a.days_late).then(a.action.text.cmp(&b.action.text)));
        list
    }

    /// Action items not yet done, across meetings.
    pub fn open_action_count(&self) -> usize {
        self.meetings.iter().flat_map(|m| &m.actions).filter(|a| !a.done).count()
    }

    pub fn meeting_mut(&mut self, id: Uuid) -> Option<&mut Meeting> {
        super::record::find_mut(&mut self.meetings, id)
    }
}

crate::listed!(Meeting => check_ins.meetings {
    /// Saving a meeting saves its own fields and keeps the action items it has (they are
    /// edited one by one, see [`Partnership::upsert_action`]).
    fn before_upsert(&mut self, p: &mut Partnership, _now: DateTime<Utc>) {
        if let Some(existing) = p.check_ins.meeting_mut(self.id) {
            self.actions = std::mem::take(&mut existing.actions);
        }
    }
    /// Its action items go with it, with tombstones.
    fn cascade(removed: &Meeting, p: &mut Partnership, now: DateTime<Utc>) {
        for a in &removed.actions {
            p.bury(ActionItem::KIND, a.id, now);
        }
    }
});

impl Partnership {
    /// Adds or replaces (by id) an action item of a meeting. False if the meeting is gone.
    pub fn upsert_action(&mut self, meeting: Uuid, mut action: ActionItem, now: DateTime<Utc>) -> bool {
        let Some(m) = self.check_ins.meeting_mut(meeting) else { return false };
        action.touch(now);
        match super::record::find_mut(&mut m.actions, action.id) {
            Some(existing) => *existing = action,
            None => m.actions.push(action),
        }
        m.touch(now);
        self.touch(now);
        true
    }

    pub fn set_action_done(&mut self, meeting: Uuid, action: Uuid, done: bool, now: DateTime<Utc>) {
        if let Some(m) = self.check_ins.meeting_mut(meeting) {
            if let Some(a) = super::record::find_mut(&mut m.actions, action) {
                a.done = done;
                a.touch(now);
                m.touch(now);
            }
        }
        self.touch(now);
    }

    pub fn delete_action(&mut self, meeting: Uuid, action: Uuid, now: DateTime<Utc>) -> Option<ActionItem> {
        let m = self.check_ins.meeting_mut(meeting)?;
        let removed = take_by_id(&mut m.actions, action)?;
        m.touch(now);
        self.bury(ActionItem::KIND, action, now);
        Some(removed)
    }
}

/// What stops a meeting form from being saved.
pub fn check_action(text: &str) -> Result<String, Msg> {
    let text = text.trim();
    if text.is_empty() {
        Err(tr::problem::checkins::ACTION.into())
    } else {
        Ok(text.to_string())
    }
}

/// Problems in stored check-ins, with paths below `check_ins`.
pub fn check(c: &mut Checker, p: &Partnership) {
    if let Some(cadence) = p.check_ins.cadence {
        if cadence.every == 0 {
            c.problem("check_ins.cadence.every", tr::problem::checkins::CADENCE);
        }
    }
    for (i, m) in p.check_ins.meetings.iter().enumerate() {
        let path = Item("check_ins.meetings", i);
        c.record(path, m);
        c.not_deleted(path, m.id, tr::problem::what::THIS_MEETING);
        c.date(path, "date", m.date);
        for (j, a) in m.actions.iter().enumerate() {
            let path = format!("{path}.actions[{j}]");
            c.unique_id(&path, a.id);
            c.times(&path, a.created_at, a.updated_at);
            c.not_blank(format!("{path}.text"), &a.text, tr::problem::what::ACTION_ITEM_TEXT);
            c.not_deleted(&path, a.id, tr::problem::what::THIS_ACTION_ITEM);
            c.date(&path, "due", a.due);
        }
    }
}

/// Days ago, attendees (indexes into the partners), agenda, notes, decisions.
type MeetingSeed = (i64, &'static [usize], &'static str, &'static str, &'static [&'static str]);

/// Three past four-weekly check-ins for the sample, with decisions and action items: some done,
/// one overdue, one due soon.
pub fn add_sample(p: &mut Partnership, now: DateTime<Utc>) {
    let today = now.date_naive();
    let ids: Vec<Uuid> = p.partners.iter().map(|x| x.id).collect();
    let owner = |i: usize| ids.get(i).copied();
    let day = |days_ago: i64| today - Duration::days(days_ago);
    p.check_ins.cadence = Some(Cadence { every: 4, unit: CadenceUnit::Weeks });
    let seeds: [MeetingSeed; 3] = [
        (
            70,
            &[0, 1, 2, 3, 4],
            "Winter demand at the pantries\nSaturday market pilot",
            "Demand at the east pantry is up a fifth since November. FreshMart can add a Thursday pick-up.",
            &["Pilot a fresh-produce stall at the Saturday market for six weeks."],
        ),
        (
            42,
            &[0, 1, 3, 4, 5],
            "Market pilot: first results\nSurvey design",
            "Stall reached about 140 households in three weeks; residents asked for cooking demos.",
            &["Keep the stall through spring.", "The university designs the household survey with the tenants."],
        ),
        (
            14,
            &[0, 2, 3, 4, 5],
            "Survey timetable\nQuarterly report to the Harvest Foundation",
            "Council data sharing agreement is with their lawyers.",
            &["Report goes out on the first of the month, drafted by the food bank."],
        ),
    ];
    let actions: [&[(&str, usize, i64, bool)]; 3] = [
        &[("Arrange the Thursday pick-up rota", 1, 56, true), ("Book the market stall", 3, 63, true)],
        &[("Draft the household survey", 5, 21, true), ("Print flyers for the cooking demo", 3, 28, true)],
        &[
            ("Send the data-sharing agreement back signed", 2, 3, false),
            ("Draft the quarterly report", 0, -12, false),
        ],
    ];
    for ((days_ago, attendees, agenda, notes, decisions), acts) in seeds.into_iter().zip(actions) {
        let held = now - Duration::days(days_ago);
        let mut m = Meeting::new(day(days_ago), held);
        m.attendees = attendees.iter().filter_map(|i| owner(*i)).collect();
        m.agenda = agenda.into();
        m.notes = notes.into();
        m.decisions = decisions.iter().map(|d| d.to_string()).collect();
        for (text, who, due_ago, done) in acts {
            let mut a = ActionItem::new(*text, owner(*who), Some(day(*due_ago)), held);
            a.done = *done;
            m.actions.push(a);
        }
        p.check_ins.meetings.push(m);
    }
}

#[cfg(test)]
mod tests;
