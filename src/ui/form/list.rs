//! A list whose records are edited in place, as the partner directory, goals, meetings,
//! stories and milestones are: an *Add* button, the new record's form, an empty state that
//! says how to start, and rows that are a card or, while edited, the record's form.
use std::sync::Arc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use uuid::Uuid;

use super::super::drafts::Editing;
use super::super::widgets::EmptyState;
use crate::model::record::Record;
use crate::ui::keyed::keyed;
use crate::ui::widgets::When;

/// Opens the form for a new record (closing any record's form).
#[component]
pub fn AddButton(#[prop(into)] label: TextProp, editing: Editing, adding: RwSignal<bool>) -> impl IntoView {
    view! {
        <button type="button" class="primary" on:click=move |_| {
            editing.stop();
            adding.set(true);
        }>{move || label.get()}</button>
    }
}

/// The new record's form while `adding`, then the empty state or the records.
#[component]
pub fn EditableList<T, Items, Form, FormView, Card, CardView>(
    editing: Editing,
    adding: RwSignal<bool>,
    /// The records in the order shown.
    items: Items,
    /// The list's class, e.g. `partner-list`.
    class: &'static str,
    /// An `<ol>` instead of a `<ul>` (a timeline).
    #[prop(optional)]
    ordered: bool,
    #[prop(into)] empty_title: TextProp,
    /// How to run the exercise that fills the list.
    #[prop(into)] empty_prompt: TextProp,
    /// The form for a new record (`None`) or for one being edited; it calls the callback
    /// when it closes.
    form: Form,
    /// A record's card; it calls the callback to open the record's form.
    card: Card,
) -> impl IntoView
where
    T: Record + Clone + Send + Sync + 'static,
    Items: Fn() -> Vec<T> + Send + Sync + Copy + 'static,
    Form: Fn(Option<T>, Callback<()>) -> FormView + Send + Sync + Copy + 'static,
    FormView: IntoView + 'static,
    Card: Fn(T, Callback<()>) -> CardView + Send + Sync + Copy + 'static,
    CardView: IntoView + 'static,
{
    let rows = move || {
        items()
            .into_iter()
            .map(|record| {
                let (id, version) = (record.id(), record.updated_at());
                let draw: DrawRow = Arc::new(move |editing: bool, done: Callback<()>| {
                    if editing {
                        form(Some(record.clone()), done).into_any()
                    } else {
                        card(record.clone(), done).into_any()
                    }
                });
                Row { id, version, draw }
            })
            .collect()
    };
    let new_form = Arc::new(move |done: Callback<()>| form(None, done).into_any());
    editable_rows(editing, adding, Arc::new(rows), class, ordered, empty_title, empty_prompt, new_form)
}

/// Draws a row: its form (`true`) or its card; the callback closes the form or opens it.
type DrawRow = Arc<dyn Fn(bool, Callback<()>) -> AnyView + Send + Sync>;

/// A record as the list sees it: its key and how to draw it. The list itself is then not
/// generic and is compiled once, not once per record type.
#[derive(Clone)]
struct Row {
    id: Uuid,
    version: DateTime<Utc>,
    draw: DrawRow,
}

#[allow(clippy::too_many_arguments)]
fn editable_rows(
    editing: Editing,
    adding: RwSignal<bool>,
    rows: Arc<dyn Fn() -> Vec<Row> + Send + Sync>,
    class: &'static str,
    ordered: bool,
    empty_title: TextProp,
    empty_prompt: TextProp,
    new_form: Arc<dyn Fn(Callback<()>) -> AnyView + Send + Sync>,
) -> AnyView {
    // Not a memo: closing a form must re-key the rows even when the records are unchanged,
    // so that the closed row is drawn as a card again.
    let records = move || {
        editing.track();
        rows()
    };
    let empty = Memo::new({
        let records = records.clone();
        move |_| records().is_empty()
    });
    let row = move |row: Row| {
        let Row { id, version, draw } = row;
        move || {
            if editing.is(id) {
                view! { <li>{draw(true, Callback::new(move |_| editing.stop()))}</li> }.into_any()
            } else {
                let open = Callback::new(move |_| {
                    adding.set(false);
                    editing.start(id, version);
                });
                draw(false, open)
            }
        }
    };
    view! {
        <When when=move || adding.get()>
            {
                let new_form = new_form.clone();
                move || new_form(Callback::new(move |_| adding.set(false)))
            }
        </When>
        {move || {
            if empty.get() && !adding.get() {
                return view! { <EmptyState title=empty_title.clone() prompt=empty_prompt.clone()/> }.into_any();
            }
            let rows = keyed(records.clone(), move |r: &Row| editing.key(r.id, r.version), row);
            if ordered {
                view! { <ol class=class>{rows}</ol> }.into_any()
            } else {
                view! { <ul class=class>{rows}</ul> }.into_any()
            }
        }}
    }
    .into_any()
}
