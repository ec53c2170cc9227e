//! The dot-voting screen, made for one shared screen or projector: the facilitator starts a
//! round, voters take turns (each ballot is hidden once placed), the facilitator reveals.
use leptos::prelude::*;
use uuid::Uuid;

use super::ballot::BallotForm;
use super::ranking::RoundRanking;
use super::try_edit;
use crate::i18n::tr;
use crate::ui::helpers::focus_section_soon;
use crate::model::ideas::VoteError;
use crate::ui::helpers::read;
use crate::ui::form::{FormErrors, Found, LongText, NumberField, TextField};
use crate::ui::i18n::{t, tn, tw, tw1, I18n};
use crate::ui::routes::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::{ConfirmButton, EmptyState};

#[component]
pub fn VotingPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Ids only, so that a ballot being cast does not redraw (and reset) the whole screen.
    let open_id = Memo::new(move |_| read(state, |p| p.ideas.open_round().map(|r| r.id)));
    let last_id = Memo::new(move |_| read(state, |p| p.ideas.past_rounds().first().map(|r| r.id)));
    let has_ideas = Memo::new(move |_| read(state, |p| !p.ideas.ideas.is_empty()));
    let starting = RwSignal::new(false);
    view! {
        <section class="voting-screen">
            <div class="page-head">
                <h1 tabindex="-1">{t(tr::route::VOTING)}</h1>
                <a href=Route::Ideas.href()>{t(tr::ideas::BACK)}</a>
            </div>
            {move || match (open_id.get(), last_id.get(), has_ideas.get(), starting.get()) {
                (Some(id), ..) => view! { <RoundInProgress round_id=id/> }.into_any(),
                (None, _, false, _) => view! {
                    <EmptyState title=t(tr::ideas::NO_IDEAS_TITLE) prompt=t(tr::ideas::NO_IDEAS_PROMPT)/>
                }.into_any(),
                (None, Some(id), true, false) => {
                    let round = read(state, |p| p.ideas.rounds.iter().find(|r| r.id == id).cloned());
                    view! {
                        <h2 class="voting-question">{t(tr::ideas::RANKING)}</h2>
                        {round.map(|r| view! { <RoundRanking round=r big=true/> })}
                        <button type="button" class="primary big" on:click=move |_| starting.set(true)>{t(tr::ideas::NEW_ROUND)}</button>
                    }.into_any()
                }
                (None, _, true, _) => view! { <StartRound on_started=move || starting.set(false)/> }.into_any(),
            }}
        </section>
    }
}

/// The field a refusal to start a round is about; the rest are about the round as a whole.
fn field_of(why: &VoteError) -> &'static str {
    match why {
        VoteError::NoDots | VoteError::TooManyDots => "dots",
        VoteError::NoVoters | VoteError::TooManyVoters | VoteError::DuplicateVoter(_) => "voters",
        _ => "question",
    }
}

#[component]
fn StartRound(on_started: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = expect_context::<I18n>();
    let errors = FormErrors::new("round");
    let question = RwSignal::new(String::new());
    let dots = RwSignal::new("3".to_string());
    let voters = RwSignal::new(String::new());
    let idea_count = move || read(state, |p| p.ideas.ideas.len());
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut found = Found::default();
        let parsed = dots.get_untracked().trim().parse::<u32>().map_err(|_| i18n.now(|w| w.get(tr::ideas::DOTS_NUMBER).to_string()));
        let Some(n) = found.read("dots", parsed) else {
            errors.show(found);
            return;
        };
        let q = question.get_untracked();
        let names: Vec<String> = voters.get_untracked().lines().map(String::from).collect();
        match try_edit(state, None, move |p, now| p.start_round(&q, n, &names, now).map(|_| ())) {
            Ok(()) => {
                errors.clear();
                on_started();
            }
            Err(why) => {
                found.push(field_of(&why), why.message());
                errors.show(found);
            }
        }
    };
    view! {
        <form class="card voice-form start-round" on:submit=submit aria-label=t(tr::ideas::START_ROUND_HEADING)>
            <h2>{t(tr::ideas::START_ROUND_HEADING)}</h2>
            <p class="wide">{tw(move |w| tr::ideas::ballot_intro(w, idea_count() as i64))}</p>
            <TextField form=errors field="question" label=t(tr::ideas::QUESTION_LABEL) value=question wide=true placeholder=t(tr::ideas::QUESTION_PLACEHOLDER)/>
            <NumberField form=errors field="dots" label=t(tr::ideas::DOTS_PER_VOTER) value=dots/>
            <LongText form=errors field="voters" label=t(tr::ideas::VOTERS_LABEL) value=voters rows=5/>
            <div class="form-actions">
                <button type="submit" class="primary big">{t(tr::ideas::START_ROUND)}</button>
            </div>
        </form>
    }
}

