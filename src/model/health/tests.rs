use super::*;
use crate::model::record::new_id;
use crate::model::time::{at, date};

fn t() -> DateTime<Utc> {
    at("2026-05-01T09:00:00Z")
}

/// Ratings giving every statement of `practice` the score `v`.
fn practice_scores(pairs: &[(Practice, u8)]) -> BTreeMap<String, u8> {
    pairs
        .iter()
        .flat_map(|(p, v)| statements_of(*p).map(move |s| (s.key.to_string(), *v)))
        .collect()
}

fn all(v: u8) -> BTreeMap<String, u8> {
    STATEMENTS.iter().map(|s| (s.key.to_string(), v)).collect()
}

fn result(r: &HealthRound, p: Practice) -> PracticeResult {
    r.results().into_iter().find(|x| x.practice == p).expect("every practice has a row")
}

#[test]
fn every_practice_has_at_least_two_statements_with_unique_keys() {
    for p in Practice::ALL {
        assert!(statements_of(p).count() >= 2, "{}", p.label());
    }
    let keys: std::collections::HashSet<_> = STATEMENTS.iter().map(|s| s.key).collect();
    assert_eq!(keys.len(), STATEMENTS.len());
    assert_eq!(statement("goals_smart").map(|s| s.practice), Some(Practice::GoalsAndMetrics));
}

#[test]
fn practice_average_is_the_mean_of_partner_averages() {
    let mut r = HealthRound::new("R", date("2026-05-01"), t());
    let a = new_id();
    let b = new_id();
    // Partner a: 4 and 5 on trust (average 4.5); partner b answered only one trust statement: 2.
    let mut sa = all(3);
    sa.insert("trust_open_conversation".into(), 4);
    sa.insert("trust_contributions_valued".into(), 5);
    r.set_ratings(a, sa, t()).unwrap();
    r.set_ratings(b, [("trust_open_conversation".to_string(), 2)].into(), t()).unwrap();
    let trust = result(&r, Practice::TrustAndRespect);
    assert_eq!(trust.average, Some(3.25));
    assert_eq!(trust.partners, 2);
    assert_eq!(result(&r, Practice::Community).average, Some(3.0), "only a rated it");
}

#[test]
fn spread_is_the_gap_between_the_highest_and_lowest_partner() {
    let mut r = HealthRound::new("R", date("2026-05-01"), t());
    for v in [2, 3, 4] {
        r.set_ratings(new_id(), practice_scores(&[(Practice::Communication, v)]), t()).unwrap();
    }
    let c = result(&r, Practice::Communication);
    assert_eq!(c.spread, Some(Spread { low: 2.0, high: 4.0 }));
    assert_eq!(c.spread.map(Spread::width), Some(2.0));
}

#[test]
fn partners_two_points_apart_disagree() {
    let mut r = HealthRound::new("R", date("2026-05-01"), t());
    let a = new_id();
    r.set_ratings(a, practice_scores(&[(Practice::Innovation, 5), (Practice::Sustainability, 4)]), t()).unwrap();
    r.set_ratings(new_id(), practice_scores(&[(Practice::Innovation, 3), (Practice::Sustainability, 3)]), t()).unwrap();
    assert!(result(&r, Practice::Innovation).disagreement(), "exactly 2 apart");
    assert!(!result(&r, Practice::Sustainability).disagreement(), "1 apart");
    // 1.5 apart on averages: 5,4 (4.5) against 3,3 (3.0).
    let mut sa = practice_scores(&[(Practice::Innovation, 5)]);
    sa.insert("innovation_pivot".into(), 4);
    r.set_ratings(a, sa, t()).unwrap();
    assert!(!result(&r, Practice::Innovation).disagreement());
}

#[test]
fn a_single_partner_has_an_average_but_no_spread() {
    let mut r = HealthRound::new("R", date("2026-05-01"), t());
    r.set_ratings(new_id(), all(4), t()).unwrap();
    let row = result(&r, Practice::TrustAndRespect);
    assert_eq!((row.average, row.spread, row.disagreement()), (Some(4.0), None, false));
}

