//! Reading the map: the partner × category heat-map, the per-category view, and the gap
//! analysis (unmet needs, single-partner risks, one-sided partners) in plain sentences.
use std::collections::{HashMap, HashSet};

use uuid::Uuid;

use super::{Entry, EntryKind, Strength, Totals};
use crate::i18n::{tr, Key, Msg};
use crate::model::Partnership;
use crate::model::order::{sort, sort_by_key};

/// One partner's offers and needs in one category.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeatCell {
    pub offers: usize,
    pub needs: usize,
    pub strongest_offer: Option<Strength>,
    pub strongest_need: Option<Strength>,
    /// Sum of the offers' levels (1–3 each): what the colour shows.
    pub offer_score: u32,
}

impl HeatCell {
    /// Shade 0 (nothing offered) to 3 (a lot): one large offer is a 2, two large ones a 3.
    pub fn heat(&self) -> u8 {
        match self.offer_score {
            0 => 0,
            1..=2 => 1,
            3..=5 => 2,
            _ => 3,
        }
    }

    /// The cell's text alternative: "FreshMart, Funding: 2 offers (up to large); 1 need (small)."
    pub fn describe(&self, partner: &str, category: &str) -> Msg {
        use tr::model::resources::cell;
        let part = |n: usize, [none, one, many]: [Key; 3], s: Option<Strength>, offer: bool| match (n, s) {
            (0, _) | (_, None) => Msg::new(none),
            (1, Some(s)) => Msg::new(one).word("strength", s.size_key(offer)),
            (n, Some(s)) => Msg::new(many).int("n", n as i128).word("strength", s.size_key(offer)),
        };
        Msg::new(cell::DESCRIBE)
            .text("category", category)
            .said("needs", part(self.needs, [cell::NO_NEEDS, cell::ONE_NEED, cell::NEEDS], self.strongest_need, false))
            .said("offers", part(self.offers, [cell::NO_OFFERS, cell::ONE_OFFER, cell::OFFERS], self.strongest_offer, true))
            .text("partner", partner)
    }
}

/// Rows are partners (directory order), columns categories (their order).
#[derive(Clone, Debug, PartialEq)]
pub struct HeatMap {
    pub partners: Vec<(Uuid, String)>,
    pub categories: Vec<(Uuid, String)>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<HeatCell>>,
}

pub fn heat_map(p: &Partnership) -> HeatMap {
    let categories: Vec<(Uuid, String)> =
        p.resources.ordered_categories().into_iter().map(|c| (c.id, c.name.clone())).collect();
    let partners: Vec<(Uuid, String)> = p.partners.iter().map(|x| (x.id, x.name.clone())).collect();
    // Each entry counted once, into its partner's and category's cell.
    let mut by_cell: HashMap<(Uuid, Uuid), HeatCell> = HashMap::new();
    for e in &p.resources.entries {
        let cell = by_cell.entry((e.partner_id, e.category_id)).or_default();
        match e.kind {
            EntryKind::Offer => {
                cell.offers += 1;
                cell.offer_score += u32::from(e.strength.level());
                cell.strongest_offer = cell.strongest_offer.max(Some(e.strength));
            }
            EntryKind::Need => {
                cell.needs += 1;
                cell.strongest_need = cell.strongest_need.max(Some(e.strength));
            }
        }
    }
    let cells = partners
        .iter()
        .map(|(pid, _)| {
            categories.iter().map(|(cid, _)| by_cell.get(&(*pid, *cid)).cloned().unwrap_or_default()).collect()
        })
        .collect();
    HeatMap { partners, categories, cells }
}

/// One category: who offers, who needs, and the amounts on each side.
#[derive(Clone, Debug, PartialEq)]
pub struct CategoryView {
    pub id: Uuid,
    pub name: String,
    pub offers: Vec<Entry>,
    pub needs: Vec<Entry>,
    pub offered: Totals,
    pub needed: Totals,
}

