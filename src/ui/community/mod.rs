//! Community voice: engagement activities, what was heard, "you said, we did", the summary
//! and the printable sheet. Every rule comes from `model::community`.
mod activities;
mod card;
mod inputs;
mod response;
mod sheet;
mod summary;

use leptos::prelude::*;

use super::helpers::read;
use super::routes::Route;
use super::state::AppState;
use super::form::{ListSection, ListTexts};
use activities::{ActivityCard, ActivityForm};
pub use card::VoiceCards;
pub use sheet::SaidDidPage;
use summary::Summary;
use crate::i18n::tr;
use crate::ui::i18n::t;
use crate::ui::widgets::When;

#[component]
pub fn CommunityPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let adding = RwSignal::new(false);
    // A memo, so that the summary is not redrawn on every edit.
    let none = Memo::new(move |_| read(state, |p| p.community.activities.is_empty()));
    let sheet = || view! { <a class="button" href=Route::SaidDid.href()>{t(tr::community::SHEET_LINK)}</a> };
    view! {
        <ListSection class="voice community" texts=&ACTIVITIES items={|p| p.community.activities_by_date().into_iter().cloned().collect::<Vec<_>>()} head_actions=sheet adding
            form={|activity, done: Callback<()>| view! { <ActivityForm activity on_done=move || done.run(())/> }}
            card={|activity, edit: Callback<()>| view! { <ActivityCard activity on_edit=edit/> }}>
            <When when=move || !none.get() || adding.get()>
                <Summary/>
                <h2 class="section-title">{t(tr::community::ACTIVITIES_HEADING)}</h2>
            </When>
        </ListSection>
    }
}

static ACTIVITIES: ListTexts = ListTexts {
    heading: tr::route::COMMUNITY, heading_id: None, add: tr::community::ADD, list_class: "activity-list",
    empty_title: tr::community::EMPTY_TITLE,
    empty_prompt: tr::community::EMPTY_PROMPT,
};
