//! The form of a record listed where an [`EditableList`](super::EditableList) does not fit (a
//! table, a checklist grouped by area, a board): drawn apart from the list, so that the list
//! redrawing (another tab's save, a tick) never loses what is being typed.
use leptos::prelude::*;
use uuid::Uuid;

use super::super::drafts::Editing;
use crate::model::record::{find, Listed};
use crate::ui::helpers::{focus_first_field_soon, peek};
use crate::ui::state::AppState;

/// While `editing` names a record that `find` still finds, its `form`, which calls the
/// callback when it closes; focus goes to its first field.
#[component]
pub fn EditingForm<T, Find, Form, V>(editing: Editing, find: Find, form: Form) -> impl IntoView
where
    T: 'static,
    Find: Fn(Uuid) -> Option<T> + Send + Sync + 'static,
    Form: Fn(T, Callback<()>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    editing_form(editing, Box::new(move |id, done| find(id).map(|record| form(record, done).into_any())))
}

// Not generic, so the switch is compiled once rather than for each record type.
fn editing_form(editing: Editing, draw: Box<dyn Fn(Uuid, Callback<()>) -> Option<AnyView> + Send + Sync>) -> AnyView {
    (move || {
        let id = editing.id()?;
        let form = untrack(|| draw(id, Callback::new(move |_| editing.stop())))?;
        focus_first_field_soon(".editing-form");
        Some(view! { <div class="editing-form">{form}</div> })
    })
    .into_any()
}

/// The record `id` of `T`'s list in the open partnership, as it is now (for [`EditingForm`]).
pub fn listed<T: Listed + Clone>(id: Uuid) -> Option<T> {
    peek(expect_context::<AppState>(), |p| find(T::list(p), id).cloned())
}

/// The *Edit* callback of a record's row: opens its form in the list's [`EditingForm`]. (The
/// version only keys an [`EditableList`](super::EditableList)'s rows; the form's guard reads
/// the record's own when it opens.)
pub fn edit_callback(editing: Editing, id: Uuid) -> Callback<()> {
    Callback::new(move |_| editing.start(id, Default::default()))
}
