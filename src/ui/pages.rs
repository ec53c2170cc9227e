//! Which component draws which route. One arm per screen.
use leptos::prelude::*;

use super::charter::CharterPage;
use super::i18n::t;
use crate::i18n::tr;
use super::checkins::CheckInsPage;
use super::health::HealthPage;
use super::causes::CausesPage;
use super::goals::GoalsPage;
use super::metrics::MetricsPage;
use super::overview::OverviewPage;
use super::partners::PartnersPage;
use super::partnerships::PartnershipsPage;
use super::resources::{ResourcesPage, RoundTheTablePage};
use super::routes::Route;

pub fn page(route: Route) -> AnyView {
    match route {
        Route::Overview => view! { <OverviewPage/> }.into_any(),
        Route::Actions => view! { <super::actions::ActionsPage/> }.into_any(),
        Route::Partners => view! { <PartnersPage/> }.into_any(),
        Route::Partnerships => view! { <PartnershipsPage/> }.into_any(),
        Route::Charter => view! { <CharterPage/> }.into_any(),
        Route::CheckIns => view! { <CheckInsPage/> }.into_any(),
        Route::Health => view! { <HealthPage/> }.into_any(),
        Route::Causes => view! { <CausesPage/> }.into_any(),
        Route::Goals => view! { <GoalsPage/> }.into_any(),
        Route::Metrics => view! { <MetricsPage/> }.into_any(),
        Route::Community => view! { <super::community::CommunityPage/> }.into_any(),
        Route::SaidDid => view! { <super::community::SaidDidPage/> }.into_any(),
        Route::Ideas => view! { <super::ideas::IdeasPage/> }.into_any(),
        Route::Voting => view! { <super::ideas::VotingPage/> }.into_any(),
        Route::Resources => view! { <ResourcesPage/> }.into_any(),
        Route::ResourceWorkshop => view! { <RoundTheTablePage/> }.into_any(),
        Route::Stories => view! { <super::stories::StoriesPage/> }.into_any(),
        Route::Milestones => view! { <super::learning::MilestonesPage/> }.into_any(),
        Route::Sustainability => view! { <super::sustainability::SustainabilityPage/> }.into_any(),
        Route::Report => view! { <super::report::ReportPage/> }.into_any(),
        Route::Print => view! { <super::print::PrintPage/> }.into_any(),
        Route::Agenda => view! { <super::facilitation::AgendaPage/> }.into_any(),
        // Screens whose tool is not built yet fall through to "not found".
        _ => view! {
            <h1 tabindex="-1">{t(tr::route::NOT_FOUND)}</h1>
            <p>{t(tr::app::NO_PAGE)}" "<a href=Route::Overview.href()>{t(tr::app::GO_OVERVIEW)}</a></p>
        }
        .into_any(),
    }
}
