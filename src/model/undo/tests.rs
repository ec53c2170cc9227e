use std::collections::HashMap;

use super::*;
use crate::model::merge::merge;
use crate::model::sample::sample;
use crate::model::stamp::{record_edit, Clock};
use crate::model::time::at;
use crate::model::{Partner, Sector};

fn now() -> chrono::DateTime<chrono::Utc> {
    at("2026-11-27T09:00:00Z")
}

/// One tab's edit as the app makes it: change, touch, stamp.
fn edit(p: &Partnership, clock: &mut Clock, f: impl FnOnce(&mut Partnership)) -> Partnership {
    let mut after = p.clone();
    f(&mut after);
    record_edit(p, &mut after, clock, now());
    after
}

/// Tab A made `a_edit`, tab B made `b_edit`; tab A now holds both (B's arrived by a save).
fn two_tabs(
    a_edit: impl FnOnce(&mut Partnership),
    b_edit: impl FnOnce(&mut Partnership),
) -> (Partnership, Partnership, Partnership) {
    let base = sample(now());
    let (mut ca, mut cb) = (Clock::new(1), Clock::new(2));
    let a = edit(&base, &mut ca, a_edit);
    let b = edit(&base, &mut cb, b_edit);
    let both = merge(&a, &b, "", &HashMap::new(), now()).unwrap().result;
    (base, a, both)
}

#[test]
fn undo_in_one_tab_keeps_what_another_tab_saved() {
    // The walk-through: A renames partner 1, B renames partner 2, Undo in A.
    let (base, a, both) = two_tabs(|p| p.partners[0].name = "Renamed in A".into(), |p| p.partners[1].name = "Renamed in B".into());
    assert_eq!(both.partners[1].name, "Renamed in B");
    let undone = revert(&base, &a, &both).unwrap();
    assert_eq!(undone.partners[0].name, base.partners[0].name, "A's own change is taken back");
    assert_eq!(undone.partners[1].name, "Renamed in B", "B's change stays");
}

#[test]
fn undoing_an_addition_removes_it_and_keeps_the_other_tabs_edit() {
    let (base, a, both) = two_tabs(
        |p| p.partners.push(Partner::new("Added in A", Sector::Other, now())),
        |p| p.charter.mission = "Mission from B".into(),
    );
    let undone = revert(&base, &a, &both).unwrap();
    assert!(undone.partners.iter().all(|x| x.name != "Added in A"));
    assert_eq!(undone.charter.mission, "Mission from B");
}

#[test]
fn undoing_a_deletion_brings_the_record_back() {
    let base = sample(now());
    let gone = base.partners.iter().find(|x| base.resources.entries.iter().all(|e| e.partner_id != x.id)).map(|x| x.id);
    let Some(gone) = gone else { return };
    let (base, a, both) = two_tabs(
        |p| {
            p.remove::<Partner>(gone, now());
        },
        |p| p.charter.vision = "Vision from B".into(),
    );
    assert!(both.is_deleted(gone));
    let undone = revert(&base, &a, &both).unwrap();
    assert!(undone.partners.iter().any(|x| x.id == gone));
    assert!(!undone.is_deleted(gone));
    assert_eq!(undone.charter.vision, "Vision from B");
}

#[test]
fn what_another_tab_changed_again_is_not_undone_and_the_place_is_said() {
    let (base, a, _) = two_tabs(|p| p.partners[0].name = "Renamed in A".into(), |_| {});
    // Another tab then renamed the same partner again, after A.
    let mut later = a.clone();
    later.partners[0].name = "Renamed again in B".into();
    let blocked = revert(&base, &a, &later).unwrap_err();
    assert_eq!(blocked.places.len(), 1, "{blocked:?}");
    assert!(blocked.places[0].contains("Renamed again in B") && blocked.places[0].ends_with("name"), "{blocked:?}");
}

#[test]
fn with_nothing_else_changed_undo_gives_the_version_before() {
    let base = sample(now());
    let a = edit(&base, &mut Clock::new(1), |p| p.name = "New name".into());
    assert_eq!(revert(&base, &a, &a).unwrap(), base);
}
