//! The charter screen: the shared text, each partner's expectations and commitments, and
//! who has signed (or must confirm again after an edit).
mod card;
mod form;
mod signoffs;
mod terms;

use leptos::prelude::*;

use crate::model::charter::Charter;
use crate::ui::state::AppState;
use crate::ui::widgets::EmptyState;

pub use card::CharterCard;
use form::CharterForm;
use signoffs::{ReconfirmBanner, SignOffs};
use terms::PartnerTermsList;

/// The open partnership's charter, as a memo so that views re-render only when it changes.
fn use_charter(state: AppState) -> Memo<Charter> {
    Memo::new(move |_| state.current.with(|c| c.as_ref().map(|p| p.charter.clone()).unwrap_or_default()))
}

#[component]
pub fn CharterPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let charter = use_charter(state);
    let editing = RwSignal::new(false);
    let blank = move || charter.with(Charter::is_blank);
    view! {
        <section class="charter">
            <div class="page-head">
                <h1 tabindex="-1">"Charter"</h1>
                <Show when=move || !editing.get()>
                    <button type="button" class="primary edit-chrome" on:click=move |_| editing.set(true)>
                        {move || if blank() { "Write the charter" } else { "Edit charter" }}
                    </button>
                </Show>
            </div>
            <ReconfirmBanner/>
            {move || if editing.get() {
                view! { <CharterForm on_done=move || editing.set(false)/> }.into_any()
            } else if blank() {
                view! {
                    <EmptyState
                        title="No charter yet"
                        prompt="Around the table, agree in one sentence why you are together (the mission), then the values and ground rules you will keep; write them here and have each partner sign."
                    />
                }.into_any()
            } else {
                view! { <CharterText charter=charter/> }.into_any()
            }}
            <PartnerTermsList/>
            <SignOffs/>
        </section>
    }
}

/// The charter as read out in a meeting.
#[component]
fn CharterText(charter: Memo<Charter>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let title = move || {
        let name = charter.with(|c| c.name.trim().to_string());
        if name.is_empty() {
            state.current.with(|c| c.as_ref().map(|p| p.name.clone()).unwrap_or_default())
        } else {
            name
        }
    };
    // Sections not written yet are left out rather than shown as empty headings.
    let text = move |f: fn(&Charter) -> String| move || charter.with(f);
    let has_text = move |f: fn(&Charter) -> String| move || !charter.with(f).trim().is_empty();
    let list = move |f: fn(&Charter) -> Vec<String>| {
        move || charter.with(f).into_iter().map(|v| view! { <li>{v}</li> }).collect_view()
    };
    let has_list = move |f: fn(&Charter) -> Vec<String>| move || !charter.with(f).is_empty();
    view! {
        <article class="card charter-text" aria-labelledby="charter-title">
            <h2 id="charter-title">{title}</h2>
            <div class="charter-grid">
                <Show when=has_text(|c| c.mission.clone())>
                    <section class="wide">
                        <h3>"Mission"</h3>
                        <p class="charter-mission">{text(|c| c.mission.clone())}</p>
                    </section>
                </Show>
                <Show when=has_text(|c| c.vision.clone())>
                    <section>
                        <h3>"Vision"</h3>
                        <p>{text(|c| c.vision.clone())}</p>
                    </section>
                </Show>
                <Show when=has_list(|c| c.values.clone())>
                    <section>
                        <h3>"Values"</h3>
                        <ul class="chips">{list(|c| c.values.clone())}</ul>
                    </section>
                </Show>
                <Show when=has_list(|c| c.ground_rules.clone())>
                    <section>
                        <h3>"Ground rules"</h3>
                        <ol>{list(|c| c.ground_rules.clone())}</ol>
                    </section>
                </Show>
                <Show when=has_text(|c| c.decision_making.clone())>
                    <section class="wide">
                        <h3>"How we make decisions"</h3>
                        <p>{text(|c| c.decision_making.clone())}</p>
                    </section>
                </Show>
            </div>
        </article>
    }
}
