//! Milestones & learning: celebrate milestones however small, learn from setbacks in
//! retrospectives, and keep what was learned in a library searchable by tag.
use leptos::prelude::*;

use crate::ui::widgets::ToolPage;

mod lessons;
mod milestones;
mod retro;
mod retro_columns;

#[component]
pub fn MilestonesPage() -> impl IntoView {
    view! {
        <ToolPage class="tool-page learning-page" heading="Milestones & learning"
            lead_in="Celebrate every milestone, however small, and learn together from what was hard.">
            <milestones::Timeline/>
            <retro::Retrospectives/>
            <lessons::Library/>
        </ToolPage>
    }
}
