//! Sustainability: funding sources and how concentrated they are, the runway, local capacity
//! and the engagement that continues after the funding ends.
use leptos::prelude::*;

mod capacity;
mod engagement;
mod funding;
mod position;

#[component]
pub fn SustainabilityPage() -> impl IntoView {
    view! {
        <section class="tool-page sustainability-page">
            <h1 tabindex="-1">"Sustainability"</h1>
            <p class="lead-in">"Will the work outlast the first grant? Spread the funding, build local capacity, and keep the community engaged."</p>
            <position::Position/>
            <funding::FundingSources/>
            <capacity::Capacity/>
            <engagement::Engagement/>
        </section>
    }
}
