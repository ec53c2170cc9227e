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
mod matching;
mod sample;
#[cfg(test)]
mod tests;

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
pub use matching::{matches_for, suggestions, Match, NeedSuggestions};
pub use sample::add_sample;

/// The categories a new partnership starts with; the group renames, adds and removes freely.
pub const DEFAULT_CATEGORIES: [&str; 9] = [
    "Expertise",
    "Networks",
    "Funding",
    "Technology",
    "Community knowledge",
    "Relationships",
    "Facilities",
    "Volunteers",
    "Data",
];

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
    pub fn label(self) -> &'static str {
        match self {
            EntryKind::Offer => "Offer",
            EntryKind::Need => "Need",
        }
    }

    /// "an offer", "a need": for sentences.
    pub fn with_article(self) -> &'static str {
        match self {
            EntryKind::Offer => "an offer",
            EntryKind::Need => "a need",
        }
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

    /// Adds the default categories whose names are not used yet (for maps from older files).
    pub fn add_default_categories(&mut self, now: DateTime<Utc>) {
        for name in DEFAULT_CATEGORIES {
            let _ = self.add_category(name, now);
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
        self.category(id).map_or_else(|| "(removed category)".to_string(), |c| c.name.clone())
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
        self.categories.push(Category { id, created_at: now, updated_at: now, name, order, extra: Extra::new() });
        Ok(id)
    }

    /// Renames a category; its entries follow, since they refer to it by id.
    pub fn rename_category(&mut self, id: Uuid, name: &str, now: DateTime<Utc>) -> Result<(), Problem> {
        let name = check_category_name(self, Some(id), name)?;
        let category = find_mut(&mut self.categories, id)
            .ok_or_else(|| Problem::new("name", "This category no longer exists."))?;
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
pub fn accept_match(p: &mut Partnership, offer_id: Uuid, need_id: Uuid, now: DateTime<Utc>) -> Result<Uuid, String> {
    let r = &p.resources;
    let offer = r.entry(offer_id).filter(|e| e.kind == EntryKind::Offer).ok_or("That offer no longer exists.")?;
    let need = r.entry(need_id).filter(|e| e.kind == EntryKind::Need).ok_or("That need no longer exists.")?;
    if offer.partner_id == need.partner_id {
        return Err("A partner cannot meet its own need through the partnership.".into());
    }
    if r.commitments.iter().any(|c| c.offer_id == offer_id && c.need_id == need_id) {
        return Err("This offer is already committed to that need.".into());
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
pub fn describe_commitment(p: &Partnership, c: &Commitment) -> String {
    let what = |id: Uuid| p.resources.entry(id).map_or("(removed entry)".to_string(), |e| e.description.clone());
    format!(
        "{} gives “{}” to {} for “{}”.",
        p.partner_name(c.from_partner),
        what(c.offer_id),
        p.partner_name(c.to_partner),
        what(c.need_id)
    )
}
