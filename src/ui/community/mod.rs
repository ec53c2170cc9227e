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
use super::widgets::EmptyState;
use crate::model::validate::Problem;
use activities::{ActivityCard, ActivityForm};
pub use card::VoiceCards;
pub use sheet::SaidDidPage;
use summary::Summary;

/// The message for one form field out of a list of problems, if any.
pub(crate) fn problem_at(problems: RwSignal<Vec<Problem>>, path: &'static str) -> impl Fn() -> Option<String> + Copy {
    move || problems.with(|ps| ps.iter().find(|p| p.path == path).map(|p| p.message.clone()))
}

#[component]
pub fn CommunityPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let adding = RwSignal::new(false);
    let activities = move || read(state, |p| p.community.activities_by_date().into_iter().cloned().collect::<Vec<_>>());
    // A memo, so that the list below is not rebuilt (closing open forms) on every edit.
    let none = Memo::new(move |_| read(state, |p| p.community.activities.is_empty()));
    view! {
        <section class="voice community">
            <div class="page-head">
                <h1 tabindex="-1">"Community voice"</h1>
                <div class="head-actions">
                    <a class="button" href=Route::SaidDid.href()>"“You said, we did” sheet"</a>
                    <button type="button" class="primary" on:click=move |_| adding.set(true)>"Add activity"</button>
                </div>
            </div>
            <Show when=move || adding.get()>
                <ActivityForm activity=None on_done=move || adding.set(false)/>
            </Show>
            {move || if none.get() && !adding.get() {
                view! {
                    <EmptyState
                        title="Nothing heard yet"
                        prompt="After each survey, focus group or meeting with residents, add it here with what people said, then record what the partnership did about each point."
                    />
                }.into_any()
            } else {
                view! {
                    <Summary/>
                    <h2 class="section-title">"Activities"</h2>
                    <ul class="activity-list">
                        <For each=activities key=|a| a.id let:activity>
                            <ActivityCard activity=activity/>
                        </For>
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