#[component]
fn RoundInProgress(round_id: Uuid) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = expect_context::<I18n>();
    let round = move || read(state, |p| p.ideas.rounds.iter().find(|r| r.id == round_id).cloned());
    let turn = RwSignal::new(None::<String>);
    let waiting = move || round().map(|r| r.waiting().into_iter().map(String::from).collect::<Vec<_>>()).unwrap_or_default();
    let voted = move || round().map(|r| r.ballots.iter().map(|b| b.voter.clone()).collect::<Vec<_>>()).unwrap_or_default();
    let reveal = move || {
        state.edit(None, move |p, now| p.reveal_round(round_id, now));
    };
    view! {
        <p class="voting-question">{move || round().map(|r| r.question)}</p>
        <p class="voting-rule">{tw(move |w| round().map(|r| {
            let count = |n: usize| w.integer(n as i128);
            tr::ideas::each_has(w, r.dots_per_voter.into(), &count(r.ballots.len()), &count(r.voters.len()))
        }).unwrap_or_default())}</p>
        {move || match turn.get() {
            Some(voter) => view! {
                <BallotForm round_id=round_id voter=voter on_done=move || {
                        turn.set(None);
                        focus_section_soon("next-voter");
                    }/>
            }.into_any(),
            None => view! {
                <h2 id="next-voter" tabindex="-1">{t(tr::ideas::WHO_NEXT)}</h2>
                <p class="hint">{t(tr::ideas::WHO_NEXT_HINT)}</p>
                <ul class="voter-buttons">
                    {waiting().into_iter().map(|v| {
                        let name = v.clone();
                        view! { <li><button type="button" class="primary big" on:click=move |_| {
                            turn.set(Some(name.clone()));
                            focus_section_soon("ballot-title");
                        }>{v}</button></li> }
                    }).collect_view()}
                    {voted().into_iter().map(|v| view! { <li class="has-voted">{tw1(|w, x| tr::ideas::has_voted(w, x), &v)}</li> }).collect_view()}
                </ul>
                <div class="facilitator-actions">
                    {move || if waiting().is_empty() {
                        view! { <button type="button" class="primary big" on:click=move |_| reveal()>{t(tr::ideas::REVEAL)}</button> }.into_any()
                    } else {
                        let left = waiting().len() as i64;
                        view! { <ConfirmButton label=t(tr::ideas::REVEAL) aria_label=t(tr::ideas::REVEAL)
                            question=tn(|w, n| tr::ideas::reveal_question(w, n), left)
                            on_confirm=move || reveal()/> }.into_any()
                    }}
                    <ConfirmButton label=t(tr::ideas::CANCEL_ROUND) aria_label=t(tr::ideas::CANCEL_ROUND)
                        question=t(tr::ideas::CANCEL_ROUND_QUESTION)
                        on_confirm=move || state.edit(Some(i18n.now(|w| w.get(tr::ideas::ROUND_CANCELLED).to_string())),
                            move |p, now| { p.remove::<crate::model::ideas::VotingRound>(round_id, now); })/>
                </div>
            }.into_any(),
        }}
    }
}
