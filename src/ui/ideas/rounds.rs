//! The voting rounds on the ideas page: the open one (if any) and the past ones, kept.
use leptos::prelude::*;

use super::ranking::RoundRanking;
use crate::i18n::tr;
use crate::ui::helpers::read;
use crate::ui::i18n::{t, tw, tw1, I18n};
use crate::ui::routes::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;
use crate::ui::keyed::keyed;

#[component]
pub fn Rounds() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = expect_context::<I18n>();
    let open = move || read(state, |p| p.ideas.open_round().map(|r| (r.ballots.len(), r.voters.len())));
    let past = move || read(state, |p| p.ideas.past_rounds().into_iter().cloned().collect::<Vec<_>>());
    // A memo, so that the list is not rebuilt on every edit.
    let none = Memo::new(move |_| read(state, |p| p.ideas.past_rounds().is_empty()));
    view! {
        <section class="rounds" aria-labelledby="voting-rounds">
            <div class="section-head">
                <h2 id="voting-rounds" tabindex="-1">{t(tr::route::VOTING)}</h2>
                <a class="button primary" href=Route::Voting.href()>
                    {move || t(if open().is_some() { tr::ideas::CONTINUE_ROUND } else { tr::ideas::OPEN_VOTING })()}
                </a>
            </div>
            {move || open().map(|(voted, of)| view! {
                <p class="banner banner-info">{tw(move |w| tr::ideas::round_open_banner(w, of as i64, &w.integer(voted as i128)))}</p>
            })}
            {move || if none.get() {
                view! { <p class="hint">{t(tr::ideas::NO_ROUNDS)}</p> }.into_any()
            } else {
                view! {
                    <ul class="round-list">
                        {keyed(past, |r| (r.id, r.updated_at), move |round| {
                            let id = round.id;
                            view! {
                                <li class="card">
                                    <RoundRanking round=round.clone()/>
                                    <div class="row-actions">
                                        <ConfirmButton label=t(tr::ideas::DELETE_ROUND) aria_label=tw1(|w, x| tr::ideas::delete_round_label(w, x), &round.question)
                                            question=t(tr::ideas::DELETE_ROUND_QUESTION)
                                            on_confirm=move || state.edit(Some(i18n.now(|w| w.get(tr::ideas::ROUND_DELETED).to_string())),
                                                move |p, now| { p.remove::<crate::model::ideas::VotingRound>(id, now); })/>
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
