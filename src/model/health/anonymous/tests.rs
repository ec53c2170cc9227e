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
