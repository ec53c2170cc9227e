//! Match suggestions for each need, best first (the ranking rule is in the model), with
//! Accept to record a commitment and Withdraw to undo one.
use leptos::prelude::*;
use uuid::Uuid;

use super::super::state::AppState;
use super::editor::entry_meta;
use super::NothingMapped;
use crate::ui::helpers::read;
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
    let cards = Memo::new(move |_| read(state, cards));
    let empty = Memo::new(move |_| cards.with(Vec::is_empty));
    view! {
        {move || if empty.get() {
            view! { <NothingMapped/> }.into_any()
        } else {
            view! {
                <p class="hint">"For each need, the offers in the same category from other partners, best first. When both partners agree, accept the match: it becomes a commitment."</p>
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
    agreed: Vec<(Uuid, String)>,
    matches: Vec<Match>,
    more: usize,
}

fn cards(p: &Partnership) -> Vec<Card> {
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
                meta: entry_meta(p, need),
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
    let Card { need_id, who, what, meta, agreed, matches, more } = card;
    let has_matches = !matches.is_empty();
    let nothing = agreed.is_empty() && !has_matches;
    let show_all = RwSignal::new(false);
    let best = StoredValue::new(matches);
    let need_name = format!("{who}: {what}");
    view! {
        <li class="card need-card">
            <h2><span class="need-who">{who.clone()}" needs "</span>{format!("“{what}”")}</h2>
            <p class="entry-meta">{meta}</p>
            {agreed.into_iter().map(|(cid, text)| view! {
                <p class="agreed">"✓ Agreed: " {text.clone()}
                    <button type="button" aria-label=format!("Withdraw: {text}") on:click=move |_| {
                        state.edit(Some("Withdrew the commitment.".into()), move |p, now| { p.remove::<Commitment>(cid, now); });
                    }>"Withdraw"</button>
                </p>
            }).collect_view()}
            {nothing.then(|| view! { <p class="risk">"No offer meets this yet: see Gaps."</p> })}
            {has_matches.then(|| {
                let who = who.clone();
                let list_name = format!("Offers that could meet {need_name}");
                view! {
                    <ol class="match-list" aria-label=list_name>
                        {move || {
                            let shown = if show_all.get() { read(state, |p| matches_for(p, need_id)) } else { best.get_value() };
                            shown.into_iter().map(|m| view! { <MatchRow m who=who.clone()/> }).collect_view()
                        }}
                    </ol>
                }
            })}
            {
                let text = format!("Show {more} more {}", if more == 1 { "offer" } else { "offers" });
                let label = format!("{text} for {need_name}");
                move || (more > 0 && !show_all.get()).then(|| view! {
                    <button type="button" class="show-rest" aria-label=label.clone() on:click=move |_| show_all.set(true)>
                        {text.clone()}
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
    let i18n = expect_context::<crate::ui::i18n::I18n>();
    let (offer_id, need_id) = (m.offer_id, m.need_id);
    let label = format!("Accept: {} gives “{}” to {who}", m.giver, m.offer);
    let agreed_text = format!("Agreed: {} gives “{}” to {who}.", m.giver, m.offer);
    view! {
        <li class="match">
            <div>
                <p><strong>{m.giver}</strong>": "{m.offer}</p>
                <p class="reasons">{m.reasons.join(" ")}</p>
            </div>
            <button type="button" class="primary" aria-label=label on:click=move |_| {
                let mut result = Ok(Uuid::nil());
                state.edit(None, |p, now| result = accept_match(p, offer_id, need_id, now));
                match result {
                    Ok(_) => state.notify_with_undo(agreed_text.clone()),
                    Err(why) => state.fail(i18n.now(|w| why.say(w))),
                }
            }>"Accept"</button>
        </li>
    }
}
