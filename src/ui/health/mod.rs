//! The health check screen: pick or start a round, read its results (chart, spread, change
//! since the last round) and enter ratings one partner after another on the shared screen,
//! or, in an anonymous round, without names (`anonymous.rs`).
mod anonymous;
mod card;
mod chart;
mod entry;
mod rounds;

use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::tr;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::ui::widgets::{ConfirmButton, EmptyState};

pub use card::HealthCard;
use chart::Results;
use entry::RatingEntry;
use anonymous::AnonymousEntry;
use rounds::{RoundForm, RoundPicker};
use crate::ui::widgets::When;

#[component]
pub fn HealthPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = RwSignal::new(None::<Uuid>);
    let starting = RwSignal::new(false);
    // The round on screen: the one picked if it still exists, else the latest.
    let round = Memo::new(move |_| {
        state.current.with(|c| {
            let p = c.as_ref()?;
            chosen
                .get()
                .filter(|id| p.health.rounds.iter().any(|r| r.id == *id))
                .or_else(|| p.health.latest().map(|r| r.id))
        })
    });
    let no_rounds = move || round.get().is_none();
    view! {
        <section class="health">
            <div class="page-head">
                <h1 tabindex="-1">{t(tr::route::HEALTH)}</h1>
                <crate::ui::print::PrintButton kind=crate::model::print::Kind::Ballot/>
                <When when=move || !starting.get()>
                    <button type="button" class="primary" on:click=move |_| starting.set(true)>{t(tr::health::START_NEW)}</button>
                </When>
            </div>
            <When when=move || starting.get()>
                <RoundForm on_done=move |id| {
                    if let Some(id) = id { chosen.set(Some(id)); }
                    starting.set(false);
                }/>
            </When>
            {move || match round.get() {
                None => view! {
                    <When when=move || no_rounds() && !starting.get()>
                        <EmptyState
                            title=t(tr::health::EMPTY_TITLE)
                            prompt=t(tr::health::EMPTY_PROMPT)
                        />
                    </When>
                }.into_any(),
                Some(id) => {
                    let anonymous = state.current.with_untracked(|c| {
                        c.as_ref().and_then(|p| p.health.rounds.iter().find(|r| r.id == id)).is_some_and(|r| r.anonymous)
                    });
                    view! {
                        <RoundPicker current=id on_pick=move |id| chosen.set(Some(id))/>
                        <ResultsGate round=id anonymous=anonymous/>
                        {if anonymous { view! { <AnonymousEntry round=id/> }.into_any() } else { view! { <RatingEntry round=id/> }.into_any() }}
                        <DeleteRound round=id/>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// Results stay hidden until every partner has rated, so that nobody is swayed by the
/// answers of those who rated before them on the shared screen. An anonymous round's stay
/// hidden until the facilitator shows them: whoever rates next must not see the answers so
/// far (with one answer in, the averages *are* that answer).
#[component]
fn ResultsGate(round: Uuid, anonymous: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let reveal = RwSignal::new(false);
    let waiting = Memo::new(move |_| {
        state.current.with(|c| {
            c.as_ref()
                .and_then(|p| p.health.rounds.iter().find(|r| r.id == round).map(|r| r.waiting_for(&p.partners).len()))
                .unwrap_or(0)
        })
    });
    view! {
        {move || if (waiting.get() == 0 && !anonymous) || reveal.get() {
            view! { <Results round=round/> }.into_any()
        } else {
            view! {
                <div class="card results-hidden">
                    <p data-testid="results-hidden">{tw(move |w| if anonymous {
                        w.get(tr::health::anon::HIDDEN).to_string()
                    } else {
                        tr::health::results_hidden(w, waiting.get() as i64)
                    })}</p>
                    <button type="button" on:click=move |_| reveal.set(true)>{t(if anonymous { tr::health::anon::SHOW } else { tr::health::SHOW_SO_FAR })}</button>
                </div>
            }.into_any()
        }}
    }
}

#[component]
fn DeleteRound(round: Uuid) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let name = state.current.with_untracked(|c| {
        c.as_ref().and_then(|p| p.health.rounds.iter().find(|r| r.id == round).map(|r| r.name.clone())).unwrap_or_default()
    });
    view! {
        <p class="danger-zone">
            <ConfirmButton
                label=t(tr::health::DELETE_ROUND)
                aria_label={ let name = name.clone(); tw(move |w| tr::health::delete_round_named(w, &name)) }
                question={ let name = name.clone(); tw(move |w| tr::health::delete_round_question(w, &name)) }
                on_confirm=move || {
                    let name = name.clone();
                    state.edit(Some(i.now(|w| tr::health::round_deleted(w, &name))), move |p, now| {
                        p.remove::<crate::model::health::HealthRound>(round, now);
                    });
                }
            />
        </p>
    }
}
