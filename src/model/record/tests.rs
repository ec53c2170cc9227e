//! The one record API: `record!` keeps the file's field order, `Partnership::upsert` stamps
//! and places a record, `Partnership::remove` leaves a tombstone and runs the type's cascade.
use serde_json::json;

use crate::model::causes::Symptom;
use crate::model::goals::Goal;
use crate::model::resources::{Entry, EntryKind, Strength};
use crate::model::stories::Story;
use crate::model::time::at;
use crate::model::{Partner, Partnership, Sector};

fn t0() -> chrono::DateTime<chrono::Utc> {
    at("2026-01-01T00:00:00Z")
}

fn t1() -> chrono::DateTime<chrono::Utc> {
    at("2026-02-01T00:00:00Z")
}

#[test]
fn a_declared_record_writes_its_header_first_and_keeps_unknown_fields() {
    let mut s = Symptom::new("Queues", t0());
    s.extra.insert("from_newer_app".into(), json!(1));
    let text = serde_json::to_string(&s).unwrap();
    let keys: Vec<&str> = ["\"id\"", "\"created_at\"", "\"updated_at\"", "\"text\"", "\"from_newer_app\""]
        .into_iter()
        .filter(|k| text.contains(k))
        .collect();
    assert_eq!(keys.len(), 5, "{text}");
    let mut positions: Vec<usize> = keys.iter().map(|k| text.find(k).unwrap()).collect();
    let in_order = positions.clone();
    positions.sort();
    assert_eq!(positions, in_order, "fields in declaration order: {text}");
    assert_eq!(serde_json::from_str::<Symptom>(&text).unwrap(), s);
}

#[test]
fn upsert_stamps_the_record_and_touches_the_partnership() {
    let mut p = Partnership::new("X", t0());
    p.upsert(Story::new("Full fridge", t0()), t1());
    let story = &p.communication.stories[0];
    assert_eq!((story.created_at, story.updated_at), (t0(), t1()));
    assert_eq!(story.extra["history"], json!(["2026-01-01T00:00:00Z"]));
    assert_eq!(p.updated_at, t1());
}

#[test]
fn upsert_pushes_a_record_it_does_not_have() {
    let mut p = Partnership::new("X", t0());
    p.upsert(Goal::new("Fewer hungry children", t0()), t0());
    p.upsert(Goal::new("A market every Saturday", t0()), t0());
    let statements: Vec<&str> = p.goals.iter().map(|g| g.statement.as_str()).collect();
    assert_eq!(statements, ["Fewer hungry children", "A market every Saturday"]);
}

#[test]
fn upsert_replaces_the_record_with_the_same_id_in_place() {
    let mut p = Partnership::new("X", t0());
    let first = Goal::new("First", t0());
    let mut second = Goal::new("Second", t0());
    p.upsert(first.clone(), t0());
    p.upsert(second.clone(), t0());
    second.statement = "Second, sharper".into();
    p.upsert(second, t1());
    assert_eq!(p.goals.len(), 2);
    assert_eq!(p.goals[0].id, first.id);
    assert_eq!(p.goals[1].statement, "Second, sharper");
    assert_eq!(p.goals[1].updated_at, t1());
}

#[test]
fn remove_leaves_a_tombstone_of_the_records_kind() {
    let mut p = Partnership::new("X", t0());
    let s = Story::new("Full fridge", t0());
    let id = s.id;
    p.upsert(s, t0());
    let removed = p.remove::<Story>(id, t1()).expect("was there");
    assert_eq!(removed.title, "Full fridge");
    assert!(p.communication.stories.is_empty());
    assert_eq!((p.tombstones[0].id, p.tombstones[0].kind.as_str()), (id, "story"));
    assert_eq!(p.tombstones[0].deleted_at, t1());
    assert_eq!(p.updated_at, t1());
}

#[test]
fn removing_a_partner_runs_its_cascade_through_the_resource_map() {
    let mut p = Partnership::new("X", t0());
    let category = p.resources.ordered_categories()[0].id;
    let grocer = Partner::new("Grocer", Sector::Corporate, t0());
    let offer = Entry::new(grocer.id, EntryKind::Offer, category, "Van", Strength::Large, t0());
    let (grocer_id, offer_id) = (grocer.id, offer.id);
    p.upsert(grocer, t0());
    p.upsert(offer, t0());
    p.remove::<Partner>(grocer_id, t1()).expect("was there");
    assert!(p.resources.entries.is_empty(), "its offers go with it");
    assert!(p.is_deleted(grocer_id) && p.is_deleted(offer_id));
    assert_eq!(p.tombstones[0].kind, "partner");
    assert_eq!(p.tombstones[1].kind, "resource_entry");
}

#[test]
fn removing_what_is_not_there_changes_nothing() {
    let mut p = Partnership::new("X", t0());
    let before = p.clone();
    assert!(p.remove::<Goal>(crate::model::record::new_id(), t1()).is_none());
    assert_eq!(p, before);
}
