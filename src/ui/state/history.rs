//! Undo and redo: every edit goes through [`AppState::edit`], which keeps the version before
//! it. How many versions are kept is the model's rule (`Partnership::undo_depth`).
use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::AppState;
use crate::model::{Partnership, Record};

/// Versions of the open partnership before (undo) and after (redo) the current one.
#[derive(Default)]
pub(super) struct History {
    undo: Vec<Partnership>,
    redo: Vec<Partnership>,
}

impl AppState {
    /// Applies one edit to the open partnership, saves it, and remembers the state before
    /// it for Undo. `message` is shown with an Undo button (use it for deletions).
    pub fn edit(&self, message: Option<String>, f: impl FnOnce(&mut Partnership, DateTime<Utc>)) {
        let Some(before) = self.current.get_untracked() else { return };
        let now = self.now();
        self.current.update(|p| {
            if let Some(p) = p {
                f(p, now);
                p.touch(now);
                self.stamp(&before, p, now);
            }
        });
        self.remember(before);
        if let Some(text) = message {
            self.notify_with_undo(text);
        }
        self.save();
    }

    /// Keeps `before` for Undo; a new change forgets what could be redone.
    pub(super) fn remember(&self, before: Partnership) {
        let depth = before.undo_depth();
        self.history.update_value(|h| {
            h.undo.push(before);
            while h.undo.len() > depth {
                h.undo.remove(0);
            }
            h.redo.clear();
        });
        self.sync_history();
    }

    fn sync_history(&self) {
        let (u, r) = self.history.with_value(|h| (!h.undo.is_empty(), !h.redo.is_empty()));
        self.can_undo.set(u);
        self.can_redo.set(r);
    }

    pub fn undo(&self) {
        self.step_history(true);
    }

    pub fn redo(&self) {
        self.step_history(false);
    }

    fn step_history(&self, back: bool) {
        let Some(current) = self.current.get_untracked() else { return };
        let now = self.now();
        let mut target = None;
        self.history.update_value(|h| {
            let (from, to) = if back { (&mut h.undo, &mut h.redo) } else { (&mut h.redo, &mut h.undo) };
            if let Some(mut p) = from.pop() {
                // Going back is an edit of its own, stamped now: a merge then knows that
                // this tab undid what another copy may still hold.
                self.stamp(&current, &mut p, now);
                to.push(current);
                target = Some(p);
            }
        });
        self.sync_history();
        if let Some(p) = target {
            self.current.set(Some(p));
            self.notify(if back { "Undone." } else { "Redone." });
            self.save();
        }
    }

    /// Forgets every step (another partnership was opened).
    pub(super) fn forget_undo(&self) {
        self.history.set_value(History::default());
        self.sync_history();
    }
}
