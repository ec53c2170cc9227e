//! Open forms and other tabs. Every edit is saved at once and another tab's saves are taken
//! in as they arrive (`AppState::other_tab_saved`), so the only work that can be lost is a
//! form that is open while the same record changes elsewhere: in another tab, or by Undo.
//!
//! - [`Editing`] keeps the form open: a list keyed by `(id, updated_at)` would otherwise
//!   rebuild the row, and the form with the user's typing, when the record changes.
//! - [`FormGuard`] stops the first save over a changed record and says so; saving again
//!   replaces the other change on purpose, Cancel shows it.
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::reactive::computed::Selector;
use uuid::Uuid;

use super::state::AppState;
use crate::i18n::{tr, Key};
use crate::model::record::{find, Record};
use crate::ui::i18n::{say, t};
use crate::model::Partnership;

/// Which record of a list is being edited, and the version the form started from.
#[derive(Clone, Copy)]
pub struct Editing {
    which: RwSignal<Option<(Uuid, DateTime<Utc>)>>,
    /// Opening or closing a form wakes only the rows it concerns: waking every row's "form
    /// or card?" closure rebuilt every card of a long list.
    selector: StoredValue<Selector<Option<Uuid>>>,
}

impl Editing {
    pub fn new() -> Editing {
        let which = RwSignal::new(None::<(Uuid, DateTime<Utc>)>);
        let selector = StoredValue::new(Selector::new(move || which.with(|w| w.map(|(id, _)| id))));
        Editing { which, selector }
    }

    pub fn start(&self, id: Uuid, version: DateTime<Utc>) {
        self.which.set(Some((id, version)));
    }

    pub fn stop(&self) {
        self.which.set(None);
    }

    /// Whether `id` is being edited (tracked: only a change for this id reruns the caller).
    pub fn is(&self, id: Uuid) -> bool {
        self.selector.with_value(|s| s.selected(&Some(id)))
    }

    /// The key for a list's `For`: while a record is edited, the version its form started
    /// from, so that another tab's change does not rebuild the row and lose the typing.
    /// The list closure must call [`Editing::track`] so that closing the form re-keys it.
    pub fn key(&self, id: Uuid, updated_at: DateTime<Utc>) -> (Uuid, DateTime<Utc>) {
        match self.which.get_untracked() {
            Some((e, version)) if e == id => (id, version),
            _ => (id, updated_at),
        }
    }

    pub fn track(&self) {
        self.which.track();
    }

    /// The record being edited (tracked), for a form drawn apart from its list.
    pub fn id(&self) -> Option<Uuid> {
        self.which.with(|w| w.map(|(id, _)| id))
    }
}

impl Default for Editing {
    fn default() -> Self {
        Editing::new()
    }
}

/// Guards a form that edits an existing record against saving over a change made since it
/// opened. `this` names the record for people ("this partner", `tr::form::record::PARTNER`).
#[derive(Clone, Copy)]
pub struct FormGuard {
    base: StoredValue<Option<DateTime<Utc>>>,
    this: Key,
    pub message: RwSignal<Option<String>>,
}

impl FormGuard {
    /// `opened` is the record's `updated_at` when the form opened; `None` for a new record.
    pub fn new(opened: Option<DateTime<Utc>>, this: Key) -> FormGuard {
        FormGuard { base: StoredValue::new(opened), this, message: RwSignal::new(None) }
    }

    /// Whether the form edits a record that exists (not a new one).
    pub fn edits(&self) -> bool {
        self.base.get_value().is_some()
    }

    /// For a form on a record of `list`: its version now, looked up in the open partnership.
    pub fn blocks_in<R: Record>(&self, list: impl Fn(&Partnership) -> &[R], id: Uuid) -> bool {
        let state = expect_context::<AppState>();
        let now = state.current.with_untracked(|c| c.as_ref().map(|p| find(list(p), id).map(|r| r.updated_at())));
        match now {
            Some(now) => self.blocks(now),
            None => false,
        }
    }

    /// Call before saving, with the record's `updated_at` now (`None`: it is gone). `true`
    /// means do not save this time: the record changed since the form opened, and the
    /// message says so. A second save goes through.
    pub fn blocks(&self, now: Option<DateTime<Utc>>) -> bool {
        let Some(base) = self.base.get_value() else { return false };
        if now == Some(base) {
            self.message.set(None);
            return false;
        }
        let message = say(|w| {
            let record = w.get(self.this);
            let text = match now {
                Some(_) => tr::form::changed_elsewhere(w, record),
                None => tr::form::deleted_elsewhere(w, record),
            };
            // The record may open the sentence ("This partner was…").
            crate::model::text::capitalise(&text)
        });
        self.message.set(Some(message));
        // The next save goes through: over the new version, or adding the deleted one back.
        self.base.set_value(now);
        true
    }
}

/// The guard's message, where the form shows it.
#[component]
pub fn GuardMessage(guard: FormGuard) -> impl IntoView {
    view! {
        <p class="form-conflict" role="alert">{move || guard.message.get()}</p>
    }
}

/// The end of an edit form: the guard's message, then *Save* (`save_new` for a new record,
/// "Save changes" for an existing one) and *Cancel*.
#[component]
pub fn FormEnd(
    guard: FormGuard,
    is_new: bool,
    #[prop(into)] save_new: TextProp,
    on_cancel: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let submit: TextProp = if is_new { save_new } else { t(tr::form::SAVE_CHANGES).into() };
    view! {
        <GuardMessage guard/>
        <super::form::SubmitCancel submit on_cancel/>
    }
}
