//! Goals: the list of goals with their SMART verdicts, and the guided builder that writes
//! or edits one.
mod builder;
mod card;
mod checklist;
mod summary;

use leptos::prelude::*;

pub use summary::GoalsCard;

use super::form::{ListSection, ListTexts};
use builder::GoalBuilder;
use card::GoalCard;

#[component]
pub fn GoalsPage() -> impl IntoView {
    view! {
        <ListSection class="goals" texts=&GOALS items={|p| p.goals.clone()}
            form={|goal, done: Callback<()>| view! { <GoalBuilder goal on_done=move || done.run(())/> }}
            card={|goal, edit: Callback<()>| view! { <GoalCard goal on_edit=edit/> }}/>
    }
}

static GOALS: ListTexts = ListTexts {
    heading: "Goals", heading_id: None, add: "New goal", list_class: "goal-list",
    empty_title: "No goals yet",
    empty_prompt: "Take one root cause at a time and ask: what will we change, for whom, where, by when, and how will we know? The builder checks each SMART letter as you write.",
};
