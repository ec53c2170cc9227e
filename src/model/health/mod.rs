//! The health check: a periodic self-assessment in which every partner rates the same fixed
//! statements from 1 (not at all) to 5 (fully), two for each of the eight practices in the
//! seed article. Results per practice: the average, the spread between partners (flagged when
//! they disagree by 2 points or more), and the change since the previous round.
//!
//! Statements are stored by a stable key, so rewording one never breaks an old file; a key
//! this version does not know (from a newer one) is kept and left out of the results.
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::{new_id, Extra, Record};
use super::check::Checker;
use super::Partnership;
use crate::model::check::Item;
use super::order::sort_by;

pub const MIN_SCORE: u8 = 1;
pub const MAX_SCORE: u8 = 5;
/// Partners whose averages for a practice differ by this much or more disagree.
pub const DISAGREEMENT: f64 = 2.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Practice {
    TrustAndRespect,
    GoalsAndMetrics,
    Strengths,
    Community,
    Innovation,
    Communication,
    Celebrating,
    Sustainability,
}

impl Practice {
    pub const ALL: [Practice; 8] = [
        Practice::TrustAndRespect,
        Practice::GoalsAndMetrics,
        Practice::Strengths,
        Practice::Community,
        Practice::Innovation,
        Practice::Communication,
        Practice::Celebrating,
        Practice::Sustainability,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Practice::TrustAndRespect => "Trust and respect",
            Practice::GoalsAndMetrics => "Clear goals and metrics",
            Practice::Strengths => "Leveraging strengths",
            Practice::Community => "Community engagement",
            Practice::Innovation => "Innovation and flexibility",
            Practice::Communication => "Communication",
            Practice::Celebrating => "Celebrating and learning",
            Practice::Sustainability => "Sustainability",
        }
    }
}

/// One statement partners rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Statement {
    /// Stored in files; never change it.
    pub key: &'static str,
    pub practice: Practice,
    pub text: &'static str,
}

const fn s(key: &'static str, practice: Practice, text: &'static str) -> Statement {
    Statement { key, practice, text }
}

/// The fixed statements, in the order they are asked; each one paraphrases the seed article.
pub const STATEMENTS: [Statement; 16] = [
    s("trust_open_conversation", Practice::TrustAndRespect,
      "We talk openly and honestly with each other about our goals, values and expectations."),
    s("trust_contributions_valued", Practice::TrustAndRespect,
      "Each partner's unique contribution is recognised and valued."),
    s("goals_smart", Practice::GoalsAndMetrics,
      "Our goals are specific, measurable, achievable, relevant and time-bound."),
    s("goals_outcomes_measured", Practice::GoalsAndMetrics,
      "We measure the difference we make in the community, not only our outputs, and adapt to what we learn."),
    s("strengths_mapped", Practice::Strengths,
      "We know what each partner can contribute: expertise, networks, funding, technology."),
    s("strengths_used", Practice::Strengths,
      "Our work draws on every partner's strengths to tackle root causes, not just symptoms."),
    s("community_co_design", Practice::Community,
      "Community members help design and carry out what we do."),
    s("community_input_reflected", Practice::Community,
      "We ask the community for input regularly, and people can see their views reflected in our work."),
    s("innovation_experiments", Practice::Innovation,
      "New ideas and experiments are welcome here, and a failure is treated as something to learn from."),
    s("innovation_pivot", Practice::Innovation,
      "We change course when we learn what works and what does not."),
    s("communication_in_the_loop", Practice::Communication,
      "Every partner is kept in the loop about progress, challenges and successes."),
    s("communication_external", Practice::Communication,
      "We tell funders, the community and the media about our impact, with stories as well as data."),
    s("celebrating_milestones", Practice::Celebrating,
      "We acknowledge our milestones and achievements, however small."),
    s("celebrating_safe_to_fail", Practice::Celebrating,
      "It is safe to talk honestly about what went wrong and why."),
    s("sustainability_funding", Practice::Sustainability,
      "Our funding does not depend on a single source."),
    s("sustainability_local_capacity", Practice::Sustainability,
      "We are building local capacity and community engagement that will outlast this partnership."),
];

