//! Goals: the list of goals with their SMART verdicts, and the guided builder that writes
//! or edits one.
mod builder;
mod card;
mod checklist;
mod summary;

use leptos::prelude::*;

pub use summary::GoalsCard;

use crate::i18n::tr;
use super::form::{ListSection, ListTexts};
use builder::GoalBuilder;
use card::GoalCard;

#[component]
pub fn GoalsPage() -> impl IntoView {
    view! {
        <ListSection class="goals" texts=&GOALS items={|p| p.goals.clone()} head_actions=|| view! { <crate::ui::print::PrintButton kind=crate::model::print::Kind::SmartGoal/> }
            form={|goal, done: Callback<()>| view! { <GoalBuilder goal on_done=move || done.run(())/> }}
            card={|goal, edit: Callback<()>| view! { <GoalCard goal on_edit=edit/> }}/>
    }
}

static GOALS: ListTexts = ListTexts {
    heading: tr::route::GOALS, heading_id: None, add: tr::goals::ADD, list_class: "goal-list",
    empty_title: tr::goals::EMPTY_TITLE,
    empty_prompt: tr::goals::EMPTY_PROMPT,
};
