//! The app's state and every change to it. Components call these methods; each change is
//! applied to the model, saved at once, and can be undone. One concern a file: the undo
//! history, saving and other tabs, the list of partnerships, files coming in (with the merge
//! review), preferences and backups, and the messages the user sees.
mod files;
mod history;
mod messages;
mod partnerships;
mod prefs;
mod review;
mod saving;

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use uuid::Uuid;

use super::clock;
use crate::i18n::tr;
use super::routes::Route;
use crate::model::merge::Side;
use crate::model::Partnership;
use crate::storage::{Backend, Index, LocalStorage, MemoryBackend, Store, Usage};

pub use messages::Notice;
pub use review::merge_summary;

use history::History;

type AnyStore = Store<Box<dyn Backend>>;

thread_local! {
    // The store holds browser handles that are not Send, so it lives beside the signals
    // rather than in one.
    static STORE: RefCell<Option<AnyStore>> = const { RefCell::new(None) };
}

fn with_store<R>(f: impl FnOnce(&AnyStore) -> R) -> R {
    STORE.with(|s| {
        let s = s.borrow();
        let store = s.as_ref().expect("the store is opened before the app mounts");
        f(store)
    })
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The open partnership; `None` before the user starts one.
    pub current: RwSignal<Option<Partnership>>,
    pub index: RwSignal<Index>,
    /// Why the last save failed, while it keeps failing (a banner offers an export).
    pub save_problem: RwSignal<Option<String>>,
    /// An error the user must see now (role="alert").
    pub alert: RwSignal<Option<String>>,
    /// A passing message (role="status"), possibly with Undo.
    pub notice: RwSignal<Option<Notice>>,
    pub usage: RwSignal<Usage>,
    pub backups: RwSignal<Vec<String>>,
    pub route: RwSignal<Route>,
    history: StoredValue<History>,
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// Set when this tab must not save (newer data from another tab): why.
    pub read_only: RwSignal<Option<String>>,
    /// A file read and waiting for the user to choose: open as new, or merge.
    pub pending: RwSignal<Option<PendingFile>>,
    /// A merge worked out and shown for review; nothing is written until confirmed.
    pub review: RwSignal<Option<Review>>,
    /// Files picked or dropped together, handled one after another.
    queue: StoredValue<Vec<(String, String)>>,
    /// This tab's clock: every edit is stamped with it (see `model::stamp`).
    clock: StoredValue<crate::model::stamp::Clock>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PendingFile {
    pub file_name: String,
    /// Who the merged records are marked as coming from: the exporting group, else the file.
    pub origin: String,
    pub partnership: Partnership,
    pub from_version: u32,
}

/// A file whose partnership is being merged.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub file_name: String,
    /// Who the merged records are marked as coming from: the exporting group, else the file.
    pub origin: String,
    pub partnership: Partnership,
}

/// A merge under review: the files' partnerships (merged in turn, in one review) and the
/// user's choices so far.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub files: Vec<Incoming>,
    /// By [`crate::model::merge::Change::key`].
    pub choices: HashMap<String, Side>,
}

impl Review {
    /// "pantry.json", or "6 files".
    pub fn title(&self) -> String {
        match self.files.as_slice() {
            [one] => one.file_name.clone(),
            many => crate::i18n::with_current(|w| tr::state::files(w, many.len() as i64)),
        }
    }
}

impl AppState {
    /// Opens the browser's storage (or memory, if the browser refuses) and the last
    /// partnership used.
    pub fn init() -> AppState {
        let (backend, refused): (Box<dyn Backend>, Option<String>) = match LocalStorage::open() {
            Ok(ls) => (Box::new(ls), None),
            Err(e) => (Box::new(MemoryBackend::default()), Some(e.to_string())),
        };
        STORE.with(|s| *s.borrow_mut() = Some(Store::new(backend).with_journal(crate::storage::idb::opened())));
        if let Some(fixed) = with_store(|s| s.pref("now")) {
            if let Ok(t) = DateTime::parse_from_rfc3339(&fixed) {
                clock::fix(t.with_timezone(&Utc));
            }
        }
        let now = clock::now();
        let (index, index_note) = with_store(|s| s.index(now));
        let state = AppState {
            current: RwSignal::new(None),
            index: RwSignal::new(index),
            save_problem: RwSignal::new(refused.map(|why| crate::i18n::with_current(|w| tr::state::memory_only(w, &why)))),
            alert: RwSignal::new(index_note),
            notice: RwSignal::new(None),
            usage: RwSignal::new(with_store(|s| s.usage())),
            backups: RwSignal::new(with_store(|s| s.backups())),
            route: RwSignal::new(Route::Overview),
            history: StoredValue::new(History::default()),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            read_only: RwSignal::new(None),
            pending: RwSignal::new(None),
            review: RwSignal::new(None),
            queue: StoredValue::new(Vec::new()),
            clock: StoredValue::new(clock::tab_clock()),
        };
        if let Some(id) = state.index.get_untracked().active {
            state.switch(id);
        }
        state
    }

    pub fn now(&self) -> DateTime<Utc> {
        clock::now()
    }

    /// Stamps what `after` changed from `before` with this tab's clock.
    pub(super) fn stamp(&self, before: &Partnership, after: &mut Partnership, now: DateTime<Utc>) {
        self.clock.update_value(|c| {
            crate::model::stamp::record_edit(before, after, c, now);
        });
    }

    /// The open partnership's id, if one is open (not tracked).
    fn open_id(&self) -> Option<Uuid> {
        self.current.with_untracked(|c| c.as_ref().map(|p| p.id))
    }
}
