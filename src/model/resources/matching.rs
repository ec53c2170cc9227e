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
use crate::model::text::Case;
use std::cmp::Reverse;
use std::collections::HashMap;

use uuid::Uuid;

use super::{Commitment, Decimal, Entry, EntryKind};
use crate::i18n::{tr, Msg};
use crate::model::order::sort_by;
use crate::model::record::IdMap;
use crate::model::Partnership;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Match {
    pub offer_id: Uuid,
    pub need_id: Uuid,
    /// The offering partner's name, and the offer's description, as the list shows them.
    pub giver: String,
    pub offer: String,
    /// Other needs this offer is already committed to.
    pub promised_elsewhere: usize,
    /// Plain reasons shown beside the suggestion, e.g. "A large offer for a medium need.",
    /// worded by the screen.
    pub reasons: Vec<Msg>,
}

/// One need with what has been agreed for it and the best of what else could meet it.
#[derive(Clone, Debug, PartialEq)]
pub struct NeedSuggestions {
    pub need_id: Uuid,
    pub commitments: Vec<Uuid>,
    /// The best offers, at most as many as asked for.
    pub matches: Vec<Match>,
    /// How many more offers could meet it ([`matches_for`] lists them all).
    pub more: usize,
}

/// The offers that could meet `need_id`, ranked by the rule above.
pub fn matches_for(p: &Partnership, need_id: Uuid) -> Vec<Match> {
    let r = &p.resources;
    let Some(need) = r.entry(need_id).filter(|e| e.kind == EntryKind::Need) else { return Vec::new() };
    Lookup::new(p).matches(need, usize::MAX).0
}

/// Every need, in category then partner order, with its commitments and its `best` suggestions
/// (a large map has a hundred offers for some needs: a list nobody reads, and seconds to draw).
pub fn suggestions(p: &Partnership, best: usize) -> Vec<NeedSuggestions> {
    let r = &p.resources;
    let lookup = Lookup::new(p);
    let mut needs: HashMap<(Uuid, Uuid), Vec<&Entry>> = HashMap::new();
    for e in r.entries.iter().filter(|e| e.kind == EntryKind::Need) {
        needs.entry((e.category_id, e.partner_id)).or_default().push(e);
    }
    let mut commitments: IdMap<Vec<Uuid>> = IdMap::default();
    for c in &r.commitments {
        commitments.entry(c.need_id).or_default().push(c.id);
    }
    let mut out = Vec::new();
    for cat in r.ordered_categories() {
        for partner in &p.partners {
            for need in needs.get(&(cat.id, partner.id)).into_iter().flatten() {
                let (matches, more) = lookup.matches(need, best);
                out.push(NeedSuggestions {
                    need_id: need.id,
                    commitments: commitments.get(&need.id).cloned().unwrap_or_default(),
                    matches,
                    more,
                });
            }
        }
    }
    out
}

/// What ranking needs, found in one pass over the partnership, so that ranking the offers for
/// every need does not search the whole resource map for each (a quarter of a second at 2,000
/// entries before).
struct Lookup<'a> {
    p: &'a Partnership,
    /// Offers by category, in the map's order, with their descriptions in lower case.
    offers: IdMap<Vec<(&'a Entry, String)>>,
    /// Commitments by offer.
    promised: IdMap<Vec<&'a Commitment>>,
    /// The offering partners' names, as shown and in lower case (for the tie-break).
    names: IdMap<(String, String)>,
}

impl<'a> Lookup<'a> {
    fn new(p: &'a Partnership) -> Lookup<'a> {
        let r = &p.resources;
        let mut offers: IdMap<Vec<(&Entry, String)>> = IdMap::default();
        let mut names = IdMap::default();
        for e in r.entries.iter().filter(|e| e.kind == EntryKind::Offer) {
            offers.entry(e.category_id).or_default().push((e, e.description.lower()));
            names.entry(e.partner_id).or_insert_with(|| {
                let name = p.partner_name(e.partner_id);
                let lower = name.lower();
                (name, lower)
            });
        }
        let mut promised: IdMap<Vec<&Commitment>> = IdMap::default();
        for c in &r.commitments {
            promised.entry(c.offer_id).or_default().push(c);
        }
        Lookup { p, offers, promised, names }
    }

    /// The `best` offers for `need`, and how many others there are.
    fn matches(&self, need: &Entry, best: usize) -> (Vec<Match>, usize) {
        let promised = |o: &Entry| self.promised.get(&o.id).map_or(&[][..], Vec::as_slice);
        // An offer already committed to this need is a commitment, not a candidate, so the
        // rest of its commitments are all to other needs.
        let mut candidates: Vec<_> = self
            .offers
            .get(&need.category_id)
            .into_iter()
            .flatten()
            .filter(|(o, _)| o.partner_id != need.partner_id && o.overlaps(need))
            .filter(|(o, _)| !promised(o).iter().any(|c| c.need_id == need.id))
            .map(|&(o, ref description)| {
                let elsewhere = promised(o).len();
                let key = (
                    elsewhere > 0,
                    o.strength < need.strength,
                    Reverse(o.strength),
                    Reverse(amount_towards(o, need).unwrap_or(Decimal::ZERO)),
                    self.names.get(&o.partner_id).map_or("", |(_, lower)| lower.as_str()),
                    description.as_str(),
                );
                (key, o, elsewhere)
            })
            .collect();
        sort_by(&mut candidates, |a, b| a.0.cmp(&b.0));
        let more = candidates.len().saturating_sub(best);
        let matches = candidates
            .into_iter()
            .take(best)
            .map(|(_, o, elsewhere)| Match {
                offer_id: o.id,
                need_id: need.id,
                giver: self.names.get(&o.partner_id).map(|(name, _)| name.clone()).unwrap_or_default(),
                offer: o.description.clone(),
                promised_elsewhere: elsewhere,
                reasons: reasons(self.p, o, need, promised(o)),
            })
            .collect();
        (matches, more)
    }
}

/// How much of the need's amount the offer's amount covers, when both are in the same unit.
fn amount_towards(offer: &Entry, need: &Entry) -> Option<Decimal> {
    let (o, n) = (offer.amount.as_ref()?, need.amount.as_ref()?);
    (o.unit_key() == n.unit_key()).then(|| o.value.min(n.value))
}

/// `promised`: the offer's commitments.
fn reasons(p: &Partnership, offer: &Entry, need: &Entry, promised: &[&Commitment]) -> Vec<Msg> {
    use tr::model::resources::reason;
    let mut out = Vec::new();
    let size = if offer.strength >= need.strength { reason::SIZE } else { reason::SIZE_PART };
    out.push(Msg::new(size).word("need", need.strength.size_key(false)).word("offer", offer.strength.size_key(true)));
    if let (Some(oa), Some(na)) = (&offer.amount, &need.amount) {
        if oa.unit_key() == na.unit_key() {
            let enough = if oa.value >= na.value { reason::ENOUGH } else { reason::PART_OF };
            out.push(Msg::new(enough).amount("needed", na.number(), &na.unit).amount("offered", oa.number(), &oa.unit));
        }
    }
    if offer.has_dates() && need.has_dates() {
        out.push(Msg::new(reason::IN_TIME));
    }
    let promised: Vec<Msg> =
        promised.iter().filter(|c| c.need_id != need.id).map(|c| Msg::Text(p.partner_name(c.to_partner))).collect();
    if !promised.is_empty() {
        out.push(Msg::new(reason::PROMISED).list("names", promised, false));
    }
    out
}
