//! The only code that touches localStorage, and the only code that knows its keys.
//!
//! | key | holds |
//! |---|---|
//! | `cg.index` | which partnerships exist (id, name) and which one is open |
//! | `cg.p.<id>` | one partnership's head: the export envelope (compact JSON) without its long lists |
//! | `cg.p.<id>.<list>.<n>.<tag>` | one chunk of a long list (see [`parts`]) |
//! | `cg.backup.<time>.<key>` | stored text that could not be read, kept aside untouched |
//! | `cg.prefs.<name>` | small user preferences (theme, …) |
//!
//! Beside it, a [`journal`] (IndexedDB) keeps a whole new version while a save replaces one
//! chunk by chunk.
//!
//! The logic is written against [`Backend`] so that failure paths (quota full, storage
//! disabled, corrupt data) are tested natively with [`MemoryBackend`].
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::model::file::{read, ImportError};
use crate::model::Partnership;
use crate::model::order::sort;

mod backend;
pub mod idb;
pub mod journal;
pub mod parts;

pub use backend::{Backend, LocalStorage, MemoryBackend, StorageError};
pub use journal::{Journal, MemoryJournal, Waiter};
use backend::{utf16_len, Counting};

pub const INDEX_KEY: &str = "cg.index";
const PARTNERSHIP_PREFIX: &str = "cg.p.";
const BACKUP_PREFIX: &str = "cg.backup.";
const PREFS_PREFIX: &str = "cg.prefs.";
/// Chromium, Firefox and Safari give a site about 5 Mi UTF-16 code units, keys included.
pub const QUOTA_CHARS: usize = 5 * 1024 * 1024;

/// What [`Store::save_merging`] did.
#[derive(Debug)]
pub enum Saved {
    Saved,
    /// Another tab had saved meanwhile; the merge of both was saved (and is now the
    /// partnership); `conflicts` fields (or records one tab deleted) had changed in both.
    Merged { conflicts: usize },
    /// Another tab saved it with a newer schema; nothing was written.
    NewerElsewhere(u32),
    /// Another tab stored it in a newer layout; nothing was written. Why, for the user.
    NewerLayoutElsewhere(String),
    /// Another tab had saved meanwhile and the two versions could not be merged (`why`):
    /// theirs stays stored and is now the partnership; this tab's was kept as a backup under
    /// `backup_key`. Nothing was overwritten.
    KeptBoth { backup_key: String, why: String },
    /// The save must replace chunk by chunk and waits for its journal entry to be kept:
    /// nothing was written yet. Save again when the waiter (if this save started one) is done.
    Waiting(Option<Waiter>),
}

/// Which partnerships this browser holds, and which is open.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub active: Option<Uuid>,
    pub partnerships: Vec<IndexEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub id: Uuid,
    pub name: String,
}

impl Index {
    pub fn name_of(&self, id: Uuid) -> Option<&str> {
        self.partnerships.iter().find(|e| e.id == id).map(|e| e.name.as_str())
    }
}

/// Why a stored partnership did not load.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Missing,
    /// The stored text could not be read; it was copied to `backup_key` (if `Some`) and the
    /// original removed, or left where it was if even the copy failed.
    Corrupt { error: ImportError, backup_key: Option<String> },
    Storage(StorageError),
    /// Saved by a newer version of the app (another tab, after an update): left untouched.
    Newer { found: u32 },
    /// Stored in a later layout ([`parts::LAYOUT`]) by a newer version: left untouched.
    NewerLayout { found: u32 },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Missing => write!(f, "This partnership is no longer in the browser's storage."),
            LoadError::Corrupt { error, backup_key: Some(_) } => write!(
                f,
                "A saved partnership could not be read ({error}) It was set aside unchanged as a \
                 backup; you can download it from the Partnerships page."
            ),
            LoadError::Corrupt { error, backup_key: None } => write!(
                f,
                "A saved partnership could not be read ({error}) and could not be set aside \
                 either; it was left untouched."
            ),
            LoadError::Storage(e) => write!(f, "{e}"),
            LoadError::Newer { found } => write!(
                f,
                "This partnership was saved by a newer version of Common Ground (schema {found}), \
                 probably in another tab. Reload this page to use the newer version; until then \
                 this tab will not save, so the newer data is not overwritten."
            ),
            LoadError::NewerLayout { found } => write!(
                f,
                "This partnership was stored by a newer version of Common Ground (storage layout \
                 {found}), probably in another tab. Reload this page to use the newer version; \
                 until then this tab will not save, so the newer data is not overwritten."
            ),
        }
    }
}

