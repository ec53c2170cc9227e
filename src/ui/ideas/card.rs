//! The overview card for ideas & experiments.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::ideas::{stage, Stage};
use crate::ui::helpers::read;
use crate::ui::i18n::{t, tn, tw, tw1};
use crate::ui::routes::Route;
use crate::ui::state::AppState;

#[component]
pub fn IdeasCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = state.now().date_naive();
    let counts = move || read(state, |p| (p.ideas.ideas.len(), p.ideas.experiments.len(), p.ideas.pivots.len()));
    let running = move || {
        read(state, |p| p.ideas.experiments.iter().filter(|e| matches!(stage(e, today), Stage::Running | Stage::DecisionDue)).count())
    };
    let leader = move || {
        read(state, |p| {
            let round = p.ideas.past_rounds().into_iter().next()?;
            let top = round.ranking()?.into_iter().next().filter(|t| t.dots > 0)?;
            Some(p.ideas.idea_title(top.idea_id))
        })
    };
    let open_round = move || read(state, |p| p.ideas.open_round().is_some());
    view! {
        <article class="card voice-card">
            <h2><a href=Route::Ideas.href()>{t(tr::route::IDEAS)}</a></h2>
            {move || {
                let (ideas, experiments, pivots) = counts();
                if ideas == 0 && experiments == 0 {
                    return view! {
                        <p>{t(tr::ideas::CARD_EMPTY)} " " <a href=Route::Ideas.href()>{t(tr::ideas::CARD_EMPTY_LINK)}</a></p>
                    }.into_any();
                }
                let running = running();
                // A plural message shows its number, so the big number carries its noun
                // ("12 ideas") rather than the line below starting with a bare "ideas".
                view! {
                    <p class="big-number">{tn(|w, n| tr::ideas::card_ideas(w, n), ideas as i64)}</p>
                    <p>{tw(move |w| tr::ideas::card_line(w,
                        &tr::ideas::experiments_count(w, experiments as i64),
                        &tr::ideas::pivots_count(w, pivots as i64),
                        &w.integer(running as i128)))}</p>
                    {leader().map(|title| view! { <p class="hint">{tw1(|w, x| tr::ideas::favourite(w, x), &title)}</p> })}
                    {open_round().then(|| view! { <p><a href=Route::Voting.href()>{t(tr::ideas::OPEN_ROUND_LINK)}</a></p> })}
                }.into_any()
            }}
        </article>
    }
}
