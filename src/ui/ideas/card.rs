//! The overview card for ideas & experiments.
use leptos::prelude::*;

use super::ranking::plural;
use crate::model::ideas::{stage, Stage};
use crate::ui::helpers::read;
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
            <h2><a href=Route::Ideas.href()>"Ideas & experiments"</a></h2>
            {move || {
                let (ideas, experiments, pivots) = counts();
                if ideas == 0 && experiments == 0 {
                    return view! {
                        <p>"No ideas yet. " <a href=Route::Ideas.href()>"Brainstorm, vote with dots, test the best"</a> "."</p>
                    }.into_any();
                }
                view! {
                    <p class="big-number">{ideas}</p>
                    <p>{format!("{} · {} ({} running) · {}", if ideas == 1 { "idea" } else { "ideas" }, plural(experiments as u32, "experiment"), running(), plural(pivots as u32, "pivot"))}</p>
                    {leader().map(|t| view! { <p class="hint">"Last vote's favourite: " {t}</p> })}
                    {open_round().then(|| view! { <p><a href=Route::Voting.href()>"A voting round is open"</a></p> })}
                }.into_any()
            }}
        </article>
    }
}
