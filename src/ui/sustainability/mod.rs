//! Sustainability: funding sources and how concentrated they are, the runway, local capacity
//! and the engagement that continues after the funding ends.
use leptos::prelude::*;

use crate::ui::widgets::ToolPage;

mod capacity;
mod engagement;
mod funding;
mod position;

#[component]
pub fn SustainabilityPage() -> impl IntoView {
    view! {
        <ToolPage class="tool-page sustainability-page" heading="Sustainability"
            lead_in="Will the work outlast the first grant? Spread the funding, build local capacity, and keep the community engaged.">
            <position::Position/>
            <funding::FundingSources/>
            <capacity::Capacity/>
            <engagement::Engagement/>
        </ToolPage>
    }
}
