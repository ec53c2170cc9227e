//! Milestones & learning: celebrate milestones however small, learn from setbacks in
//! retrospectives, and keep what was learned in a library searchable by tag.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::ui::i18n::t;
use crate::ui::widgets::ToolPage;

mod lessons;
mod milestones;
mod retro;
mod retro_columns;
mod retro_form;

#[component]
pub fn MilestonesPage() -> impl IntoView {
    view! {
        <ToolPage class="tool-page learning-page" heading=t(tr::route::MILESTONES)
            lead_in=t(tr::learning::LEAD_IN)>
            <milestones::Timeline/>
            <retro::Retrospectives/>
            <lessons::Library/>
        </ToolPage>
    }
}
