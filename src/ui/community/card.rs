//! The overview cards for community voice and for ideas & experiments (one call on the
//! overview draws both).
use leptos::prelude::*;

use crate::i18n::tr;
use crate::ui::helpers::read;
use crate::model::community::{response_rate, theme_counts};
use crate::ui::i18n::{t, tn, tw, tw1};
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
            <h2><a href=Route::Community.href()>{t(tr::route::COMMUNITY)}</a></h2>
            {move || if activities() == 0 {
                view! {
                    <p>{t(tr::community::CARD_EMPTY)} " "
                       <a href=Route::Community.href()>{t(tr::community::CARD_EMPTY_LINK)}</a></p>
                }.into_any()
            } else {
                let r = rate();
                let (percent, inputs, unanswered, count) = (r.acted_on_percent(), r.inputs, r.unanswered(), activities());
                let themes = top_themes().join(", ");
                view! {
                    <p class="big-number">{tw(move |w| super::summary::percent(w, percent))}</p>
                    <p>{tw(move |w| tr::community::card_acted(w, inputs as i64, &tr::community::activities_count(w, count as i64)))}</p>
                    <p>{tn(|w, n| tr::community::waiting(w, n), unanswered as i64)}</p>
                    {(!themes.is_empty()).then(|| view! { <p class="hint">{tw1(|w, x| tr::community::top_themes(w, x), &themes)}</p> })}
                }.into_any()
            }}
        </article>
    }
}
