//! Printable materials for rooms without screens (issue 22): the charter with a signature line
//! per partner, resource-mapping cards, a health-check ballot (named or anonymous) and blank
//! worksheets (problem tree, SMART goal, retrospective, dot voting with the current ideas).
//! Each is a page at `#/print/<kind>` drawn in the current language for paper (A4 or US
//! Letter, chosen here and remembered); the app's chrome is not printed.
use leptos::prelude::*;

use crate::i18n::{tr, Key};
use crate::ui::i18n::t;
use crate::ui::routes::Route;
use crate::ui::state::AppState;

mod docs;

/// What can be printed, by its address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Charter,
    Ballot,
    AnonymousBallot,
    ResourceCards,
    ProblemTree,
    SmartGoal,
    Retrospective,
    DotVoting,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Charter,
        Kind::Ballot,
        Kind::AnonymousBallot,
        Kind::ResourceCards,
        Kind::ProblemTree,
        Kind::SmartGoal,
        Kind::Retrospective,
        Kind::DotVoting,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Kind::Charter => "charter",
            Kind::Ballot => "health-ballot",
            Kind::AnonymousBallot => "anonymous-health-ballot",
            Kind::ResourceCards => "resource-cards",
            Kind::ProblemTree => "problem-tree",
            Kind::SmartGoal => "smart-goal",
            Kind::Retrospective => "retrospective",
            Kind::DotVoting => "dot-voting",
        }
    }

    /// The address of its page, for a tool's *Print…* link.
    pub fn href(self) -> String {
        format!("#/print/{}", self.slug())
    }

    pub fn title(self) -> Key {
        match self {
            Kind::Charter => tr::print::CHARTER,
            Kind::Ballot => tr::print::BALLOT,
            Kind::AnonymousBallot => tr::print::ANONYMOUS_BALLOT,
            Kind::ResourceCards => tr::print::RESOURCE_CARDS,
            Kind::ProblemTree => tr::print::PROBLEM_TREE,
            Kind::SmartGoal => tr::print::SMART_GOAL,
            Kind::Retrospective => tr::print::RETROSPECTIVE,
            Kind::DotVoting => tr::print::DOT_VOTING,
        }
    }

    /// The tool it belongs to, where *Back* leads.
    fn tool(self) -> Route {
        match self {
            Kind::Charter => Route::Charter,
            Kind::Ballot | Kind::AnonymousBallot => Route::Health,
            Kind::ResourceCards => Route::Resources,
            Kind::ProblemTree => Route::Causes,
            Kind::SmartGoal => Route::Goals,
            Kind::Retrospective => Route::Milestones,
            Kind::DotVoting => Route::Ideas,
        }
    }

    fn from_hash(hash: &str) -> Option<Kind> {
        let rest = hash.trim_start_matches('#').trim_start_matches('/').strip_prefix("print/")?;
        let slug = rest.split(['/', '?']).next().unwrap_or("");
        Kind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// Paper sizes, as CSS `@page` names them.
const PAPERS: [(&str, Key); 2] = [("A4", tr::print::PAPER_A4), ("letter", tr::print::PAPER_LETTER)];
const PAPER_PREF: &str = "paper";

#[component]
pub fn PrintPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let kind = RwSignal::new(Kind::from_hash(&window().location().hash().unwrap_or_default()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        kind.set(Kind::from_hash(&window().location().hash().unwrap_or_default()))
    });
    on_cleanup(move || handle.remove());
    let paper = RwSignal::new(state.pref(PAPER_PREF).filter(|p| PAPERS.iter().any(|(k, _)| k == p)).unwrap_or_else(|| "A4".into()));
    move || {
        let Some(k) = kind.get() else {
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
                    <a href=k.tool().href()>{t(tr::print::BACK)}</a>
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
                <article class=move || format!("print-doc paper-{}", paper.get().to_lowercase())>
                    {docs::document(k)}
                </article>
            </section>
        }
        .into_any()
    }
}
