//! A record's *Edit* and *Delete* buttons (Delete asks once, inline). Deleting goes through
//! `state.edit` with the message that names what went, so it can be undone like any edit.
//! The caller puts them in its own `row-actions` box or cell.
use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::Partnership;
use crate::ui::i18n::t;
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;

#[component]
pub fn EditDelete(
    /// The Edit button's accessible name, e.g. "Edit FreshMart".
    #[prop(into)]
    edit_label: TextProp,
    /// The Delete button's accessible name, e.g. "Delete FreshMart".
    #[prop(into)]
    delete_label: TextProp,
    /// The question Delete asks, e.g. "Delete FreshMart?".
    #[prop(into)]
    question: TextProp,
    /// The message after deleting, e.g. "Deleted the story “…”.", worded when it is shown.
    #[prop(into)]
    deleted: TextProp,
    on_edit: Callback<()>,
    /// Removes the record from the partnership.
    delete: impl Fn(&mut Partnership, DateTime<Utc>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    edit_delete(edit_label, delete_label, question, deleted, on_edit, std::sync::Arc::new(delete))
}

// Not generic, so the buttons are compiled once rather than for each record type's delete.
fn edit_delete(
    edit_label: TextProp,
    delete_label: TextProp,
    question: TextProp,
    deleted: TextProp,
    on_edit: Callback<()>,
    delete: std::sync::Arc<dyn Fn(&mut Partnership, DateTime<Utc>) + Send + Sync>,
) -> AnyView {
    let state = expect_context::<AppState>();
    view! {
        <button type="button" class="edit-chrome" aria-label=move || edit_label.get() on:click=move |_| on_edit.run(())>{t(tr::form::EDIT)}</button>
        <ConfirmButton label=t(tr::form::DELETE) aria_label=delete_label question
            on_confirm=move || state.edit(Some(deleted.get().to_string()), |p, now| delete(p, now))/>
    }
    .into_any()
}