/// Measured use of the site's storage.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Usage {
    pub used_chars: usize,
    pub quota_chars: usize,
}

impl Usage {
    pub fn fraction(&self) -> f64 {
        self.used_chars as f64 / self.quota_chars as f64
    }
    /// "1.2 MB of 5 MB (24%)": a character of storage counted as a byte, as people expect.
    pub fn describe(&self) -> String {
        format!(
            "{} of {} MB used ({:.0}%)",
            human_size(self.used_chars),
            self.quota_chars / 1_048_576,
            self.fraction() * 100.0
        )
    }
}

pub fn human_size(n: usize) -> String {
    if n < 1024 {
        format!("{n} B")
    } else if n < 1_048_576 {
        format!("{:.0} KB", n as f64 / 1024.0)
    } else {
        format!("{:.1} MB", n as f64 / 1_048_576.0)
    }
}

pub struct Store<B: Backend> {
    pub backend: B,
    /// Per open partnership, what was last read or written (see [`parts`]).
    shadows: RefCell<HashMap<Uuid, parts::Shadow>>,
    /// Characters per key, so that the storage meter does not read every value on every save.
    sizes: RefCell<Option<BTreeMap<String, usize>>>,
    /// What loading mended, until the app shows it ([`Store::take_notes`]).
    notes: RefCell<Vec<String>>,
    /// The second store, if the browser gives one ([`journal`]).
    journal: Option<Box<dyn Journal>>,
    /// The version whose journal entry this tab wrote (or is writing). One at a time: a
    /// save of another partnership that needs one makes the first entry an old one, which
    /// its next load drops.
    journaled: RefCell<Option<Partnership>>,
    /// The wait for a journal entry a save just started, for [`Saved::Waiting`].
    waiter: RefCell<Option<Waiter>>,
    /// Whether the user was told that large saves are not crash-safe here.
    warned: Cell<bool>,
}

pub fn partnership_key(id: Uuid) -> String {
    format!("{PARTNERSHIP_PREFIX}{id}")
}

/// The partnership id a storage key belongs to, if it is a partnership key (for the
/// `storage` event from other tabs).
pub fn partnership_id_of_key(key: &str) -> Option<Uuid> {
    key.strip_prefix(PARTNERSHIP_PREFIX).and_then(|id| Uuid::parse_str(id).ok())
}

impl<B: Backend> Store<B> {
    pub fn new(backend: B) -> Store<B> {
        Store {
            backend,
            shadows: RefCell::default(),
            sizes: RefCell::default(),
            notes: RefCell::default(),
            journal: None,
            journaled: RefCell::default(),
            waiter: RefCell::default(),
            warned: Cell::new(false),
        }
    }

    /// Reads the index. A missing index is empty; an unreadable one is set aside and rebuilt
    /// from the partnership keys. The second value says what was recovered, for the user.
    pub fn index(&self, now: DateTime<Utc>) -> (Index, Option<String>) {
        let raw = match self.backend.get(INDEX_KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => return (self.rebuild_index(), None),
            Err(e) => return (Index::default(), Some(e.to_string())),
        };
        match serde_json::from_str::<Index>(&raw) {
            Ok(mut index) => {
                let note = self.list_unlisted(&mut index);
                (index, note)
            }
            Err(e) => {
                let kept = self.set_aside(INDEX_KEY, &raw, now, true);
                let index = self.rebuild_index();
                let _ = self.write_index(&index);
                let note = match kept {
                    Some(_) => format!(
                        "The list of partnerships was damaged ({e}); it was rebuilt from the \
                         saved partnerships and the damaged copy kept as a backup."
                    ),
                    None => format!("The list of partnerships was damaged ({e}) and was rebuilt."),
                };
                (index, Some(note))
            }
        }
    }

    /// Adds to `index` every stored partnership it does not list (a save stopped between the
    /// partnership and the index, or whose index write failed), so that none is left unseen
    /// in storage. Says what was added.
    fn list_unlisted(&self, index: &mut Index) -> Option<String> {
        let before = index.partnerships.len();
        for key in self.backend.keys().unwrap_or_default() {
            match partnership_id_of_key(&key) {
                Some(id) if index.name_of(id).is_none() => index.partnerships.push(self.entry_of(id, &key)),
                _ => {}
            }
        }
        let added = index.partnerships.len() - before;
        if added == 0 {
            return None;
        }
        let _ = self.write_index(index);
        Some(format!(
            "{added} saved partnership{} missing from the list of partnerships (a save was \
             interrupted) and {} listed again.",
            if added == 1 { " was" } else { "s were" },
            if added == 1 { "is" } else { "are" }
        ))
    }

