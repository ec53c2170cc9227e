//! The voting rounds on the ideas page: the open one (if any) and the past ones, kept.
use leptos::prelude::*;

use super::ranking::RoundRanking;
use crate::ui::helpers::read;
use crate::ui::routes::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;
use crate::ui::keyed::keyed;

#[component]
pub fn Rounds() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = move || read(state, |p| p.ideas.open_round().map(|r| (r.ballots.len(), r.voters.len())));
    let past = move || read(state, |p| p.ideas.past_rounds().into_iter().cloned().collect::<Vec<_>>());
    // A memo, so that the list is not rebuilt on every edit.
    let none = Memo::new(move |_| read(state, |p| p.ideas.past_rounds().is_empty()));
    view! {
        <section class="rounds" aria-labelledby="voting-rounds">
            <div class="section-head">
                <h2 id="voting-rounds" tabindex="-1">"Dot voting"</h2>
                <a class="button primary" href=Route::Voting.href()>
                    {move || if open().is_some() { "Continue the open round" } else { "Open the voting screen" }}
                </a>
            </div>
            {move || open().map(|(voted, of)| view! {
                <p class="banner banner-info">{format!("A round is open: {voted} of {of} voters have voted. Votes stay hidden until it is revealed on the voting screen.")}</p>
            })}
            {move || if none.get() {
                view! { <p class="hint">"No rounds yet. On the voting screen, give everyone the same number of dots (three works well), let each person place theirs in turn, then reveal the ranking."</p> }.into_any()
            } else {
                view! {
                    <ul class="round-list">
                        {keyed(past, |r| (r.id, r.updated_at), move |round| {
                            let id = round.id;
                            view! {
                                <li class="card">
                                    <RoundRanking round=round.clone()/>
                                    <div class="row-actions">
                                        <ConfirmButton label="Delete round" aria_label=format!("Delete the round “{}”", round.question)
                                            question="Delete this round and its votes?".to_string()
                                            on_confirm=move || state.edit(Some("Deleted the voting round.".into()), move |p, now| { p.remove::<crate::model::ideas::VotingRound>(id, now); })/>
                                    </div>
                                </li>
                            }
                        })}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
