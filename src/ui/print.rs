//! Printable materials for rooms without screens (issue 22): the charter with a signature line
//! per partner, resource-mapping cards, a health-check ballot (named or anonymous) and blank
//! worksheets (problem tree, SMART goal, retrospective, dot voting with the current ideas).
//! Each is a page at `#/print/<kind>` drawn in the current language for paper (A4 or US
//! Letter, chosen here and remembered); the app's chrome is not printed.
use leptos::prelude::*;

use crate::i18n::{tr, Key};
use crate::model::print::{document, Kind};
use crate::ui::i18n::{t, I18n};
use crate::ui::routes::Route;
use crate::ui::state::AppState;

/// Where *Back* leads: the tool a sheet belongs to.
fn tool(kind: Kind) -> Route {
    match kind {
        Kind::Charter => Route::Charter,
        Kind::Ballot | Kind::AnonymousBallot => Route::Health,
        Kind::ResourceCards => Route::Resources,
        Kind::ProblemTree => Route::Causes,
        Kind::SmartGoal => Route::Goals,
        Kind::Retrospective => Route::Milestones,
        Kind::DotVoting => Route::Ideas,
    }
}

/// The address of a sheet's page, for a tool's *Print…* link.
pub fn href(kind: Kind) -> String {
    format!("#/print/{}", kind.slug())
}

fn from_hash(hash: &str) -> Option<Kind> {
    let rest = hash.trim_start_matches('#').trim_start_matches('/').strip_prefix("print/")?;
    Kind::from_slug(rest.split(['/', '?']).next().unwrap_or(""))
}

/// Paper sizes, as CSS `@page` names them.
const PAPERS: [(&str, Key); 2] = [("A4", tr::print::PAPER_A4), ("letter", tr::print::PAPER_LETTER)];
const PAPER_PREF: &str = "paper";

#[component]
pub fn PrintPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    // The address, as text: a signal of a type the app already has.
    let hash = RwSignal::new(window().location().hash().unwrap_or_default());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| hash.set(window().location().hash().unwrap_or_default()));
    on_cleanup(move || handle.remove());
    let paper = RwSignal::new(state.pref(PAPER_PREF).filter(|p| PAPERS.iter().any(|(k, _)| k == p)).unwrap_or_else(|| "A4".into()));
    move || {
        let Some(k) = hash.with(|h| from_hash(h)) else {
            return view! {
                <h1 tabindex="-1">{t(tr::print::NOT_FOUND)}</h1>
                <p><a href=Route::Overview.href()>{t(tr::print::BACK_OVERVIEW)}</a></p>
            }
            .into_any();
        };
        view! {
            <section class="print-page">
                // The page box: the paper chosen, margins every printer can reach.
                <style>{move || format!("@page {{ size: {}; margin: 14mm; }}", paper.get())}</style>
                <div class="print-controls no-print">
                    <a href=tool(k).href()>{t(tr::print::BACK)}</a>
                    <label for="print-paper">{t(tr::print::PAPER)}</label>
                    <select id="print-paper" on:change=move |e| {
                        let v = event_target_value(&e);
                        state.set_pref(PAPER_PREF, &v);
                        paper.set(v);
                    }>
                        {PAPERS.into_iter().map(|(v, label)| view! {
                            <option value=v selected=move || paper.get() == v>{t(label)}</option>
                        }).collect_view()}
                    </select>
                    <button type="button" class="primary" on:click=move |_| { let _ = window().print(); }>{t(tr::print::PRINT)}</button>
                </div>
                // Written as HTML by the model, every text from the partnership escaped there.
                <article class=move || format!("print-doc paper-{}", paper.get().to_lowercase())
                    inner_html=move || state.current.with(|c| match c {
                        Some(p) => i.with(|w| document(k, p, w)),
                        None => i.with(|w| format!("<p>{}</p>", w.get(tr::print::NO_PARTNERSHIP))),
                    })>
                </article>
            </section>
        }
        .into_any()
    }
}
