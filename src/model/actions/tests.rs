use chrono::{Duration, TimeZone};

use super::*;
use crate::model::checkins::ActionItem;
use crate::model::sample::sample;
use crate::model::validate::validate;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    now().date_naive()
}

#[test]
fn the_sample_has_actions_from_every_tool_in_due_order() {
    let p = sample(now());
    let list = all(&p);
    for s in Source::ALL {
        assert!(list.iter().any(|a| a.source == s), "no action from {s:?}");
    }
    let dated: Vec<NaiveDate> = list.iter().filter_map(|a| a.due).collect();
    assert!(dated.windows(2).all(|w| w[0] <= w[1]), "not in due order: {dated:?}");
    let first_undated = list.iter().position(|a| a.due.is_none()).unwrap_or(list.len());
    assert!(list[first_undated..].iter().all(|a| a.due.is_none()), "an undated action came before a dated one");
}

#[test]
fn filters_keep_what_they_say() {
    let mut p = sample(now());
    let partner = p.partners[0].id;
    let meeting = p.check_ins.meetings[0].id;
    let late = ActionItem::new("Send the van schedule", Some(partner), Some(today() - Duration::days(3)), now());
    let late_id = late.id;
    p.upsert_action(meeting, late, now());
    let list = all(&p);
    let shown = |f: Filter| list.iter().filter(|a| f.keeps(a, today())).map(|a| a.id).collect::<Vec<_>>();

    let owed = shown(Filter::owed());
    assert!(owed.contains(&late_id));
    assert!(list.iter().filter(|a| owed.contains(&a.id)).all(|a| a.status.is_open()));
    let theirs = shown(Filter { partner: Some(partner), ..Filter::default() });
    assert!(theirs.contains(&late_id));
    assert!(list.iter().filter(|a| theirs.contains(&a.id)).all(|a| a.owner == Some(partner)));
    let overdue = shown(Filter { overdue_only: true, ..Filter::default() });
    assert!(overdue.contains(&late_id));
    assert_eq!(overdue.len(), overdue_count(&p, today()));
    let plan = shown(Filter { source: Some(Source::Plan), ..Filter::default() });
    assert_eq!(plan.len(), p.communication.plan.len());
    let done = shown(Filter { open: Some(false), ..Filter::default() });
    assert!(!done.contains(&late_id));
}

#[test]
fn marking_done_changes_the_record_where_it_was_made_and_stays_valid() {
    let mut p = sample(now());
    let later = now() + Duration::minutes(5);
    for a in all(&p).into_iter().filter(|a| a.status.is_open()) {
        assert!(mark_done(&mut p, a.source, a.parent, a.id, today(), later), "{:?} {}", a.source, a.what);
        let after = all(&p).into_iter().find(|x| x.id == a.id).unwrap();
        if a.source == Source::Plan && after.status.is_open() {
            // A message that repeats moves on to its next date after today instead.
            assert!(after.due.is_some_and(|d| d > today()) && after.due >= a.due, "{}", a.what);
        } else {
            assert_eq!(after.status, Status::Done, "{:?} {}", a.source, a.what);
        }
    }
    assert_eq!(validate(&p), Vec::new());
    assert!(!mark_done(&mut p, Source::CheckIn, Some(Uuid::nil()), Uuid::nil(), today(), later));
    assert!(!mark_done(&mut p, Source::Commitment, None, Uuid::nil(), today(), later));
}

#[test]
fn the_csv_is_in_the_language_asked_with_iso_dates() {
    let p = sample(now());
    let list = all(&p);
    let text = csv(&p, &list, &Words::english());
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("What,Who,For,Due,Status,Where from"));
    assert_eq!(text.lines().count(), list.len() + 1);
    let dated = list.iter().find(|a| a.due.is_some()).unwrap();
    assert!(text.contains(&dated.due.unwrap().to_string()));
}

#[test]
fn a_commitment_keeps_its_due_date_and_status_through_a_file() {
    let mut p = sample(now());
    let c = &mut p.resources.commitments[0];
    c.due = Some(today());
    c.status = CommitmentStatus::InProgress;
    let text = serde_json::to_string(&p).unwrap();
    let back: Partnership = serde_json::from_str(&text).unwrap();
    assert_eq!(back.resources.commitments[0].due, Some(today()));
    assert_eq!(back.resources.commitments[0].status, CommitmentStatus::InProgress);
    // A commitment from a file of the last version has neither: agreed, no date.
    let mut old: serde_json::Value = serde_json::from_str(&text).unwrap();
    let first = old["resources"]["commitments"][0].as_object_mut().unwrap();
    first.remove("status");
    first.remove("due");
    let back: Partnership = serde_json::from_value(old).unwrap();
    assert_eq!(back.resources.commitments[0].status, CommitmentStatus::Agreed);
}
