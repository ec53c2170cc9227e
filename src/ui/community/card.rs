//! The overview cards for community voice and for ideas & experiments (one call on the
//! overview draws both).
use leptos::prelude::*;

use crate::ui::helpers::read;
use crate::model::community::{response_rate, theme_counts};
use crate::ui::ideas::IdeasCard;
use crate::ui::routes::Route;
use crate::ui::state::AppState;

#[component]
pub fn VoiceCards() -> impl IntoView {
    view! {
        <CommunityCard/>
        <IdeasCard/>
    }
}

#[component]
fn CommunityCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rate = move || read(state, |p| response_rate(&p.community));
    let activities = move || read(state, |p| p.community.activities.len());
    let top_themes = move || {
        read(state, |p| theme_counts(&p.community).into_iter().take(3).map(|(t, _)| t).collect::<Vec<_>>())
    };
    view! {
        <article class="card voice-card">
            <h2><a href=Route::Community.href()>"Community voice"</a></h2>
            {move || if activities() == 0 {
                view! {
                    <p>"Nothing heard yet. "
                       <a href=Route::Community.href()>"Record a survey, focus group or meeting"</a> "."</p>
                }.into_any()
            } else {
                let r = rate();
                view! {
                    <p class="big-number">{r.acted_on_percent().map_or("–".into(), |n| format!("{n}%"))}</p>
                    <p>{format!("of {} things heard acted on, from {} activities", r.inputs, activities())}</p>
                    <p>{format!("{} waiting for a response", r.unanswered())}</p>
                    {(!top_themes().is_empty()).then(|| view! { <p class="hint">"Top themes: " {top_themes().join(", ")}</p> })}
                }.into_any()
            }}
        </article>
    }
}
