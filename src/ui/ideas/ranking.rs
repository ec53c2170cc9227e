//! The ranking of a revealed round: a table with a bar per idea (the numbers are in the
//! table, so the bars are decoration for the eye and hidden from screen readers).
use leptos::prelude::*;

use crate::model::ideas::VotingRound;
use crate::model::time::human_date;
use crate::ui::helpers::read;
use crate::ui::state::AppState;

#[component]
pub fn RoundRanking(round: VotingRound, #[prop(optional)] big: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(ranking) = round.ranking() else {
        return view! { <p>"The votes stay hidden until the facilitator reveals the round."</p> }.into_any();
    };
    let max = ranking.first().map_or(1, |t| t.dots).max(1);
    let rows = read(state, |p| {
        ranking.iter().map(|t| (t.rank, p.ideas.idea_title(t.idea_id), t.dots, t.voters)).collect::<Vec<_>>()
    });
    let when = round.revealed_at.map(|t| human_date(t.date_naive())).unwrap_or_default();
    let voted = round.ballots.len();
    let note = format!(
        "{} of {} voters voted, {} dots each · {} unused · revealed {}",
        voted,
        round.voters.len(),
        round.dots_per_voter,
        plural(round.unused_dots(), "dot"),
        when
    );
    view! {
        <div class="table-wrap">
            <table class=if big { "ranking big" } else { "ranking" }>
                <caption>
                    <span class="ranking-question">{round.question.clone()}</span>
                    <span class="hint">{note}</span>
                </caption>
                <thead>
                    <tr><th scope="col">"Rank"</th><th scope="col">"Idea"</th><th scope="col">"Dots"</th><th scope="col">"Voters"</th></tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|(rank, title, dots, voters)| {
                        let w = 200.0 * dots as f64 / max as f64;
                        view! {
                            <tr class=(rank == 1 && dots > 0).then_some("top")>
                                <td class="rank">{rank}</td>
                                <th scope="row">{title}</th>
                                <td class="dots">
                                    <svg viewBox="0 0 200 18" width="200" height="18" aria-hidden="true" focusable="false">
                                        <rect x="0" y="0" width=format!("{w:.1}") height="18" rx="4" class="bar-fill"/>
                                    </svg>
                                    <span>{dots}</span>
                                </td>
                                <td>{voters}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

pub fn plural(n: u32, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}