pub fn statement(key: &str) -> Option<&'static Statement> {
    STATEMENTS.iter().find(|s| s.key == key)
}

pub fn statements_of(practice: Practice) -> impl Iterator<Item = &'static Statement> {
    STATEMENTS.iter().filter(move |s| s.practice == practice)
}

/// Every round, as one field of the partnership.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HealthCheck {
    #[serde(default)]
    pub rounds: Vec<HealthRound>,
    #[serde(flatten)]
    pub extra: Extra,
}

crate::record! {
    pub struct HealthRound("health_round") {
        /// e.g. "Spring 2026".
        pub name: String,
        #[serde(with = "crate::model::time::day")]
        pub held_on: NaiveDate,
        #[serde(default)]
        pub ratings: Vec<PartnerRatings>,
    }
}

/// One partner's answers in one round: statement key → score. A statement left out was
/// skipped ("don't know"), which is different from a low score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartnerRatings {
    pub partner: Uuid,
    #[serde(default)]
    pub scores: BTreeMap<String, u8>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl HealthRound {
    pub fn new(name: impl Into<String>, held_on: NaiveDate, now: DateTime<Utc>) -> HealthRound {
        HealthRound {
            id: new_id(),
            created_at: now,
            updated_at: now,
            name: name.into(),
            held_on,
            ratings: Vec::new(),
            extra: Extra::new(),
        }
    }

    pub fn ratings_of(&self, partner: Uuid) -> Option<&PartnerRatings> {
        self.ratings.iter().find(|r| r.partner == partner)
    }

    /// The partners (of those in the partnership now) who have not rated in this round yet.
    pub fn waiting_for(&self, partners: &[super::Partner]) -> Vec<Uuid> {
        partners.iter().map(|p| p.id).filter(|id| self.ratings_of(*id).is_none()).collect()
    }

    /// Replaces `partner`'s answers. Scores outside 1–5 are refused, so nothing invalid is
    /// ever stored; an empty set removes the partner from the round.
    pub fn set_ratings(&mut self, partner: Uuid, scores: BTreeMap<String, u8>, now: DateTime<Utc>) -> Result<(), String> {
        if let Some((key, score)) = scores.iter().find(|(_, v)| !(MIN_SCORE..=MAX_SCORE).contains(*v)) {
            return Err(format!("{key}: {score} is not a score from {MIN_SCORE} to {MAX_SCORE}"));
        }
        self.ratings.retain(|r| r.partner != partner);
        if !scores.is_empty() {
            self.ratings.push(PartnerRatings { partner, scores, extra: Extra::new() });
        }
        self.touch(now);
        Ok(())
    }

    /// One partner's average over the practice's statements it rated.
    pub fn partner_average(&self, partner: &PartnerRatings, practice: Practice) -> Option<f64> {
        mean(statements_of(practice).filter_map(|s| partner.scores.get(s.key).map(|v| f64::from(*v))))
    }

    /// The results of this round, one row per practice in [`Practice::ALL`] order.
    pub fn results(&self) -> Vec<PracticeResult> {
        Practice::ALL
            .into_iter()
            .map(|practice| {
                let per_partner: Vec<f64> =
                    self.ratings.iter().filter_map(|r| self.partner_average(r, practice)).collect();
                // Each partner weighs the same, however many of the statements it answered.
                let average = mean(per_partner.iter().copied());
                let spread = if per_partner.len() >= 2 {
                    let max = per_partner.iter().copied().fold(f64::MIN, f64::max);
                    let min = per_partner.iter().copied().fold(f64::MAX, f64::min);
                    Some(Spread { low: min, high: max })
                } else {
                    None
                };
                PracticeResult { practice, average, spread, partners: per_partner.len() }
            })
            .collect()
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / f64::from(n))
}

