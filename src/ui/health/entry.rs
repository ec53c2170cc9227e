//! Rating entry on one shared screen: the partners take turns, one after another. Each sees
//! the sixteen statements grouped by practice and picks 1–5 (or leaves one out). The same
//! sheet is the ballot of an anonymous round (`anonymous.rs`), without a name.
use std::collections::BTreeMap;

use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::{tr, Key};
use crate::model::health::{statements_of, Practice, MAX_SCORE, MIN_SCORE};
use crate::ui::form::FieldError;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::ui::widgets::When;

const SCALE: [Key; 5] = [tr::health::scale::NOT_AT_ALL, tr::health::scale::A_LITTLE, tr::health::scale::PARTLY, tr::health::scale::MOSTLY, tr::health::scale::FULLY];

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
            <h2 id="entry-heading">{t(tr::health::ENTER_RATINGS)}</h2>
            <When when=move || partners.with(|p| !p.is_empty()) fallback=|| view! {
                <p class="hint">{t(tr::health::PARTNERS_FIRST)}</p>
            }>
                <ol class="turns" aria-label=t(tr::health::TURNS)>
                    {move || partners.get().into_iter().enumerate().map(|(i, (_, name, done))| view! {
                        <li class:current=move || turn.get() == i>
                            <button type="button" class="link-button" on:click=move |_| turn.set(i)
                                aria-current=move || (turn.get() == i).then_some("step")>
                                {name.clone()}
                            </button>
                            <span class="turn-state">{if done { " ✓ " } else { " · " }}{t(if done { tr::health::RATED } else { tr::health::NOT_YET })}</span>
                        </li>
                    }).collect_view()}
                </ol>
                {move || {
                    let i = turn.get();
                    let list = partners.get_untracked();
                    list.get(i).cloned().map(|(id, name, _)| {
                        let next = (i + 1 < list.len()).then_some(i + 1);
                        view! { <PartnerSheet round=round partner=id name=Some(name) position=i + 1 of=list.len()
                            on_saved=Callback::new(move |()| if let Some(n) = next { turn.set(n) })/> }
                    })
                }}
            </When>
        </section>
    }
}

/// One partner's answers, saved together; with no `name`, an anonymous rater's ballot
/// (`partner` is then their token) whose button says `button`.
#[component]
pub(super) fn PartnerSheet(
    round: Uuid,
    partner: Uuid,
    name: Option<String>,
    #[prop(optional)] position: usize,
    #[prop(optional)] of: usize,
    #[prop(optional)] button: Option<Key>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
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
    let anonymous = name.is_none();
    let name = name.unwrap_or_default();
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
                match &who {
                    Some(who) => state.notify_with_undo(i.now(|w| tr::health::ratings_saved(w, who))),
                    // No undo: on a shared screen the next participant could take it back.
                    None => state.notify(i.now(|w| w.get(tr::health::anon::SAVED).to_string())),
                }
                on_saved.run(());
            }
            Err(why) => error.set(Some(i.now(|w| why.say(w)))),
        }
    };
    let answered = move || scores.with(|s| s.len());
    view! {
        <form class="card partner-sheet" on:submit=submit aria-label={ let name = name.clone(); tw(move |w| if anonymous { w.get(tr::health::anon::BALLOT).to_string() } else { tr::health::ratings_of(w, &name) }) }>
            <h3 class="sheet-title">{ let name = name.clone(); tw(move |w| if anonymous { w.get(tr::health::anon::BALLOT).to_string() } else { tr::health::partner_of(w, &w.integer(of as i128), &name, &w.integer(position as i128)) }) }</h3>
            <p class="hint">{t(tr::health::SCALE_HINT)}</p>
            {Practice::ALL.into_iter().map(|practice| view! {
                <div class="practice-block">
                    <h4>{t(practice.label_key())}</h4>
                    {statements_of(practice).map(|s| {
                        let key = s.key;
                        view! {
                            <fieldset class="statement">
                                <legend>{t(s.text_key())}</legend>
                                <div class="scale">
                                    {(MIN_SCORE..=MAX_SCORE).map(|v| {
                                        let id = format!("rate-{key}-{v}");
                                        view! {
                                            <input type="radio" id=id.clone() name=format!("rate-{key}") value=v.to_string()
                                                prop:checked=move || scores.with(|s| s.get(key) == Some(&v))
                                                on:change=move |_| scores.update(|s| { s.insert(key.to_string(), v); })/>
                                            <label for=id title=t(SCALE[usize::from(v - 1)])>{v.to_string()}</label>
                                        }
                                    }).collect_view()}
                                    <button type="button" class="link-button clear" aria-label={ let text = s.text_key(); tw(move |w| tr::health::clear_answer(w, w.get(text))) }
                                        on:click=move |_| scores.update(|s| { s.remove(key); })>{t(tr::health::CLEAR)}</button>
                                </div>
                            </fieldset>
                        }
                    }).collect_view()}
                </div>
            }).collect_view()}
            <FieldError id=format!("sheet-{partner}-error") message=move || error.get()/>
            <div class="form-actions">
                <button type="submit" class="primary big">
                    {tw(move |w| match button {
                        Some(key) => w.get(key).to_string(),
                        None if last => w.get(tr::health::SAVE_RATINGS).to_string(),
                        None => tr::health::save_and_next(w, &w.integer(position as i128 + 1)),
                    })}
                </button>
                <span class="hint">{tw(move |w| tr::health::answered(w, &w.integer(answered() as i128), &w.integer(crate::model::health::STATEMENTS.len() as i128)))}</span>
            </div>
        </form>
    }
}
