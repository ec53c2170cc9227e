//! Saving the open partnership after every change, and taking in what another tab saved.
use leptos::prelude::*;

use super::{with_store, AppState};
use crate::storage::{LoadError, Saved};

impl AppState {
    /// Saves the open partnership. On failure the user is told at once and keeps working
    /// in memory; the banner offers an export.
    pub fn save(&self) {
        if self.read_only.get_untracked().is_some() {
            return;
        }
        let now = self.now();
        // Another tab saved since: the save merges, and Undo must know this tab's version.
        if self.open_id().is_some_and(|id| with_store(|s| s.changed_elsewhere(id))) {
            self.settle_history();
        }
        let mut index = self.index.get_untracked();
        // Mutable so that the store can leave the long lists out of the head for a moment, and
        // put in a merge with another tab's save; only a merge is shown (notified) below.
        let Some(result) = self
            .current
            .try_update_untracked(|c| c.as_mut().map(|p| with_store(|s| s.save_merging(p, &mut index, now))))
            .flatten()
        else {
            return;
        };
        let result = (result, index);
        match result {
            (Ok(Saved::NewerElsewhere(found)), _) => {
                self.read_only.set(Some(LoadError::Newer { found }.to_string()));
            }
            (Ok(Saved::NewerLayoutElsewhere(why)), _) => self.read_only.set(Some(why)),
            (Ok(Saved::KeptBoth { why, .. }), _) => {
                self.current.update(|_| {});
                self.backups.set(with_store(|s| s.backups()));
                self.fail(format!(
                    "Another tab saved this partnership at the same moment, and the two versions \
                     could not be merged ({why}) Nothing was overwritten: the other tab's version \
                     is shown now, and this tab's is kept as a backup on the Partnerships page, \
                     where you can download or open it."
                ));
            }
            (Ok(Saved::Waiting(waiter)), _) => {
                // A merge with another tab's save may be in `current` already: show it.
                self.current.update(|_| {});
                // Nothing is written until the journal keeps the new version; then save again
                // (any change made meanwhile goes with it).
                if let Some(waiter) = waiter {
                    let state = *self;
                    leptos::task::spawn_local(async move {
                        waiter.await;
                        state.save();
                    });
                }
            }
            (Ok(saved), index) => {
                if let Saved::Merged { conflicts } = saved {
                    self.current.update(|_| {});
                    self.notify(if conflicts == 0 {
                        "Another tab saved this partnership at the same moment; both tabs' changes are kept.".to_string()
                    } else {
                        format!(
                            "Another tab saved this partnership at the same moment; {conflicts} field{} \
                             changed in both tabs, and the later edit was kept.",
                            if conflicts == 1 { " was" } else { "s were" }
                        )
                    });
                }
                self.index.set(index);
                self.save_problem.set(None);
            }
            (Err(e), _) => self.save_problem.set(Some(format!(
                "Not saved: {e} Your changes are kept in this tab; export the partnership to \
                 keep a copy, or free space by deleting partnerships you no longer need."
            ))),
        }
        self.usage.set(with_store(|s| s.usage()));
        self.tell_repairs();
    }

    /// Another tab saved: take its version of what we show, since every edit here is saved
    /// at once and so nothing unsaved is lost (unless saving is failing, then keep ours).
    pub fn other_tab_saved(&self, key: &str) {
        with_store(|s| s.resize(key));
        let now = self.now();
        if key == crate::storage::INDEX_KEY {
            let (mut index, _) = with_store(|s| s.index(now));
            index.active = self.index.with_untracked(|i| i.active).or(index.active);
            self.index.set(index);
            return;
        }
        let open_id = self.open_id();
        if crate::storage::partnership_id_of_key(key) == open_id && open_id.is_some() {
            if self.save_problem.get_untracked().is_some() {
                return;
            }
            match open_id.map(|id| with_store(|s| s.load(id, now))) {
                Some(Ok(p)) => {
                    self.settle_history();
                    self.current.set(Some(p));
                    self.notify("Updated with changes saved in another tab.");
                    self.tell_repairs();
                }
                Some(Err(e @ (LoadError::Newer { .. } | LoadError::NewerLayout { .. }))) => {
                    self.read_only.set(Some(e.to_string()));
                }
                _ => {}
            }
        }
        self.usage.set(with_store(|s| s.usage()));
    }
}
