//! Check-ins (regular communication): how often the partners meet, the meetings they held or
//! planned, and the action items that came out of them. The rules here decide when the next
//! check-in is due and what is overdue; "today" is always an argument.
use chrono::{DateTime, Duration, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::{new_id, take_by_id, Extra, Record};
use super::check::Checker;
use super::Partnership;
use crate::model::check::Item;
use super::order::sort_by;

/// Everything about check-ins, as one field of the partnership.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckIns {
    /// How often the partners mean to meet; `None` until they agree on it.
    #[serde(default)]
    pub cadence: Option<Cadence>,
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    #[serde(flatten)]
    pub extra: Extra,
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

    /// "every 2 weeks", "every month".
    pub fn describe(self) -> String {
        let unit = self.unit.key();
        if self.every == 1 {
            format!("every {}", unit.trim_end_matches('s'))
        } else {
            format!("every {} {unit}", self.every)
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
        Meeting {
            id: new_id(),
            created_at: now,
            updated_at: now,
            date,
            attendees: Vec::new(),
            agenda: String::new(),
            notes: String::new(),
            decisions: Vec::new(),
            actions: Vec::new(),
            extra: Extra::new(),
        }
    }
}

impl ActionItem {
    pub fn new(text: impl Into<String>, owner: Option<Uuid>, due: Option<NaiveDate>, now: DateTime<Utc>) -> ActionItem {
        ActionItem {
            id: new_id(),
            created_at: now,
            updated_at: now,
            text: text.into(),
            owner,
            due,
            done: false,
            extra: Extra::new(),
        }
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
pub fn check_action(text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.is_empty() {
        Err("Say what needs to be done.".into())
    } else {
        Ok(text.to_string())
    }
}

/// Problems in stored check-ins, with paths below `check_ins`.
pub fn check(c: &mut Checker, p: &Partnership) {
    if let Some(cadence) = p.check_ins.cadence {
        if cadence.every == 0 {
            c.problem("check_ins.cadence.every", "the cadence must be at least 1");
        }
    }
    for (i, m) in p.check_ins.meetings.iter().enumerate() {
        let path = Item("check_ins.meetings", i);
        c.unique_id(path, m.id);
        c.times(path, m.created_at, m.updated_at);
        if p.is_deleted(m.id) {
            c.problem(format!("{path}.id"), "this meeting is also listed as deleted");
        }
        for (j, a) in m.actions.iter().enumerate() {
            let path = format!("{path}.actions[{j}]");
            c.unique_id(&path, a.id);
            c.times(&path, a.created_at, a.updated_at);
            c.not_blank(format!("{path}.text"), &a.text, "the action item's text");
            if p.is_deleted(a.id) {
                c.problem(format!("{path}.id"), "this action item is also listed as deleted");
            }
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
mod tests {
    use super::*;
    use crate::model::time::{at, date};
    use crate::model::{Partner, Sector};

    fn with_meetings(cadence: Option<Cadence>, dates: &[&str]) -> CheckIns {
        let t = at("2026-01-01T00:00:00Z");
        CheckIns {
            cadence,
            meetings: dates.iter().map(|d| Meeting::new(date(d), t)).collect(),
            extra: Extra::new(),
        }
    }

    const FORTNIGHTLY: Option<Cadence> = Some(Cadence { every: 2, unit: CadenceUnit::Weeks });

    #[test]
    fn next_check_in_is_one_cadence_after_the_last_meeting() {
        let c = with_meetings(FORTNIGHTLY, &["2026-03-02", "2026-03-16", "2026-02-16"]);
        assert_eq!(c.next(date("2026-03-20")), NextCheckIn::On { date: date("2026-03-30"), overdue: false });
    }

    #[test]
    fn a_check_in_is_overdue_the_day_after_it_was_due() {
        let c = with_meetings(FORTNIGHTLY, &["2026-03-16"]);
        assert_eq!(c.next(date("2026-03-30")), NextCheckIn::On { date: date("2026-03-30"), overdue: false });
        assert_eq!(c.next(date("2026-03-31")), NextCheckIn::On { date: date("2026-03-30"), overdue: true });
    }

    #[test]
    fn a_planned_meeting_is_the_next_check_in() {
        let c = with_meetings(FORTNIGHTLY, &["2026-01-05", "2026-04-10", "2026-04-02"]);
        // Without the plan this would be long overdue (19 Jan).
        assert_eq!(c.next(date("2026-03-31")), NextCheckIn::On { date: date("2026-04-02"), overdue: false });
        let no_cadence = with_meetings(None, &["2026-04-02"]);
        assert_eq!(no_cadence.next(date("2026-03-31")), NextCheckIn::On { date: date("2026-04-02"), overdue: false });
    }

    #[test]
    fn without_cadence_or_meetings_the_next_check_in_is_open() {
        assert_eq!(with_meetings(None, &[]).next(date("2026-03-31")), NextCheckIn::Unknown);
        assert_eq!(with_meetings(None, &["2026-03-01"]).next(date("2026-03-31")), NextCheckIn::Unknown);
        assert_eq!(with_meetings(FORTNIGHTLY, &[]).next(date("2026-03-31")), NextCheckIn::First);
    }

    #[test]
    fn monthly_cadence_keeps_to_the_calendar() {
        let monthly = Cadence { every: 1, unit: CadenceUnit::Months };
        assert_eq!(monthly.after(date("2026-01-31")), Some(date("2026-02-28")));
        assert_eq!(Cadence { every: 10, unit: CadenceUnit::Days }.after(date("2026-01-25")), Some(date("2026-02-04")));
        assert_eq!(monthly.describe(), "every month");
        assert_eq!(FORTNIGHTLY.unwrap().describe(), "every 2 weeks");
    }

    #[test]
    fn an_action_is_overdue_after_its_due_day_unless_done() {
        let t = at("2026-01-01T00:00:00Z");
        let mut a = ActionItem::new("Call the council", None, Some(date("2026-03-10")), t);
        assert!(!a.is_overdue(date("2026-03-10")), "due today is not late");
        assert!(a.is_overdue(date("2026-03-11")));
        a.done = true;
        assert!(!a.is_overdue(date("2026-03-11")));
        let undated = ActionItem::new("Someday", None, None, t);
        assert!(!undated.is_overdue(date("2030-01-01")));
    }

    #[test]
    fn overdue_actions_are_listed_most_late_first() {
        let t = at("2026-01-01T00:00:00Z");
        let mut c = with_meetings(None, &["2026-03-01", "2026-03-08"]);
        c.meetings[0].actions.push(ActionItem::new("A", None, Some(date("2026-03-09")), t));
        c.meetings[1].actions.push(ActionItem::new("B", None, Some(date("2026-03-05")), t));
        c.meetings[1].actions.push(ActionItem::new("C", None, Some(date("2026-03-20")), t));
        let late = c.overdue_actions(date("2026-03-12"));
        let texts: Vec<_> = late.iter().map(|o| (o.action.text.as_str(), o.days_late)).collect();
        assert_eq!(texts, vec![("B", 7), ("A", 3)]);
        assert_eq!(late[0].meeting, c.meetings[1].id);
        assert!(with_meetings(None, &[]).overdue_actions(date("2026-03-12")).is_empty());
    }

    #[test]
    fn deleting_a_meeting_buries_it_and_its_actions() {
        let t = at("2026-01-01T00:00:00Z");
        let mut p = Partnership::new("X", t);
        let m = Meeting::new(date("2026-01-10"), t);
        let mid = m.id;
        p.upsert(m, t);
        let a = ActionItem::new("Call", None, None, t);
        let aid = a.id;
        assert!(p.upsert_action(mid, a, t));
        p.remove::<Meeting>(mid, t).expect("was there");
        assert!(p.check_ins.meetings.is_empty());
        assert!(p.is_deleted(mid) && p.is_deleted(aid));
    }

    #[test]
    fn editing_a_meeting_keeps_its_action_items() {
        let t = at("2026-01-01T00:00:00Z");
        let mut p = Partnership::new("X", t);
        let mut m = Meeting::new(date("2026-01-10"), t);
        p.upsert(m.clone(), t);
        p.upsert_action(m.id, ActionItem::new("Call", None, None, t), t);
        m.agenda = "Budget".into();
        p.upsert(m, at("2026-01-11T00:00:00Z"));
        assert_eq!(p.check_ins.meetings[0].agenda, "Budget");
        assert_eq!(p.check_ins.meetings[0].actions.len(), 1);
    }

    #[test]
    fn ticking_and_deleting_an_action() {
        let t = at("2026-01-01T00:00:00Z");
        let mut p = Partnership::new("X", t);
        let m = Meeting::new(date("2026-01-10"), t);
        let mid = m.id;
        p.upsert(m, t);
        let a = ActionItem::new("Call", None, Some(date("2026-01-12")), t);
        let aid = a.id;
        p.upsert_action(mid, a, t);
        assert_eq!(p.check_ins.overdue_actions(date("2026-02-01")).len(), 1);
        p.set_action_done(mid, aid, true, t);
        assert!(p.check_ins.overdue_actions(date("2026-02-01")).is_empty());
        assert_eq!(p.delete_action(mid, aid, t).map(|a| a.text), Some("Call".into()));
        assert!(p.is_deleted(aid));
        assert!(!p.upsert_action(new_id(), ActionItem::new("x", None, None, t), t), "no such meeting");
    }

    #[test]
    fn a_removed_partners_actions_are_kept_without_an_owner_name() {
        let t = at("2026-01-01T00:00:00Z");
        let mut p = Partnership::new("X", t);
        let partner = Partner::new("Grocer", Sector::Corporate, t);
        let pid = partner.id;
        p.upsert(partner, t);
        let mut m = Meeting::new(date("2026-01-10"), t);
        m.attendees.push(pid);
        let mid = m.id;
        p.upsert(m, t);
        p.upsert_action(mid, ActionItem::new("Deliver", Some(pid), Some(date("2026-01-11")), t), t);
        p.remove::<Partner>(pid, t);
        let late = p.check_ins.overdue_actions(date("2026-01-20"));
        assert_eq!(late.len(), 1, "the action still has to be done by someone");
        assert_eq!(p.partner_name(late[0].action.owner.unwrap_or_default()), "(removed partner)");
        assert_eq!(p.check_ins.meetings[0].attendees, vec![pid], "history is kept");
    }

    #[test]
    fn blank_actions_and_zero_cadence_are_problems() {
        let t = at("2026-01-01T00:00:00Z");
        let mut p = Partnership::new("X", t);
        p.check_ins.cadence = Some(Cadence { every: 0, unit: CadenceUnit::Days });
        let mut m = Meeting::new(date("2026-01-10"), t);
        m.actions.push(ActionItem::new(" ", None, None, t));
        p.check_ins.meetings.push(m);
        let mut c = Checker::default();
        check(&mut c, &p);
        let paths: Vec<_> = c.problems.iter().map(|x| x.path.as_str()).collect();
        assert_eq!(paths, vec!["check_ins.cadence.every", "check_ins.meetings[0].actions[0].text"]);
        assert_eq!(check_action("  "), Err("Say what needs to be done.".into()));
    }

    #[test]
    fn the_sample_has_three_past_meetings_and_one_overdue_action() {
        let now = at("2026-11-27T09:00:00Z");
        let p = crate::model::sample::sample(now);
        let today = now.date_naive();
        assert_eq!(p.check_ins.meetings.len(), 3);
        assert!(p.check_ins.meetings.iter().all(|m| m.date < today));
        assert_eq!(p.check_ins.overdue_actions(today).len(), 1);
        assert!(matches!(p.check_ins.next(today), NextCheckIn::On { overdue: false, .. }));
    }

    #[test]
    fn cadence_units_round_trip() {
        for u in CadenceUnit::ALL {
            assert_eq!(CadenceUnit::from_key(u.key()), Some(u));
            assert_eq!(serde_json::to_string(&u).unwrap(), format!("\"{}\"", u.key()));
        }
    }
}
