use super::*;
use crate::model::record::{new_id, Extra};
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
    let [en, es, fr] = crate::i18n::every_language();
    assert_eq!(monthly.describe(&en), "every month");
    assert_eq!(FORTNIGHTLY.unwrap().describe(&en), "every 2 weeks");
    assert_eq!(FORTNIGHTLY.unwrap().describe(&es), "cada 2 semanas");
    assert_eq!(monthly.describe(&fr), "chaque mois");
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

/// A partnership made on 1 January with one meeting, on 10 January, and no actions yet.
fn one_meeting() -> (DateTime<Utc>, Partnership, Uuid) {
    let t = at("2026-01-01T00:00:00Z");
    let mut p = Partnership::new("X", t);
    let m = Meeting::new(date("2026-01-10"), t);
    let mid = m.id;
    p.upsert(m, t);
    (t, p, mid)
}

#[test]
fn deleting_a_meeting_buries_it_and_its_actions() {
    let (t, mut p, mid) = one_meeting();
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
    let (t, mut p, mid) = one_meeting();
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

#[test]
fn an_edited_action_keeps_its_id_and_tick_and_follows_its_new_due_date() {
    let (t, mut p, mid) = one_meeting();
    let mut a = ActionItem::new("Call", None, Some(date("2026-01-12")), t);
    p.upsert_action(mid, a.clone(), t);
    p.set_action_done(mid, a.id, true, t);
    a = p.check_ins.meetings[0].actions[0].clone();
    (a.text, a.due) = ("Call the council".into(), Some(date("2026-03-01")));
    let later = at("2026-01-20T00:00:00Z");
    p.upsert_action(mid, a.clone(), later);
    let stored = &p.check_ins.meetings[0].actions;
    assert_eq!(stored.len(), 1, "the edit replaced the item, by its id");
    assert_eq!((stored[0].id, stored[0].text.as_str(), stored[0].done), (a.id, "Call the council", true));
    assert_eq!(stored[0].updated_at, later);
    assert_eq!(p.check_ins.meetings[0].updated_at, later, "the meeting knows it changed");
}
