//! The resource map (leveraging strengths): what each partner can offer and what it needs,
//! by category; where the gaps and single-partner risks are; which offer could meet which
//! need; and the commitments the group agreed (who gives what to whom).
//!
//! Categories are records of their own (id, name, order), so a rename never rewrites the
//! entries that use it. Entries refer to a category and a partner by id.
mod amount;
mod analysis;
mod checks;
mod export;
mod html;
mod matching;
mod sample;
#[cfg(test)]
mod tests;

use crate::i18n::{tr, Key, Msg};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::{find, find_mut, new_id, Extra, Record};
use super::{Partnership, Problem};
use crate::model::order::sort_by;

pub use amount::{Amount, Decimal, Totals};
pub use analysis::{
    balance, by_category, findings, heat_map, single_partner_categories, unmet_needs, CategoryView,
    Finding, FindingKind, HeatCell, HeatMap, PartnerBalance, SinglePartnerRisk, UnmetNeed, UnmetReason,
};
pub use checks::{check, check_category_name, check_entry};
pub use export::{csv, csv_file_name};
pub use html::{agreed_notice, amount_text, by_category_html, entry_meta, gaps_html, matches_html, totals_text};
pub use matching::{matches_for, suggestions, Match, NeedSuggestions};
pub use sample::add_sample;

/// The categories a new partnership starts with, named in the interface's language when it
/// is made (then they are the group's text: it renames, adds and removes freely).
pub const DEFAULT_CATEGORIES: [crate::i18n::Key; 9] = {
    use crate::i18n::tr::resources::categories::usual;
    [
        usual::EXPERTISE,
        usual::NETWORKS,
        usual::FUNDING,
        usual::TECHNOLOGY,
        usual::COMMUNITY_KNOWLEDGE,
        usual::RELATIONSHIPS,
        usual::FACILITIES,
        usual::VOLUNTEERS,
        usual::DATA,
    ]
};

crate::section! {
    pub struct ResourceMap {
        pub categories: Vec<Category>, pub entries: Vec<Entry>,
        /// Accepted matches. The goals tool counts these to judge whether a goal is achievable.
        pub commitments: Vec<Commitment>,
    } + extra
}

crate::record! {
    pub struct Category("resource_category") {
        pub name: String,
        /// Position in lists and the heat-map; lower first.
        #[serde(default)]
        pub order: u32,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// What a partner can contribute.
    Offer,
    /// What a partner, or the partnership through it, lacks.
    Need,
}

impl EntryKind {
    /// The kind's name: a message, for the screen to word in its language (`t(x.label_key())`).
    pub fn label_key(self) -> Key {
        match self {
            EntryKind::Offer => tr::model::entry_kind::OFFER,
            EntryKind::Need => tr::model::entry_kind::NEED,
        }
    }

    /// In English (files, logs, tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn label(self) -> &'static str {
        crate::i18n::english(self.label_key())
    }

}

crate::choice_enum! {
    /// Where a commitment stands, from the day it was agreed to its delivery.
    #[derive(Default, Hash, Serialize, Deserialize)] #[serde(rename_all = "snake_case")]
    pub enum CommitmentStatus {
        #[default]
        Agreed = ("agreed", "Agreed"), InProgress = ("in_progress", "In progress"),
        Delivered = ("delivered", "Delivered"), Dropped = ("dropped", "Dropped"),
    }
}

crate::choice_enum! {
    /// How much of something: small, medium or large (levels 1–3).
    #[derive(Default, Hash, PartialOrd, Ord, Serialize, Deserialize)] #[serde(rename_all = "snake_case")]
    pub enum Strength {
        Small = ("small", "Small"),
        #[default]
        Medium = ("medium", "Medium"), Large = ("large", "Large"),
    }
}

impl Strength {
    pub fn level(self) -> u8 {
        self as u8 + 1
    }

    /// The size as a word that describes an offer (`offer`) or a need: the two agree
    /// differently in Spanish and French.
    pub fn size_key(self, offer: bool) -> crate::i18n::Key {
        use crate::i18n::tr::model::resources::{need_size, offer_size};
        match (self, offer) {
            (Strength::Small, true) => offer_size::SMALL,
            (Strength::Medium, true) => offer_size::MEDIUM,
            (Strength::Large, true) => offer_size::LARGE,
            (Strength::Small, false) => need_size::SMALL,
            (Strength::Medium, false) => need_size::MEDIUM,
            (Strength::Large, false) => need_size::LARGE,
        }
    }
}

crate::record! {
    /// One offer or need of one partner.
    pub struct Entry("resource_entry") {
        pub partner_id: Uuid,
        pub kind: EntryKind,
        pub category_id: Uuid,
        pub description: String,
        #[serde(default)]
        pub strength: Strength,
        /// For money or hours: how much exactly.
        #[serde(default)]
        pub amount: Option<Amount>,
        #[serde(default)]
        pub available_from: Option<NaiveDate>,
        #[serde(default)]
        pub available_until: Option<NaiveDate>,
    }
}