/// Every category in order, entries in partner-directory order.
pub fn by_category(p: &Partnership) -> Vec<CategoryView> {
    let mut positions: HashMap<Uuid, usize> = HashMap::with_capacity(p.partners.len());
    for (i, x) in p.partners.iter().enumerate() {
        positions.entry(x.id).or_insert(i);
    }
    let rank = |e: &Entry| positions.get(&e.partner_id).copied().unwrap_or(usize::MAX);
    p.resources
        .ordered_categories()
        .into_iter()
        .map(|c| {
            let of_kind = |kind| {
                let mut list: Vec<Entry> = p
                    .resources
                    .entries
                    .iter()
                    .filter(|e| e.category_id == c.id && e.kind == kind)
                    .cloned()
                    .collect();
                sort_by_key(&mut list, |e| rank(e));
                list
            };
            let (offers, needs) = (of_kind(EntryKind::Offer), of_kind(EntryKind::Need));
            CategoryView {
                id: c.id,
                name: c.name.clone(),
                offered: Totals::of(offers.iter().filter_map(|e| e.amount.as_ref())),
                needed: Totals::of(needs.iter().filter_map(|e| e.amount.as_ref())),
                offers,
                needs,
            }
        })
        .collect()
}

/// Why no offer meets a need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnmetReason {
    /// Nobody offers anything in its category.
    NoOffer,
    /// Only the partner that needs it offers something there.
    OnlyOwnOffer,
    /// Offers exist, but none is available when it is needed.
    NotAvailableThen,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UnmetNeed {
    pub need_id: Uuid,
    pub reason: UnmetReason,
}

/// Needs that no offer meets: no commitment and no suggested match.
///
/// The same as asking [`matches_for`](super::matches_for) about every need without a
/// commitment, with the offers indexed by category once: a need without a commitment has a
/// match exactly when an offer in its category from another partner overlaps it in time.
pub fn unmet_needs(p: &Partnership) -> Vec<UnmetNeed> {
    let r = &p.resources;
    let committed: HashSet<Uuid> = r.commitments.iter().map(|c| c.need_id).collect();
    // An id's first entry is the one `matches_for` looks the need up by.
    let mut first: HashMap<Uuid, &Entry> = HashMap::with_capacity(r.entries.len());
    let mut offers_in: HashMap<Uuid, Vec<&Entry>> = HashMap::new();
    for e in &r.entries {
        first.entry(e.id).or_insert(e);
        if e.kind == EntryKind::Offer {
            offers_in.entry(e.category_id).or_default().push(e);
        }
    }
    let offers_of = |category: Uuid| offers_in.get(&category).map_or(&[][..], Vec::as_slice);
    let has_match = |id: Uuid| {
        first.get(&id).filter(|need| need.kind == EntryKind::Need).is_some_and(|need| {
            offers_of(need.category_id).iter().any(|o| o.partner_id != need.partner_id && o.overlaps(need))
        })
    };
    r.entries
        .iter()
        .filter(|n| n.kind == EntryKind::Need)
        .filter(|n| !committed.contains(&n.id) && !has_match(n.id))
        .map(|n| {
            let offers = offers_of(n.category_id);
            let reason = if offers.is_empty() {
                UnmetReason::NoOffer
            } else if offers.iter().all(|o| o.partner_id == n.partner_id) {
                UnmetReason::OnlyOwnOffer
            } else {
                UnmetReason::NotAvailableThen
            };
            UnmetNeed { need_id: n.id, reason }
        })
        .collect()
}

/// A category whose offers all come from one partner.
#[derive(Clone, Debug, PartialEq)]
pub struct SinglePartnerRisk {
    pub category_id: Uuid,
    pub partner_id: Uuid,
    /// Needs of other partners in the category, which rely on that one partner.
    pub needs_relying: usize,
}

