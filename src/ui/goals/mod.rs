//! Goals: the list of goals with their SMART verdicts, and the guided builder that writes
//! or edits one.
mod builder;
mod card;
mod checklist;
mod summary;

use leptos::prelude::*;
use uuid::Uuid;

pub use summary::GoalsCard;

use super::state::AppState;
use super::widgets::EmptyState;
use builder::GoalBuilder;
use card::GoalCard;

#[component]
pub fn Goals() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The goal being edited; with `adding` false and no id, only the list shows.
    let editing = RwSignal::new(None::<Uuid>);
    let adding = RwSignal::new(false);
    let goals = move || state.current.with(|c| c.as_ref().map(|p| p.goals.clone()).unwrap_or_default());
    view! {
        <section class="goals">
            <div class="page-head">
                <h1 tabindex="-1">"Goals"</h1>
                <button type="button" class="primary" on:click=move |_| {
                    editing.set(None);
                    adding.set(true);
                }>"New goal"</button>
            </div>
            <Show when=move || adding.get()>
                <GoalBuilder goal=None on_done=move || adding.set(false)/>
            </Show>
            {move || if goals().is_empty() && !adding.get() {
                view! {
                    <EmptyState
                        title="No goals yet"
                        prompt="Take one root cause at a time and ask: what will we change, for whom, where, by when, and how will we know? The builder checks each SMART letter as you write."
                    />
                }.into_any()
            } else {
                view! {
                    <ul class="goal-list">
                        <For each=goals key=|g| (g.id, g.updated_at) let:goal>
                            {
                                let id = goal.id;
                                move || if editing.get() == Some(id) {
                                    view! { <li><GoalBuilder goal=Some(goal.clone()) on_done=move || editing.set(None)/></li> }.into_any()
                                } else {
                                    view! { <GoalCard goal=goal.clone() on_edit=move || { adding.set(false); editing.set(Some(id)); }/> }.into_any()
                                }
                            }
                        </For>
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
