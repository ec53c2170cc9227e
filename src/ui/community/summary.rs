//! The summary above the activities: share of inputs acted on, what still waits for an
//! answer, and the themes heard most often.
use leptos::prelude::*;

use crate::i18n::{tr, Words};
use crate::ui::helpers::read;
use crate::model::community::{inputs_without_response, response_rate, theme_counts};
use crate::ui::i18n::{t, tn, tw};
use crate::ui::state::AppState;

#[component]
pub fn Summary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rate = move || read(state, |p| response_rate(&p.community));
    let waiting = move || {
        read(state, |p| {
            inputs_without_response(&p.community)
                .into_iter()
                .map(|i| {
                    let from = p.community.activity(i.activity_id).map(|a| a.title.clone()).unwrap_or_default();
                    (i.said.clone(), from)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="voice-summary" aria-labelledby="voice-summary-title">
            <h2 id="voice-summary-title" class="visually-hidden">{t(tr::community::SUMMARY)}</h2>
            <div class="summary-block acted">
                <p class="big-number">{tw(move |w| percent(w, rate().acted_on_percent()))}</p>
                <p>{tw(move |w| {
                    let r = rate();
                    let count = |n: usize| w.integer(n as i128);
                    tr::community::summary_acted(w, r.inputs as i64, &count(r.done), &count(r.acted_on - r.done))
                })}</p>
                <ShareBar part=Signal::derive(move || rate().acted_on) whole=Signal::derive(move || rate().inputs)/>
            </div>
            <div class="summary-block waiting-list">
                <h3>{tw(move |w| tr::community::waiting_heading(w, &w.integer(waiting().len() as i128)))}</h3>
                {move || if waiting().is_empty() {
                    view! { <p>{t(tr::community::ALL_ANSWERED)}</p> }.into_any()
                } else {
                    view! {
                        <ul>{waiting().into_iter().map(|(said, from)| view! {
                            <li>{said}<span class="hint">" · " {from}</span></li>
                        }).collect_view()}</ul>
                    }.into_any()
                }}
            </div>
            <Themes/>
        </section>
    }
}

/// A bar showing part of a whole; the numbers are in the text beside it.
#[component]
fn ShareBar(part: Signal<usize>, whole: Signal<usize>) -> impl IntoView {
    let width = move || if whole.get() == 0 { 0.0 } else { 300.0 * part.get() as f64 / whole.get() as f64 };
    view! {
        <svg class="share-bar" viewBox="0 0 300 16" width="300" height="16" aria-hidden="true" focusable="false">
            <rect x="0" y="0" width="300" height="16" rx="4" class="bar-track"/>
            <rect x="0" y="0" width=move || format!("{:.1}", width()) height="16" rx="4" class="bar-fill"/>
        </svg>
    }
}

#[component]
fn Themes() -> impl IntoView {
    let state = expect_context::<AppState>();
    let themes = move || read(state, |p| theme_counts(&p.community));
    view! {
        <div class="summary-block themes-block">
            <h3>{t(tr::community::THEMES_HEADING)}</h3>
            {move || {
                let list = themes();
                let max = list.first().map_or(1, |(_, n)| *n).max(1);
                if list.is_empty() {
                    return view! { <p class="hint">{t(tr::community::THEMES_EMPTY)}</p> }.into_any();
                }
                view! {
                    <ol class="theme-bars">
                        {list.into_iter().take(8).map(|(theme, n)| {
                            let w = 160.0 * n as f64 / max as f64;
                            view! {
                                <li>
                                    <span class="theme-name">{theme}</span>
                                    <svg viewBox="0 0 160 14" width="160" height="14" aria-hidden="true" focusable="false">
                                        <rect x="0" y="0" width=format!("{w:.1}") height="14" rx="3" class="bar-fill"/>
                                    </svg>
                                    <span class="theme-count">{tn(|w, n| w.integer(n.into()), n as i64)}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </div>
    }
}

/// A share in percent as the language writes it (50% / 50 %), or a dash when nothing was heard.
pub(super) fn percent(w: &Words, share: Option<u32>) -> String {
    share.map_or_else(|| "–".to_string(), |n| tr::community::percent(w, &w.integer(n.into())))
}
