//! One card per category: who offers, who needs, and the amounts on each side (written as
//! markup by `model::resources::by_category_html`).
use leptos::prelude::*;

use crate::model::resources::by_category_html;

#[component]
pub fn ByCategory() -> impl IntoView {
    super::drawn(by_category_html)
}
