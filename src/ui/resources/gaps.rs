//! The gap analysis in plain sentences, grouped by kind, ready to read out to the room
//! (written as markup by `model::resources::gaps_html`).
use leptos::prelude::*;

use crate::model::resources::gaps_html;

#[component]
pub fn Gaps() -> impl IntoView {
    super::drawn(gaps_html)
}
