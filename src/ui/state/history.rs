//! Undo and redo: every edit goes through [`AppState::edit`], which keeps the versions before
//! and after it. Undo takes back only that change, from the partnership as it is now (another
//! tab's changes saved since stay: `model::undo`). How many steps are kept is the model's rule
//! (`Partnership::undo_depth`).
use std::sync::Arc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::AppState;
use crate::i18n::tr;
use crate::ui::i18n::say;
use crate::model::{Partnership, Record};

/// One change this tab made: the partnership before and after it. The version after is the
/// next step's before, or the current one, until something else replaces the current one
/// (another tab's save, a merge while saving): only then is it copied ([`AppState::settle_history`]).
struct Step {
    before: Arc<Partnership>,
    after: Option<Arc<Partnership>>,
}

/// Changes of this tab that can be undone, and undos that can be redone.
#[derive(Default)]
pub(super) struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl AppState {
    /// Applies one edit to the open partnership, saves it, and remembers the state before
    /// it for Undo. `message` is shown with an Undo button (use it for deletions).
    pub fn edit(&self, message: Option<String>, f: impl FnOnce(&mut Partnership, DateTime<Utc>)) {
        // One body for the 49 callers' closures, not one compiled copy each (the bundle).
        self.edit_boxed(message, Box::new(f));
    }

    fn edit_boxed(&self, message: Option<String>, f: Box<dyn FnOnce(&mut Partnership, DateTime<Utc>) + '_>) {
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

    /// Keeps the version `before` the change just made for Undo; a new change forgets what
    /// could be redone.
    pub(super) fn remember(&self, before: Partnership) {
        let depth = before.undo_depth();
        let mut forgotten = Vec::new();
        self.history.update_value(|h| {
            let before = Arc::new(before);
            if let Some(last) = h.undo.last_mut() {
                last.after.get_or_insert_with(|| before.clone());
            }
            h.undo.push(Step { before, after: None });
            let over = h.undo.len().saturating_sub(depth);
            forgotten.extend(h.undo.drain(..over));
            forgotten.append(&mut h.redo);
        });
        // Freeing a whole partnership takes a while: after the edit is on the screen.
        if !forgotten.is_empty() {
            set_timeout(move || drop(forgotten), std::time::Duration::ZERO);
        }
        self.sync_history();
    }

    /// The current version is about to be replaced by something other than this tab's edit
    /// (another tab's save, a merge): the last step keeps it as its version after.
    pub(super) fn settle_history(&self) {
        let open = self.history.with_value(|h| h.undo.last().is_some_and(|s| s.after.is_none()));
        if let Some(current) = open.then(|| self.current.get_untracked()).flatten() {
            self.history.update_value(|h| {
                if let Some(last) = h.undo.last_mut() {
                    last.after.get_or_insert_with(|| Arc::new(current));
                }
            });
        }
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
        let mut outcome = None;
        self.history.update_value(|h| {
            let (from, to) = if back { (&mut h.undo, &mut h.redo) } else { (&mut h.redo, &mut h.undo) };
            let Some(step) = from.pop() else { return };
            let after = step.after.as_deref().unwrap_or(&current);
            outcome = Some(match crate::model::undo::revert(&step.before, after, &current) {
                Ok(mut p) => {
                    // Going back is an edit of its own, stamped now: a merge then knows that
                    // this tab undid what another copy may still hold.
                    self.stamp(&current, &mut p, now);
                    to.push(Step { before: Arc::new(current), after: Some(Arc::new(p.clone())) });
                    Ok(p)
                }
                Err(blocked) => Err(blocked),
            });
        });
        self.sync_history();
        match outcome {
            Some(Ok(p)) => {
                self.current.set(Some(p));
                self.notify(say(|w| w.get(if back { tr::state::UNDONE } else { tr::state::REDONE }).to_string()));
                self.save();
            }
            Some(Err(blocked)) => self.fail(say(|w| {
                let why = blocked.to_string();
                if back { tr::state::undo_blocked(w, &why) } else { tr::state::redo_blocked(w, &why) }
            })),
            None => {}
        }
    }

    /// Forgets every step (another partnership was opened).
    pub(super) fn forget_undo(&self) {
        self.history.set_value(History::default());
        self.sync_history();
    }
}
