use super::*;
use crate::model::file::compact_json;
use crate::model::time::at;
use crate::model::validate::validate;

fn now() -> DateTime<Utc> {
    at("2026-11-27T09:00:00Z")
}

#[test]
fn the_same_seed_gives_the_same_file() {
    let a = partnership_of(SMALL, 7, now());
    let b = partnership_of(SMALL, 7, now());
    assert_eq!(compact_json(&a, now()), compact_json(&b, now()));
}

#[test]
fn another_seed_gives_another_file() {
    let a = partnership_of(SMALL, 7, now());
    let b = partnership_of(SMALL, 8, now());
    assert_ne!(a.id, b.id);
    assert_ne!(compact_json(&a, now()), compact_json(&b, now()));
}

#[test]
fn the_large_partnership_has_the_issue_sizes_and_is_valid() {
    let p = large_partnership(1, now());
    assert_eq!(p.partners.len(), 200);
    assert_eq!(p.resources.entries.len(), 2_000);
    assert_eq!(p.goals.len(), 50);
    assert_eq!(p.metrics.len(), 100);
    assert_eq!(p.measurements.len(), 20_000);
    assert_eq!(p.community.inputs.len(), 500);
    assert_eq!(p.ideas.ideas.len(), 300);
    assert_eq!(validate(&p), vec![]);
    // The other tools come along from the sample.
    assert!(!p.check_ins.meetings.is_empty());
    assert!(!p.health.rounds.is_empty());
    assert!(!p.communication.stories.is_empty());
    assert!(!p.learning.milestones.is_empty());
    assert!(!p.sustainability.funding.is_empty());
}

#[test]
fn ids_are_random_again_outside_the_generator() {
    let _ = partnership_of(SMALL, 7, now());
    assert_ne!(crate::model::record::new_id(), crate::model::record::new_id());
    let a = with_seeded_ids(3, crate::model::record::new_id);
    assert_eq!(a, with_seeded_ids(3, crate::model::record::new_id));
    assert_ne!(a, crate::model::record::new_id());
}

#[test]
fn a_modified_copy_edits_a_few_percent_and_merges_cleanly() {
    let p = partnership_of(SMALL, 7, now());
    let later = at("2026-12-20T09:00:00Z");
    let q = modified_copy(&p, 7, later);
    assert_eq!(validate(&q), vec![]);
    assert_eq!(q.id, p.id, "another group's copy of the same partnership");
    assert!(q.tombstones.len() > p.tombstones.len(), "some deletions");
    assert!(q.partners.iter().any(|x| x.name.ends_with("(renamed)")));
    assert_eq!(compact_json(&q, later), compact_json(&modified_copy(&p, 7, later), later));
    let merged = crate::model::merge::merge(&p, &q, "Group B", &Default::default(), later).expect("merges");
    assert!(!merged.changes.is_empty());
    assert_eq!(merged.result.measurements.len(), q.measurements.len());
}
