use super::*;
use crate::model::time::{at, date};
use crate::model::Sector;

fn partners(t: DateTime<Utc>) -> Vec<Partner> {
    vec![
        Partner::new("Pantry", Sector::NonProfit, t),
        Partner::new("Grocer", Sector::Corporate, t),
        Partner::new("Council", Sector::Government, t),
    ]
}

fn text(mission: &str) -> CharterText {
    CharterText { mission: mission.into(), values: vec!["Dignity".into()], ..CharterText::default() }
}

/// A charter saying "Feed everyone", signed by the first of three partners on 2 March.
fn signed_by_the_first() -> (DateTime<Utc>, Vec<Partner>, Charter) {
    let t = at("2026-03-02T15:00:00Z");
    let ps = partners(t);
    let mut c = Charter::new(t);
    c.revise(&text("Feed everyone"), t);
    c.sign(ps[0].id, t);
    (t, ps, c)
}

#[test]
fn signing_records_the_date_per_partner() {
    let (_, ps, c) = signed_by_the_first();
    assert_eq!(c.state_of(ps[0].id), SignOffState::Signed { on: date("2026-03-02") });
    assert_eq!(c.state_of(ps[1].id), SignOffState::NotSigned);
    let s = c.summary(&ps);
    assert_eq!((s.signed, s.not_signed, s.needs_reconfirmation, s.partners), (1, 2, 0, 3));
    assert!(!s.all_signed());
}

#[test]
fn editing_the_text_after_sign_off_needs_reconfirmation() {
    // The same instant throughout: re-confirmation must not depend on the clock moving.
    let (t, ps, mut c) = signed_by_the_first();
    c.sign(ps[1].id, t);
    assert!(c.revise(&text("Feed everyone, with dignity"), t));
    assert_eq!(c.state_of(ps[0].id), SignOffState::NeedsReconfirmation { signed_on: date("2026-03-02") });
    assert_eq!(c.summary(&ps).needs_reconfirmation, 2);
    c.sign(ps[0].id, at("2026-03-09T10:00:00Z"));
    assert_eq!(c.state_of(ps[0].id), SignOffState::Signed { on: date("2026-03-09") });
    assert_eq!(c.state_of(ps[1].id), SignOffState::NeedsReconfirmation { signed_on: date("2026-03-02") });
}

#[test]
fn saving_the_same_words_is_not_an_edit() {
    let (t, ps, mut c) = signed_by_the_first();
    let mut same = text("  Feed everyone \n");
    same.values.push("   ".into());
    assert!(!c.would_change(&same));
    assert!(!c.revise(&same, t));
    assert_eq!(c.signers(&ps), 1);
    assert_eq!(c.state_of(ps[0].id), SignOffState::Signed { on: date("2026-03-02") });
}

#[test]
fn changing_a_partners_commitment_needs_reconfirmation() {
    let t = at("2026-03-02T15:00:00Z");
    let ps = partners(t);
    let mut c = Charter::new(t);
    assert!(c.set_terms(ps[1].id, "Fair notice", "Weekly surplus", t));
    c.sign(ps[0].id, t);
    assert!(!c.set_terms(ps[1].id, "Fair notice ", "Weekly surplus", t), "unchanged");
    assert!(!c.set_terms(ps[2].id, "", "", t), "nothing written for a new partner");
    assert_eq!(c.state_of(ps[0].id), SignOffState::Signed { on: date("2026-03-02") });
    assert!(c.set_terms(ps[1].id, "Fair notice", "Surplus twice a week", t));
    assert!(matches!(c.state_of(ps[0].id), SignOffState::NeedsReconfirmation { .. }));
}

#[test]
fn signing_is_not_an_edit() {
    let (t, ps, mut c) = signed_by_the_first();
    c.sign(ps[1].id, t);
    c.withdraw(ps[1].id, t);
    assert_eq!(c.state_of(ps[0].id), SignOffState::Signed { on: date("2026-03-02") });
    assert_eq!(c.state_of(ps[1].id), SignOffState::NotSigned);
    assert_eq!(c.sign_offs.len(), 1);
}

#[test]
fn a_removed_partners_sign_off_no_longer_counts() {
    let t = at("2026-03-02T15:00:00Z");
    let mut p = crate::model::Partnership::new("X", t);
    for partner in partners(t) {
        p.upsert(partner, t);
    }
    let gone = p.partners[2].id;
    p.charter.sign(gone, t);
    p.charter.sign(p.partners[0].id, t);
    p.remove::<Partner>(gone, t);
    let s = p.charter.summary(&p.partners);
    assert_eq!((s.partners, s.signed, s.not_signed), (2, 1, 1));
    assert_eq!(p.partner_name(gone), "(removed partner)");
}

#[test]
fn everyone_signed_only_with_partners() {
    let t = at("2026-03-02T15:00:00Z");
    let c = Charter::new(t);
    assert!(!c.summary(&[]).all_signed(), "no partners: nobody has agreed to anything");
    let ps = partners(t);
    let mut c = c;
    for partner in &ps {
        c.sign(partner.id, t);
    }
    assert!(c.summary(&ps).all_signed());
}

#[test]
fn a_charter_from_an_older_file_is_blank() {
    let c: Charter = serde_json::from_str(r#"{"id":"00000000-0000-0000-0000-000000000000","created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}"#).unwrap();
    assert!(c.is_blank());
    assert_eq!(c.revision, 0);
    assert!(Charter::default().is_blank());
}

#[test]
fn the_sample_charter_shows_every_sign_off_state() {
    let p = crate::model::sample::sample(at("2026-11-27T09:00:00Z"));
    assert!(!p.charter.mission.is_empty());
    let s = p.charter.summary(&p.partners);
    assert_eq!((s.signed, s.needs_reconfirmation, s.not_signed), (4, 1, 1));
}

#[test]
fn list_fields_take_one_entry_per_line() {
    assert_eq!(lines("Dignity\n\n  Trust  \n"), vec!["Dignity", "Trust"]);
}

#[test]
fn signing_a_revision_that_does_not_exist_is_a_problem() {
    let t = at("2026-03-02T15:00:00Z");
    let mut c = Charter::new(t);
    c.sign(new_id(), t);
    c.sign_offs[0].revision = 4;
    c.values.push(" ".into());
    let mut checker = Checker::default();
    check(&mut checker, &c);
    let paths: Vec<_> = checker.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, vec!["charter.values[0]", "charter.sign_offs[0].revision"]);
}

#[test]
fn the_last_revision_of_a_crafted_file_stays_the_last() {
    let t = at("2026-01-01T00:00:00Z");
    let mut c = Charter::new(t);
    c.revision = u32::MAX;
    assert!(c.revise(&text("Feed everyone"), t));
    assert_eq!(c.revision, u32::MAX);
}