    /// An index listing every partnership key that can be read (names read from the data).
    fn rebuild_index(&self) -> Index {
        let mut index = Index::default();
        for key in self.backend.keys().unwrap_or_default() {
            let Some(id) = partnership_id_of_key(&key) else { continue };
            index.partnerships.push(self.entry_of(id, &key));
        }
        index.active = index.partnerships.first().map(|e| e.id);
        index
    }

    /// The index entry of partnership `id`, its name read from its head under `key`.
    fn entry_of(&self, id: Uuid, key: &str) -> IndexEntry {
        let name = match self.backend.get(key) {
            Ok(Some(text)) => read(&text).map(|o| o.partnership.name).unwrap_or_default(),
            _ => String::new(),
        };
        let name = if name.is_empty() { "(unreadable partnership)".into() } else { name };
        IndexEntry { id, name }
    }

    pub fn write_index(&self, index: &Index) -> Result<(), StorageError> {
        let text = serde_json::to_string(index).map_err(|e| StorageError::Other(e.to_string()))?;
        self.counting().set(INDEX_KEY, &text)
    }

    /// Loads one partnership. Problems the app can mend are mended, the stored version kept
    /// as a backup first, and the mended one saved (what was done waits in
    /// [`Store::take_notes`]); unreadable data is moved aside, never overwritten or dropped.
    pub fn load(&self, id: Uuid, now: DateTime<Utc>) -> Result<Partnership, LoadError> {
        if let Some(unsaved) = self.finish_interrupted(id, now) {
            return Ok(unsaved);
        }
        match parts::load_mending(&self.backend, id) {
            Ok((mut p, mut shadow, repairs)) => {
                if !repairs.is_empty() {
                    let kept = self.keep_copy(id, now, false);
                    let stored = self.backend.get(&partnership_key(id)).ok().flatten();
                    let saved = kept.is_some()
                        && parts::save_over(&self.counting(), &mut p, &mut shadow, now, None, stored, &mut |p| {
                            self.before_swap(p, now)
                        })
                        .is_ok();
                    self.after_save(id, saved);
                    self.notes.borrow_mut().push(format!(
                        "“{}” had problems that were mended as it was opened: {}. {}",
                        p.name,
                        repairs.describe(),
                        if saved {
                            "The version as it was stored is kept as a backup on the Partnerships page."
                        } else {
                            "The stored version was left as it was; the mended one is saved at your next change."
                        }
                    ));
                }
                self.shadows.borrow_mut().insert(id, shadow);
                Ok(p)
            }
            Err(parts::LoadFailure::Missing) => Err(LoadError::Missing),
            Err(parts::LoadFailure::Storage(e)) => Err(LoadError::Storage(e)),
            Err(parts::LoadFailure::NewerLayout(found)) => Err(LoadError::NewerLayout { found }),
            Err(parts::LoadFailure::Unreadable { error: ImportError::NewerVersion { found }, .. }) => {
                Err(LoadError::Newer { found })
            }
            Err(parts::LoadFailure::Unreadable { error, .. }) => {
                self.shadows.borrow_mut().remove(&id);
                let backup_key = self.keep_copy(id, now, true);
                Err(LoadError::Corrupt { error, backup_key })
            }
        }
    }

    /// What was mended in partnerships loaded since last asked, for the user.
    pub fn take_notes(&self) -> Vec<String> {
        std::mem::take(&mut self.notes.borrow_mut())
    }

    /// Copies partnership `id` as stored to one backup: the head's text as it is or, when it
    /// is stored in parts, every part's text by key (a JSON object, which
    /// [`parts::as_export`] reopens). With `remove`, the originals go once the copy is made.
    fn keep_copy(&self, id: Uuid, now: DateTime<Utc>, remove: bool) -> Option<String> {
        let head = partnership_key(id);
        let texts: BTreeMap<String, String> =
            crate::model::order::map_of(parts::keys_of(&self.backend, id).iter().filter_map(|k| Some((k.clone(), self.backend.get(k).ok().flatten()?))));
        let text = match (texts.len(), texts.get(&head)) {
            (1, Some(only)) => only.clone(),
            _ => serde_json::to_string(&texts).unwrap_or_default(),
        };
        let backup_key = self.set_aside(&head, &text, now, false)?;
        if remove {
            let backend = self.counting();
            for key in texts.keys() {
                let _ = backend.remove(key);
            }
        }
        Some(backup_key)
    }

