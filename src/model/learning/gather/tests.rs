use std::collections::HashMap;

use super::*;
use crate::model::learning::RetroCard;
use crate::model::merge::{merge, ChangeKind};
use crate::model::stamp::{record_edit, Clock};
use crate::model::time::{at, date};

fn t(m: u32) -> DateTime<Utc> {
    at(&format!("2026-10-01T10:{m:02}:00Z"))
}

/// `p` after `edit`, stamped as the app stamps an edit made on device `seed`.
fn edited(p: &Partnership, seed: u64, m: u32, edit: impl FnOnce(&mut Retrospective)) -> Partnership {
    let mut after = p.clone();
    let r = &mut after.learning.retrospectives[0];
    edit(r);
    r.touch(t(m));
    record_edit(p, &mut after, &mut Clock::new(seed), t(m));
    after
}

/// The facilitator's copy: a retrospective started to gather hidden, as sent to every device.
fn started() -> Partnership {
    let p = Partnership::new("Food for All", t(0));
    let mut with = p.clone();
    let mut retro = Retrospective::new("Autumn review", date("2026-10-01"), t(0));
    retro.gather_hidden = true;
    with.learning.retrospectives.push(retro);
    record_edit(&p, &mut with, &mut Clock::new(1), t(0));
    with
}

fn write(text: &'static str, m: u32) -> impl FnOnce(&mut Retrospective) {
    move |r| r.was_hard.push(RetroCard::new(text, t(m)))
}

#[test]
fn gathering_hidden_is_kept_in_the_file_and_older_files_show_their_cards() {
    let p = started();
    let json = serde_json::to_string(&p.learning.retrospectives[0]).unwrap();
    assert!(json.contains(r#""gather_hidden":true"#), "{json}");
    let back: Retrospective = serde_json::from_str(&json).unwrap();
    assert!(!back.shows_cards());
    // A retrospective from before this mode (or gathered openly) has no such field.
    let open = Retrospective::new("Spring", date("2026-04-01"), t(0));
    let json = serde_json::to_string(&open).unwrap();
    assert!(!json.contains("gather_hidden"));
    assert!(serde_json::from_str::<Retrospective>(&json).unwrap().shows_cards());
}

#[test]
fn showing_the_cards_ends_gathering_and_is_an_edit() {
    let mut r = started().learning.retrospectives[0].clone();
    r.reveal(t(5));
    assert!(r.shows_cards());
    assert_eq!(r.updated_at, t(5));
    // Showing them again changes nothing.
    r.reveal(t(9));
    assert_eq!(r.updated_at, t(5));
}

#[test]
fn cards_from_files_stay_hidden_in_the_review_until_the_facilitator_shows_them() {
    let base = started();
    let ana = edited(&base, 100, 1, write("The van broke down", 1));
    let facilitator = edited(&base, 300, 2, write("Survey replies fell", 2));
    let m = merge(&facilitator, &ana, "ana.json", &HashMap::new(), t(10)).unwrap();
    let added: Vec<_> = m.changes.iter().filter(|c| c.kind == ChangeKind::Added).collect();
    assert_eq!(added.len(), 1, "{:?}", m.changes);
    assert_eq!(added[0].label, "A hidden card");
    let review = format!("{:?}", m.changes);
    assert!(!review.contains("The van broke down"), "{review}");
    // The card itself is merged as written, and the retrospective still gathers hidden.
    let r = &m.result.learning.retrospectives[0];
    assert!(!r.shows_cards());
    let mut texts: Vec<&str> = r.was_hard.iter().map(|c| c.text.as_str()).collect();
    texts.sort_unstable();
    assert_eq!(texts, ["Survey replies fell", "The van broke down"]);

    // Shown: a later file's cards come in by their text, and the device's older "hidden"
    // does not hide them again.
    let shown = edited(&m.result, 300, 20, |r| r.reveal(t(20)));
    let ben = edited(&base, 200, 3, write("Two partners left", 3));
    let m = merge(&shown, &ben, "ben.json", &HashMap::new(), t(30)).unwrap();
    assert!(m.changes.iter().all(|c| c.kind != ChangeKind::Conflict), "{:?}", m.changes);
    assert!(m.result.learning.retrospectives[0].shows_cards());
    assert!(m.changes.iter().any(|c| c.kind == ChangeKind::Added && c.label == "Two partners left"), "{:?}", m.changes);
}
