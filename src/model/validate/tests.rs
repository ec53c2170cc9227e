use super::*;
use crate::model::time::at;
use crate::model::{Partner, Sector};

fn partnership() -> Partnership {
    let t = at("2026-01-01T00:00:00Z");
    let mut p = Partnership::new("Food for All", t);
    p.upsert(Partner::new("Pantry", Sector::NonProfit, t), t);
    p.upsert(Partner::new("Grocer", Sector::Corporate, t), t);
    p
}

#[test]
fn a_partner_both_present_and_deleted_is_a_problem() {
    let mut p = partnership();
    let t = at("2026-02-01T00:00:00Z");
    let id = p.partners[1].id;
    p.tombstones.push(crate::model::Tombstone { id, deleted_at: t, kind: "partner".into(), stamp: Default::default() });
    assert_eq!(validate(&p), vec![Problem::new("partners[1].id", "this partner is also listed as deleted")]);
}

#[test]
fn a_sound_partnership_has_no_problems() {
    assert_eq!(validate(&partnership()), vec![]);
}

#[test]
fn every_problem_is_reported_with_its_place() {
    let mut p = partnership();
    p.name = "  ".into();
    p.partners[0].name = String::new();
    p.partners[1].updated_at = at("2025-01-01T00:00:00Z");
    let problems = validate(&p);
    let paths: Vec<&str> = problems.iter().map(|x| x.path.as_str()).collect();
    assert_eq!(paths, vec!["name", "partners[0].name", "partners[1].updated_at"]);
}

#[test]
fn duplicate_ids_are_problems_but_duplicate_names_are_not() {
    let mut p = partnership();
    p.partners[1].id = p.partners[0].id;
    p.partners[1].name = "pantry ".into();
    let problems = validate(&p);
    assert_eq!(problems, vec![Problem::new(
        "partners[1].id",
        format!("the id {} is used by another record", p.partners[0].id)
    )]);
}

#[test]
fn a_live_record_that_is_also_deleted_is_a_problem() {
    let mut p = partnership();
    let id = p.partners[0].id;
    p.bury("partner", id, at("2026-01-02T00:00:00Z"));
    assert_eq!(validate(&p)[0].path, "partners[0].id");
}

#[test]
fn large_lists_with_many_deleted_records_are_checked_in_linear_time() {
    use crate::model::community::{Activity, ActivityKind, Input, Response, ResponseStatus};
    use crate::model::resources::{Entry, EntryKind, Strength};
    const N: usize = 20_000;
    let t = at("2026-01-01T00:00:00Z");
    let mut p = partnership();
    let partner = p.partners[0].id;
    let category = p.resources.add_category("Food", t).unwrap();
    for i in 0..N {
        p.resources.entries.push(Entry::new(partner, EntryKind::Offer, category, format!("Crates {i}"), Strength::Small, t));
        p.tombstones.push(crate::model::Tombstone { id: crate::model::record::new_id(), deleted_at: t, kind: "resource_entry".into(), stamp: Default::default() });
    }
    let activity = Activity::new(ActivityKind::Survey, "Spring survey", t);
    for i in 0..N {
        let input = Input::new(activity.id, format!("Said {i}"), t);
        p.community.responses.push(Response::new(input.id, "Done", ResponseStatus::Done, t));
        p.community.inputs.push(input);
    }
    p.community.activities.push(activity);
    let started = std::time::Instant::now();
    assert_eq!(validate(&p), vec![]);
    eprintln!("{N} entries, tombstones, inputs and responses validated in {:?}", started.elapsed());
}

#[test]
fn a_deletion_dated_outside_the_years_is_a_problem() {
    let mut p = partnership();
    p.tombstones.push(crate::model::Tombstone { id: crate::model::record::new_id(), deleted_at: chrono::DateTime::<chrono::Utc>::MAX_UTC, kind: "partner".into(), stamp: Default::default() });
    assert_eq!(validate(&p), vec![Problem::new("tombstones[0].deleted_at", "is outside the years 1900 to 2200; check the year")]);
}
