//! Saving the open partnership after every change, and taking in what another tab saved.
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use super::{with_store, AppState};
use crate::i18n::tr;
use crate::ui::i18n::say;
use crate::storage::{LoadError, Saved};

thread_local! {
    /// A save asked for by [`AppState::save_after_paint`] that has not run yet.
    static DEFERRED: Cell<bool> = const { Cell::new(false) };
}

/// The longest a deferred save waits when no frame comes (a hidden tab draws none).
const DEFER_AT_MOST: Duration = Duration::from_millis(200);

impl AppState {
    /// Saves once the screen shows the change, then calls `then`, for a change whose save
    /// rewrites most of a large partnership (a merge): that save first keeps the whole new
    /// version in the journal, which took longer than drawing the change. It is the same save,
    /// only later (a frame, at most [`DEFER_AT_MOST`]); a save before it takes its place.
    pub fn save_after_paint(&self, then: impl FnOnce() + 'static) {
        DEFERRED.set(true);
        let state = *self;
        let then: Rc<Cell<Option<Box<dyn FnOnce()>>>> = Rc::new(Cell::new(Some(Box::new(then))));
        let run = move || {
            let Some(then) = then.take() else { return };
            if DEFERRED.get() {
                state.save();
            }
            then();
        };
        let after_frame = run.clone();
        // A timeout set inside the frame's callback runs once that frame is painted.
        request_animation_frame(move || set_timeout(after_frame, Duration::ZERO));
        set_timeout(run, DEFER_AT_MOST);
    }

    /// Saves the open partnership. On failure the user is told at once and keeps working
    /// in memory; the banner offers an export.
    pub fn save(&self) {
        DEFERRED.set(false);
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
                    self.notify(say(|w| match conflicts {
                        0 => w.get(tr::state::SAVED_BOTH).to_string(),
                        n => tr::state::saved_conflicts(w, n as i64),
                    }));
                }
                self.index.set(index);
                self.save_problem.set(None);
            }
            (Err(e), _) => self.save_problem.set(Some(say(|w| tr::state::not_saved(w, &e.to_string())))),
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
            // A change not saved yet: its save merges in what the other tab saved.
            if DEFERRED.get() {
                self.save();
                return;
            }
            if self.save_problem.get_untracked().is_some() {
                return;
            }
            match open_id.map(|id| with_store(|s| s.load(id, now))) {
                Some(Ok(p)) => {
                    self.settle_history();
                    self.current.set(Some(p));
                    self.notify(say(|w| w.get(tr::state::UPDATED_ELSEWHERE).to_string()));
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
