//! Gathering a retrospective's cards hidden: on the shared screen each participant writes
//! their cards in turn, and nobody reads what the others wrote, or guesses who wrote what from
//! the order it appeared in, until the facilitator shows all the cards at once. While a
//! retrospective gathers hidden, its "went well" and "was hard" columns say only how many
//! cards there are, and the merge review names the cards that files bring in without their
//! texts, so that cards from devices stay hidden too.
use chrono::{DateTime, Utc};
use serde_json::Value;

use super::Retrospective;
use crate::i18n::tr;
use crate::model::merge::Change;
use crate::model::record::{IdSet, Record};
use crate::model::Partnership;

impl Retrospective {
    /// Whether the board may show the cards' texts.
    pub fn shows_cards(&self) -> bool {
        !self.gather_hidden
    }

    /// Shows every card: gathering is over.
    pub fn reveal(&mut self, now: DateTime<Utc>) {
        if self.gather_hidden {
            self.gather_hidden = false;
            self.touch(now);
        }
    }
}

/// The cards of retrospectives still gathering hidden in `result`, wherever the cards are
/// (`sides`: the two copies merged, for cards one of them deleted).
fn hidden_cards(result: &Partnership, sides: [&Partnership; 2]) -> IdSet {
    let mut out = IdSet::default();
    for r in result.learning.retrospectives.iter().filter(|r| r.gather_hidden) {
        let copies = sides.into_iter().chain([result]).filter_map(|p| p.learning.retrospectives.iter().find(|x| x.id == r.id));
        for copy in copies {
            out.extend(copy.went_well.iter().chain(&copy.was_hard).map(|c| c.id));
        }
    }
    out
}

/// Takes the texts of hidden cards out of a merge's review: such a change is labelled "a
/// hidden card" and its two versions lose their text.
pub fn hide_gathered_cards(result: &Partnership, sides: [&Partnership; 2], changes: &mut [Change]) {
    let hidden = hidden_cards(result, sides);
    if hidden.is_empty() {
        return;
    }
    let words = crate::i18n::text(tr::learning::HIDDEN_CARD);
    for c in changes.iter_mut().filter(|c| hidden.contains(&c.id)) {
        c.label = tr::learning::HIDDEN_CARD.into();
        for v in [&mut c.mine, &mut c.theirs].into_iter().flatten() {
            if let Some(text) = v.get_mut("text") {
                *text = Value::String(words.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests;