impl Entry {
    pub fn new(
        partner_id: Uuid,
        kind: EntryKind,
        category_id: Uuid,
        description: impl Into<String>,
        strength: Strength,
        now: DateTime<Utc>,
    ) -> Entry {
        crate::new_record!(now, Entry {
            partner_id,
            kind,
            category_id,
            description: description.into(),
            strength,
            amount: None,
            available_from: None,
            available_until: None,
        })
    }

    /// Whether the two are available at some common time; a missing date is open-ended.
    pub fn overlaps(&self, other: &Entry) -> bool {
        let starts_before_end = |from: Option<NaiveDate>, until: Option<NaiveDate>| match (from, until) {
            (Some(f), Some(u)) => f <= u,
            _ => true,
        };
        starts_before_end(self.available_from, other.available_until)
            && starts_before_end(other.available_from, self.available_until)
    }

    pub fn has_dates(&self) -> bool {
        self.available_from.is_some() || self.available_until.is_some()
    }
}

crate::record! {
    /// An accepted match: `from_partner` gives what its offer describes to `to_partner` for its need.
    pub struct Commitment("resource_commitment") {
        pub offer_id: Uuid,
        pub need_id: Uuid,
        pub from_partner: Uuid,
        pub to_partner: Uuid,
        #[serde(default)]
        pub note: String,
        /// When the giving partner means to have delivered it.
        #[serde(default)]
        pub due: Option<NaiveDate>,
        #[serde(default)]
        pub status: CommitmentStatus,
    }
}

impl ResourceMap {
    /// A map with the default categories, in order.
    pub fn with_default_categories(now: DateTime<Utc>) -> ResourceMap {
        let mut map = ResourceMap::default();
        map.add_default_categories(now);
        map
    }

    /// Adds the default categories, in the interface's language, whose names are not used
    /// yet.
    pub fn add_default_categories(&mut self, now: DateTime<Utc>) {
        for name in DEFAULT_CATEGORIES.map(crate::i18n::text) {
            let _ = self.add_category(&name, now);
        }
    }

    /// Categories in their display order.
    pub fn ordered_categories(&self) -> Vec<&Category> {
        let mut list: Vec<&Category> = self.categories.iter().collect();
        sort_by(&mut list, |a, b| a.order.cmp(&b.order).then_with(|| a.name.cmp(&b.name)));
        list
    }

    pub fn category(&self, id: Uuid) -> Option<&Category> {
        find(&self.categories, id)
    }

    pub fn category_name(&self, id: Uuid) -> String {
        self.category(id).map_or_else(|| crate::i18n::text(crate::i18n::tr::model::resources::REMOVED_CATEGORY), |c| c.name.clone())
    }

    pub fn entry(&self, id: Uuid) -> Option<&Entry> {
        find(&self.entries, id)
    }

    pub fn commitment(&self, id: Uuid) -> Option<&Commitment> {
        find(&self.commitments, id)
    }

    pub fn entries_in_category(&self, id: Uuid) -> usize {
        self.entries.iter().filter(|e| e.category_id == id).count()
    }

    /// Commitments in which the entry is the offer or the need.
    pub fn commitments_of_entry(&self, entry_id: Uuid) -> Vec<&Commitment> {
        self.commitments.iter().filter(|c| c.offer_id == entry_id || c.need_id == entry_id).collect()
    }

    pub fn add_category(&mut self, name: &str, now: DateTime<Utc>) -> Result<Uuid, Problem> {
        let name = check_category_name(self, None, name)?;
        let order = self.categories.iter().map(|c| c.order.saturating_add(1)).max().unwrap_or(0);
        let id = new_id();
        self.categories.push(Category { id, created_at: now, updated_at: now, name, order, at: Default::default(), extra: Extra::new() });
        Ok(id)
    }

    /// Renames a category; its entries follow, since they refer to it by id.
    pub fn rename_category(&mut self, id: Uuid, name: &str, now: DateTime<Utc>) -> Result<(), Problem> {
        let name = check_category_name(self, Some(id), name)?;
        let category = find_mut(&mut self.categories, id)
            .ok_or_else(|| Problem::new("name", tr::problem::resources::CATEGORY_GONE))?;
        category.name = name;
        category.touch(now);
        Ok(())
    }

    /// Moves a category one place earlier (`-1`) or later (`1`); orders are renumbered 0, 1, …
    /// so that they stay distinct whatever a merged file held.
    pub fn move_category(&mut self, id: Uuid, step: i32, now: DateTime<Utc>) {
        let mut ids: Vec<Uuid> = self.ordered_categories().iter().map(|c| c.id).collect();
        let Some(pos) = ids.iter().position(|x| *x == id) else { return };
        let target = pos as i64 + i64::from(step);
        if target < 0 || target >= ids.len() as i64 {
            return;
        }
        ids.swap(pos, target as usize);
        for (order, cid) in ids.iter().enumerate() {
            if let Some(c) = find_mut(&mut self.categories, *cid) {
                if c.order != order as u32 {
                    c.order = order as u32;
                    c.touch(now);
                }
            }
        }
    }
}

