use std::collections::{BTreeMap, HashMap};

use super::*;
use crate::model::merge::{merge, ChangeKind};
use crate::model::stamp::{record_edit, Clock};
use crate::model::time::at;
use crate::model::{Partner, Partnership, Sector};

fn t(m: u32) -> DateTime<Utc> {
    at(&format!("2026-03-10T10:{m:02}:00Z"))
}

fn scores(base: u8) -> BTreeMap<String, u8> {
    super::super::STATEMENTS.iter().enumerate().map(|(i, s)| (s.key.to_string(), 1 + (base + i as u8) % 5)).collect()
}

fn partnership() -> Partnership {
    let mut p = Partnership::new("Food for All", t(0));
    for name in ["Pantry", "Grocer", "Council", "School", "Clinic", "Library"] {
        p.partners.push(Partner::new(name, Sector::Other, t(0)));
    }
    p.health.rounds.push(HealthRound::new_anonymous("Spring", t(0).date_naive(), t(0)));
    p
}

#[test]
fn six_devices_rate_anonymously_and_the_facilitator_gets_all_six_without_a_conflict_or_a_name() {
    let base = partnership();
    let files: Vec<Partnership> = (0..6u8)
        .map(|i| {
            let mut p = base.clone();
            let before = p.clone();
            p.health.rounds[0].rate_anonymously(new_rater(), scores(i), t(1 + u32::from(i))).unwrap();
            record_edit(&before, &mut p, &mut Clock::new(100 + u64::from(i)), t(1 + u32::from(i)));
            p
        })
        .collect();
    let mut facilitator = base.clone();
    for f in &files {
        let m = merge(&facilitator, f, "", &HashMap::new(), t(30)).unwrap();
        assert!(m.changes.iter().all(|c| c.kind != ChangeKind::Conflict), "a conflict: {:?}", m.changes);
        facilitator = m.result;
    }
    let round = &facilitator.health.rounds[0];
    assert_eq!(round.answered(), 6);
    assert!(round.results().iter().all(|r| r.partners == 6));
    // Nothing in the file ties a score to a partner.
    let partners: Vec<String> = facilitator.partners.iter().map(|p| p.id.to_string()).collect();
    let ratings = serde_json::to_string(&round.ratings).unwrap();
    assert!(partners.iter().all(|id| !ratings.contains(id.as_str())), "{ratings}");
    // Merging any file again changes nothing.
    for f in &files {
        assert!(merge(&facilitator, f, "", &HashMap::new(), t(40)).unwrap().is_empty());
    }
}

#[test]
fn a_rater_changes_their_own_answer_and_a_named_round_stays_as_it_was() {
    let mut p = partnership();
    let me = new_rater();
    p.health.rounds[0].rate_anonymously(me, scores(0), t(1)).unwrap();
    p.health.rounds[0].rate_anonymously(me, scores(3), t(2)).unwrap();
    assert_eq!(p.health.rounds[0].answered(), 1);
    assert_eq!(p.health.rounds[0].ratings_of_rater(me).unwrap().scores, scores(3));
    // A named round's file has no `anonymous` field, as before.
    let named = HealthRound::new("Autumn", t(0).date_naive(), t(0));
    assert!(!serde_json::to_string(&named).unwrap().contains("anonymous"));
    let anon = serde_json::to_string(&p.health.rounds[0]).unwrap();
    assert!(anon.contains(r#""anonymous":true"#));
}

/// The round rated by three tokens, as the facilitator's copy would hold it.
fn rated() -> Partnership {
    let mut p = partnership();
    for i in 0..3u8 {
        let before = p.clone();
        p.health.rounds[0].rate_anonymously(new_rater(), scores(i), t(1 + u32::from(i))).unwrap();
        record_edit(&before, &mut p, &mut Clock::new(200 + u64::from(i)), t(1 + u32::from(i)));
    }
    p
}

#[test]
fn the_exported_file_and_the_stored_copy_carry_no_name_or_partner_for_an_anonymous_rating() {
    use crate::model::file::{compact_json, export_json, read};
    let p = rated();
    for text in [export_json(&p, t(50)), compact_json(&p, t(50))] {
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        // The round with its ratings, their stamps and any earlier versions it remembers.
        let health = v["partnership"]["health"].to_string();
        assert!(health.contains(r#""anonymous":true"#), "{health}");
        for partner in &p.partners {
            assert!(!health.contains(&partner.id.to_string()), "{} in {health}", partner.name);
            assert!(!health.contains(&partner.name), "{} in {health}", partner.name);
        }
        let back = read(&text).unwrap().partnership;
        assert_eq!(back.health.rounds[0].answered(), 3);
        assert!(back.health.rounds[0].anonymous);
    }
}

#[test]
fn nobody_is_waited_for_by_name_and_the_merge_review_calls_a_token_an_anonymous_rater() {
    use crate::model::merge::slot_words;
    let p = rated();
    let round = &p.health.rounds[0];
    assert!(round.waiting_for(&p.partners).is_empty());
    let token = round.ratings[0].partner.to_string();
    assert_eq!(slot_words(&p, &format!("ratings/{token}")), "an anonymous rater's ratings");
    let one = slot_words(&p, &format!("ratings/{token}/scores/goals_smart"));
    assert!(one.starts_with("an anonymous rater's rating of “Our goals"), "{one}");
    // A partner in a named round keeps their name.
    let pantry = p.partners[0].id;
    assert_eq!(slot_words(&p, &format!("ratings/{pantry}")), "ratings of Pantry");
}

#[test]
fn the_order_of_the_ratings_does_not_say_who_rated_first() {
    let mut round = HealthRound::new_anonymous("Spring", t(0).date_naive(), t(0));
    let tokens: Vec<Uuid> = (0..8).map(|_| new_rater()).collect();
    for (i, token) in tokens.iter().enumerate() {
        round.rate_anonymously(*token, scores(i as u8), t(1 + i as u32)).unwrap();
    }
    let stored: Vec<Uuid> = round.ratings.iter().map(|r| r.partner).collect();
    let mut sorted = tokens.clone();
    sorted.sort_unstable();
    assert_eq!(stored, sorted);
}

#[test]
fn an_anonymous_rounds_results_know_they_speak_of_answers() {
    let mut p = partnership();
    p.health.rounds[0].rate_anonymously(new_rater(), scores(0), t(1)).unwrap();
    let id = p.health.rounds[0].id;
    assert!(p.health.compare(id).unwrap().anonymous);
    let mut named = HealthRound::new("Autumn", t(5).date_naive(), t(5));
    named.set_ratings(p.partners[0].id, scores(1), t(6)).unwrap();
    let named_id = named.id;
    p.health.rounds.push(named);
    assert!(!p.health.compare(named_id).unwrap().anonymous);
    // The overview's card reads the latest round that has ratings.
    assert!(!p.health.latest_result().unwrap().1.anonymous);
}
