//! The charter screen: the shared text, each partner's expectations and commitments, and
//! who has signed (or must confirm again after an edit).
mod card;
mod form;
mod signoffs;
mod terms;

use leptos::prelude::*;

use crate::i18n::{tr, Key};
use crate::model::charter::Charter;
use crate::ui::i18n::{t, tw};
use crate::ui::state::AppState;
use crate::ui::widgets::EmptyState;

pub use card::CharterCard;
use form::CharterForm;
use signoffs::{ReconfirmBanner, SignOffs};
use terms::PartnerTermsList;
use crate::ui::widgets::When;

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
                <h1 tabindex="-1">{t(tr::route::CHARTER)}</h1>
                <crate::ui::print::PrintButton kind=crate::model::print::Kind::Charter/>
                <When when=move || !editing.get()>
                    <button type="button" class="primary edit-chrome" on:click=move |_| editing.set(true)>
                        {tw(move |w| w.get(if blank() { tr::charter::WRITE } else { tr::charter::EDIT }).to_string())}
                    </button>
                </When>
            </div>
            <ReconfirmBanner/>
            {move || if editing.get() {
                view! { <CharterForm on_done=move || editing.set(false)/> }.into_any()
            } else if blank() {
                view! {
                    <EmptyState
                        title=t(tr::charter::EMPTY_TITLE)
                        prompt=t(tr::charter::EMPTY_PROMPT)
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
    view! {
        <article class="card charter-text" aria-labelledby="charter-title">
            <h2 id="charter-title">{title}</h2>
            <div class="charter-grid">
                <TextSection charter heading=tr::charter::MISSION wide=true class="charter-mission" text=|c| c.mission.clone()/>
                <TextSection charter heading=tr::charter::VISION text=|c| c.vision.clone()/>
                <ListSection charter heading=tr::charter::VALUES items=|c| c.values.clone()/>
                <ListSection charter heading=tr::charter::GROUND_RULES ordered=true items=|c| c.ground_rules.clone()/>
                <TextSection charter heading=tr::charter::DECISIONS wide=true text=|c| c.decision_making.clone()/>
            </div>
        </article>
    }
}

/// One written part of the charter; a part not written yet is left out rather than shown as
/// an empty heading.
#[component]
fn TextSection(
    charter: Memo<Charter>,
    heading: Key,
    text: fn(&Charter) -> String,
    #[prop(optional)] wide: bool,
    /// The paragraph's class (the mission stands out).
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    let text = move || charter.with(text);
    view! {
        <When when=move || !text().trim().is_empty()>
            <section class:wide=wide>
                <h3>{t(heading)}</h3>
                <p class=class>{text}</p>
            </section>
        </When>
    }
}

/// A listed part of the charter (values as chips, ground rules numbered); left out while empty.
#[component]
fn ListSection(
    charter: Memo<Charter>,
    heading: Key,
    items: fn(&Charter) -> Vec<String>,
    #[prop(optional)] ordered: bool,
) -> impl IntoView {
    let items = move || charter.with(items);
    let rows = move || items().into_iter().map(|v| view! { <li>{v}</li> }).collect_view();
    view! {
        <When when=move || !items().is_empty()>
            <section>
                <h3>{t(heading)}</h3>
                {if ordered { view! { <ol>{rows}</ol> }.into_any() } else { view! { <ul class="chips">{rows}</ul> }.into_any() }}
            </section>
        </When>
    }
}
