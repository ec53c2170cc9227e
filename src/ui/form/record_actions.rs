//! A record's *Edit* and *Delete* buttons (Delete asks once, inline). Deleting goes through
//! `state.edit` with the message that names what went, so it can be undone like any edit.
//! The caller puts them in its own `row-actions` box or cell.
use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::model::Partnership;
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;

#[component]
pub fn EditDelete(
    /// The Edit button's accessible name, e.g. "Edit FreshMart".
    edit_label: String,
    /// The Delete button's accessible name, e.g. "Delete FreshMart".
    delete_label: String,
    /// The question Delete asks, e.g. "Delete FreshMart?".
    question: String,
    /// The message after deleting, e.g. "Deleted the story “…”.".
    deleted: String,
    on_edit: Callback<()>,
    /// Removes the record from the partnership.
    delete: impl Fn(&mut Partnership, DateTime<Utc>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    edit_delete(edit_label, delete_label, question, deleted, on_edit, std::sync::Arc::new(delete))
}

// Not generic, so the buttons are compiled once rather than for each record type's delete.
fn edit_delete(
    edit_label: String,
    delete_label: String,
    question: String,
    deleted: String,
    on_edit: Callback<()>,
    delete: std::sync::Arc<dyn Fn(&mut Partnership, DateTime<Utc>) + Send + Sync>,
) -> AnyView {
    let state = expect_context::<AppState>();
    view! {
        <button type="button" class="edit-chrome" aria-label=edit_label on:click=move |_| on_edit.run(())>"Edit"</button>
        <ConfirmButton label="Delete" aria_label=delete_label question
            on_confirm=move || state.edit(Some(deleted.clone()), |p, now| delete(p, now))/>
    }
    .into_any()
}