crate::listed!(Entry => resources.entries {
    /// Changing an entry's partner or kind withdraws its commitments: they promised
    /// something between two other parties.
    fn before_upsert(&mut self, p: &mut Partnership, now: DateTime<Utc>) {
        let stale: Vec<Uuid> = p
            .resources
            .commitments
            .iter()
            .filter(|c| {
                (c.offer_id == self.id && (self.kind != EntryKind::Offer || c.from_partner != self.partner_id))
                    || (c.need_id == self.id && (self.kind != EntryKind::Need || c.to_partner != self.partner_id))
            })
            .map(|c| c.id)
            .collect();
        for id in stale {
            p.remove::<Commitment>(id, now);
        }
    }
    /// The commitments that rest on it go with it.
    fn cascade(removed: &Entry, p: &mut Partnership, now: DateTime<Utc>) {
        let orphans: Vec<Uuid> = p.resources.commitments_of_entry(removed.id).iter().map(|c| c.id).collect();
        for c in orphans {
            p.remove::<Commitment>(c, now);
        }
    }
});

crate::listed!(Category => resources.categories {
    /// Every entry in it goes with it (the user was asked first when there were any).
    fn cascade(removed: &Category, p: &mut Partnership, now: DateTime<Utc>) {
        let entries: Vec<Uuid> =
            p.resources.entries.iter().filter(|e| e.category_id == removed.id).map(|e| e.id).collect();
        for e in entries {
            p.remove::<Entry>(e, now);
        }
    }
});

// Removing a commitment withdraws it: the offer and the need stay.
crate::listed!(Commitment => resources.commitments);

/// Removes a category with every entry in it. Returns the category and how many entries
/// went with it.
pub fn remove_category(p: &mut Partnership, id: Uuid, now: DateTime<Utc>) -> Option<(Category, usize)> {
    let entries = p.resources.entries_in_category(id);
    p.remove::<Category>(id, now).map(|c| (c, entries))
}

/// Records that `offer_id` will meet `need_id`. Refuses what is not a real match.
pub fn accept_match(p: &mut Partnership, offer_id: Uuid, need_id: Uuid, now: DateTime<Utc>) -> Result<Uuid, Msg> {
    let r = &p.resources;
    let offer = r.entry(offer_id).filter(|e| e.kind == EntryKind::Offer).ok_or(Msg::new(tr::problem::resources::OFFER_GONE))?;
    let need = r.entry(need_id).filter(|e| e.kind == EntryKind::Need).ok_or(Msg::new(tr::problem::resources::NEED_GONE))?;
    if offer.partner_id == need.partner_id {
        return Err(tr::problem::resources::OWN_NEED.into());
    }
    if r.commitments.iter().any(|c| c.offer_id == offer_id && c.need_id == need_id) {
        return Err(tr::problem::resources::ALREADY_COMMITTED.into());
    }
    let id = new_id();
    let commitment = Commitment {
        id,
        created_at: now,
        updated_at: now,
        offer_id,
        need_id,
        from_partner: offer.partner_id,
        to_partner: need.partner_id,
        note: String::new(),
        due: None,
        status: CommitmentStatus::Agreed,
        at: Default::default(),
        extra: Extra::new(),
    };
    p.resources.commitments.push(commitment);
    p.touch(now);
    Ok(id)
}

/// When a partner leaves, its offers and needs go too (with tombstones), and every commitment
/// it gave or received: an offer from someone no longer at the table cannot be counted on,
/// and the map must not show it.
pub fn forget_partner(p: &mut Partnership, partner_id: Uuid, now: DateTime<Utc>) {
    let entries: Vec<Uuid> =
        p.resources.entries.iter().filter(|e| e.partner_id == partner_id).map(|e| e.id).collect();
    for e in entries {
        p.remove::<Entry>(e, now);
    }
    let left: Vec<Uuid> = p
        .resources
        .commitments
        .iter()
        .filter(|c| c.from_partner == partner_id || c.to_partner == partner_id)
        .map(|c| c.id)
        .collect();
    for c in left {
        p.remove::<Commitment>(c, now);
    }
}

/// "FreshMart Groceries gives “Refrigerated van” to Eastside Tenants' Association for “Winter hall”."
pub fn describe_commitment(p: &Partnership, c: &Commitment) -> crate::i18n::Msg {
    use crate::i18n::{tr::model::resources, Msg};
    let what = |id: Uuid| p.resources.entry(id).map_or_else(|| Msg::new(resources::REMOVED_ENTRY), |e| Msg::Text(e.description.clone()));
    Msg::new(resources::COMMITMENT)
        .text("from", p.partner_name(c.from_partner))
        .said("need", what(c.need_id))
        .said("offer", what(c.offer_id))
        .text("to", p.partner_name(c.to_partner))
}