#[test]
fn an_empty_round_has_no_results() {
    let mut h = HealthCheck::default();
    let r = HealthRound::new("R", date("2026-05-01"), t());
    let id = r.id;
    h.rounds.push(r);
    let cmp = h.compare(id).expect("round exists");
    assert!(cmp.rows.iter().all(|x| x.now.average.is_none() && x.change.is_none()));
    assert_eq!(cmp.weakest(), None);
    assert_eq!(cmp.overall(), None);
    assert!(h.latest_result().is_none(), "nothing rated yet");
    assert!(HealthCheck::default().latest().is_none());
}

#[test]
fn change_is_measured_against_the_round_held_before() {
    let mut h = HealthCheck::default();
    // Entered out of order: the later round first.
    let mut autumn = HealthRound::new("Autumn", date("2026-10-01"), t());
    let mut spring = HealthRound::new("Spring", date("2026-04-01"), t());
    let p = new_id();
    spring.set_ratings(p, all(2), t()).unwrap();
    autumn.set_ratings(p, practice_scores(&[(Practice::Community, 4), (Practice::Celebrating, 1)]), t()).unwrap();
    let (aid, sid) = (autumn.id, spring.id);
    h.rounds.push(autumn);
    h.rounds.push(spring);
    assert_eq!(h.latest().map(|r| r.id), Some(aid));
    let cmp = h.compare(aid).unwrap();
    assert_eq!(cmp.previous, Some(sid));
    let row = |pr: Practice| cmp.rows.iter().find(|r| r.now.practice == pr).copied().unwrap();
    assert_eq!(row(Practice::Community).change, Some(2.0));
    assert_eq!(row(Practice::Celebrating).change, Some(-1.0));
    assert_eq!(row(Practice::Communication).change, None, "not rated this time");
    assert_eq!(row(Practice::Communication).before, Some(2.0));
    let first = h.compare(sid).unwrap();
    assert_eq!(first.previous, None);
    assert!(first.rows.iter().all(|r| r.change.is_none()), "the first round has nothing to compare with");
}

#[test]
fn the_weakest_practice_has_the_lowest_average_first_on_a_tie() {
    let mut h = HealthCheck::default();
    let mut r = HealthRound::new("R", date("2026-05-01"), t());
    let mut scores = all(4);
    for s in statements_of(Practice::Community).chain(statements_of(Practice::Sustainability)) {
        scores.insert(s.key.to_string(), 2);
    }
    r.set_ratings(new_id(), scores, t()).unwrap();
    let id = r.id;
    h.rounds.push(r);
    let cmp = h.compare(id).unwrap();
    assert_eq!(cmp.weakest().map(|w| w.practice), Some(Practice::Community));
    assert_eq!(cmp.overall(), Some(3.5));
}

#[test]
fn a_round_waits_for_partners_who_have_not_rated() {
    let partners: Vec<_> = ["A", "B", "C"]
        .map(|n| crate::model::Partner::new(n, crate::model::Sector::Other, t()))
        .to_vec();
    let mut r = HealthRound::new("R", date("2026-05-01"), t());
    assert_eq!(r.waiting_for(&partners).len(), 3);
    r.set_ratings(partners[1].id, all(3), t()).unwrap();
    assert_eq!(r.waiting_for(&partners), vec![partners[0].id, partners[2].id]);
    assert!(r.waiting_for(&[]).is_empty());
}

#[test]
fn scores_outside_one_to_five_are_refused() {
    let mut r = HealthRound::new("R", date("2026-05-01"), t());
    let err = r.set_ratings(new_id(), [("goals_smart".to_string(), 6)].into(), t()).unwrap_err();
    assert!(err.to_string().contains("6 is not a score from 1 to 5"));
    assert!(r.ratings.is_empty());
}

