//! The frame of a record's form on the tool pages (stories, the plan, funding, milestones):
//! a card whose heading, and name for screen readers, says "New story" or "Edit story".
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

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
