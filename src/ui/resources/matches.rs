//! Match suggestions for each need, best first (the ranking rule is in the model), with
//! Accept to record a commitment and Withdraw to undo one.
use leptos::prelude::*;
use uuid::Uuid;

use super::super::state::{AppState, Notice};
use super::editor::entry_meta;
use super::{read, NothingMapped};
use crate::model::resources::{
    accept_match, describe_commitment, matches_for, suggestions, withdraw_commitment, Match, NeedSuggestions,
};
use crate::model::Partnership;

#[component]
pub fn Matches() -> impl IntoView {
    let state = expect_context::<AppState>();
    let all = move || read(state, |p| suggestions(p, BEST_SHOWN));
    view! {
        {move || {
            let list = all();
            if list.is_empty() {
                return view! { <NothingMapped/> }.into_any();
            }
            view! {
                <p class="hint">"For each need, the offers in the same category from other partners, best first. When both partners agree, accept the match: it becomes a commitment."</p>
                <ul class="need-list">
                    {list.into_iter().map(|s| view! { <NeedCard s/> }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// Offers shown for each need at first; a button shows the rest of that need's.
const BEST_SHOWN: usize = 3;

#[component]
fn NeedCard(s: NeedSuggestions) -> impl IntoView {
    let state = expect_context::<AppState>();
    let need_id = s.need_id;
    let (who, what, meta) = read(state, |p: &Partnership| {
        p.resources.entry(need_id).map(|n| (p.partner_name(n.partner_id), n.description.clone(), entry_meta(p, n))).unwrap_or_default()
    });
    let agreed: Vec<(Uuid, String)> = read(state, |p| {
        s.commitments.iter().filter_map(|id| p.resources.commitment(*id)).map(|c| (c.id, describe_commitment(p, c))).collect()
    });
    let has_matches = !s.matches.is_empty();
    let nothing = agreed.is_empty() && !has_matches;
    let more = s.more;
    let show_all = RwSignal::new(false);
    let best = StoredValue::new(s.matches);
    let need_name = format!("{who}: {what}");
    view! {
        <li class="card need-card">
            <h2><span class="need-who">{who.clone()}" needs "</span>{format!("“{what}”")}</h2>
            <p class="entry-meta">{meta}</p>
            {agreed.into_iter().map(|(cid, text)| view! {
                <p class="agreed">"✓ Agreed: " {text.clone()}
                    <button type="button" aria-label=format!("Withdraw: {text}") on:click=move |_| {
                        state.edit(Some("Withdrew the commitment.".into()), move |p, now| { withdraw_commitment(p, cid, now); });
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
                    Ok(_) => state.notice.set(Some(Notice { text: agreed_text.clone(), undo: true })),
                    Err(why) => state.alert.set(Some(why)),
                }
            }>"Accept"</button>
        </li>
    }
}
