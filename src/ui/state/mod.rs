//! The app's state and every change to it. Components call these methods; each change is
//! applied to the model, saved at once, and can be undone.
use std::cell::RefCell;
use std::sync::Arc;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use uuid::Uuid;

use super::clock;
use super::routes::Route;
use crate::model::file::{self, MAX_FILE_BYTES};
use crate::model::merge::{self, Merge, Side};
use crate::model::sample::sample;
use crate::model::Partnership;
use crate::storage::{Backend, Index, LoadError, LocalStorage, MemoryBackend, Saved, Store, Usage};

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

const UNDO_DEPTH: usize = 30;
/// Each undo step keeps a whole copy of the partnership; a large one keeps fewer steps (at
/// least 5) so that years of measurements do not fill memory with copies.
const UNDO_RECORDS: usize = 150_000;

fn undo_depth(p: &Partnership) -> usize {
    let records = p.measurements.len() + p.resources.entries.len() + p.partners.len() + p.community.inputs.len() + 1;
    (UNDO_RECORDS / records).clamp(5, UNDO_DEPTH)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    /// Offer an Undo button next to the message (after deletions).
    pub undo: bool,
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
}

/// Versions of the open partnership before (undo) and after (redo) the current one.
#[derive(Default)]
struct History {
    undo: Vec<Partnership>,
    redo: Vec<Partnership>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PendingFile {
    pub file_name: String,
    /// Who the merged records are marked as coming from: the exporting group, else the file.
    pub origin: String,
    pub partnership: Partnership,
    pub from_version: u32,
}

/// A merge under review: the file's partnership and the user's choices so far.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub file_name: String,
    pub origin: String,
    pub theirs: Partnership,
    pub choices: HashMap<Uuid, Side>,
}

