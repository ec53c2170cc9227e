//! A record's Edit and Delete when deleting it is one model call: the deletion goes through
//! `state.edit` with the message that names what went, so it can be undone like any edit.
use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::list::EditDelete;
use crate::model::Partnership;
use crate::ui::state::AppState;

#[component]
pub fn EditDeleteRecord(
    edit_label: String,
    delete_label: String,
    question: String,
    /// The message after deleting, e.g. "Deleted the story “…”.".
    deleted: String,
    on_edit: Callback<()>,
    /// Removes the record from the partnership.
    delete: impl Fn(&mut Partnership, DateTime<Utc>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <EditDelete edit_label delete_label question on_edit on_delete=move || state.edit(Some(deleted.clone()), delete)/>
    }
}
