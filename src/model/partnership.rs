//! The partnership: the one document a group works on, exports and merges.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::partners::Partner;
use super::record::{find_mut, new_id, take_by_id, Extra, Listed, Record, Tombstone};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Partnership {
    pub id: Uuid,
    #[serde(with = "crate::model::time::stamp")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "crate::model::time::stamp")]
    pub updated_at: DateTime<Utc>,
    pub name: String,
    #[serde(default)]
    pub partners: Vec<Partner>,
    #[serde(default)]
    pub problem_tree: super::causes::ProblemTree,
    #[serde(default)]
    pub goals: Vec<super::goals::Goal>,
    #[serde(default)]
    pub metrics: Vec<super::metrics::Metric>,
    #[serde(default)]
    pub measurements: Vec<super::metrics::Measurement>,
    #[serde(default)]
    pub charter: super::charter::Charter,
    #[serde(default)]
    pub check_ins: super::checkins::CheckIns,
    #[serde(default)]
    pub health: super::health::HealthCheck,
    #[serde(default)]
    pub resources: super::resources::ResourceMap,
    /// Stories and the communication plan.
    #[serde(default)]
    pub communication: super::stories::Communication,
    /// Milestones, retrospectives and lessons.
    #[serde(default)]
    pub learning: super::learning::Learning,
    /// Funding sources, local capacity and engagement mechanisms.
    #[serde(default)]
    pub sustainability: super::sustainability::Sustainability,
    /// Deleted records of every tool, so that a merge never brings one back.
    #[serde(default)]
    pub tombstones: Vec<Tombstone>,
    #[serde(default)]
    pub community: super::community::Community,
    #[serde(default)]
    pub ideas: super::ideas::IdeaBoard,
    /// The report's introduction, challenges and chosen sections.
    #[serde(default, skip_serializing_if = "super::report::ReportSettings::is_empty")]
    pub report: super::report::ReportSettings,
    /// When each of the partnership's own fields (`name`, `problem_tree.problem`, ...) was
    /// last edited, and by which tab; records keep theirs (see [`super::stamp`]).
    #[serde(default, skip_serializing_if = "super::stamp::Stamps::is_empty")]
    pub at: super::stamp::Stamps,
    /// The latest edit of each tab that this copy includes (see [`super::stamp`]).
    #[serde(default, skip_serializing_if = "super::stamp::Seen::is_empty")]
    pub seen: super::stamp::Seen,
    #[serde(flatten)]
    pub extra: Extra,
}
// Not `impl_record!`: the partnership changes with every edit, so it keeps no history.
impl Record for Partnership {
    const KIND: &'static str = "partnership";
    fn id(&self) -> Uuid {
        self.id
    }
    fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
    fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
    fn touch(&mut self, now: DateTime<Utc>) {
        self.updated_at = crate::model::record::after(now, self.updated_at).max(self.created_at);
    }
    fn at_mut(&mut self) -> &mut super::stamp::Stamps {
        &mut self.at
    }
}

impl Partnership {
    pub fn new(name: impl Into<String>, now: DateTime<Utc>) -> Partnership {
        Partnership {
            id: new_id(),
            created_at: now,
            updated_at: now,
            name: name.into(),
            partners: Vec::new(),
            problem_tree: Default::default(),
            goals: Vec::new(),
            metrics: Vec::new(),
            measurements: Vec::new(),
            charter: super::charter::Charter::new(now),
            check_ins: Default::default(),
            health: Default::default(),
            resources: super::resources::ResourceMap::with_default_categories(now),
            communication: Default::default(),
            learning: Default::default(),
            sustainability: Default::default(),
            tombstones: Vec::new(),
            community: Default::default(),
            ideas: Default::default(),
            report: Default::default(),
            at: Default::default(),
            seen: Default::default(),
            extra: Extra::new(),
        }
    }

    pub fn partner(&self, id: Uuid) -> Option<&Partner> {
        super::record::find(&self.partners, id)
    }

    /// The partner's name, or a stand-in (in the interface's language) when it was deleted, for
    /// lists that refer to it.
    pub fn partner_name(&self, id: Uuid) -> String {
        self.partner(id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| crate::i18n::text(crate::i18n::tr::form::REMOVED_PARTNER))
    }

    /// Adds a record of any top-level list, or replaces the one with its id: the record is
    /// marked edited now (its earlier version goes into its history), then the type's
    /// [`Listed::before_upsert`] runs, and the partnership is marked edited. Rules that can
    /// refuse a record are checked by the caller first (e.g. [`super::causes::check_parent`]).
    pub fn upsert<T: Listed>(&mut self, mut record: T, now: DateTime<Utc>) {
        record.touch(now);
        record.before_upsert(self, now);
        match find_mut(T::list_mut(self), record.id()) {
            Some(existing) => *existing = record,
            None => T::list_mut(self).push(record),
        }
        self.touch(now);
    }

