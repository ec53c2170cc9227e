//! Match suggestions for each need, best first (the ranking rule is in the model), with
//! Accept to record a commitment and Withdraw to undo one.
use leptos::prelude::*;
use uuid::Uuid;

use super::super::state::AppState;
use super::editor::entry_meta;
use super::NothingMapped;
use crate::i18n::{tr, Msg, Words};
use crate::ui::helpers::read;
use crate::ui::i18n::{t, tw, I18n};
use crate::model::record::IdMap;
use crate::model::resources::{
    accept_match, describe_commitment, matches_for, suggestions, Commitment, Entry, Match,
    NeedSuggestions,
};
use crate::model::Partnership;
use crate::ui::keyed::keyed;

#[component]
pub fn Matches() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let cards = Memo::new(move |_| i.with(|w| read(state, |p| cards(w, p))));
    let empty = Memo::new(move |_| cards.with(Vec::is_empty));
    view! {
        {move || if empty.get() {
            view! { <NothingMapped/> }.into_any()
        } else {
            view! {
                <p class="hint">{t(tr::resources::matches::HINT)}</p>
                <ul class="need-list">
                    // Keyed by all a card shows: an accepted match redraws the cards it changed,
                    // not a thousand.
                    {keyed(move || cards.get(), Card::clone, |card| view! { <NeedCard card/> })}
                </ul>
            }.into_any()
        }}
    }
}

/// Offers shown for each need at first; a button shows the rest of that need's.
const BEST_SHOWN: usize = 3;

/// All one need's card shows.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Card {
    need_id: Uuid,
    who: String,
    what: String,
    meta: String,
    /// Commitments already agreed for it, described.
    agreed: Vec<(Uuid, Msg)>,
    matches: Vec<Match>,
    more: usize,
}

fn cards(w: &Words, p: &Partnership) -> Vec<Card> {
    let r = &p.resources;
    let entries: IdMap<&Entry> = r.entries.iter().map(|e| (e.id, e)).collect();
    let commitments: IdMap<&Commitment> = r.commitments.iter().map(|c| (c.id, c)).collect();
    suggestions(p, BEST_SHOWN)
        .into_iter()
        .filter_map(|s: NeedSuggestions| {
            let need = entries.get(&s.need_id)?;
            Some(Card {
                need_id: s.need_id,
                who: p.partner_name(need.partner_id),
                what: need.description.clone(),
                meta: entry_meta(w, p, need),
                agreed: s.commitments.iter().filter_map(|id| commitments.get(id)).map(|c| (c.id, describe_commitment(p, c))).collect(),
                matches: s.matches,
                more: s.more,
            })
        })
        .collect()
}

#[component]
fn NeedCard(card: Card) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let Card { need_id, who, what, meta, agreed, matches, more } = card;
    let has_matches = !matches.is_empty();
    let nothing = agreed.is_empty() && !has_matches;
    let show_all = RwSignal::new(false);
    let best = StoredValue::new(matches);
    let need_name = format!("{who}: {what}");
    let (w1, w2) = (who.clone(), what.clone());
    view! {
        <li class="card need-card">
            <h2><span class="need-who">{tw(move |w| tr::resources::matches::who_needs(w, &w1))}" "</span>{tw(move |w| tr::resources::matches::quoted(w, &w2))}</h2>
            <p class="entry-meta">{meta}</p>
            {agreed.into_iter().map(|(cid, text)| view! {
                <p class="agreed">"✓ "{t(tr::resources::matches::AGREED)}" "{let said = text.clone(); tw(move |w| said.say(w))}
                    <button type="button" aria-label=tw(move |w| tr::resources::matches::withdraw_named(w, &text.say(w))) on:click=move |_| {
                        state.edit(Some(i.now(|w| w.get(tr::resources::matches::WITHDREW).to_string())), move |p, now| { p.remove::<Commitment>(cid, now); });
                    }>{t(tr::resources::matches::WITHDRAW)}</button>
                </p>
            }).collect_view()}
            {nothing.then(|| view! { <p class="risk">{t(tr::resources::matches::NONE_YET)}</p> })}
            {has_matches.then(|| {
                let who = who.clone();
                let need_name = need_name.clone();
                view! {
                    <ol class="match-list" aria-label=tw(move |w| tr::resources::matches::could_meet(w, &need_name))>
                        {move || {
                            let shown = if show_all.get() { read(state, |p| matches_for(p, need_id)) } else { best.get_value() };
                            shown.into_iter().map(|m| view! { <MatchRow m who=who.clone()/> }).collect_view()
                        }}
                    </ol>
                }
            })}
            {
                let show_more = move |w: &Words| tr::resources::matches::show_more(w, more as i64);
                let label = tw(move |w| tr::resources::matches::show_more_for(w, &need_name, &show_more(w)));
                move || (more > 0 && !show_all.get()).then(|| view! {
                    <button type="button" class="show-rest" aria-label=label.clone() on:click=move |_| show_all.set(true)>
                        {tw(show_more)}
                    </button>
                })
            }
        </li>
    }
}

/// One offer that could meet a need (`who` needs it), with its reasons and Accept.
#[component]
fn MatchRow(m: Match, who: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let (offer_id, need_id) = (m.offer_id, m.need_id);
    let (giver, offer, whom) = (m.giver.clone(), m.offer.clone(), who.clone());
    let label = tw(move |w| tr::resources::matches::accept_named(w, &giver, &offer, &whom));
    let (giver, offer) = (m.giver.clone(), m.offer.clone());
    let agreed_text = move || i.now(|w| tr::resources::matches::agreed_msg(w, &giver, &offer, &who));
    view! {
        <li class="match">
            <div>
                <p><strong>{m.giver}</strong>": "{m.offer}</p>
                <p class="reasons">{let reasons = m.reasons; tw(move |w| reasons.iter().map(|r| r.say(w)).collect::<Vec<_>>().join(" "))}</p>
            </div>
            <button type="button" class="primary" aria-label=label on:click=move |_| {
                let mut result = Ok(Uuid::nil());
                state.edit(None, |p, now| result = accept_match(p, offer_id, need_id, now));
                match result {
                    Ok(_) => state.notify_with_undo(agreed_text()),
                    Err(why) => state.fail(i.now(|w| why.say(w))),
                }
            }>{t(tr::resources::matches::ACCEPT)}</button>
        </li>
    }
}
