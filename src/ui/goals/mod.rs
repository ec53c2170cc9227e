//! Goals: the list of goals with their SMART verdicts, and the guided builder that writes
//! or edits one.
mod builder;
mod card;
mod checklist;
mod summary;

use leptos::prelude::*;

pub use summary::GoalsCard;

use super::form::{AddButton, EditableList, Editing};
use super::state::AppState;
use builder::GoalBuilder;
use card::GoalCard;

#[component]
pub fn GoalsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let editing = Editing::new();
    let adding = RwSignal::new(false);
    let goals = move || state.current.with(|c| c.as_ref().map(|p| p.goals.clone()).unwrap_or_default());
    view! {
        <section class="goals">
            <div class="page-head">
                <h1 tabindex="-1">"Goals"</h1>
                <AddButton label="New goal" editing adding/>
            </div>
            <EditableList editing adding items=goals class="goal-list"
                empty_title="No goals yet"
                empty_prompt="Take one root cause at a time and ask: what will we change, for whom, where, by when, and how will we know? The builder checks each SMART letter as you write."
                form={|goal, done: Callback<()>| view! { <GoalBuilder goal on_done=move || done.run(())/> }}
                card={|goal, edit: Callback<()>| view! { <GoalCard goal on_edit=edit/> }}
            />
        </section>
    }
}