    /// Deletes the record `id` of type `T`, leaving a tombstone of kind `T::KIND`, then runs
    /// the type's [`Listed::cascade`] (a partner's offers and needs go with it, ...). Returns
    /// the removed record (for undo messages); `None`, changing nothing, when it is not there.
    pub fn remove<T: Listed>(&mut self, id: Uuid, now: DateTime<Utc>) -> Option<T> {
        let removed = take_by_id(T::list_mut(self), id)?;
        self.bury(T::KIND, id, now);
        T::cascade(&removed, self, now);
        Some(removed)
    }

    /// Records that the record `id` of `kind` was deleted at `now`.
    pub fn bury(&mut self, kind: &str, id: Uuid, now: DateTime<Utc>) {
        if !self.is_deleted(id) {
            self.tombstones.push(Tombstone { id, kind: kind.to_string(), deleted_at: now, stamp: Default::default() });
        }
        self.touch(now);
    }

    pub fn is_deleted(&self, id: Uuid) -> bool {
        self.tombstones.iter().any(|t| t.id == id)
    }

    /// A copy to work on separately: a new partnership id and name; records keep their ids so
    /// that the copy can later be merged back.
    pub fn duplicate(&self, name: impl Into<String>, now: DateTime<Utc>) -> Partnership {
        let mut copy = self.clone();
        copy.id = new_id();
        copy.name = name.into();
        copy.created_at = now;
        copy.updated_at = now;
        copy
    }
}

/// How many steps of Undo the app keeps for a partnership of a given size. Each step keeps a
/// whole copy of the partnership, so a large one keeps fewer steps (at least
/// [`UNDO_MIN_STEPS`]) and years of measurements do not fill memory with copies.
pub const UNDO_MAX_STEPS: usize = 30;
pub const UNDO_MIN_STEPS: usize = 5;
/// Records held across all the undo copies, about: the budget the steps share.
pub const UNDO_RECORD_BUDGET: usize = 150_000;

// Sizes, asked by the undo history (in the UI) rather than counted there.
impl Partnership {
    /// Every record in every list: each tool's records, the records nested in them (a
    /// meeting's actions, a round's ratings or ballots, a retrospective's actions) and the
    /// tombstones. This is what a copy of the partnership costs in memory.
    pub fn record_count(&self) -> usize {
        let nested = self.check_ins.meetings.iter().map(|m| m.actions.len()).sum::<usize>()
            + self.health.rounds.iter().map(|r| r.ratings.len()).sum::<usize>()
            + self.ideas.rounds.iter().map(|r| r.ballots.len()).sum::<usize>()
            + self.learning.retrospectives.iter().map(|r| r.actions.len()).sum::<usize>();
        let lists = [
            self.partners.len(),
            self.problem_tree.causes.len(),
            self.problem_tree.symptoms.len(),
            self.goals.len(),
            self.metrics.len(),
            self.measurements.len(),
            self.charter.partner_terms.len(),
            self.charter.sign_offs.len(),
            self.check_ins.meetings.len(),
            self.health.rounds.len(),
            self.resources.categories.len(),
            self.resources.entries.len(),
            self.resources.commitments.len(),
            self.communication.stories.len(),
            self.communication.plan.len(),
            self.learning.milestones.len(),
            self.learning.retrospectives.len(),
            self.learning.lessons.len(),
            self.sustainability.funding.len(),
            self.sustainability.capacity.len(),
            self.sustainability.engagement.len(),
            self.community.activities.len(),
            self.community.inputs.len(),
            self.community.responses.len(),
            self.ideas.ideas.len(),
            self.ideas.rounds.len(),
            self.ideas.experiments.len(),
            self.ideas.pivots.len(),
            self.tombstones.len(),
        ];
        lists.iter().sum::<usize>() + nested
    }

    /// How many earlier versions Undo keeps while this partnership is open: up to
    /// [`UNDO_MAX_STEPS`], fewer as it grows, never under [`UNDO_MIN_STEPS`].
    pub fn undo_depth(&self) -> usize {
        // The partnership itself counts as one record, so an empty one divides by one.
        (UNDO_RECORD_BUDGET / (self.record_count() + 1)).clamp(UNDO_MIN_STEPS, UNDO_MAX_STEPS)
    }
}

#[cfg(test)]
mod tests;
