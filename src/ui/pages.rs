//! Which component draws which route. One arm per screen.
use leptos::prelude::*;

use super::overview::Overview;
use super::partners::Partners;
use super::partnerships::Partnerships;
use super::routes::Route;

pub fn page(route: Route) -> AnyView {
    match route {
        Route::Overview => view! { <Overview/> }.into_any(),
        Route::Partners => view! { <Partners/> }.into_any(),
        Route::Partnerships => view! { <Partnerships/> }.into_any(),
        Route::Community => view! { <super::community::Community/> }.into_any(),
        Route::SaidDid => view! { <super::community::SaidDidSheet/> }.into_any(),
        Route::Ideas => view! { <super::ideas::Ideas/> }.into_any(),
        Route::Voting => view! { <super::ideas::Voting/> }.into_any(),
        // Screens whose tool is not built yet fall through to "not found".
        _ => view! {
            <h1 tabindex="-1">"Page not found"</h1>
            <p>"There is no page at this address. "
               <a href=Route::Overview.href()>"Go to the overview"</a>"."</p>
        }
        .into_any(),
    }
}
