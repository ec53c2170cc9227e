//! Milestones & learning: celebrate milestones however small, learn from setbacks in
//! retrospectives, and keep what was learned in a library searchable by tag.
use leptos::prelude::*;

mod lessons;
mod milestones;
mod retro;
mod retro_columns;

#[component]
pub fn MilestonesPage() -> impl IntoView {
    view! {
        <section class="tool-page learning-page">
            <h1 tabindex="-1">"Milestones & learning"</h1>
            <p class="lead-in">"Celebrate every milestone, however small, and learn together from what was hard."</p>
            <milestones::Timeline/>
            <retro::Retrospectives/>
            <lessons::Library/>
        </section>
    }
}
