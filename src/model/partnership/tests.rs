use super::*;
use crate::model::time::at;
use crate::model::Sector;

#[test]
fn deleting_a_partner_leaves_a_tombstone() {
    let t0 = at("2026-01-01T00:00:00Z");
    let t1 = at("2026-01-02T00:00:00Z");
    let mut p = Partnership::new("Food for All", t0);
    let a = Partner::new("Pantry", Sector::NonProfit, t0);
    let id = a.id;
    p.upsert(a, t0);
    let removed = p.remove::<Partner>(id, t1).expect("partner was there");
    assert_eq!(removed.name, "Pantry");
    assert!(p.partners.is_empty());
    assert!(p.is_deleted(id));
    assert_eq!(p.tombstones[0].kind, "partner");
    assert_eq!(p.tombstones[0].deleted_at, t1);
    assert_eq!(p.updated_at, t1);
    assert!(p.remove::<Partner>(id, t1).is_none(), "deleting twice is a no-op");
    assert_eq!(p.tombstones.len(), 1);
}

#[test]
fn upsert_replaces_by_id_and_touches() {
    let t0 = at("2026-01-01T00:00:00Z");
    let t1 = at("2026-01-05T00:00:00Z");
    let mut p = Partnership::new("X", t0);
    let mut a = Partner::new("Pantry", Sector::NonProfit, t0);
    p.upsert(a.clone(), t0);
    a.name = "City Pantry".into();
    p.upsert(a, t1);
    assert_eq!(p.partners.len(), 1);
    assert_eq!(p.partners[0].name, "City Pantry");
    assert_eq!(p.partners[0].updated_at, t1);
    assert_eq!(p.partners[0].created_at, t0);
    assert_eq!(p.partners[0].extra["history"], serde_json::json!(["2026-01-01T00:00:00Z"]));
}

#[test]
fn an_edit_on_a_clock_running_behind_still_moves_the_version_forward() {
    // The screens know a record's version by `updated_at`: an edit that left it as it was
    // (a partner's laptop years behind a file's times) was never redrawn.
    let ahead = at("2029-06-01T00:00:00Z");
    let mut a = Partner::new("A", Sector::Funder, ahead);
    a.touch(at("2026-01-01T00:00:00Z"));
    assert_eq!(a.updated_at, at("2029-06-01T00:00:00.001Z"));
    assert_eq!(a.extra["history"], serde_json::json!(["2029-06-01T00:00:00Z"]));
    // The same moment is not a new version (a new record stored when it is made).
    a.touch(at("2029-06-01T00:00:00.001Z"));
    assert_eq!(a.extra["history"].as_array().unwrap().len(), 1);
}

#[test]
fn history_keeps_only_the_latest_versions() {
    let mut a = Partner::new("A", Sector::Funder, at("2026-01-01T00:00:00Z"));
    for day in 2..=20 {
        a.touch(at(&format!("2026-01-{day:02}T00:00:00Z")));
    }
    let h = a.extra["history"].as_array().unwrap();
    assert_eq!(h.len(), crate::model::record::HISTORY_DEPTH);
    assert_eq!(h.last().unwrap(), "2026-01-19T00:00:00Z");
}

#[test]
fn duplicate_gets_a_new_id_but_keeps_record_ids() {
    let t0 = at("2026-01-01T00:00:00Z");
    let mut p = Partnership::new("X", t0);
    p.upsert(Partner::new("A", Sector::Funder, t0), t0);
    let copy = p.duplicate("Copy of X", at("2026-02-01T00:00:00Z"));
    assert_ne!(copy.id, p.id);
    assert_eq!(copy.name, "Copy of X");
    assert_eq!(copy.partners[0].id, p.partners[0].id);
}

#[test]
fn record_count_counts_every_list_and_nested_records() {
    let t0 = at("2026-01-01T00:00:00Z");
    let mut p = Partnership::new("X", t0);
    // A new partnership starts with the resource map's usual categories.
    let start = p.resources.categories.len();
    assert!(start > 0);
    assert_eq!(p.record_count(), start);
    p.upsert(Partner::new("A", Sector::Funder, t0), t0);
    p.upsert(Partner::new("B", Sector::Funder, t0), t0);
    let id = p.partners[0].id;
    p.remove::<Partner>(id, t0);
    p.community.inputs.push(crate::model::community::Input::new(new_id(), "More buses", t0));
    p.ideas.ideas.push(crate::model::ideas::Idea::new("Night bus", t0));
    let mut meeting = crate::model::checkins::Meeting::new(t0.date_naive(), t0);
    let action = crate::model::checkins::ActionItem::new("Ask the council", None, None, t0);
    meeting.actions.extend([action.clone(), action]);
    p.check_ins.meetings.push(meeting);
    // One partner, its tombstone, an input, an idea, a meeting and its two actions.
    assert_eq!(p.record_count(), start + 7);
}

#[test]
fn a_large_partnership_keeps_fewer_undo_steps() {
    let t0 = at("2026-01-01T00:00:00Z");
    let mut p = Partnership::new("X", t0);
    assert_eq!(p.undo_depth(), UNDO_MAX_STEPS);
    let reading = crate::model::metrics::Measurement::new(new_id(), t0.date_naive(), 1.0, t0);
    p.measurements = vec![reading; 10_000];
    let start = p.resources.categories.len();
    assert_eq!(p.undo_depth(), UNDO_RECORD_BUDGET / (10_000 + start + 1));
    p.measurements.extend(p.measurements.clone());
    p.measurements.extend(p.measurements.clone());
    p.measurements.extend(p.measurements.clone());
    assert_eq!(p.record_count(), 80_000 + start);
    assert_eq!(p.undo_depth(), UNDO_MIN_STEPS);
}
