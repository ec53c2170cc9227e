//! The partnerships held in this browser: open one, start one, copy, rename, delete.
use leptos::prelude::*;
use uuid::Uuid;

use super::{with_store, AppState};
use crate::i18n::tr;
use crate::model::Partnership;
use crate::storage::LoadError;
use crate::ui::i18n::say;

impl AppState {
    /// Opens a partnership held in this browser.
    pub fn switch(&self, id: Uuid) {
        let now = self.now();
        match with_store(|s| s.load(id, now)) {
            Ok(p) => {
                self.forget_undo();
                self.current.set(Some(p));
                self.index.update(|i| i.active = Some(id));
                self.write_index();
                self.tell_repairs();
            }
            Err(e @ (LoadError::Newer { .. } | LoadError::NewerLayout { .. })) => {
                self.read_only.set(Some(e.to_string()));
            }
            Err(e) => {
                if matches!(e, LoadError::Corrupt { backup_key: Some(_), .. } | LoadError::Missing) {
                    self.index.update(|i| {
                        i.partnerships.retain(|x| x.id != id);
                        if i.active == Some(id) {
                            i.active = None;
                        }
                    });
                    self.write_index();
                }
                self.fail(e.to_string());
                self.backups.set(with_store(|s| s.backups()));
            }
        }
    }

    /// Tells the user what loading mended (a clock that ran ahead, a value out of range…);
    /// the stored versions were kept as backups.
    pub(super) fn tell_repairs(&self) {
        let notes = with_store(|s| s.take_notes());
        if !notes.is_empty() {
            self.alert.set(Some(notes.join(" ")));
            self.backups.set(with_store(|s| s.backups()));
            self.usage.set(with_store(|s| s.usage()));
        }
    }

    /// Writes the list of partnerships; a failure shows at the next save of the partnership.
    fn write_index(&self) {
        let index = self.index.get_untracked();
        let _ = with_store(|s| s.write_index(&index));
    }

    /// Adds a partnership, saves it and opens it.
    pub(super) fn adopt(&self, p: Partnership) {
        self.forget_undo();
        let id = p.id;
        self.current.set(Some(p));
        self.index.update(|i| i.active = Some(id));
        self.save();
        self.write_index();
    }

    pub fn create(&self, name: &str) {
        let name = name.trim();
        let name = if name.is_empty() { say(|w| w.get(tr::state::NEW_PARTNERSHIP).to_string()) } else { name.to_string() };
        self.adopt(Partnership::new(&name, self.now()));
        self.notify(say(|w| tr::state::started(w, &name)));
    }

    pub fn open_sample(&self) {
        let me = *self;
        crate::ui::i18n::sample_in_page_lang(self.now(), move |p| match p {
            Ok(p) => {
                me.adopt(p);
                me.notify(say(|w| w.get(tr::state::SAMPLE_OPENED).to_string()));
            }
            Err(why) => me.fail(say(|w| tr::state::sample_unavailable(w, &why))),
        });
    }

    pub fn duplicate(&self, id: Uuid) {
        let now = self.now();
        let source = if self.open_id() == Some(id) {
            self.current.get_untracked()
        } else {
            with_store(|s| s.load(id, now)).ok()
        };
        if let Some(p) = source {
            let copy = p.duplicate(say(|w| tr::state::copy_name(w, &p.name)), now);
            self.adopt(copy);
            self.notify(say(|w| tr::state::copied(w, &p.name)));
        }
    }

    /// Renames a partnership, open or not.
    pub fn rename(&self, id: Uuid, name: &str) {
        let name = name.trim().to_string();
        if name.is_empty() {
            return;
        }
        if self.open_id() == Some(id) {
            self.edit(None, |p, _| p.name = name);
            return;
        }
        let now = self.now();
        if let Ok(mut p) = with_store(|s| s.load(id, now)) {
            let before = p.clone();
            p.name = name;
            crate::model::record::Record::touch(&mut p, now);
            self.stamp(&before, &mut p, now);
            let mut index = self.index.get_untracked();
            match with_store(|s| s.save(&mut p, &mut index, now)) {
                Ok(_) => self.index.set(index),
                Err(e) => self.fail(say(|w| tr::state::rename_failed(w, &e.to_string()))),
            }
        }
    }

    /// Deletes a partnership from this browser (the user has confirmed).
    pub fn delete(&self, id: Uuid) {
        let name = self.index.with_untracked(|i| i.name_of(id).unwrap_or("").to_string());
        let mut index = self.index.get_untracked();
        if let Err(e) = with_store(|s| s.delete(id, &mut index)) {
            self.fail(say(|w| tr::state::delete_failed(w, &name, &e.to_string())));
            return;
        }
        self.index.set(index.clone());
        if self.open_id() == Some(id) {
            self.current.set(None);
            self.forget_undo();
            if let Some(next) = index.active {
                self.switch(next);
            }
        }
        self.usage.set(with_store(|s| s.usage()));
        self.notify(say(|w| tr::state::deleted(w, &name)));
    }
}
