//! Retrospective cards gathered on several devices: each card is a record with an id and no
//! author, so the facilitator's copy gets every device's cards from their files.
use std::collections::HashMap;

use super::*;
use crate::model::merge::{merge, ChangeKind};
use crate::model::stamp::{record_edit, Clock};
use crate::model::time::{at, date};

fn t(m: u32) -> DateTime<Utc> {
    at(&format!("2026-10-01T10:{m:02}:00Z"))
}

/// `base` with `well` and `hard` cards added on one device, stamped as the app stamps an edit.
fn device(base: &Partnership, well: &[&str], hard: &[&str], seed: u64, m: u32) -> Partnership {
    let mut p = base.clone();
    let before = p.clone();
    let r = &mut p.learning.retrospectives[0];
    r.went_well.extend(well.iter().map(|x| RetroCard::new(*x, t(m))));
    r.was_hard.extend(hard.iter().map(|x| RetroCard::new(*x, t(m))));
    r.touch(t(m));
    record_edit(&before, &mut p, &mut Clock::new(seed), t(m));
    p
}

fn texts(cards: &[RetroCard]) -> Vec<&str> {
    let mut out: Vec<&str> = cards.iter().map(|c| c.text.as_str()).collect();
    out.sort_unstable();
    out
}

#[test]
fn cards_written_on_two_devices_all_reach_the_facilitator_without_an_author_or_a_conflict() {
    let mut base = Partnership::new("Food for All", t(0));
    base.learning.retrospectives.push(Retrospective::new("Autumn review", date("2026-10-01"), t(0)));
    let files = [
        device(&base, &["Volunteers came every Saturday"], &["The van broke down"], 100, 1),
        device(&base, &["Two new partners joined", "The market opened"], &[], 200, 2),
    ];
    let mut facilitator = device(&base, &[], &["Survey replies fell"], 300, 3);
    for (f, origin) in files.iter().zip(["ana.json", "ben.json"]) {
        let m = merge(&facilitator, f, origin, &HashMap::new(), t(30)).unwrap();
        assert!(m.changes.iter().all(|c| c.kind != ChangeKind::Conflict), "a conflict: {:?}", m.changes);
        facilitator = m.result;
    }
    let r = &facilitator.learning.retrospectives[0];
    assert_eq!(texts(&r.went_well), ["The market opened", "Two new partners joined", "Volunteers came every Saturday"]);
    assert_eq!(texts(&r.was_hard), ["Survey replies fell", "The van broke down"]);
    // A card holds its text and its record header, nothing about who wrote it, not even the
    // file it came in.
    for card in r.went_well.iter().chain(&r.was_hard) {
        let v = serde_json::to_value(card).unwrap();
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert!(keys.iter().all(|k| ["id", "created_at", "updated_at", "text", "at"].contains(k)), "{keys:?}");
    }
    // Merging a file again adds nothing.
    for f in &files {
        assert!(merge(&facilitator, f, "", &HashMap::new(), t(40)).unwrap().is_empty());
    }
}
