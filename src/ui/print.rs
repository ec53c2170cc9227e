//! Printable materials for rooms without screens (issue 22): the charter with a signature line
//! per partner, resource-mapping cards, a health-check ballot (named or anonymous) and blank
//! worksheets (problem tree, SMART goal, retrospective, dot voting with the current ideas),
//! the "you said, we did" sheet and the session agenda. Each tool's *Print…* button opens
//! its sheet. Each is a page at `#/print/<kind>` drawn in the current language for paper (A4 or US
//! Letter, chosen here and remembered); the app's chrome is not printed.
use crate::model::text::Case;
use leptos::prelude::*;

use crate::i18n::{tr, Key};
use crate::model::guides::agenda::Agenda;
use crate::model::print::{document, Kind, Sources};
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
        Kind::SaidDid => Route::Community,
        Kind::Agenda => Route::Agenda,
    }
}

/// The other ballot, named or anonymous, for a facilitator who came for the wrong one.
fn other_ballot(kind: Kind) -> Option<(Kind, Key)> {
    match kind {
        Kind::Ballot => Some((Kind::AnonymousBallot, tr::print::ANONYMOUS_VERSION)),
        Kind::AnonymousBallot => Some((Kind::Ballot, tr::print::NAMED_VERSION)),
        _ => None,
    }
}

/// The *Print…* button in a tool's header: it opens the tool's sheet.
#[component]
pub fn PrintButton(kind: Kind) -> impl IntoView {
    view! { <a class="button print-button" href=href(kind)>{t(tr::print::PRINT_BUTTON)}</a> }
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
    // The address, as text: a signal of a type the app already has.
    let hash = RwSignal::new(window().location().hash().unwrap_or_default());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| hash.set(window().location().hash().unwrap_or_default()));
    on_cleanup(move || handle.remove());
    move || match hash.with(|h| from_hash(h)) {
        Some(k) => sheet(k),
        None => view! {
            <h1 tabindex="-1">{t(tr::print::NOT_FOUND)}</h1>
            <p><a href=Route::Overview.href()>{t(tr::print::BACK_OVERVIEW)}</a></p>
        }
        .into_any(),
    }
}

/// A sheet with its controls: back to its tool, the paper, print.
pub fn sheet(k: Kind) -> AnyView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let paper = RwSignal::new(state.pref(PAPER_PREF).filter(|p| PAPERS.iter().any(|(k, _)| k == p)).unwrap_or_else(|| "A4".into()));
    let today = state.now().date_naive();
    let agenda = Agenda::parse(&state.pref(crate::ui::facilitation::AGENDA_PREF).unwrap_or_default());
    view! {
        <section class="print-page">
            // The page box: the paper chosen, margins every printer can reach.
            <style>{move || format!("@page {{ size: {}; margin: 14mm; }}", paper.get())}</style>
            <div class="print-controls no-print">
                <a href=tool(k).href()>{t(tr::print::BACK)}</a>
                {other_ballot(k).map(|(other, label)| view! { <a href=href(other)>{t(label)}</a> })}
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
            <article class=move || format!("print-doc paper-{}", paper.get().lower())
                inner_html=move || state.current.with(|c| match c {
                    Some(p) => i.with(|w| document(k, &Sources { partnership: p, today, agenda: &agenda }, w)),
                    None => i.with(|w| format!("<p>{}</p>", w.get(tr::print::NO_PARTNERSHIP))),
                })>
            </article>
        </section>
    }
    .into_any()
}
