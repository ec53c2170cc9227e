use super::*;
use crate::model::sample::sample;
use crate::model::time::at;
use chrono::Duration;

fn now() -> chrono::DateTime<chrono::Utc> {
    at("2026-11-27T09:00:00Z")
}

/// The walk-through: a partnership made on a laptop whose clock ran three years
/// ahead, then edited here, where an edit stamps the record with this clock's time.
fn from_a_clock_ahead() -> Partnership {
    let mut p = sample(now() + Duration::days(3 * 365));
    p.partners[0].name = "Renamed here".into();
    p.partners[0].updated_at = now();
    p.updated_at = now();
    p
}

#[test]
fn edits_dated_before_their_record_was_made_are_mended_and_said() {
    let p = from_a_clock_ahead();
    let problems = validate(&p);
    assert_eq!(problems.len(), 2, "{problems:?}");
    let (mended, repairs) = repair(&p, problems).expect("mendable");
    assert!(validate(&mended).is_empty());
    assert_eq!(mended.partners[0].name, "Renamed here", "the edit itself is kept");
    assert_eq!(mended.partners[0].updated_at, mended.partners[0].created_at);
    assert_eq!(mended.partners.len(), p.partners.len());
    assert_eq!(repairs.total(), 2);
    assert!(repairs.describe().starts_with("2 edit dates that came before"), "{}", repairs.describe());
}

#[test]
fn a_required_reference_to_a_partner_that_is_gone_removes_only_that_record() {
    let mut p = sample(now());
    let gone = p.partners.remove(0).id;
    let holding: Vec<_> = p.resources.entries.iter().filter(|e| e.partner_id == gone).map(|e| e.id).collect();
    assert!(!holding.is_empty());
    let before = p.resources.entries.len();
    let (mended, repairs) = repair(&p, validate(&p)).expect("mendable");
    assert!(validate(&mended).is_empty(), "{:?}", validate(&mended));
    assert!(mended.resources.entries.len() >= before - holding.len(), "only the records that needed the partner go");
    assert!(mended.resources.entries.iter().all(|e| !holding.contains(&e.id)));
    assert!(repairs.describe().contains("needed a record that no longer exists were removed"), "{}", repairs.describe());
}

#[test]
fn a_record_also_listed_as_deleted_is_kept() {
    let mut p = sample(now());
    let id = p.partners[1].id;
    p.tombstones.push(crate::model::Tombstone { id, kind: "partner".into(), deleted_at: now(), stamp: Default::default() });
    let (mended, repairs) = repair(&p, validate(&p)).expect("mendable");
    assert!(mended.partners.iter().any(|x| x.id == id));
    assert!(!mended.is_deleted(id));
    assert_eq!(repairs.total(), 1);
}

#[test]
fn values_outside_todays_ranges_move_to_the_nearest_allowed() {
    let mut p = sample(now());
    p.measurements[0].value = 1.6e308;
    p.partners[0].created_at = at("2301-01-01T00:00:00Z");
    p.partners[0].updated_at = at("2301-01-01T00:00:00Z");
    let (mended, repairs) = repair(&p, validate(&p)).expect("mendable");
    assert_eq!(mended.measurements[0].value, 1e15);
    assert_eq!(mended.partners[0].created_at, at("2200-12-31T23:59:59Z"));
    assert_eq!(repairs.total(), 3);
}

#[test]
fn what_cannot_be_mended_is_returned() {
    let mut p = sample(now());
    p.name = "  ".into();
    let left = repair(&p, validate(&p)).unwrap_err();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].path, "name");
}

#[test]
fn a_path_reads_into_steps() {
    assert_eq!(
        parse_path("resources.entries[2].partner_id"),
        Some(vec![Step::Key("resources".into()), Step::Key("entries".into()), Step::Index(2), Step::Key("partner_id".into())])
    );
    assert_eq!(parse_path("partnership.updated_at"), Some(vec![Step::Key("updated_at".into())]));
    assert_eq!(parse_path("a[x]"), None);
}