pub fn single_partner_categories(p: &Partnership) -> Vec<SinglePartnerRisk> {
    let r = &p.resources;
    r.ordered_categories()
        .into_iter()
        .filter_map(|c| {
            let mut givers: Vec<Uuid> = r
                .entries
                .iter()
                .filter(|e| e.kind == EntryKind::Offer && e.category_id == c.id)
                .map(|e| e.partner_id)
                .collect();
            givers.dedup();
            sort(&mut givers);
            givers.dedup();
            let [only] = givers.as_slice() else { return None };
            let needs_relying = r
                .entries
                .iter()
                .filter(|e| e.kind == EntryKind::Need && e.category_id == c.id && e.partner_id != *only)
                .count();
            Some(SinglePartnerRisk { category_id: c.id, partner_id: *only, needs_relying })
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq)]
pub struct PartnerBalance {
    pub partner_id: Uuid,
    pub offers: usize,
    pub needs: usize,
}

/// Offers and needs per partner, in directory order.
pub fn balance(p: &Partnership) -> Vec<PartnerBalance> {
    let mut counts: HashMap<Uuid, (usize, usize)> = HashMap::new();
    for e in &p.resources.entries {
        let c = counts.entry(e.partner_id).or_default();
        match e.kind {
            EntryKind::Offer => c.0 += 1,
            EntryKind::Need => c.1 += 1,
        }
    }
    p.partners
        .iter()
        .map(|x| {
            let (offers, needs) = counts.get(&x.id).copied().unwrap_or_default();
            PartnerBalance { partner_id: x.id, offers, needs }
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FindingKind {
    UnmetNeed,
    SinglePartner,
    OnlyOffers,
    OnlyNeeds,
    NothingYet,
}

impl FindingKind {
    pub fn heading(self) -> Key {
        use tr::model::resources::heading;
        match self {
            FindingKind::UnmetNeed => heading::UNMET_NEED,
            FindingKind::SinglePartner => heading::SINGLE_PARTNER,
            FindingKind::OnlyOffers => heading::ONLY_OFFERS,
            FindingKind::OnlyNeeds => heading::ONLY_NEEDS,
            FindingKind::NothingYet => heading::NOTHING_YET,
        }
    }
}

/// One result of the gap analysis, as a sentence a facilitator can read out.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    /// Worded by the screen in its language.
    pub text: Msg,
}

/// The whole gap analysis, grouped by kind in the order of [`FindingKind`].
pub fn findings(p: &Partnership) -> Vec<Finding> {
    use tr::model::resources::finding;
    let r = &p.resources;
    let mut out = Vec::new();
    for u in unmet_needs(p) {
        let Some(n) = r.entry(u.need_id) else { continue };
        let (who, cat) = (p.partner_name(n.partner_id), r.category_name(n.category_id));
        let why = match u.reason {
            UnmetReason::NoOffer => Msg::new(finding::NO_OFFER),
            UnmetReason::OnlyOwnOffer => Msg::new(finding::ONLY_OWN_OFFER).text("who", who.as_str()),
            UnmetReason::NotAvailableThen => Msg::new(finding::NOT_AVAILABLE_THEN),
        };
        let text = Msg::new(finding::UNMET).text("need", n.description.as_str()).said("why", why.text("category", cat)).text("who", who);
        out.push(Finding { kind: FindingKind::UnmetNeed, text });
    }
    for risk in single_partner_categories(p) {
        let (who, cat) = (p.partner_name(risk.partner_id), r.category_name(risk.category_id));
        let text = match risk.needs_relying {
            0 => Msg::new(finding::SINGLE),
            n => Msg::new(finding::SINGLE_RELIED_ON).int("n", n as i128),
        };
        out.push(Finding { kind: FindingKind::SinglePartner, text: text.text("category", cat.as_str()).text("who", who) });
    }
    for b in balance(p) {
        let who = p.partner_name(b.partner_id);
        let (kind, text) = match (b.offers, b.needs) {
            (0, 0) => (FindingKind::NothingYet, Msg::new(finding::NOTHING_YET)),
            (o, 0) => (FindingKind::OnlyOffers, Msg::new(finding::ONLY_OFFERS).int("n", o as i128)),
            (0, n) => (FindingKind::OnlyNeeds, Msg::new(finding::ONLY_NEEDS).int("n", n as i128)),
            _ => continue,
        };
        out.push(Finding { kind, text: text.text("who", who) });
    }
    let order = |k: FindingKind| k as u8;
    sort_by_key(&mut out, |f| order(f.kind));
    out
}

impl FindingKind {
    pub const ALL: [FindingKind; 5] = [
        FindingKind::UnmetNeed,
        FindingKind::SinglePartner,
        FindingKind::OnlyOffers,
        FindingKind::OnlyNeeds,
        FindingKind::NothingYet,
    ];
}
