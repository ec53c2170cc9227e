//! The frames of a record's form: [`RecordForm`], a `<form>` named by its heading, the
//! heading, the fields, then the guard's message with *Save* and *Cancel* ([`FormEnd`]); and
//! [`ToolForm`], the card on the tool pages (stories, the plan, funding, milestones) whose
//! heading says "New story" or "Edit story" and whose end the caller draws.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::super::drafts::{FormEnd, FormGuard};

#[component]
pub fn RecordForm(
    /// The form's classes, e.g. `card voice-form`.
    class: &'static str,
    /// What the form does, e.g. "New idea": its heading and its accessible name.
    heading: &'static str,
    /// An `<h3>` instead of an `<h2>`, for a form inside a page section.
    #[prop(optional)]
    in_section: bool,
    /// No visible heading: a small form inside a card, named only for assistive technology.
    #[prop(optional)]
    unheaded: bool,
    on_submit: impl Fn(SubmitEvent) + 'static,
    guard: FormGuard,
    is_new: bool,
    /// What *Save* says on a new record ("Save idea"); an existing one says "Save changes".
    save_new: &'static str,
    on_cancel: impl Fn() + Send + Sync + 'static,
    children: Children,
) -> impl IntoView {
    let title = match (unheaded, in_section) {
        (true, _) => ().into_any(),
        (false, true) => view! { <h3>{heading}</h3> }.into_any(),
        (false, false) => view! { <h2>{heading}</h2> }.into_any(),
    };
    view! {
        <form class=class on:submit=on_submit aria-label=heading>
            {title}
            {children()}
            <FormEnd guard is_new save_new on_cancel/>
        </form>
    }
}

#[component]
pub fn ToolForm(
    /// What the record is called, e.g. "story" or "plan item".
    what: &'static str,
    is_new: bool,
    on_submit: impl FnMut(SubmitEvent) + 'static,
    children: Children,
) -> impl IntoView {
    let title = if is_new { format!("New {what}") } else { format!("Edit {what}") };
    let name = title.clone();
    view! {
        <form class="card tool-form" on:submit=on_submit aria-label=name>
            <h3>{title}</h3>
            {children()}
        </form>
    }
}
