//! Stories & communication: stories that put a face on the data, and the plan for who hears
//! what, when, and from whom.
use leptos::prelude::*;

mod plan;
mod story;

use super::form::{ListSection, ListTexts};
use super::state::AppState;
use crate::ui::helpers::read;
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
    let stories = move || read(state, |p| stories_in_order(&p.communication.stories));
    view! {
        <ListSection class="tool-section" texts=&STORIES items=stories
            form={|story, done: Callback<()>| view! { <StoryForm story on_done=move || done.run(())/> }}
            card={|story, edit: Callback<()>| view! { <StoryCard story on_edit=edit/> }}/>
    }
}

static STORIES: ListTexts = ListTexts {
    heading: "Stories",
    heading_id: Some("stories-heading"),
    add: "Add story",
    list_class: "story-list",
    empty_title: "No stories yet",
    empty_prompt: "Ask each partner for one person whose life changed: what changed, in their words, and whether they agree to it being shared.",
};
