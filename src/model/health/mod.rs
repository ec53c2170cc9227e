//! The health check: a periodic self-assessment in which every partner rates the same fixed
//! statements from 1 (not at all) to 5 (fully), two for each of the eight practices in the
//! seed article. Results per practice: the average, the spread between partners (flagged when
//! they disagree by 2 points or more), and the change since the previous round.
//!
//! Statements are stored by a stable key, so rewording one never breaks an old file; a key
//! this version does not know (from a newer one) is kept and left out of the results.
use crate::i18n::{tr, Key, Msg};
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::{Extra, Record};
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

    /// The practice's name: a message, for the screen to word in its language (`t(x.label_key())`).
    pub fn label_key(self) -> Key {
        match self {
            Practice::TrustAndRespect => tr::model::practice::TRUST,
            Practice::GoalsAndMetrics => tr::model::practice::GOALS,
            Practice::Strengths => tr::model::practice::STRENGTHS,
            Practice::Community => tr::model::practice::COMMUNITY,
            Practice::Innovation => tr::model::practice::INNOVATION,
            Practice::Communication => tr::model::practice::COMMUNICATION,
            Practice::Celebrating => tr::model::practice::CELEBRATING,
            Practice::Sustainability => tr::model::practice::SUSTAINABILITY,
        }
    }

    /// In English (files, logs, tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn label(self) -> &'static str {
        crate::i18n::english(self.label_key())
    }
}

/// One statement partners rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Statement {
    /// Stored in files; never change it.
    pub key: &'static str,
    pub practice: Practice,
}

impl Statement {
    /// The statement as a message, for the screen to word in its language.
    pub fn text_key(&self) -> Key {
        match self.key {
            "trust_open_conversation" => tr::model::statement::TRUST_OPEN_CONVERSATION,
            "trust_contributions_valued" => tr::model::statement::TRUST_CONTRIBUTIONS_VALUED,
            "goals_smart" => tr::model::statement::GOALS_SMART,
            "goals_outcomes_measured" => tr::model::statement::GOALS_OUTCOMES_MEASURED,
            "strengths_mapped" => tr::model::statement::STRENGTHS_MAPPED,
            "strengths_used" => tr::model::statement::STRENGTHS_USED,
            "community_co_design" => tr::model::statement::COMMUNITY_CO_DESIGN,
            "community_input_reflected" => tr::model::statement::COMMUNITY_INPUT_REFLECTED,
            "innovation_experiments" => tr::model::statement::INNOVATION_EXPERIMENTS,
            "innovation_pivot" => tr::model::statement::INNOVATION_PIVOT,
            "communication_in_the_loop" => tr::model::statement::COMMUNICATION_IN_THE_LOOP,
            "communication_external" => tr::model::statement::COMMUNICATION_EXTERNAL,
            "celebrating_milestones" => tr::model::statement::CELEBRATING_MILESTONES,
            "celebrating_safe_to_fail" => tr::model::statement::CELEBRATING_SAFE_TO_FAIL,
            "sustainability_funding" => tr::model::statement::SUSTAINABILITY_FUNDING,
            "sustainability_local_capacity" => tr::model::statement::SUSTAINABILITY_LOCAL_CAPACITY,
            // Every statement is listed above (a test holds each to its English text).
            _ => unreachable!("a statement without its message"),
        }
    }
}

const fn s(key: &'static str, practice: Practice) -> Statement {
    Statement { key, practice }
}

