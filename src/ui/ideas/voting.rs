//! The dot-voting screen, made for one shared screen or projector: the facilitator starts a
//! round, voters take turns (each ballot is hidden once placed), the facilitator reveals.
//! Before the reveal the round's question, dots and voters can be corrected.
use leptos::prelude::*;
use uuid::Uuid;

use super::ballot::BallotForm;
use super::ranking::RoundRanking;
use super::try_edit;
use crate::i18n::tr;
use crate::ui::helpers::focus_section_soon;
use crate::model::ideas::VoteError;
use crate::ui::helpers::read;
use crate::model::ideas::VotingRound;
use crate::ui::form::{open_record, save_record, FormErrors, FormGuard, Found, LongText, NumberField, RecordForm, TextField};
use crate::ui::widgets::When;
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
                (None, _, true, _) => view! { <RoundForm round=None on_done=move || starting.set(false)/> }.into_any(),
            }}
        </section>
    }
}

/// The field a refusal to start a round is about; the rest are about the round as a whole.
fn field_of(why: &VoteError) -> &'static str {
    match why {
        VoteError::NoDots | VoteError::TooManyDots => "dots",
        VoteError::NoVoters | VoteError::TooManyVoters | VoteError::DuplicateVoter(_) | VoteError::HasVoted(_) => "voters",
        VoteError::OverLimit { .. } => "dots",
        _ => "question",
    }
}

/// Starts a round; with `round` (open, not yet revealed), corrects it with the same fields.
#[component]
fn RoundForm(round: Option<VotingRound>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = expect_context::<I18n>();
    let is_new = round.is_none();
    let question = RwSignal::new(round.as_ref().map(|r| r.question.clone()).unwrap_or_default());
    let dots = RwSignal::new(round.as_ref().map_or(3, |r| r.dots_per_voter).to_string());
    let voters = RwSignal::new(round.as_ref().map(|r| r.voters.join("\n")).unwrap_or_default());
    let (original, errors, guard) = match round {
        Some(r) => {
            let (r, errors, guard) = open_record(r, false, "round", crate::i18n::tr::form::record::OTHER);
            (StoredValue::new(Some(r.get_value())), errors, guard)
        }
        None => (StoredValue::new(None), FormErrors::new("round"), FormGuard::new(None, crate::i18n::tr::form::record::OTHER)),
    };
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
        let result = match original.get_value() {
            // The model says what an open round may still change; a refusal is shown like a typo.
            Some(round) => round.amended(&q, n, &names).map(|amended| {
                if save_record(state, errors, Found::default(), guard, amended) {
                    on_done();
                }
            }),
            None => try_edit(state, None, move |p, now| p.start_round(&q, n, &names, now).map(|_| ())).map(|()| {
                errors.clear();
                on_done();
            }),
        };
        if let Err(why) = result {
            found.push(field_of(&why), why.message());
            errors.show(found);
        }
    };
    view! {
        <RecordForm class="card voice-form start-round" heading=t(if is_new { tr::ideas::START_ROUND_HEADING } else { tr::ideas::EDIT_ROUND_HEADING })
            on_submit=submit guard is_new save_new=t(tr::ideas::START_ROUND) on_cancel=on_done>
            <p class="wide">{tw(move |w| tr::ideas::ballot_intro(w, idea_count() as i64))}</p>
            <TextField form=errors field="question" label=t(tr::ideas::QUESTION_LABEL) value=question wide=true placeholder=t(tr::ideas::QUESTION_PLACEHOLDER)/>
            <NumberField form=errors field="dots" label=t(tr::ideas::DOTS_PER_VOTER) value=dots/>
            <LongText form=errors field="voters" label=t(tr::ideas::VOTERS_LABEL) value=voters rows=5/>
        </RecordForm>
    }
}

#[component]
fn RoundInProgress(round_id: Uuid) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = expect_context::<I18n>();
    let round = move || read(state, |p| p.ideas.rounds.iter().find(|r| r.id == round_id).cloned());
    let turn = RwSignal::new(None::<String>);
    let editing = RwSignal::new(false);
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
                    <button type="button" class="edit-chrome" on:click=move |_| editing.set(true)>{t(tr::ideas::EDIT_ROUND)}</button>
                    <ConfirmButton label=t(tr::ideas::CANCEL_ROUND) aria_label=t(tr::ideas::CANCEL_ROUND)
                        question=t(tr::ideas::CANCEL_ROUND_QUESTION)
                        on_confirm=move || state.edit(Some(i18n.now(|w| w.get(tr::ideas::ROUND_CANCELLED).to_string())),
                            move |p, now| { p.remove::<crate::model::ideas::VotingRound>(round_id, now); })/>
                </div>
            }.into_any(),
        }}
        <When when=move || editing.get()>
            {move || untrack(round).map(|r| view! { <RoundForm round=Some(r) on_done=move || editing.set(false)/> })}
        </When>
    }
}
