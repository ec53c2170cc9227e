//! The resource map screens: the map itself (heat-map, per category, gaps, matches, the
//! offers and needs, the categories) and the round-the-table mapping exercise for a shared screen.
mod card;
mod categories;
mod editor;
mod form;
mod gaps;
mod heatmap;
mod matches;
mod per_category;
mod round_the_table;

use std::cell::Cell;

use leptos::prelude::*;

use super::helpers::read;
use super::routes::Route;
use super::state::AppState;
use super::widgets::EmptyState;
use crate::model::resources::{csv, csv_file_name};

pub use card::ResourcesCard;
pub use round_the_table::RoundTheTablePage;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    HeatMap,
    ByCategory,
    Gaps,
    Matches,
    Entries,
    Categories,
}

impl View {
    const ALL: [View; 6] = [View::HeatMap, View::ByCategory, View::Gaps, View::Matches, View::Entries, View::Categories];

    fn label(self) -> &'static str {
        match self {
            View::HeatMap => "Heat-map",
            View::ByCategory => "By category",
            View::Gaps => "Gaps",
            View::Matches => "Matches",
            View::Entries => "Offers and needs",
            View::Categories => "Categories",
        }
    }
}

thread_local! {
    // The view last shown, so that coming back to the map returns to it.
    static LAST_VIEW: Cell<View> = const { Cell::new(View::HeatMap) };
}

#[component]
pub fn ResourcesPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let view_now = RwSignal::new(LAST_VIEW.with(Cell::get));
    Effect::new(move || LAST_VIEW.with(|v| v.set(view_now.get())));
    // Memos: an edit redraws only what changed, not the whole screen (focus stays put).
    let has_partners = Memo::new(move |_| read(state, |p| !p.partners.is_empty()));
    let export = move |_| {
        let now = state.now();
        let Some((name, text)) = state.current.with_untracked(|c| c.as_ref().map(|p| (csv_file_name(p, now), csv(p)))) else { return };
        match crate::files::download(&name, "text/csv", &text) {
            Ok(()) => state.notify(format!("Exported {name}.")),
            Err(e) => state.fail(format!("Could not export: {e}.")),
        }
    };
    view! {
        <section class="resources">
            <div class="page-head">
                <h1 tabindex="-1">"Resource map"</h1>
                <div class="head-actions">
                    <a class="button primary" href=Route::ResourceWorkshop.href()>"Run it as a workshop"</a>
                    <button type="button" class="edit-chrome" on:click=export>"Export CSV"</button>
                </div>
            </div>
            <p class="lead-in">"Who brings what, what is missing, and who could meet which need."</p>
            {move || if !has_partners.get() {
                view! {
                    <EmptyState
                        title="No partners yet"
                        prompt="Add the organisations around the table on the Partners page first; then each one names what it can offer and what it needs."
                    />
                    <p><a href=Route::Partners.href()>"Go to Partners"</a></p>
                }.into_any()
            } else {
                view! {
                    <nav class="view-switch" aria-label="Resource map views">
                        {View::ALL.into_iter().map(|v| view! {
                            <button type="button" aria-pressed=move || (view_now.get() == v).to_string()
                                on:click=move |_| view_now.set(v)>{v.label()}</button>
                        }).collect_view()}
                    </nav>
                    {move || match view_now.get() {
                        View::HeatMap => view! { <heatmap::HeatMapView/> }.into_any(),
                        View::ByCategory => view! { <per_category::ByCategory/> }.into_any(),
                        View::Gaps => view! { <gaps::Gaps/> }.into_any(),
                        View::Matches => view! { <matches::Matches/> }.into_any(),
                        View::Entries => view! { <editor::EntriesEditor/> }.into_any(),
                        View::Categories => view! { <categories::Categories/> }.into_any(),
                    }}
                }.into_any()
            }}
        </section>
    }
}

/// Shown by the views that read the map while it is still empty.
#[component]
fn NothingMapped() -> impl IntoView {
    view! {
        <EmptyState
            title="Nothing on the map yet"
            prompt="Go round the table: each partner names what it can offer (people, money, equipment, knowledge, relationships) and then what it needs. Use “Offers and needs”, or run it as a workshop."
        />
    }
}
