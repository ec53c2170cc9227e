//! Sustainability: funding sources and how concentrated they are, the runway, local capacity
//! and the engagement that continues after the funding ends.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::ui::i18n::t;
use crate::ui::widgets::ToolPage;

mod capacity;
mod engagement;
mod funding;
mod position;

#[component]
pub fn SustainabilityPage() -> impl IntoView {
    view! {
        <ToolPage class="tool-page sustainability-page" heading=t(tr::route::SUSTAINABILITY)
            lead_in=t(tr::sustainability::LEAD_IN)>
            <position::Position/>
            <funding::FundingSources/>
            <capacity::Capacity/>
            <engagement::Engagement/>
        </ToolPage>
    }
}