/// The lowest and highest partner average for a practice.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub low: f64,
    pub high: f64,
}

impl Spread {
    pub fn width(self) -> f64 {
        self.high - self.low
    }

    /// Partners see this practice differently enough to talk about it.
    pub fn is_disagreement(self) -> bool {
        // A tolerance, since 2 may arrive as 1.9999… after averaging.
        self.width() >= DISAGREEMENT - 1e-9
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PracticeResult {
    pub practice: Practice,
    /// `None` when nobody rated any of its statements.
    pub average: Option<f64>,
    /// `None` with fewer than two partners: a spread needs someone to differ from.
    pub spread: Option<Spread>,
    /// How many partners rated it.
    pub partners: usize,
}

impl PracticeResult {
    pub fn disagreement(&self) -> bool {
        self.spread.is_some_and(Spread::is_disagreement)
    }
}

/// A round's results next to the previous round's.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub round: Uuid,
    pub previous: Option<Uuid>,
    pub rows: Vec<ComparedPractice>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ComparedPractice {
    pub now: PracticeResult,
    pub before: Option<f64>,
    /// Average now minus average before, when both exist.
    pub change: Option<f64>,
}

impl Comparison {
    /// The practice with the lowest average (the first in the seed's order on a tie);
    /// `None` if nothing was rated.
    pub fn weakest(&self) -> Option<PracticeResult> {
        self.rows
            .iter()
            .filter_map(|r| r.now.average.map(|a| (a, r.now)))
            .fold(None, |best: Option<(f64, PracticeResult)>, (a, r)| match best {
                Some((b, _)) if b <= a => best,
                _ => Some((a, r)),
            })
            .map(|(_, r)| r)
    }

    /// The average over the practices that were rated.
    pub fn overall(&self) -> Option<f64> {
        mean(self.rows.iter().filter_map(|r| r.now.average))
    }
}

impl HealthCheck {
    /// Rounds oldest first (by the day held, then by when they were entered).
    pub fn rounds_in_order(&self) -> Vec<&HealthRound> {
        let mut list: Vec<&HealthRound> = self.rounds.iter().collect();
        sort_by(&mut list, |a, b| a.held_on.cmp(&b.held_on).then(a.created_at.cmp(&b.created_at)));
        list
    }

    /// The round held just before `round`.
    pub fn previous(&self, round: Uuid) -> Option<&HealthRound> {
        let order = self.rounds_in_order();
        let pos = order.iter().position(|r| r.id == round)?;
        pos.checked_sub(1).map(|i| order[i])
    }

    pub fn latest(&self) -> Option<&HealthRound> {
        self.rounds_in_order().last().copied()
    }

    /// `round`'s results with the change since the round before it.
    pub fn compare(&self, round: Uuid) -> Option<Comparison> {
        let r = super::record::find(&self.rounds, round)?;
        let previous = self.previous(round);
        let before = previous.map(HealthRound::results);
        let rows = r
            .results()
            .into_iter()
            .enumerate()
            .map(|(i, now)| {
                let before = before.as_ref().and_then(|b| b[i].average);
                let change = now.average.zip(before).map(|(a, b)| a - b);
                ComparedPractice { now, before, change }
            })
            .collect();
        Some(Comparison { round, previous: previous.map(|p| p.id), rows })
    }

    /// The latest round with at least one rating, compared with the one before it.
    pub fn latest_result(&self) -> Option<(&HealthRound, Comparison)> {
        let latest = self.rounds_in_order().into_iter().rev().find(|r| !r.ratings.is_empty())?;
        Some((latest, self.compare(latest.id)?))
    }

    pub fn round_mut(&mut self, id: Uuid) -> Option<&mut HealthRound> {
        super::record::find_mut(&mut self.rounds, id)
    }
}

impl Partnership {
    pub fn add_health_round(&mut self, round: HealthRound, now: DateTime<Utc>) {
        self.health.rounds.push(round);
        self.touch(now);
    }
}

crate::listed!(HealthRound => health.rounds);

/// Problems in stored rounds, with paths below `health`.
pub fn check(c: &mut Checker, p: &Partnership) {
    for (i, r) in p.health.rounds.iter().enumerate() {
        let path = Item("health.rounds", i);
        c.unique_id(path, r.id);
        c.times(path, r.created_at, r.updated_at);
        c.not_blank(format!("{path}.name"), &r.name, "the round's name");
        if p.is_deleted(r.id) {
            c.problem(format!("{path}.id"), "this round is also listed as deleted");
        }
        let mut seen = std::collections::HashSet::new();
        for (j, rating) in r.ratings.iter().enumerate() {
            let path = format!("{path}.ratings[{j}]");
            if !seen.insert(rating.partner) {
                c.problem(format!("{path}.partner"), "this partner has two sets of ratings in the round");
            }
            for (key, score) in &rating.scores {
                if !(MIN_SCORE..=MAX_SCORE).contains(score) {
                    c.problem(
                        format!("{path}.scores.{key}"),
                        format!("{score} is not a score from {MIN_SCORE} to {MAX_SCORE}"),
                    );
                }
            }
        }
    }
}

/// Two rounds for the sample, six months apart: community engagement is weakest, and the
/// partners disagree about sustainability.
pub fn add_sample(p: &mut Partnership, now: DateTime<Utc>) {
    // Each row: one partner's score per statement, in STATEMENTS order.
    const SPRING: [[u8; 16]; 5] = [
        [4, 4, 3, 2, 3, 3, 2, 2, 3, 3, 3, 2, 3, 3, 2, 3],
        [3, 4, 3, 3, 4, 3, 2, 1, 3, 4, 3, 3, 2, 3, 4, 3],
        [4, 3, 2, 3, 3, 3, 2, 2, 3, 2, 3, 2, 3, 3, 3, 2],
        [3, 3, 2, 2, 3, 2, 3, 2, 4, 3, 2, 2, 3, 2, 1, 2],
        [4, 4, 4, 3, 3, 3, 2, 2, 3, 3, 4, 3, 3, 4, 5, 3],
    ];
    const AUTUMN: [[u8; 16]; 6] = [
        [5, 4, 4, 3, 4, 4, 3, 2, 4, 4, 4, 3, 4, 4, 2, 3],
        [4, 4, 4, 4, 4, 4, 2, 2, 3, 4, 4, 3, 3, 3, 5, 4],
        [4, 4, 3, 3, 4, 3, 2, 3, 3, 3, 4, 3, 4, 3, 3, 3],
        [4, 3, 3, 3, 4, 3, 3, 2, 4, 4, 3, 3, 4, 3, 1, 2],
        [4, 5, 4, 4, 4, 4, 3, 2, 3, 4, 4, 4, 4, 4, 5, 3],
        [4, 4, 4, 3, 4, 3, 2, 3, 4, 4, 4, 3, 3, 4, 3, 3],
    ];
    let rounds: [(&str, i64, &[[u8; 16]]); 2] = [("Spring round", 200, &SPRING), ("Autumn round", 20, &AUTUMN)];
    for (name, days_ago, rows) in rounds {
        let at = now - chrono::Duration::days(days_ago);
        let mut round = HealthRound::new(name, at.date_naive(), at);
        for (partner, row) in p.partners.iter().zip(rows) {
            let scores = STATEMENTS.iter().zip(row).map(|(s, v)| (s.key.to_string(), *v)).collect();
            // The sample's literals are all 1–5.
            let _ = round.set_ratings(partner.id, scores, at);
        }
        p.health.rounds.push(round);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert!(err.contains("6 is not a score from 1 to 5"));
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
}
