//! A list whose records are edited in place, as the partner directory, goals, meetings,
//! stories and milestones are: an *Add* button, the new record's form, an empty state that
//! says how to start, and rows that are a card or, while edited, the record's form.
use leptos::prelude::*;

use super::super::drafts::Editing;
use super::super::widgets::EmptyState;
use crate::model::record::Record;

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
    empty_title: &'static str,
    /// How to run the exercise that fills the list.
    empty_prompt: &'static str,
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
    // Not a memo: closing a form must re-key the rows even when the records are unchanged,
    // so that the closed row is drawn as a card again.
    let records = move || {
        editing.track();
        items()
    };
    let empty = Memo::new(move |_| records().is_empty());
    let row = move |record: T| {
        let id = record.id();
        let version = record.updated_at();
        move || {
            if editing.is(id) {
                view! { <li>{form(Some(record.clone()), Callback::new(move |_| editing.stop()))}</li> }.into_any()
            } else {
                let open = Callback::new(move |_| {
                    adding.set(false);
                    editing.start(id, version);
                });
                card(record.clone(), open).into_any()
            }
        }
    };
    view! {
        <Show when=move || adding.get()>
            {move || form(None, Callback::new(move |_| adding.set(false)))}
        </Show>
        {move || {
            if empty.get() && !adding.get() {
                return view! { <EmptyState title=empty_title prompt=empty_prompt/> }.into_any();
            }
            let rows = view! {
                <For each=records key=move |r: &T| editing.key(r.id(), r.updated_at()) let:record>
                    {row(record)}
                </For>
            };
            if ordered {
                view! { <ol class=class>{rows}</ol> }.into_any()
            } else {
                view! { <ul class=class>{rows}</ul> }.into_any()
            }
        }}
    }
}
