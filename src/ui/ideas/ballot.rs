//! One voter's turn: spread your dots over the ideas. Works from the keyboard (number
//! fields, or the − and + buttons); the model refuses more dots than allowed.
use leptos::prelude::*;
use uuid::Uuid;

use super::try_edit;
use crate::i18n::tr;
use crate::model::ideas::Dots;
use crate::model::Problem;
use crate::ui::helpers::peek;
use crate::ui::form::{FieldError, FormErrors};
use crate::ui::i18n::{t, tn, tw, tw1, I18n};
use crate::ui::state::AppState;

#[component]
pub fn BallotForm(round_id: Uuid, voter: String, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = expect_context::<I18n>();
    let (allowed, ideas) = peek(state, |p| {
        let Some(r) = p.ideas.rounds.iter().find(|r| r.id == round_id) else { return (0, Vec::new()) };
        (r.dots_per_voter, r.idea_ids.iter().map(|id| (*id, p.ideas.idea_title(*id))).collect::<Vec<_>>())
    });
    // Read once: the ballot starts empty each turn, so an earlier voter's dots never show.
    let counts: Vec<(Uuid, String, RwSignal<u32>)> = ideas.into_iter().map(|(id, t)| (id, t, RwSignal::new(0))).collect();
    let signals: Vec<RwSignal<u32>> = counts.iter().map(|c| c.2).collect();
    let placed = Memo::new(move |_| signals.iter().map(|s| s.get()).fold(0, u32::saturating_add));
    // The refusal is about the ballot as a whole; it is announced as it appears.
    let errors = FormErrors::new("ballot");
    let voter = StoredValue::new(voter);
    let ballot: StoredValue<Vec<(Uuid, RwSignal<u32>)>> = StoredValue::new(counts.iter().map(|c| (c.0, c.2)).collect());

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let dots: Vec<Dots> = ballot.with_value(|b| b.iter().map(|(idea_id, n)| Dots { idea_id: *idea_id, dots: n.get_untracked() }).collect());
        let name = voter.get_value();
        let who = name.clone();
        match try_edit(state, None, move |p, now| p.cast_dots(round_id, &who, &dots, now)) {
            Ok(()) => {
                state.notify(i18n.now(|w| tr::ideas::thanks(w, &name)));
                on_done();
            }
            Err(why) => {
                errors.show(vec![Problem::new("dots", why.message())]);
            }
        }
    };
    let status = tw(move |w| {
        let p = placed.get();
        let count = |n: u32| w.integer(n.into());
        if p > allowed {
            tr::ideas::too_many(w, p.into(), &count(p - allowed))
        } else {
            tr::ideas::placed(w, p.into(), &count(allowed), &count(allowed - p))
        }
    });
    view! {
        <form class="ballot card" on:submit=submit aria-labelledby="ballot-title">
            <h2 id="ballot-title" tabindex="-1">{tw1(|w, x| tr::ideas::turn(w, x), &voter.get_value())}</h2>
            <p class="voting-rule">{tn(|w, n| tr::ideas::rule(w, n), allowed.into())}</p>
            <ul class="ballot-list">
                {counts.into_iter().map(|(id, title, n)| {
                    let input_id = format!("dots-{id}");
                    view! {
                        <li>
                            <label for=input_id.clone()>{title.clone()}</label>
                            <span class="dot-row" aria-hidden="true">{move || "●".repeat(n.get().min(20) as usize)}</span>
                            <button type="button" aria-label=tw1(|w, x| tr::ideas::fewer(w, x), &title)
                                disabled=move || { n.get() == 0 } on:click=move |_| n.update(|x| *x = x.saturating_sub(1))>"−"</button>
                            <input id=input_id type="number" min="0" inputmode="numeric" prop:value=move || n.get().to_string()
                                on:input=move |e| n.set(event_target_value(&e).trim().parse().unwrap_or(0))/>
                            <button type="button" aria-label=tw1(|w, x| tr::ideas::more(w, x), &title)
                                disabled=move || { placed.get() >= allowed } on:click=move |_| n.update(|x| *x += 1)>"+"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="dots-left" aria-live="polite">{status}</p>
            <div role="alert"><FieldError id=errors.id("dots-error") message=move || errors.at("dots")/></div>
            <div class="form-actions">
                <button type="submit" class="primary big">{t(tr::ideas::PLACE)}</button>
                <button type="button" on:click=move |_| on_done()>{t(tr::ideas::NOT_ME)}</button>
            </div>
        </form>
    }
}
