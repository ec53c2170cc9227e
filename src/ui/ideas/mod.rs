//! Ideas & experiments: the idea board, dot-voting rounds (on their own shared screen),
//! experiments with their decisions, and the pivot log. Rules come from `model::ideas`.
mod ballot;
mod board;
mod card;
mod decision;
mod experiment_form;
mod experiments;
mod pivots;
mod ranking;
mod rounds;
mod voting;

use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::ideas::Experiment;
use crate::ui::form::Editing;
use crate::ui::i18n::t;
use board::Board;
pub use card::IdeasCard;
use experiments::Experiments;
use pivots::PivotLog;
use rounds::Rounds;
pub use voting::VotingPage;

/// The experiments list's new-record form, shared with the idea board so that an idea's
/// "Test this idea" button opens that form prefilled.
#[derive(Clone, Copy)]
pub(crate) struct Drafting {
    editing: Editing,
    adding: RwSignal<bool>,
    /// What the new experiment's form starts from.
    from: RwSignal<Option<Experiment>>,
}

impl Drafting {
    /// Opens the new experiment's form on `experiment` (closing any experiment's form).
    fn start(&self, experiment: Experiment) {
        self.editing.stop();
        self.from.set(Some(experiment));
        self.adding.set(true);
    }
}

#[component]
pub fn IdeasPage() -> impl IntoView {
    provide_context(Drafting { editing: Editing::new(), adding: RwSignal::new(false), from: RwSignal::new(None) });
    view! {
        <section class="voice ideas">
            <div class="page-head">
                <h1 tabindex="-1">{t(tr::route::IDEAS)}</h1>
                <crate::ui::print::PrintButton kind=crate::model::print::Kind::DotVoting/>
                <nav class="page-sections" aria-label=t(tr::ideas::SECTIONS)>
                    <a href="#/ideas" on:click=jump("idea-board")>{t(tr::ideas::BOARD_HEADING)}</a>
                    <a href="#/ideas" on:click=jump("voting-rounds")>{t(tr::ideas::NAV_VOTING)}</a>
                    <a href="#/ideas" on:click=jump("experiments")>{t(tr::ideas::EXPERIMENTS_HEADING)}</a>
                    <a href="#/ideas" on:click=jump("pivot-log")>{t(tr::ideas::PIVOT_LOG_HEADING)}</a>
                </nav>
            </div>
            <Board/>
            <Rounds/>
            <Experiments/>
            <PivotLog/>
        </section>
    }
}

/// Scrolls to a section and moves focus there; plain `#id` links would change the hash
/// route and leave this page.
fn jump(id: &'static str) -> impl Fn(leptos::ev::MouseEvent) + Copy {
    move |e| {
        e.prevent_default();
        crate::ui::helpers::focus_section(id);
    }
}

/// Applies an edit that the model may refuse: tried on a copy first, so a refusal changes
/// nothing (and leaves no Undo step); when accepted it goes through `state.edit`.
pub(crate) fn try_edit<E: 'static>(
    state: crate::ui::state::AppState,
    message: Option<String>,
    f: impl Fn(&mut crate::model::Partnership, chrono::DateTime<chrono::Utc>) -> Result<(), E> + 'static,
) -> Result<(), E> {
    let Some(mut trial) = crate::ui::helpers::peek(state, |p| Some(p.clone())) else { return Ok(()) };
    f(&mut trial, state.now())?;
    state.edit(message, move |p, now| {
        let _ = f(p, now);
    });
    Ok(())
}
