//! Stories & communication: stories that put a face on the data, and the plan for who hears
//! what, when, and from whom.
use leptos::prelude::*;

mod plan;
mod story;

use super::form::{ListSection, ListTexts};
use super::widgets::ToolPage;
use crate::i18n::tr;
use crate::model::stories::stories_in_order;
use crate::ui::i18n::t;
use story::{StoryCard, StoryForm};

#[component]
pub fn StoriesPage() -> impl IntoView {
    view! {
        <ToolPage class="tool-page stories-page" heading=t(tr::route::STORIES) lead_in=t(tr::stories::LEAD_IN)>
            <StoryList/>
            <plan::PlanSection/>
        </ToolPage>
    }
}

#[component]
fn StoryList() -> impl IntoView {
    view! {
        <ListSection class="tool-section" texts=&STORIES items={|p| stories_in_order(&p.communication.stories)}
            form={|story, done: Callback<()>| view! { <StoryForm story on_done=move || done.run(())/> }}
            card={|story, edit: Callback<()>| view! { <StoryCard story on_edit=edit/> }}/>
    }
}

static STORIES: ListTexts = ListTexts {
    heading: tr::stories::HEADING, heading_id: Some("stories-heading"), add: tr::stories::ADD, list_class: "story-list",
    empty_title: tr::stories::EMPTY_TITLE,
    empty_prompt: tr::stories::EMPTY_PROMPT,
};