impl AppState {
    /// Opens the browser's storage (or memory, if the browser refuses) and the last
    /// partnership used.
    pub fn init() -> AppState {
        let (backend, refused): (Box<dyn Backend>, Option<String>) = match LocalStorage::open() {
            Ok(ls) => (Box::new(ls), None),
            Err(e) => (Box::new(MemoryBackend::default()), Some(e.to_string())),
        };
        STORE.with(|s| *s.borrow_mut() = Some(Store::new(backend)));
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
            save_problem: RwSignal::new(refused.map(|why| {
                format!("{why} Your work is kept only while this tab stays open.")
            })),
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
        };
        if let Some(id) = state.index.get_untracked().active {
            state.switch(id);
        }
        state
    }

    pub fn now(&self) -> DateTime<Utc> {
        clock::now()
    }

    /// Applies one edit to the open partnership, saves it, and remembers the state before
    /// it for Undo. `message` is shown with an Undo button (use it for deletions).
    pub fn edit(&self, message: Option<String>, f: impl FnOnce(&mut Partnership, DateTime<Utc>)) {
        let Some(before) = self.current.get_untracked() else { return };
        let now = self.now();
        self.remember(before);
        self.current.update(|p| {
            if let Some(p) = p {
                f(p, now);
                p.updated_at = now;
            }
        });
        if let Some(text) = message {
            self.notice.set(Some(Notice { text, undo: true }));
        }
        self.save();
    }

    /// Keeps `before` for Undo; a new change forgets what could be redone.
    fn remember(&self, before: Partnership) {
        let depth = undo_depth(&before);
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
        let mut target = None;
        self.history.update_value(|h| {
            let (from, to) = if back { (&mut h.undo, &mut h.redo) } else { (&mut h.redo, &mut h.undo) };
            if let Some(p) = from.pop() {
                to.push(current);
                target = Some(p);
            }
        });
        self.sync_history();
        if let Some(p) = target {
            self.current.set(Some(p));
            let text = if back { "Undone." } else { "Redone." };
            self.notice.set(Some(Notice { text: text.into(), undo: false }));
            self.save();
        }
    }

    /// Saves the open partnership. On failure the user is told at once and keeps working
    /// in memory; the banner offers an export.
    pub fn save(&self) {
        if self.read_only.get_untracked().is_some() {
            return;
        }
        let now = self.now();
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
            (Ok(saved), index) => {
                if let Saved::Merged { conflicts } = saved {
                    self.current.update(|_| {});
                    let text = if conflicts == 0 {
                        "Another tab saved this partnership at the same moment; both tabs' changes are kept.".to_string()
                    } else {
                        format!(
                            "Another tab saved this partnership at the same moment; {conflicts} record{} \
                             changed in both tabs, and the later edit was kept.",
                            if conflicts == 1 { " was" } else { "s were" }
                        )
                    };
                    self.notice.set(Some(Notice { text, undo: false }));
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
    }

    fn forget_undo(&self) {
        self.history.set_value(History::default());
        self.sync_history();
    }

    /// Opens a partnership held in this browser.
    pub fn switch(&self, id: Uuid) {
        let now = self.now();
        match with_store(|s| s.load(id, now)) {
            Ok(p) => {
                self.forget_undo();
                self.current.set(Some(p));
                self.index.update(|i| i.active = Some(id));
                let index = self.index.get_untracked();
                let _ = with_store(|s| s.write_index(&index));
            }
            Err(LoadError::Newer { found }) => {
                self.read_only.set(Some(LoadError::Newer { found }.to_string()));
            }
            Err(e) => {
                if matches!(e, LoadError::Corrupt { backup_key: Some(_), .. } | LoadError::Missing) {
                    self.index.update(|i| {
                        i.partnerships.retain(|x| x.id != id);
                        if i.active == Some(id) {
                            i.active = None;
                        }
                    });
                    let index = self.index.get_untracked();
                    let _ = with_store(|s| s.write_index(&index));
                }
                self.alert.set(Some(e.to_string()));
                self.backups.set(with_store(|s| s.backups()));
            }
        }
    }

    /// Adds a partnership, saves it and opens it.
    fn adopt(&self, p: Partnership) {
        self.forget_undo();
        let id = p.id;
        self.current.set(Some(p));
        self.index.update(|i| i.active = Some(id));
        self.save();
        let index = self.index.get_untracked();
        let _ = with_store(|s| s.write_index(&index));
    }

    pub fn create(&self, name: &str) {
        let name = name.trim();
        let name = if name.is_empty() { "New partnership" } else { name };
        self.adopt(Partnership::new(name, self.now()));
        self.notice.set(Some(Notice { text: format!("Started “{name}”."), undo: false }));
    }

    pub fn open_sample(&self) {
        self.adopt(sample(self.now()));
        self.notice.set(Some(Notice {
            text: "Opened the sample partnership. Change anything: it is your own copy.".into(),
            undo: false,
        }));
    }

    pub fn duplicate(&self, id: Uuid) {
        let now = self.now();
        let source = if self.current.with_untracked(|c| c.as_ref().map(|p| p.id)) == Some(id) {
            self.current.get_untracked()
        } else {
            with_store(|s| s.load(id, now)).ok()
        };
        if let Some(p) = source {
            let copy = p.duplicate(format!("Copy of {}", p.name), now);
            self.adopt(copy);
            self.notice.set(Some(Notice { text: format!("Made a copy of “{}”.", p.name), undo: false }));
        }
    }

    /// Renames a partnership, open or not.
    pub fn rename(&self, id: Uuid, name: &str) {
        let name = name.trim().to_string();
        if name.is_empty() {
            return;
        }
        if self.current.with_untracked(|c| c.as_ref().map(|p| p.id)) == Some(id) {
            self.edit(None, |p, _| p.name = name);
            return;
        }
        let now = self.now();
        if let Ok(mut p) = with_store(|s| s.load(id, now)) {
            p.name = name;
            p.updated_at = now;
            let mut index = self.index.get_untracked();
            match with_store(|s| s.save(&mut p, &mut index, now)) {
                Ok(_) => self.index.set(index),
                Err(e) => self.alert.set(Some(format!("Could not rename: {e}"))),
            }
        }
    }

    /// Deletes a partnership from this browser (the user has confirmed).
    pub fn delete(&self, id: Uuid) {
        let name = self.index.with_untracked(|i| i.name_of(id).unwrap_or("").to_string());
        let mut index = self.index.get_untracked();
        if let Err(e) = with_store(|s| s.delete(id, &mut index)) {
            self.alert.set(Some(format!("Could not delete “{name}”: {e}")));
            return;
        }
        self.index.set(index.clone());
        if self.current.with_untracked(|c| c.as_ref().map(|p| p.id)) == Some(id) {
            self.current.set(None);
            self.forget_undo();
            if let Some(next) = index.active {
                self.switch(next);
            }
        }
        self.usage.set(with_store(|s| s.usage()));
        self.notice.set(Some(Notice { text: format!("Deleted “{name}” from this browser."), undo: false }));
    }

    /// Takes files picked or dropped together; they are handled one after another.
    pub fn receive_files(&self, files: Vec<(String, String)>) {
        self.queue.update_value(|q| q.extend(files));
        if self.pending.with_untracked(Option::is_none) && self.review.with_untracked(Option::is_none) {
            self.next_file();
        }
    }

    /// Handles the next queued file: a bad one is reported and skipped; a good one opens at
    /// once when nothing is open, else waits for the user's choice (new, or merge).
    fn next_file(&self) {
        let mut next = None;
        self.queue.update_value(|q| {
            if !q.is_empty() {
                next = Some(q.remove(0));
            }
        });
        let Some((file_name, text)) = next else { return };
        match file::open(&text) {
            Err(e) => {
                self.import_failed(&file_name, &e.to_string());
                self.next_file();
            }
            Ok(opened) => {
                let pending = PendingFile {
                    origin: opened.exported_by.clone().unwrap_or_else(|| file_name.clone()),
                    file_name,
                    partnership: opened.partnership,
                    from_version: opened.from_version,
                };
                if self.current.with_untracked(|c| c.is_none()) {
                    self.open_as_new(pending);
                    self.next_file();
                } else {
                    self.alert.set(None);
                    self.pending.set(Some(pending));
                }
            }
        }
    }

    /// Opens a file's text as a new partnership (backups use this). A failure changes
    /// nothing already stored.
    pub fn import(&self, file_name: &str, text: &str) {
        self.receive_files(vec![(file_name.to_string(), text.to_string())]);
    }

    pub fn open_pending_as_new(&self) {
        if let Some(p) = self.take_pending() {
            self.open_as_new(p);
            self.next_file();
        }
    }

    fn open_as_new(&self, pending: PendingFile) {
        let PendingFile { file_name, partnership: mut p, from_version, .. } = pending;
        let mut note = String::new();
        if self.index.with_untracked(|i| i.name_of(p.id).is_some()) {
            // Same partnership already here: open the file beside it, not over it.
            p = p.duplicate(format!("{} (imported)", p.name), self.now());
            note.push_str(" It was opened beside the one already here, not over it.");
        }
        if from_version < crate::model::migrate::CURRENT {
            note.push_str(&format!(
                " It was made by an older version (schema {from_version}) and has been updated."
            ));
        }
        let name = p.name.clone();
        self.adopt(p);
        self.alert.set(None);
        self.notice.set(Some(Notice { text: format!("Opened “{name}” from {file_name}.{note}"), undo: false }));
    }

    /// The waiting file, moved out (it holds a whole partnership: no copy is made).
    fn take_pending(&self) -> Option<PendingFile> {
        self.pending.try_update(Option::take).flatten()
    }

    /// Leaves the waiting file unopened.
    pub fn cancel_pending(&self) {
        if let Some(p) = self.take_pending() {
            self.notice.set(Some(Notice { text: format!("{} was not opened; nothing changed.", p.file_name), undo: false }));
            self.next_file();
        }
    }

    /// Works out the merge of the waiting file and shows it for review.
    pub fn start_merge(&self) {
        if let Some(p) = self.take_pending() {
            self.review.set(Some(Review {
                file_name: p.file_name,
                origin: p.origin,
                theirs: p.partnership,
                choices: HashMap::new(),
            }));
        }
    }

    /// The merge as it stands with the user's choices (not written).
    pub fn preview(&self, review: &Review) -> Option<Result<Merge, String>> {
        self.current.with(|c| {
            c.as_ref().map(|mine| {
                merge::merge(mine, &review.theirs, &review.origin, &review.choices, self.now())
                    .map_err(|e| e.to_string())
            })
        })
    }

    pub fn choose(&self, id: Uuid, side: Side) {
        self.review.update(|r| {
            if let Some(r) = r {
                r.choices.insert(id, side);
            }
        });
    }

    /// Writes the reviewed merge (the one the review screen shows, so it is not worked out
    /// again); one Undo restores the state before it. `release` makes the review let go of
    /// its share of `m` once the review is closed, so that the merged partnership is moved
    /// into place, not copied (a copy and its drop were a tenth of applying a large merge).
    pub fn apply_merge(&self, m: Arc<Merge>, release: impl FnOnce()) {
        let Some(file_name) = self.review.try_update(|r| r.take().map(|r| r.file_name)).flatten() else { return };
        release();
        let Merge { changes, result } = Arc::try_unwrap(m).unwrap_or_else(|shared| (*shared).clone());
        let summary = merge_summary_of(&changes);
        // The version before the merge moves to the undo history (no copy of it is made).
        let Some(before) = self.current.try_update_untracked(|c| c.take()).flatten() else { return };
        self.remember(before);
        self.current.set(Some(result));
        self.save();
        self.notice.set(Some(Notice {
            text: format!("Merged {file_name} into this partnership: {summary}."),
            undo: true,
        }));
        self.next_file();
    }

    pub fn cancel_review(&self) {
        if let Some(r) = self.review.try_update(Option::take).flatten() {
            self.notice.set(Some(Notice { text: format!("Merge of {} cancelled; nothing changed.", r.file_name), undo: false }));
            self.next_file();
        }
    }

    pub fn import_failed(&self, file_name: &str, why: &str) {
        self.alert.set(Some(format!(
            "Could not open {file_name}: {why} Nothing in this browser was changed."
        )));
    }

    pub fn export(&self) {
        let Some((name, text)) = self.current.with_untracked(|c| {
            let group = self.group_name();
            c.as_ref().map(|p| (file::file_name(p, self.now()), file::export_json_by(p, self.now(), Some(&group))))
        }) else {
            return;
        };
        match crate::files::download(&name, "application/json", &text) {
            Ok(()) => self.notice.set(Some(Notice { text: format!("Exported {name}."), undo: false })),
            Err(e) => self.alert.set(Some(format!("Could not export: {e}."))),
        }
    }

    /// A small preference kept in this browser (theme, timer, …).
    pub fn pref(&self, name: &str) -> Option<String> {
        with_store(|s| s.pref(name))
    }

    /// Saves a preference; a refusal is not worth an alarm (the work itself is saved apart).
    pub fn set_pref(&self, name: &str, value: &str) {
        let _ = with_store(|s| s.set_pref(name, value));
    }

    /// Forgets a preference.
    pub fn clear_pref(&self, name: &str) {
        let _ = with_store(|s| s.clear_pref(name));
    }

    /// This browser's group name, written into exports ("" if not set).
    pub fn group_name(&self) -> String {
        with_store(|s| s.pref("group")).unwrap_or_default()
    }

    pub fn set_group_name(&self, name: &str) {
        if let Err(e) = with_store(|s| s.set_pref("group", name.trim())) {
            self.alert.set(Some(format!("Could not save the group name: {e}")));
        }
    }

    pub fn max_file_bytes(&self) -> usize {
        MAX_FILE_BYTES
    }

    /// A copy of stored text, e.g. a backup, for download.
    pub fn read_raw(&self, key: &str) -> Option<String> {
        with_store(|s| s.read(key))
    }

    pub fn discard_backup(&self, key: &str) {
        let _ = with_store(|s| s.discard_backup(key));
        self.backups.set(with_store(|s| s.backups()));
        self.usage.set(with_store(|s| s.usage()));
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
        let open_id = self.current.with_untracked(|c| c.as_ref().map(|p| p.id));
        if crate::storage::partnership_id_of_key(key) == open_id && open_id.is_some() {
            if self.save_problem.get_untracked().is_some() {
                return;
            }
            match open_id.map(|id| with_store(|s| s.load(id, now))) {
                Some(Ok(p)) => {
                    self.current.set(Some(p));
                    self.notice.set(Some(Notice {
                        text: "Updated with changes saved in another tab.".into(),
                        undo: false,
                    }));
                }
                Some(Err(LoadError::Newer { found })) => {
                    self.read_only.set(Some(LoadError::Newer { found }.to_string()));
                }
                _ => {}
            }
        }
        self.usage.set(with_store(|s| s.usage()));
    }
}


/// "2 added, 1 updated, 1 conflict resolved": what a merge did, in words.
pub fn merge_summary(m: &Merge) -> String {
    merge_summary_of(&m.changes)
}

/// [`merge_summary`] of a merge's changes.
fn merge_summary_of(changes: &[crate::model::merge::Change]) -> String {
    use crate::model::merge::ChangeKind::*;
    let mut parts = Vec::new();
    for (kind, one, many) in [
        (Added, "record added", "records added"),
        (Updated, "record updated", "records updated"),
        (Deleted, "record deleted", "records deleted"),
        (Conflict, "conflict resolved", "conflicts resolved"),
    ] {
        match changes.iter().filter(|c| c.kind == kind).count() {
            0 => {}
            1 => parts.push(format!("1 {one}")),
            n => parts.push(format!("{n} {many}")),
        }
    }
    if parts.is_empty() { "nothing new".to_string() } else { parts.join(", ") }
}
