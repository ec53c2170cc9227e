//! A page or section whose records are edited in place (partners, goals, stories, the plan,
//! milestones, ideas, activities, meetings): its head (the heading and the *Add* button), then
//! the [`EditableList`]. It owns the editing state, so each tool names only its texts, its
//! records, its form and its card.
use leptos::prelude::*;

use super::super::drafts::Editing;
use super::list::{AddButton, EditableList};
use crate::i18n::Key;
use crate::model::record::Record;
use crate::ui::i18n::t;
use crate::model::Partnership;
use crate::ui::helpers::read;
use crate::ui::state::AppState;

/// What a list section says: one `static` per tool keeps each call short.
pub struct ListTexts {
    pub heading: Key,
    /// The `<h2>`'s id, which names the section (`aria-labelledby`); `None`: the page's `<h1>`.
    pub heading_id: Option<&'static str>,
    /// The *Add* button, e.g. "Add partner".
    pub add: Key,
    /// The list's class, e.g. `partner-list`.
    pub list_class: &'static str,
    pub empty_title: Key,
    /// How to run the exercise that fills the list.
    pub empty_prompt: Key,
}

#[component]
pub fn ListSection<T, Form, FormView, Card, CardView>(
    /// The section's classes, e.g. `partners` or `tool-section`.
    class: &'static str,
    texts: &'static ListTexts,
    /// The records in the order shown, read from the open partnership.
    items: fn(&Partnership) -> Vec<T>,
    form: Form,
    card: Card,
    /// An `<ol>` instead of a `<ul>` (a timeline).
    #[prop(optional)]
    ordered: bool,
    /// The head's class when it is not `page-head` (the idea board's `section-head`).
    #[prop(optional)]
    head_class: Option<&'static str>,
    /// Focus can be sent to the `<h2>` (as to every page's `<h1>`).
    #[prop(optional)]
    focusable: bool,
    /// Drawn before the *Add* button, both then in a `head-actions` box.
    #[prop(optional, into)]
    head_actions: Option<ViewFnOnce>,
    /// The caller's own *adding* flag, when what it draws between head and list depends on it.
    #[prop(optional)]
    adding: Option<RwSignal<bool>>,
    /// Drawn between the head and the list (a status, a summary, a sub-heading).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView
where
    T: Record + Clone + Send + Sync + 'static,
    Form: Fn(Option<T>, Callback<()>) -> FormView + Send + Sync + Copy + 'static,
    FormView: IntoView + 'static,
    Card: Fn(T, Callback<()>) -> CardView + Send + Sync + Copy + 'static,
    CardView: IntoView + 'static,
{
    let state = expect_context::<AppState>();
    let items = move || read(state, items);
    let editing = Editing::new();
    let adding = adding.unwrap_or_else(|| RwSignal::new(false));
    let list = view! {
        <EditableList editing adding items class=texts.list_class ordered
            empty_title=t(texts.empty_title) empty_prompt=t(texts.empty_prompt) form card/>
    }
    .into_any();
    let head = Head { class, texts, head_class, focusable, head_actions, children };
    list_section(head, editing, adding, list)
}

/// All of a section but its list, which is the only part that depends on the record type.
struct Head {
    class: &'static str,
    texts: &'static ListTexts,
    head_class: Option<&'static str>,
    focusable: bool,
    head_actions: Option<ViewFnOnce>,
    children: Option<Children>,
}

// Not generic, so the section's head is compiled once rather than once per record type.
fn list_section(head: Head, editing: Editing, adding: RwSignal<bool>, list: AnyView) -> AnyView {
    let Head { class, texts, head_class, focusable, head_actions, children } = head;
    let heading = match texts.heading_id {
        None => view! { <h1 tabindex="-1">{t(texts.heading)}</h1> }.into_any(),
        Some(id) => view! { <h2 id=id tabindex=focusable.then_some("-1")>{t(texts.heading)}</h2> }.into_any(),
    };
    let add = view! { <AddButton label=t(texts.add) editing adding/> };
    let actions = match head_actions {
        Some(before) => view! { <div class="head-actions">{before.run()}{add}</div> }.into_any(),
        None => add.into_any(),
    };
    view! {
        <section class=class aria-labelledby=texts.heading_id>
            <div class=head_class.unwrap_or("page-head")>
                {heading}
                {actions}
            </div>
            {children.map(|c| c())}
            {list}
        </section>
    }
    .into_any()
}
