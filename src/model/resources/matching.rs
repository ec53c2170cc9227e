//! Match suggestions: for each need, the offers that could meet it, best first.
//!
//! The ranking rule, in order:
//! 1. A candidate is an offer in the need's category, from another partner, available at
//!    some time the need is (a missing date is open-ended). An offer already committed to
//!    this need is a commitment, not a suggestion.
//! 2. An offer not yet promised to any other need comes first, so that one generous partner
//!    is not asked again while others have not been asked at all.
//! 3. An offer at least as strong as the need (small/medium/large) before a weaker one.
//! 4. The stronger offer first.
//! 5. Where both give an amount in the same unit, the one covering more of the need first.
//! 6. Ties: partner name, then description, so the list is stable between screens.
use std::cmp::Reverse;

use uuid::Uuid;

use super::{Decimal, Entry, EntryKind};
use crate::model::Partnership;
use crate::model::order::sort_by_key;

#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    pub offer_id: Uuid,
    pub need_id: Uuid,
    /// Other needs this offer is already committed to.
    pub promised_elsewhere: usize,
    /// Plain reasons shown beside the suggestion, e.g. "Large offer for a medium need."
    pub reasons: Vec<String>,
}

/// One need with what has been agreed for it and what else could meet it.
#[derive(Clone, Debug, PartialEq)]
pub struct NeedSuggestions {
    pub need_id: Uuid,
    pub commitments: Vec<Uuid>,
    pub matches: Vec<Match>,
}

/// The offers that could meet `need_id`, ranked by the rule above.
pub fn matches_for(p: &Partnership, need_id: Uuid) -> Vec<Match> {
    let r = &p.resources;
    let Some(need) = r.entry(need_id).filter(|e| e.kind == EntryKind::Need) else { return Vec::new() };
    let promised = |offer: &Entry| {
        r.commitments.iter().filter(|c| c.offer_id == offer.id && c.need_id != need_id).count()
    };
    let mut candidates: Vec<(&Entry, usize)> = r
        .entries
        .iter()
        .filter(|o| {
            o.kind == EntryKind::Offer
                && o.category_id == need.category_id
                && o.partner_id != need.partner_id
                && o.overlaps(need)
                && !r.commitments.iter().any(|c| c.offer_id == o.id && c.need_id == need_id)
        })
        .map(|o| (o, promised(o)))
        .collect();
    sort_by_key(&mut candidates, |(o, elsewhere)| {
        (
            *elsewhere > 0,
            o.strength < need.strength,
            Reverse(o.strength),
            Reverse(amount_towards(o, need).unwrap_or(Decimal::ZERO)),
            p.partner_name(o.partner_id).to_lowercase(),
            o.description.to_lowercase(),
        )
    });
    candidates
        .into_iter()
        .map(|(o, elsewhere)| Match {
            offer_id: o.id,
            need_id,
            promised_elsewhere: elsewhere,
            reasons: reasons(p, o, need),
        })
        .collect()
}

/// Every need, in category then partner order, with its commitments and suggestions.
pub fn suggestions(p: &Partnership) -> Vec<NeedSuggestions> {
    let r = &p.resources;
    let mut out = Vec::new();
    for cat in r.ordered_categories() {
        for partner in &p.partners {
            for need in r.entries.iter().filter(|e| {
                e.kind == EntryKind::Need && e.category_id == cat.id && e.partner_id == partner.id
            }) {
                out.push(NeedSuggestions {
                    need_id: need.id,
                    commitments: r.commitments.iter().filter(|c| c.need_id == need.id).map(|c| c.id).collect(),
                    matches: matches_for(p, need.id),
                });
            }
        }
    }
    out
}

/// How much of the need's amount the offer's amount covers, when both are in the same unit.
fn amount_towards(offer: &Entry, need: &Entry) -> Option<Decimal> {
    let (o, n) = (offer.amount.as_ref()?, need.amount.as_ref()?);
    (o.unit_key() == n.unit_key()).then(|| o.value.min(n.value))
}

fn reasons(p: &Partnership, offer: &Entry, need: &Entry) -> Vec<String> {
    let mut out = Vec::new();
    let (o, n) = (offer.strength.label().to_lowercase(), need.strength.label().to_lowercase());
    out.push(if offer.strength >= need.strength {
        format!("A {o} offer for a {n} need.")
    } else {
        format!("A {o} offer for a {n} need: it may meet only part of it.")
    });
    if let (Some(oa), Some(na)) = (&offer.amount, &need.amount) {
        if oa.unit_key() == na.unit_key() {
            out.push(if oa.value >= na.value {
                format!("Offers {oa}, enough for the {na} needed.")
            } else {
                format!("Offers {oa} of the {na} needed.")
            });
        }
    }
    if offer.has_dates() && need.has_dates() {
        out.push("Available when it is needed.".into());
    }
    let promised: Vec<String> = p
        .resources
        .commitments
        .iter()
        .filter(|c| c.offer_id == offer.id && c.need_id != need.id)
        .map(|c| p.partner_name(c.to_partner))
        .collect();
    if !promised.is_empty() {
        out.push(format!("Already promised to {}.", promised.join(", ")));
    }
    out
}
