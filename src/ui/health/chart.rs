//! A round's results (summary, chart and table), written as markup by the model
//! (`model::health::results_html`) and drawn here as one piece, redrawn when the round's
//! ratings or the language change.
use leptos::prelude::*;
use uuid::Uuid;

use crate::model::health::results_html;
use crate::ui::i18n::I18n;
use crate::ui::state::AppState;

#[component]
pub fn Results(round: Uuid) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let cmp = Memo::new(move |_| state.current.with(|c| c.as_ref().and_then(|p| p.health.compare(round))));
    let html = move || cmp.with(|c| c.as_ref().map(|c| i.with(|w| results_html(c, w))).unwrap_or_default());
    view! { <div inner_html=html></div> }
}
