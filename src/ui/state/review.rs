//! Merging a file into the open partnership: the merge is worked out and shown for review,
//! the user settles conflicts, and nothing is written until they confirm.
use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use super::{AppState, Incoming, Review};
use crate::i18n::{tr, Words};
use crate::model::merge::{self, Change, Merge, Side};
use crate::ui::i18n::say;

impl AppState {
    /// Works out the merge of the waiting file and shows it for review.
    pub fn start_merge(&self) {
        if let Some(p) = self.take_pending() {
            let files = vec![Incoming { file_name: p.file_name, origin: p.origin, partnership: p.partnership }];
            self.review.set(Some(Review { files, choices: HashMap::new() }));
        }
    }

    /// Merges the waiting file and every other file picked or dropped with it, in one
    /// review (a facilitator collecting the partners' files). A file that cannot be read is
    /// reported and left out.
    pub fn start_merge_all(&self) {
        let Some(p) = self.take_pending() else { return };
        let mut files = vec![Incoming { file_name: p.file_name, origin: p.origin, partnership: p.partnership }];
        for (file_name, text) in self.take_queue() {
            match crate::model::file::open(&text) {
                Ok(opened) => files.push(Incoming {
                    origin: opened.exported_by.clone().unwrap_or_else(|| file_name.clone()),
                    file_name,
                    partnership: opened.partnership,
                }),
                Err(e) => self.import_failed(&file_name, &e.to_string()),
            }
        }
        self.review.set(Some(Review { files, choices: HashMap::new() }));
    }

    /// The merge as it stands with the user's choices (not written): each file merged in
    /// turn into the result of the ones before, every change of every file in one list.
    pub fn preview(&self, review: &Review) -> Option<Result<Merge, String>> {
        let now = self.now();
        self.current.with(|c| {
            let mine = c.as_ref()?;
            let mut changes = Vec::new();
            let mut result: Option<crate::model::Partnership> = None;
            for f in &review.files {
                let base = result.as_ref().unwrap_or(mine);
                match merge::merge(base, &f.partnership, &f.origin, &review.choices, now) {
                    Ok(m) => {
                        changes.extend(m.changes);
                        result = Some(m.result);
                    }
                    Err(e) => return Some(Err(format!("{}: {e}", f.file_name))),
                }
            }
            Some(Ok(Merge { changes, result: result.unwrap_or_else(|| mine.clone()) }))
        })
    }

    pub fn choose(&self, key: String, side: Side) {
        self.review.update(|r| {
            if let Some(r) = r {
                r.choices.insert(key, side);
            }
        });
    }

    /// Writes the reviewed merge (the one the review screen shows, so it is not worked out
    /// again); one Undo restores the state before it. `release` makes the review let go of
    /// its share of `m` once the review is closed, so that the merged partnership is moved
    /// into place, not copied (a copy and its drop cost a noticeable part of a large merge).
    pub fn apply_merge(&self, m: Arc<Merge>, release: impl FnOnce()) {
        let Some(file_name) = self.review.try_update(|r| r.take().map(|r| r.title())).flatten() else { return };
        release();
        let Merge { changes, result } = Arc::try_unwrap(m).unwrap_or_else(|shared| (*shared).clone());
        let summary = say(|w| merge_summary_of(w, &changes));
        // The version before the merge moves to the undo history (no copy of it is made).
        let Some(before) = self.current.try_update_untracked(|c| c.take()).flatten() else { return };
        self.remember(before);
        self.current.set(Some(result));
        // Saved once the merge is on the screen; its message says so only then.
        let message = say(|w| tr::state::merged(w, &file_name, &summary));
        let state = *self;
        self.save_after_paint(move || {
            state.notify_with_undo(message);
            state.next_file();
        });
    }

    pub fn cancel_review(&self) {
        if let Some(r) = self.review.try_update(Option::take).flatten() {
            self.notify(say(|w| tr::state::merge_cancelled(w, &r.title())));
            self.next_file();
        }
    }
}

/// "2 records added, 1 conflict resolved": what a merge did, in the words `w`.
pub fn merge_summary(w: &Words, m: &Merge) -> String {
    merge_summary_of(w, &m.changes)
}

/// [`merge_summary`] of a merge's changes.
fn merge_summary_of(w: &Words, changes: &[Change]) -> String {
    use crate::model::merge::ChangeKind::*;
    let mut parts = Vec::new();
    let counts: [(_, fn(&Words, i64) -> String); 4] = [
        (Added, |w, n| tr::state::added(w, n)),
        (Updated, |w, n| tr::state::updated(w, n)),
        (Deleted, |w, n| tr::state::removed(w, n)),
        (Conflict, |w, n| tr::state::resolved(w, n)),
    ];
    for (kind, words) in counts {
        match changes.iter().filter(|c| c.kind == kind).count() {
            0 => {}
            n => parts.push(words(w, n as i64)),
        }
    }
    if parts.is_empty() { w.get(tr::state::NOTHING_NEW).to_string() } else { parts.join(", ") }
}
