//! Small things kept in this browser beside the partnerships: preferences (theme, timer,
//! the group's name) and backups of damaged data.
use leptos::prelude::*;

use super::{with_store, AppState};
use crate::i18n::tr;
use crate::model::file::MAX_FILE_BYTES;
use crate::ui::i18n::say;

impl AppState {
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
            self.fail(say(|w| tr::state::group_failed(w, &e.to_string())));
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
}
