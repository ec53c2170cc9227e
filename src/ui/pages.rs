//! Which component draws which route. One arm per screen.
use leptos::prelude::*;

use super::charter::CharterPage;
use super::checkins::CheckInsPage;
use super::health::HealthPage;
use super::causes::Causes;
use super::goals::Goals;
use super::metrics::Metrics;
use super::overview::Overview;
use super::partners::Partners;
use super::partnerships::Partnerships;
use super::resources::{ResourceWorkshop, Resources};
use super::routes::Route;

pub fn page(route: Route) -> AnyView {
    match route {
        Route::Overview => view! { <Overview/> }.into_any(),
        Route::Partners => view! { <Partners/> }.into_any(),
        Route::Partnerships => view! { <Partnerships/> }.into_any(),
        Route::Charter => view! { <CharterPage/> }.into_any(),
        Route::CheckIns => view! { <CheckInsPage/> }.into_any(),
        Route::Health => view! { <HealthPage/> }.into_any(),
        Route::Causes => view! { <Causes/> }.into_any(),
        Route::Goals => view! { <Goals/> }.into_any(),
        Route::Metrics => view! { <Metrics/> }.into_any(),
        Route::Community => view! { <super::community::Community/> }.into_any(),
        Route::SaidDid => view! { <super::community::SaidDidSheet/> }.into_any(),
        Route::Ideas => view! { <super::ideas::Ideas/> }.into_any(),
        Route::Voting => view! { <super::ideas::Voting/> }.into_any(),
        Route::Resources => view! { <Resources/> }.into_any(),
        Route::ResourceWorkshop => view! { <ResourceWorkshop/> }.into_any(),
        Route::Stories => view! { <super::stories::StoriesPage/> }.into_any(),
        Route::Milestones => view! { <super::learning::MilestonesPage/> }.into_any(),
        Route::Sustainability => view! { <super::sustainability::SustainabilityPage/> }.into_any(),
        Route::Report => view! { <super::report::ReportPage/> }.into_any(),
        // Screens whose tool is not built yet fall through to "not found".
        _ => view! {
            <h1 tabindex="-1">"Page not found"</h1>
            <p>"There is no page at this address. "
               <a href=Route::Overview.href()>"Go to the overview"</a>"."</p>
        }
        .into_any(),
    }
}