    /// Copies `text` to a fresh backup key and, only once that worked, removes `key`.
    /// (With `remove` false, `key` stays.)
    fn set_aside(&self, key: &str, text: &str, now: DateTime<Utc>, remove: bool) -> Option<String> {
        let stamp = crate::model::time::second_stamp(now);
        let existing = self.backend.keys().unwrap_or_default();
        let mut backup = format!("{BACKUP_PREFIX}{stamp}.{key}");
        let mut n = 2;
        while existing.contains(&backup) {
            backup = format!("{BACKUP_PREFIX}{stamp}-{n}.{key}");
            n += 1;
        }
        let backend = self.counting();
        backend.set(&backup, text).ok()?;
        if remove {
            let _ = backend.remove(key);
        }
        Some(backup)
    }

    /// Saves the open partnership like [`Store::save`], unless another tab saved it since this
    /// one last read or wrote it (their `storage` event has not arrived yet, or saving was
    /// failing here): then both are merged field by field first (`model::merge`, the later
    /// edit winning where both changed a field), `p` becomes the merge, and that is saved.
    /// Nothing is ever written over unseen: when the two cannot be merged, theirs stays stored
    /// and becomes `p`, and this tab's version is kept as a backup ([`Saved::KeptBoth`]). A
    /// version saved by a newer app is never written over.
    pub fn save_merging(&self, p: &mut Partnership, index: &mut Index, now: DateTime<Utc>) -> Result<Saved, StorageError> {
        match self.merge_and_save(p, index, now) {
            Err(StorageError::Journaling) => Ok(Saved::Waiting(self.waiter.take())),
            other => other,
        }
    }

    /// [`Store::save_merging`], stopped by [`StorageError::Journaling`] when it must wait.
    fn merge_and_save(&self, p: &mut Partnership, index: &mut Index, now: DateTime<Utc>) -> Result<Saved, StorageError> {
        // The head is read once here, for the check and for the save.
        let stored = self.backend.get(&partnership_key(p.id)).ok().flatten();
        if !self.differs_from_shadow(p.id, stored.as_deref()) {
            return self.save_over(p, index, now, stored).map(|_| Saved::Saved);
        }
        let theirs = match self.load(p.id, now) {
            Ok(theirs) => theirs,
            Err(LoadError::Newer { found }) => return Ok(Saved::NewerElsewhere(found)),
            Err(e @ LoadError::NewerLayout { .. }) => return Ok(Saved::NewerLayoutElsewhere(e.to_string())),
            Err(LoadError::Storage(e)) => return Err(e),
            // Unreadable there (set aside now as a backup) or deleted there: this tab's is saved.
            Err(LoadError::Corrupt { .. } | LoadError::Missing) => return self.save(p, index, now).map(|_| Saved::Saved),
        };
        match crate::model::merge::merge(p, &theirs, "", &HashMap::new(), now) {
            Ok(m) => {
                let conflicts = m.count(crate::model::merge::ChangeKind::Conflict);
                let changed = !m.is_empty();
                *p = m.result;
                self.save(p, index, now)?;
                Ok(if changed { Saved::Merged { conflicts } } else { Saved::Saved })
            }
            Err(why) => {
                let mine = crate::model::file::export_json(p, now);
                let backup_key = self.set_aside(&partnership_key(p.id), &mine, now, false).ok_or(StorageError::QuotaExceeded)?;
                *p = theirs;
                Ok(Saved::KeptBoth { backup_key, why: why.to_string() })
            }
        }
    }

    /// Whether the stored head of `id` differs from what this tab last read or wrote.
    pub fn changed_elsewhere(&self, id: Uuid) -> bool {
        let stored = self.backend.get(&partnership_key(id)).ok().flatten();
        self.differs_from_shadow(id, stored.as_deref())
    }

    /// Whether `stored`, the stored head of `id`, differs from what this tab last read or wrote.
    fn differs_from_shadow(&self, id: Uuid, stored: Option<&str>) -> bool {
        match self.shadows.borrow().get(&id) {
            Some(shadow) => !shadow.is_head(stored),
            None => stored.is_some(),
        }
    }

    /// Saves a partnership and keeps the index in step. Only the parts that changed since the
    /// last load or save are written ([`parts`]); `p` is borrowed mutably only to leave its
    /// long lists out of the head for a moment. Returns the characters written.
    pub fn save(&self, p: &mut Partnership, index: &mut Index, now: DateTime<Utc>) -> Result<usize, StorageError> {
        let stored = self.backend.get(&partnership_key(p.id)).ok().flatten();
        self.save_over(p, index, now, stored)
    }

