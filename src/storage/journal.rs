//! The second store, so that no save can lose a partnership. When localStorage has no room for
//! the old and the new version side by side, a save replaces chunk by chunk ([`super::parts`]),
//! and a tab killed midway would leave neither version whole. So the whole new version (as an
//! export file) is first kept in a [`Journal`] (IndexedDB in the browser, [`super::idb`]); only
//! once it is kept does the replacing begin, and when it is done the entry goes. A load that
//! finds the parts half replaced finishes the save from the entry ([`choose`] decides, a pure
//! function). Without a journal (a browser that refuses IndexedDB) saves go on as before, and
//! the user is told once that such very large saves are not crash-safe there.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{parts, partnership_key, Backend, StorageError, Store};
use crate::model::file::{compact_json, read};
use crate::model::Partnership;

/// Done when a journal entry being written is kept, or has failed.
pub struct Waiter(pub Pin<Box<dyn Future<Output = ()>>>);

impl Future for Waiter {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        self.0.as_mut().poll(cx)
    }
}

impl fmt::Debug for Waiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Waiter")
    }
}

/// What became of [`Journal::put`].
pub enum Put {
    /// Kept already (a synchronous store).
    Kept,
    /// Being written; kept once the waiter is done, unless it failed.
    Later(Waiter),
    Failed(StorageError),
}

/// Where a partnership's entry stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum State {
    Kept,
    Writing,
    Absent,
}

/// A store beside localStorage, with room for whole partnerships, one entry for each.
pub trait Journal {
    /// The entry of partnership `id`, once kept.
    fn get(&self, id: Uuid) -> Option<String>;
    fn state(&self, id: Uuid) -> State;
    /// Keeps `text` as the entry of `id`, in place of any earlier one.
    fn put(&self, id: Uuid, text: String) -> Put;
    fn remove(&self, id: Uuid);
}

/// A journal in memory: the test double. Clones share their entries, as two tabs (or a tab
/// and the same tab after a restart) share one browser.
#[derive(Clone, Default)]
pub struct MemoryJournal {
    pub entries: Rc<RefCell<BTreeMap<Uuid, String>>>,
}

impl Journal for MemoryJournal {
    fn get(&self, id: Uuid) -> Option<String> {
        self.entries.borrow().get(&id).cloned()
    }
    fn state(&self, id: Uuid) -> State {
        if self.entries.borrow().contains_key(&id) {
            State::Kept
        } else {
            State::Absent
        }
    }
    fn put(&self, id: Uuid, text: String) -> Put {
        self.entries.borrow_mut().insert(id, text);
        Put::Kept
    }
    fn remove(&self, id: Uuid) {
        self.entries.borrow_mut().remove(&id);
    }
}

/// Which version a load takes.
#[derive(Debug, PartialEq)]
pub enum Choice {
    /// What storage holds: it is whole (the save never began, or finished), or the entry
    /// cannot be read; the entry, if any, is no longer needed.
    Stored,
    /// The entry's version: the stored parts are half replaced.
    Journal(Box<Partnership>),
}

/// Which version of partnership `id` a load takes, given its stored head (if any), the keys
/// of its parts found in storage, and its journal entry. A replace chunk by chunk removes the
/// head first and writes it last, so a head missing, or naming a chunk that is missing, is a
/// save stopped midway.
pub fn choose(id: Uuid, head: Option<&str>, keys: &[String], entry: &str) -> Choice {
    let whole = head.is_some_and(|head| {
        parts::named_keys(id, head).is_none_or(|named| named.iter().all(|k| keys.contains(k)))
    });
    if whole {
        return Choice::Stored;
    }
    match read(entry) {
        Ok(opened) if opened.partnership.id == id => Choice::Journal(Box::new(opened.partnership)),
        _ => Choice::Stored,
    }
}

impl<B: Backend> Store<B> {
    /// The store with a second store beside its backend (`None`: the browser gives none).
    pub fn with_journal(mut self, journal: Option<Box<dyn Journal>>) -> Store<B> {
        self.journal = journal;
        self
    }

