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
use crate::i18n::{tr, Key, Words};
use crate::model::resources::{csv, csv_file_name};
use crate::model::Partnership;
use crate::ui::i18n::{t, I18n};

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

    fn label(self) -> Key {
        match self {
            View::HeatMap => tr::resources::tab::HEAT_MAP,
            View::ByCategory => tr::resources::tab::BY_CATEGORY,
            View::Gaps => tr::resources::tab::GAPS,
            View::Matches => tr::resources::tab::MATCHES,
            View::Entries => tr::resources::tab::OFFERS_AND_NEEDS,
            View::Categories => tr::resources::tab::CATEGORIES,
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
    let i = expect_context::<I18n>();
    let view_now = RwSignal::new(LAST_VIEW.with(Cell::get));
    Effect::new(move || LAST_VIEW.with(|v| v.set(view_now.get())));
    // Memos: an edit redraws only what changed, not the whole screen (focus stays put).
    let has_partners = Memo::new(move |_| read(state, |p| !p.partners.is_empty()));
    let export = move |_| {
        let now = state.now();
        let Some((name, text)) = state.current.with_untracked(|c| c.as_ref().map(|p| (csv_file_name(p, now), csv(p)))) else { return };
        match crate::files::download(&name, "text/csv", &text) {
            Ok(()) => state.notify(i.now(|w| tr::resources::exported(w, &name))),
            Err(e) => state.fail(i.now(|w| tr::resources::export_failed(w, &e.to_string()))),
        }
    };
    view! {
        <section class="resources">
            <div class="page-head">
                <h1 tabindex="-1">{t(tr::route::RESOURCES)}</h1>
                <div class="head-actions">
                    <a class="button primary" href=Route::ResourceWorkshop.href()>{t(tr::resources::RUN_WORKSHOP)}</a>
                    <button type="button" class="edit-chrome" on:click=export>{t(tr::resources::EXPORT_CSV)}</button>
                    <crate::ui::print::PrintButton kind=crate::model::print::Kind::ResourceCards/>
                </div>
            </div>
            <p class="lead-in">{t(tr::resources::LEAD_IN)}</p>
            {move || if !has_partners.get() {
                view! {
                    <EmptyState
                        title=t(tr::resources::NO_PARTNERS)
                        prompt=t(tr::resources::NO_PARTNERS_PROMPT)
                    />
                    <p><a href=Route::Partners.href()>{t(tr::resources::GO_TO_PARTNERS)}</a></p>
                }.into_any()
            } else {
                view! {
                    <nav class="view-switch" aria-label=t(tr::resources::VIEWS)>
                        {View::ALL.into_iter().map(|v| view! {
                            <button type="button" aria-pressed=move || (view_now.get() == v).to_string()
                                on:click=move |_| view_now.set(v)>{t(v.label())}</button>
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
            title=t(tr::resources::NOTHING_MAPPED)
            prompt=t(tr::resources::NOTHING_MAPPED_PROMPT)
        />
    }
}

/// A read-only view of the map that the model writes as markup (`model::resources::html`),
/// drawn as one piece and redrawn when the partnership or the language changes: far smaller
/// in the bundle than a view per element. Not generic, so it is compiled once.
fn drawn(html: fn(&Words, &Partnership) -> String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    view! { <div inner_html=move || i.with(|w| read(state, |p| html(w, p)))></div> }
}