/// The fixed statements, in the order they are asked; each one paraphrases the seed article.
/// Their texts are messages (`model.statement.*` in the locale files, [`Statement::text_key`]).
pub const STATEMENTS: [Statement; 16] = [
    s("trust_open_conversation", Practice::TrustAndRespect),
    s("trust_contributions_valued", Practice::TrustAndRespect),
    s("goals_smart", Practice::GoalsAndMetrics),
    s("goals_outcomes_measured", Practice::GoalsAndMetrics),
    s("strengths_mapped", Practice::Strengths),
    s("strengths_used", Practice::Strengths),
    s("community_co_design", Practice::Community),
    s("community_input_reflected", Practice::Community),
    s("innovation_experiments", Practice::Innovation),
    s("innovation_pivot", Practice::Innovation),
    s("communication_in_the_loop", Practice::Communication),
    s("communication_external", Practice::Communication),
    s("celebrating_milestones", Practice::Celebrating),
    s("celebrating_safe_to_fail", Practice::Celebrating),
    s("sustainability_funding", Practice::Sustainability),
    s("sustainability_local_capacity", Practice::Sustainability),
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
        /// Ratings carry a random rater token instead of a partner (see `anonymous.rs`).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub anonymous: bool,
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
        crate::new_record!(now, HealthRound {
            name: name.into(),
            held_on,
            ratings: Vec::new(),
            anonymous: false,
        })
    }

    pub fn ratings_of(&self, partner: Uuid) -> Option<&PartnerRatings> {
        self.ratings.iter().find(|r| r.partner == partner)
    }

    /// The partners (of those in the partnership now) who have not rated in this round yet;
    /// nobody in an anonymous round, where who has rated is not known.
    pub fn waiting_for(&self, partners: &[super::Partner]) -> Vec<Uuid> {
        if self.anonymous {
            return Vec::new();
        }
        partners.iter().map(|p| p.id).filter(|id| self.ratings_of(*id).is_none()).collect()
    }

    /// Replaces `partner`'s answers. Scores outside 1–5 are refused, so nothing invalid is
    /// ever stored; an empty set removes the partner from the round.
    pub fn set_ratings(&mut self, partner: Uuid, scores: BTreeMap<String, u8>, now: DateTime<Utc>) -> Result<(), Msg> {
        if let Some((key, score)) = scores.iter().find(|(_, v)| !(MIN_SCORE..=MAX_SCORE).contains(*v)) {
            return Err(Msg::new(tr::problem::health::SCORE_OF).text("key", key.as_str()).said("why", score_problem(*score)));
        }
        // In place, so that a merge sees the ratings in the same order on every copy.
        match self.ratings.iter_mut().position(|r| r.partner == partner) {
            Some(i) if scores.is_empty() => {
                self.ratings.remove(i);
            }
            Some(i) => self.ratings[i].scores = scores,
            None if scores.is_empty() => {}
            // Where its random token sorts, so that the order of an anonymous round's ratings
            // does not tell who rated first on the shared screen.
            None if self.anonymous => {
                let at = self.ratings.partition_point(|r| r.partner < partner);
                self.ratings.insert(at, PartnerRatings { partner, scores, extra: Extra::new() });
            }
            None => self.ratings.push(PartnerRatings { partner, scores, extra: Extra::new() }),
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
    /// The round's ratings carry no names: its results speak of answers, not partners.
    pub anonymous: bool,
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
        Some(Comparison { round, previous: previous.map(|p| p.id), anonymous: r.anonymous, rows })
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

/// "6 is not a score from 1 to 5".
fn score_problem(score: u8) -> Msg {
    Msg::new(tr::problem::health::SCORE).int("score", score).int("min", MIN_SCORE).int("max", MAX_SCORE)
}

/// Problems in stored rounds, with paths below `health`.
pub fn check(c: &mut Checker, p: &Partnership) {
    for (i, r) in p.health.rounds.iter().enumerate() {
        let path = Item("health.rounds", i);
        c.record(path, r);
        c.not_blank(format!("{path}.name"), &r.name, tr::problem::what::ROUND_NAME);
        c.not_deleted(path, r.id, tr::problem::what::THIS_ROUND);
        c.date(path, "held_on", r.held_on);
        let mut seen = std::collections::HashSet::new();
        for (j, rating) in r.ratings.iter().enumerate() {
            let path = format!("{path}.ratings[{j}]");
            if !seen.insert(rating.partner) {
                c.problem(format!("{path}.partner"), tr::problem::health::RATED_TWICE);
            }
            for (key, score) in &rating.scores {
                if !(MIN_SCORE..=MAX_SCORE).contains(score) {
                    c.problem(format!("{path}.scores.{key}"), score_problem(*score));
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

mod anonymous;
pub use anonymous::{is_rater, new_rater};

mod results;
pub use results::results_html;

#[cfg(test)]
mod tests;