    /// Before a save of `p` replaces chunk by chunk: keeps `p` in the journal first. An
    /// error ([`StorageError::Journaling`]) stops the save while the entry is being written
    /// (the waiter, for [`super::Saved::Waiting`], is left in `self.waiter`); the caller
    /// saves again once it is kept.
    pub(super) fn before_swap(&self, p: &Partnership, now: DateTime<Utc>) -> Result<(), StorageError> {
        let Some(journal) = &self.journal else {
            self.unprotected();
            return Ok(());
        };
        let mine = self.journaled.borrow().as_ref() == Some(p);
        if mine {
            return match journal.state(p.id) {
                State::Kept => Ok(()),
                State::Writing => Err(StorageError::Journaling),
                State::Absent => {
                    self.unprotected();
                    Ok(())
                }
            };
        }
        let put = journal.put(p.id, compact_json(p, now));
        match put {
            Put::Kept => {
                *self.journaled.borrow_mut() = Some(p.clone());
                Ok(())
            }
            Put::Later(waiter) => {
                *self.journaled.borrow_mut() = Some(p.clone());
                *self.waiter.borrow_mut() = Some(waiter);
                Err(StorageError::Journaling)
            }
            Put::Failed(_) => {
                *self.journaled.borrow_mut() = None;
                self.unprotected();
                Ok(())
            }
        }
    }

    /// After a save of `id` (not one waiting for its entry): a finished one needs its entry
    /// no more. A failed one keeps it until a load finds the stored version whole.
    pub(super) fn after_save(&self, id: Uuid, saved: bool) {
        let mine = self.journaled.borrow().as_ref().is_some_and(|v| v.id == id);
        if mine && self.journaled.take().is_some() && saved {
            if let Some(journal) = &self.journal {
                journal.remove(id);
            }
        }
    }

    /// Says once that a save replaced chunk by chunk with no journal to fall back on.
    fn unprotected(&self) {
        if !self.warned.replace(true) {
            self.notes.borrow_mut().push(
                "This browser does not let the page keep a second copy (IndexedDB), so very large \
                 saves like this one are not crash-safe here: export the partnership from time to time."
                    .into(),
            );
        }
    }

    /// Before partnership `id` is read: finishes a save of it that a closed tab left half
    /// done, from the journal, and drops an entry no longer needed. Returns the journal's
    /// version only when it could not be written back (it is then shown, and saved at the
    /// next change).
    pub(super) fn finish_interrupted(&self, id: Uuid, now: DateTime<Utc>) -> Option<Partnership> {
        let journal = self.journal.as_ref()?;
        // This tab's own save in progress is not an interrupted one.
        if self.journaled.borrow().as_ref().is_some_and(|v| v.id == id) || journal.state(id) != State::Kept {
            return None;
        }
        let entry = journal.get(id)?;
        let head = self.backend.get(&partnership_key(id)).ok().flatten();
        let keys = parts::keys_of(&self.backend, id);
        let Choice::Journal(mut p) = choose(id, head.as_deref(), &keys, &entry) else {
            journal.remove(id);
            return None;
        };
        drop(entry);
        // The half-replaced parts go first: their room is what the whole version needs.
        let backend = self.counting();
        for key in &keys {
            let _ = backend.remove(key);
        }
        self.shadows.borrow_mut().remove(&id);
        let written = parts::save(&backend, &mut p, &mut parts::Shadow::default(), now, None).is_ok();
        self.notes.borrow_mut().push(if written {
            format!("The last save of “{}” was interrupted (the page closed midway); it was finished from the copy kept for that.", p.name)
        } else {
            format!(
                "The last save of “{}” was interrupted (the page closed midway) and could not be finished \
                 now; the version it was saving is shown and is saved at your next change.",
                p.name
            )
        });
        if written {
            journal.remove(id);
            return None;
        }
        Some(*p)
    }
}

#[cfg(test)]
mod tests;