    /// [`Store::save`] with the stored head just read (`stored`).
    fn save_over(&self, p: &mut Partnership, index: &mut Index, now: DateTime<Utc>, stored: Option<String>) -> Result<usize, StorageError> {
        let written = {
            let mut shadows = self.shadows.borrow_mut();
            let shadow = shadows.entry(p.id).or_default();
            let room = QUOTA_CHARS.saturating_sub(self.usage().used_chars);
            parts::save_over(&self.counting(), p, shadow, now, Some(room), stored, &mut |p| self.before_swap(p, now))
        };
        if !matches!(written, Err(StorageError::Journaling)) {
            self.after_save(p.id, written.is_ok());
        }
        let written = written?;
        let entry = IndexEntry { id: p.id, name: p.name.clone() };
        let changed = match index.partnerships.iter_mut().find(|e| e.id == p.id) {
            Some(e) if *e == entry => false,
            Some(e) => {
                *e = entry;
                true
            }
            None => {
                index.partnerships.push(entry);
                true
            }
        };
        if changed || index.active.is_none() {
            index.active.get_or_insert(p.id);
            self.write_index(index)?;
        }
        Ok(written)
    }

    /// Forgets what this tab knows of the stored partnership `id`, so that the next save
    /// writes all of it (another tab may have written it since).
    pub fn forget(&self, id: Uuid) {
        self.shadows.borrow_mut().remove(&id);
    }

    /// Removes a partnership for good (the user confirmed).
    pub fn delete(&self, id: Uuid, index: &mut Index) -> Result<(), StorageError> {
        let backend = self.counting();
        backend.remove(&partnership_key(id))?;
        for key in parts::keys_of(&backend, id) {
            backend.remove(&key)?;
        }
        self.shadows.borrow_mut().remove(&id);
        if let Some(journal) = &self.journal {
            journal.remove(id);
        }
        index.partnerships.retain(|e| e.id != id);
        if index.active == Some(id) {
            index.active = index.partnerships.first().map(|e| e.id);
        }
        self.write_index(index)
    }

    /// Keys of data set aside as unreadable, oldest first.
    pub fn backups(&self) -> Vec<String> {
        let mut keys: Vec<String> = self
            .backend
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.starts_with(BACKUP_PREFIX))
            .collect();
        sort(&mut keys);
        keys
    }

    pub fn read(&self, key: &str) -> Option<String> {
        self.backend.get(key).ok().flatten()
    }

    pub fn discard_backup(&self, key: &str) -> Result<(), StorageError> {
        if key.starts_with(BACKUP_PREFIX) {
            self.counting().remove(key)
        } else {
            Ok(())
        }
    }

    pub fn pref(&self, name: &str) -> Option<String> {
        self.read(&format!("{PREFS_PREFIX}{name}"))
    }

    pub fn set_pref(&self, name: &str, value: &str) -> Result<(), StorageError> {
        self.counting().set(&format!("{PREFS_PREFIX}{name}"), value)
    }

    pub fn clear_pref(&self, name: &str) -> Result<(), StorageError> {
        self.counting().remove(&format!("{PREFS_PREFIX}{name}"))
    }

    /// How much of the site's storage is used, by every key (ours and anyone else's). The
    /// sizes are read once and then kept up to date key by key.
    pub fn usage(&self) -> Usage {
        let mut sizes = self.sizes.borrow_mut();
        let sizes = sizes.get_or_insert_with(|| {
            crate::model::order::map_of(self.backend.keys().unwrap_or_default().into_iter().map(|k| {
                let n = utf16_len(&k) + self.read(&k).map(|v| utf16_len(&v)).unwrap_or(0);
                (k, n)
            }))
        });
        Usage { used_chars: sizes.values().sum(), quota_chars: QUOTA_CHARS }
    }

    /// Sizes are measured again at the next [`Store::usage`].
    pub fn forget_sizes(&self) {
        *self.sizes.borrow_mut() = None;
    }

    /// Another tab wrote or removed `key`: measure it again.
    pub fn resize(&self, key: &str) {
        if let Some(sizes) = self.sizes.borrow_mut().as_mut() {
            match self.read(key) {
                Some(v) => sizes.insert(key.to_string(), utf16_len(key) + utf16_len(&v)),
                None => sizes.remove(key),
            };
        }
    }

    /// The backend, keeping the measured sizes up to date as it writes.
    fn counting(&self) -> Counting<'_, B> {
        Counting { backend: &self.backend, sizes: &self.sizes }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod reliability;
#[cfg(test)]
mod crash_tests;
