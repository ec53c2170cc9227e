//! Match suggestions for each need, best first (the ranking rule is in the model), with
//! Accept to record a commitment and Withdraw to undo one. The cards are written as markup by
//! `model::resources::matches_html` and drawn as one piece with one click handler, which
//! tells the buttons apart by their `data-` attributes.
use leptos::prelude::*;
use uuid::Uuid;

use super::super::state::AppState;
use crate::i18n::tr;
use crate::model::resources::{accept_match, agreed_notice, matches_html, Commitment};
use crate::ui::helpers::{peek, read};
use crate::ui::i18n::I18n;

#[component]
pub fn Matches() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    // The needs whose every offer is shown (their *Show more* was pressed).
    let all_shown = RwSignal::new(Vec::<Uuid>::new());
    // Redrawn only when the markup changes: a save that changes nothing shown keeps the focus.
    let html = Memo::new(move |_| all_shown.with(|shown| i.with(|w| read(state, |p| matches_html(w, p, shown)))));
    let click = move |e: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let Some(button) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("button").ok().flatten()) else {
            return;
        };
        let id = |name: &str| button.get_attribute(name).and_then(|v| Uuid::parse_str(&v).ok());
        if let Some(commitment) = id("data-withdraw") {
            state.edit(Some(i.now(|w| w.get(tr::resources::matches::WITHDREW).to_string())), move |p, now| {
                p.remove::<Commitment>(commitment, now);
            });
        } else if let Some(need) = id("data-more") {
            all_shown.update(|shown| shown.push(need));
        } else if let (Some(offer), Some(need)) = (id("data-offer"), id("data-need")) {
            let notice = peek(state, |p| i.now(|w| agreed_notice(w, p, offer, need))).unwrap_or_default();
            let mut result = Ok(Uuid::nil());
            state.edit(None, |p, now| result = accept_match(p, offer, need, now));
            match result {
                Ok(_) => state.notify_with_undo(notice),
                Err(why) => state.fail(i.now(|w| why.say(w))),
            }
        }
    };
    view! { <div on:click=click inner_html=move || html.get()></div> }
}
