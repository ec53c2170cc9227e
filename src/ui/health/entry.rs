//! Rating entry on one shared screen: the partners take turns, one after another. Each sees
//! the sixteen statements grouped by practice and picks 1–5 (or leaves one out).
use std::collections::BTreeMap;

use leptos::prelude::*;
use uuid::Uuid;

use crate::model::health::{statements_of, Practice, MAX_SCORE, MIN_SCORE};
use crate::ui::form::FieldError;
use crate::ui::state::AppState;
use crate::ui::widgets::When;

const SCALE: [&str; 5] = ["not at all", "a little", "partly", "mostly", "fully"];

#[component]
pub fn RatingEntry(round: Uuid) -> impl IntoView {
    let state = expect_context::<AppState>();
    // (partner id, name, has rated in this round)
    let partners = Memo::new(move |_| {
        state.current.with(|c| {
            c.as_ref().map_or_else(Vec::new, |p| {
                let r = p.health.rounds.iter().find(|r| r.id == round);
                p.partners
                    .iter()
                    .map(|x| (x.id, x.name.clone(), r.is_some_and(|r| r.ratings_of(x.id).is_some())))
                    .collect::<Vec<_>>()
            })
        })
    });
    // Start with the first partner who has not rated yet.
    let first_open = partners.with_untracked(|ps| ps.iter().position(|(_, _, done)| !done).unwrap_or(0));
    let turn = RwSignal::new(first_open);
    view! {
        <section class="rating-entry" aria-labelledby="entry-heading">
            <h2 id="entry-heading">"Enter ratings"</h2>
            <When when=move || partners.with(|p| !p.is_empty()) fallback=|| view! {
                <p class="hint">"Add the partners first: each of them rates the statements."</p>
            }>
                <ol class="turns" aria-label="Partners' turns">
                    {move || partners.get().into_iter().enumerate().map(|(i, (_, name, done))| view! {
                        <li class:current=move || turn.get() == i>
                            <button type="button" class="link-button" on:click=move |_| turn.set(i)
                                aria-current=move || (turn.get() == i).then_some("step")>
                                {name.clone()}
                            </button>
                            <span class="turn-state">{if done { " ✓ rated" } else { " · not yet" }}</span>
                        </li>
                    }).collect_view()}
                </ol>
                {move || {
                    let i = turn.get();
                    let list = partners.get_untracked();
                    list.get(i).cloned().map(|(id, name, _)| {
                        let next = (i + 1 < list.len()).then_some(i + 1);
                        view! { <PartnerSheet round=round partner=id name=name position=i + 1 of=list.len()
                            on_saved=move || if let Some(n) = next { turn.set(n) }/> }
                    })
                }}
            </When>
        </section>
    }
}

/// One partner's answers, saved together.
#[component]
fn PartnerSheet(
    round: Uuid,
    partner: Uuid,
    name: String,
    position: usize,
    of: usize,
    on_saved: impl Fn() + 'static + Send + Sync + Copy,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = expect_context::<crate::ui::i18n::I18n>();
    let stored = state.current.with_untracked(|c| {
        c.as_ref()
            .and_then(|p| p.health.rounds.iter().find(|r| r.id == round))
            .and_then(|r| r.ratings_of(partner).map(|x| x.scores.clone()))
            .unwrap_or_default()
    });
    let scores = RwSignal::new(stored);
    let error = RwSignal::new(None::<String>);
    let last = position == of;
    let who = name.clone();
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let s: BTreeMap<String, u8> = scores.get_untracked();
        let mut result = Ok(());
        state.edit(None, |p, now| {
            if let Some(r) = p.health.round_mut(round) {
                result = r.set_ratings(partner, s, now);
            }
        });
        match result {
            Ok(()) => {
                error.set(None);
                state.notify_with_undo(format!("Saved {who}'s ratings."));
                on_saved();
            }
            Err(why) => error.set(Some(i18n.now(|w| why.say(w)))),
        }
    };
    let answered = move || scores.with(|s| s.len());
    view! {
        <form class="card partner-sheet" on:submit=submit aria-label=format!("Ratings of {name}")>
            <h3 class="sheet-title">{format!("Partner {position} of {of}: {name}")}</h3>
            <p class="hint">"1 = not at all, 5 = fully. Leave a statement out if you cannot say."</p>
            {Practice::ALL.into_iter().map(|practice| view! {
                <div class="practice-block">
                    <h4>{practice.label()}</h4>
                    {statements_of(practice).map(|s| {
                        let key = s.key;
                        view! {
                            <fieldset class="statement">
                                <legend>{s.text}</legend>
                                <div class="scale">
                                    {(MIN_SCORE..=MAX_SCORE).map(|v| {
                                        let id = format!("rate-{key}-{v}");
                                        view! {
                                            <input type="radio" id=id.clone() name=format!("rate-{key}") value=v.to_string()
                                                prop:checked=move || scores.with(|s| s.get(key) == Some(&v))
                                                on:change=move |_| scores.update(|s| { s.insert(key.to_string(), v); })/>
                                            <label for=id title=SCALE[usize::from(v - 1)]>{v.to_string()}</label>
                                        }
                                    }).collect_view()}
                                    <button type="button" class="link-button clear" aria-label=format!("Clear the answer to: {}", s.text)
                                        on:click=move |_| scores.update(|s| { s.remove(key); })>"clear"</button>
                                </div>
                            </fieldset>
                        }
                    }).collect_view()}
                </div>
            }).collect_view()}
            <FieldError id=format!("sheet-{partner}-error") message=move || error.get()/>
            <div class="form-actions">
                <button type="submit" class="primary big">
                    {if last { "Save ratings".to_string() } else { format!("Save and go to partner {}", position + 1) }}
                </button>
                <span class="hint">{move || format!("{} of {} answered", answered(), crate::model::health::STATEMENTS.len())}</span>
            </div>
        </form>
    }
}
