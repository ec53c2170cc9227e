//! The ranking of a revealed round: a table with a bar per idea (the numbers are in the
//! table, so the bars are decoration for the eye and hidden from screen readers).
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::ideas::VotingRound;
use crate::ui::helpers::read;
use crate::ui::i18n::{t, tn, tw};
use crate::ui::state::AppState;

#[component]
pub fn RoundRanking(round: VotingRound, #[prop(optional)] big: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(ranking) = round.ranking() else {
        return view! { <p>{t(tr::ideas::HIDDEN)}</p> }.into_any();
    };
    let max = ranking.first().map_or(1, |t| t.dots).max(1);
    let rows = read(state, |p| {
        ranking.iter().map(|t| (t.rank, p.ideas.idea_title(t.idea_id), t.dots, t.voters)).collect::<Vec<_>>()
    });
    let when = round.revealed_at.map(|t| t.date_naive());
    let (voted, voters, each, unused) = (round.ballots.len(), round.voters.len(), round.dots_per_voter, round.unused_dots());
    let note = tw(move |w| {
        let count = |n: usize| w.integer(n as i128);
        let unused = tr::ideas::dots_unused(w, unused.into());
        tr::ideas::ranking_note(w, each.into(), &when.map(|d| w.date(d)).unwrap_or_default(), &unused, &count(voted), &count(voters))
    });
    view! {
        // Focusable, so that a table wider than a phone scrolls from the keyboard too.
        <div class="table-wrap" tabindex="0" role="region" aria-label=round.question.clone()>
            <table class=if big { "ranking big" } else { "ranking" }>
                <caption>
                    <span class="ranking-question">{round.question.clone()}</span>
                    <span class="hint">{note}</span>
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{t(tr::ideas::COL_RANK)}</th><th scope="col">{t(tr::ideas::IDEA_LABEL)}</th>
                        <th scope="col">{t(tr::ideas::COL_DOTS)}</th><th scope="col">{t(tr::ideas::COL_VOTERS)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|(rank, title, dots, voters)| {
                        let w = 200.0 * dots as f64 / max as f64;
                        view! {
                            <tr class=(rank == 1 && dots > 0).then_some("top")>
                                <td class="rank">{tn(|w, n| w.integer(n.into()), rank as i64)}</td>
                                <th scope="row">{title}</th>
                                <td class="dots">
                                    <svg viewBox="0 0 200 18" width="200" height="18" aria-hidden="true" focusable="false">
                                        <rect x="0" y="0" width=format!("{w:.1}") height="18" rx="4" class="bar-fill"/>
                                    </svg>
                                    <span>{tn(|w, n| w.integer(n.into()), dots.into())}</span>
                                </td>
                                <td>{tn(|w, n| w.integer(n.into()), voters as i64)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
