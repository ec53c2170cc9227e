//! The frames of the forms: [`RecordForm`], a record's `<form>` named by its heading, the
//! heading, the fields, then the guard's message with *Save* and *Cancel* ([`FormEnd`]); and
//! [`AddOrEditForm`], a form that adds (a lesson, a checklist item) and then empties itself,
//! or edits one record in place.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::super::drafts::{FormEnd, FormGuard};
use crate::i18n::tr;
use crate::ui::i18n::t;

#[component]
pub fn RecordForm(
    /// The form's classes, e.g. `card voice-form`.
    class: &'static str,
    /// What the form does, e.g. "New idea": its heading and its accessible name.
    #[prop(into)]
    heading: TextProp,
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
    #[prop(into)]
    save_new: TextProp,
    on_cancel: impl Fn() + Send + Sync + 'static,
    children: Children,
) -> impl IntoView {
    record_form(class, heading, in_section, unheaded, Box::new(on_submit), guard, is_new, save_new, Box::new(on_cancel), children)
}

// The frames are not generic, so each is compiled once rather than for each form's handlers.
#[allow(clippy::too_many_arguments)]
fn record_form(
    class: &'static str,
    heading: TextProp,
    in_section: bool,
    unheaded: bool,
    on_submit: Box<dyn Fn(SubmitEvent)>,
    guard: FormGuard,
    is_new: bool,
    save_new: TextProp,
    on_cancel: Box<dyn Fn() + Send + Sync>,
    children: Children,
) -> AnyView {
    let title = match (unheaded, in_section) {
        (true, _) => ().into_any(),
        (false, true) => {
            let h = heading.clone();
            view! { <h3>{move || h.get()}</h3> }.into_any()
        }
        (false, false) => {
            let h = heading.clone();
            view! { <h2>{move || h.get()}</h2> }.into_any()
        }
    };
    view! {
        <form class=class on:submit=move |e| on_submit(e) aria-label=move || heading.get()>
            {title}
            {children()}
            <FormEnd guard is_new save_new on_cancel=move || on_cancel()/>
        </form>
    }
    .into_any()
}

// A form that only adds: its fields, then one submit button (the adding half of
// [`AddOrEditForm`]).
fn add_form(
    class: &'static str,
    label: TextProp,
    heading: Option<TextProp>,
    button: TextProp,
    on_submit: Box<dyn Fn(SubmitEvent)>,
    children: Children,
) -> AnyView {
    view! {
        <form class=class on:submit=move |e| on_submit(e) aria-label=move || label.get()>
            {heading.map(|h| view! { <h3>{move || h.get()}</h3> })}
            {children()}
            <div class="form-actions"><button type="submit" class="primary">{move || button.get()}</button></div>
        </form>
    }
    .into_any()
}

/// A form that adds (its fields, then one button; it empties itself) or, opened on a record, edits it in place (as
/// [`RecordForm`]): the same fields either way.
#[component]
pub fn AddOrEditForm(
    class: &'static str,
    is_new: bool,
    /// The adding form's accessible name, e.g. "Add a lesson".
    #[prop(into)]
    label: TextProp,
    /// The adding form's visible `<h3>`, when there is one.
    #[prop(optional, into)]
    heading: Option<TextProp>,
    /// The editing form's heading, e.g. "Edit the lesson".
    #[prop(into)]
    edit_heading: TextProp,
    /// The adding form's button, e.g. "Add lesson".
    #[prop(into)]
    button: TextProp,
    guard: FormGuard,
    on_submit: impl Fn(SubmitEvent) + 'static,
    /// Closes the editing form.
    on_done: Option<Callback<()>>,
    children: Children,
) -> impl IntoView {
    let on_submit = Box::new(on_submit);
    if is_new {
        return add_form(class, label, heading, button, on_submit, children);
    }
    let cancel = Box::new(move || {
        on_done.inspect(|d| d.run(()));
    });
    record_form(class, edit_heading, true, false, on_submit, guard, false, button, cancel, children)
}

/// The end of a small form that is not a record's: its submit button, then *Cancel*.
#[component]
pub fn SubmitCancel(
    /// What the submit button says, e.g. "Start round".
    #[prop(into)]
    submit: TextProp,
    on_cancel: impl Fn() + 'static,
) -> impl IntoView {
    submit_cancel(submit, Box::new(on_cancel))
}

fn submit_cancel(submit: TextProp, on_cancel: Box<dyn Fn()>) -> AnyView {
    view! {
        <div class="form-actions">
            <button type="submit" class="primary">{move || submit.get()}</button>
            <button type="button" on:click=move |_| on_cancel()>{t(tr::common::CANCEL)}</button>
        </div>
    }
    .into_any()
}
