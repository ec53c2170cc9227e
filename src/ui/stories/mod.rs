//! Stories & communication: stories that put a face on the data, and the plan for who hears
//! what, when, and from whom.
use leptos::prelude::*;

mod fields;
mod plan;
mod story;

pub(crate) use fields::{CheckField, PartnerSelect, TextArea, TextField};

use crate::ui::drafts::Editing;
use crate::ui::helpers::read;
use super::state::AppState;
use super::widgets::EmptyState;
use crate::model::stories::stories_in_order;
use story::{StoryCard, StoryForm};

#[component]
pub fn StoriesPage() -> impl IntoView {
    view! {
        <section class="tool-page stories-page">
            <h1 tabindex="-1">"Stories & communication"</h1>
            <p class="lead-in">"Stories humanise the numbers; the plan makes sure partners, funders, the community and the media hear about them."</p>
            <StoryList/>
            <plan::PlanSection/>
        </section>
    }
}

#[component]
fn StoryList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let editing = Editing::new();
    let adding = RwSignal::new(false);
    let stories = move || { editing.track(); read(state, |p| stories_in_order(&p.communication.stories)) };
    view! {
        <section class="tool-section" aria-labelledby="stories-heading">
            <div class="page-head">
                <h2 id="stories-heading">"Stories"</h2>
                <button type="button" class="primary" on:click=move |_| {
                    editing.stop();
                    adding.set(true);
                }>"Add story"</button>
            </div>
            <Show when=move || adding.get()>
                <StoryForm story=None on_done=move || adding.set(false)/>
            </Show>
            {let empty = Memo::new(move |_| stories().is_empty()); move || if empty.get() && !adding.get() {
                view! {
                    <EmptyState
                        title="No stories yet"
                        prompt="Ask each partner for one person whose life changed: what changed, in their words, and whether they agree to it being shared."
                    />
                }.into_any()
            } else {
                view! {
                    <ul class="story-list">
                        <For each=stories key=move |s| editing.key(s.id, s.updated_at) let:story>
                            {
                                let id = story.id;
                                let version = story.updated_at;
                                move || if editing.is(id) {
                                    view! { <li><StoryForm story=Some(story.clone()) on_done=move || editing.stop()/></li> }.into_any()
                                } else {
                                    view! { <StoryCard story=story.clone() on_edit=move || { adding.set(false); editing.start(id, version); }/> }.into_any()
                                }
                            }
                        </For>
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
