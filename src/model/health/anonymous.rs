//! Anonymous rounds: honest answers need a safe space. In an anonymous round each set of
//! ratings is stored under a random rater token instead of a partner (the `partner` field of
//! [`PartnerRatings`] then holds the token, so files and merges keep one shape): nothing
//! stored or exported names who gave which score. A participant who rates on their own
//! device keeps the token in that browser, so they can change their own answer; ratings
//! from several devices come back in files and merge entry by entry, without a conflict.
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use super::{HealthRound, PartnerRatings};
use crate::model::record::new_id;
use crate::model::Partnership;

/// A fresh rater token: random, never a partner's id.
pub fn new_rater() -> Uuid {
    new_id()
}

/// Whether `key` (of a ratings slot) is an anonymous rater rather than a partner, so that
/// the merge review never words a token as "(removed partner)" or anything like a name.
pub fn is_rater(p: &Partnership, key: &str) -> bool {
    key.parse::<Uuid>().is_ok_and(|id| p.partner(id).is_none()) && p.health.rounds.iter().any(|r| r.anonymous)
}

impl HealthRound {
    /// A round whose ratings carry no names.
    pub fn new_anonymous(name: impl Into<String>, held_on: NaiveDate, now: DateTime<Utc>) -> HealthRound {
        HealthRound { anonymous: true, ..HealthRound::new(name, held_on, now) }
    }

    /// How many have answered: what a facilitator may see of an anonymous round.
    pub fn answered(&self) -> usize {
        self.ratings.iter().filter(|r| !r.scores.is_empty()).count()
    }

    /// The ratings a rater token gave in this round (their own answer, on their device).
    pub fn ratings_of_rater(&self, rater: Uuid) -> Option<&PartnerRatings> {
        self.ratings_of(rater)
    }

    /// Records or replaces one rater's answers (scores 1–5, as for a partner).
    pub fn rate_anonymously(&mut self, rater: Uuid, scores: BTreeMap<String, u8>, now: DateTime<Utc>) -> Result<(), crate::i18n::Msg> {
        debug_assert!(self.anonymous, "a named round rates by partner");
        self.set_ratings(rater, scores, now)
    }
}

#[cfg(test)]
mod tests;