#[test]
fn re_entering_a_partners_ratings_replaces_them() {
    let mut r = HealthRound::new("R", date("2026-05-01"), t());
    let p = new_id();
    r.set_ratings(p, all(2), t()).unwrap();
    r.set_ratings(p, all(5), t()).unwrap();
    assert_eq!(r.ratings.len(), 1);
    assert_eq!(result(&r, Practice::Strengths).average, Some(5.0));
    r.set_ratings(p, BTreeMap::new(), t()).unwrap();
    assert!(r.ratings.is_empty(), "clearing every answer takes the partner out");
}

#[test]
fn unknown_statement_keys_are_kept_but_not_counted() {
    let mut r = HealthRound::new("R", date("2026-05-01"), t());
    let mut scores = practice_scores(&[(Practice::Strengths, 4)]);
    scores.insert("from_a_newer_version".into(), 1);
    r.set_ratings(new_id(), scores, t()).unwrap();
    assert_eq!(result(&r, Practice::Strengths).average, Some(4.0));
    assert_eq!(r.ratings[0].scores.len(), 3);
}

#[test]
fn a_removed_partners_ratings_still_count_in_past_rounds() {
    let t0 = t();
    let mut p = Partnership::new("X", t0);
    let partner = crate::model::Partner::new("Grocer", crate::model::Sector::Corporate, t0);
    let pid = partner.id;
    p.upsert(partner, t0);
    let mut r = HealthRound::new("R", date("2026-05-01"), t0);
    r.set_ratings(pid, all(3), t0).unwrap();
    p.add_health_round(r, t0);
    p.remove::<crate::model::Partner>(pid, t0);
    let (_, cmp) = p.health.latest_result().expect("still has a result");
    assert_eq!(cmp.overall(), Some(3.0), "what was said in a past round stays said");
}

#[test]
fn the_sample_has_two_rounds_with_community_weakest_and_a_disagreement() {
    let p = crate::model::sample::sample(at("2026-11-27T09:00:00Z"));
    assert_eq!(p.health.rounds.len(), 2);
    let (latest, cmp) = p.health.latest_result().expect("rated");
    assert_eq!(latest.name, "Autumn round");
    assert_eq!(latest.ratings.len(), 6);
    assert_eq!(cmp.weakest().map(|w| w.practice), Some(Practice::Community));
    assert!(cmp.rows.iter().any(|r| r.now.practice == Practice::Sustainability && r.now.disagreement()));
    assert!(cmp.rows.iter().all(|r| r.change.is_some()));
}

#[test]
fn deleting_a_round_leaves_a_tombstone() {
    let mut p = Partnership::new("X", t());
    let r = HealthRound::new("R", date("2026-05-01"), t());
    let id = r.id;
    p.add_health_round(r, t());
    assert!(p.remove::<HealthRound>(id, t()).is_some());
    assert!(p.health.rounds.is_empty() && p.is_deleted(id));
}

#[test]
fn bad_scores_in_a_file_are_problems_with_their_place() {
    let mut p = Partnership::new("X", t());
    let mut r = HealthRound::new("R", date("2026-05-01"), t());
    let who = new_id();
    r.ratings.push(PartnerRatings { partner: who, scores: [("goals_smart".to_string(), 0)].into(), extra: Extra::new() });
    r.ratings.push(PartnerRatings { partner: who, scores: BTreeMap::new(), extra: Extra::new() });
    p.health.rounds.push(r);
    let mut c = Checker::default();
    check(&mut c, &p);
    let paths: Vec<_> = c.problems.iter().map(|x| x.path.as_str()).collect();
    assert_eq!(paths, vec!["health.rounds[0].ratings[0].scores.goals_smart", "health.rounds[0].ratings[1].partner"]);
}

#[test]
fn every_statement_has_its_own_message() {
    let texts: Vec<&str> = STATEMENTS.iter().map(|s| crate::i18n::english(s.text_key())).collect();
    for (s, text) in STATEMENTS.iter().zip(&texts) {
        assert!(text.len() > 20, "{}: {text:?}", s.key);
        assert_eq!(texts.iter().filter(|t| *t == text).count(), 1, "{} shares its text", s.key);
    }
}
