//! Files in and out: files picked or dropped are queued and handled one at a time (a bad one
//! is reported, a good one opens or waits for the user's choice); export writes one.
use leptos::prelude::*;

use super::{AppState, PendingFile};
use crate::i18n::tr;
use crate::model::file;
use crate::ui::i18n::say;

impl AppState {
    /// Takes files picked or dropped together; they are handled one after another.
    pub fn receive_files(&self, files: Vec<(String, String)>) {
        self.queue.update_value(|q| q.extend(files));
        if self.pending.with_untracked(Option::is_none) && self.review.with_untracked(Option::is_none) {
            self.next_file();
        }
    }

    /// Handles the next queued file: a bad one is reported and skipped; a good one opens at
    /// once when nothing is open, else waits for the user's choice (new, or merge).
    pub(super) fn next_file(&self) {
        let mut next = None;
        self.queue.update_value(|q| {
            if !q.is_empty() {
                next = Some(q.remove(0));
            }
        });
        let Some((file_name, text)) = next else { return };
        // A backup of a partnership stored in parts opens as the partnership it holds.
        let opened = match crate::storage::parts::as_export(&text) {
            Some(Ok(export)) => file::open(&export),
            Some(Err(e)) => Err(e),
            None => file::open(&text),
        };
        match opened {
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
        let beside = self.index.with_untracked(|i| i.name_of(p.id).is_some());
        if beside {
            // Same partnership already here: open the file beside it, not over it.
            p = p.duplicate(say(|w| tr::state::imported_name(w, &p.name)), self.now());
        }
        let older = from_version < crate::model::migrate::CURRENT;
        let name = p.name.clone();
        self.adopt(p);
        self.alert.set(None);
        self.notify(say(|w| {
            let mut text = tr::state::opened(w, &file_name, &name);
            if beside {
                text = format!("{text} {}", w.get(tr::state::OPENED_BESIDE));
            }
            if older {
                text = format!("{text} {}", tr::state::opened_older(w, &w.integer(from_version.into())));
            }
            text
        }));
    }

    /// Files still queued behind the waiting one (not parsed yet).
    pub fn queued_files(&self) -> usize {
        self.queue.with_value(Vec::len)
    }

    /// Every queued file, moved out.
    pub(super) fn take_queue(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        self.queue.update_value(|q| out = std::mem::take(q));
        out
    }

    /// The waiting file, moved out (it holds a whole partnership: no copy is made).
    pub(super) fn take_pending(&self) -> Option<PendingFile> {
        self.pending.try_update(Option::take).flatten()
    }

    /// Leaves the waiting file unopened.
    pub fn cancel_pending(&self) {
        if let Some(p) = self.take_pending() {
            self.notify(say(|w| tr::state::not_opened(w, &p.file_name)));
            self.next_file();
        }
    }

    pub fn import_failed(&self, file_name: &str, why: &str) {
        self.fail(say(|w| tr::state::open_failed(w, file_name, why)));
    }

    pub fn export(&self) {
        let Some((name, text)) = self.current.with_untracked(|c| {
            let group = self.group_name();
            c.as_ref().map(|p| (file::file_name(p, self.now()), file::export_json_by(p, self.now(), Some(&group))))
        }) else {
            return;
        };
        match crate::files::download(&name, "application/json", &text) {
            Ok(()) => self.notify(say(|w| tr::state::exported(w, &name))),
            Err(e) => self.fail(say(|w| tr::state::export_failed(w, &e.to_string()))),
        }
    }
}
