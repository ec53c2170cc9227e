//! Goals: the list of goals with their SMART verdicts, and the guided builder that writes
//! or edits one.
mod builder;
mod card;
mod checklist;
mod summary;

use leptos::prelude::*;

pub use summary::GoalsCard;

use crate::ui::drafts::Editing;
use super::state::AppState;
use super::widgets::EmptyState;
use builder::GoalBuilder;
use card::GoalCard;

#[component]
pub fn GoalsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The goal being edited; with `adding` false and no id, only the list shows.
    let editing = Editing::new();
    let adding = RwSignal::new(false);
    let goals = move || { editing.track(); state.current.with(|c| c.as_ref().map(|p| p.goals.clone()).unwrap_or_default()) };
    view! {
        <section class="goals">
            <div class="page-head">
                <h1 tabindex="-1">"Goals"</h1>
                <button type="button" class="primary" on:click=move |_| {
                    editing.stop();
                    adding.set(true);
                }>"New goal"</button>
            </div>
            <Show when=move || adding.get()>
                <GoalBuilder goal=None on_done=move || adding.set(false)/>
            </Show>
            {let empty = Memo::new(move |_| goals().is_empty()); move || if empty.get() && !adding.get() {
                view! {
                    <EmptyState
                        title="No goals yet"
                        prompt="Take one root cause at a time and ask: what will we change, for whom, where, by when, and how will we know? The builder checks each SMART letter as you write."
                    />
                }.into_any()
            } else {
                view! {
                    <ul class="goal-list">
                        <For each=goals key=move |g| editing.key(g.id, g.updated_at) let:goal>
                            {
                                let id = goal.id;
                                let version = goal.updated_at;
                                move || if editing.is(id) {
                                    view! { <li><GoalBuilder goal=Some(goal.clone()) on_done=move || editing.stop()/></li> }.into_any()
                                } else {
                                    view! { <GoalCard goal=goal.clone() on_edit=move || { adding.set(false); editing.start(id, version); }/> }.into_any()
                                }
                            }
                        </For>
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
