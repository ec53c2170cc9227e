//! Match suggestions for each need, best first (the ranking rule is in the model), with
//! Accept to record a commitment and Withdraw to undo one.
use leptos::prelude::*;
use uuid::Uuid;

use super::super::state::{AppState, Notice};
use super::editor::entry_meta;
use super::{read, NothingMapped};
use crate::model::resources::{accept_match, describe_commitment, suggestions, withdraw_commitment, NeedSuggestions};
use crate::model::Partnership;

#[component]
pub fn Matches() -> impl IntoView {
    let state = expect_context::<AppState>();
    let all = move || read(state, suggestions);
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
    let options: Vec<(Uuid, String, String, Vec<String>)> = read(state, |p| {
        s.matches.iter().filter_map(|m| p.resources.entry(m.offer_id).map(|o| {
            (o.id, p.partner_name(o.partner_id), o.description.clone(), m.reasons.clone())
        })).collect()
    });
    let nothing = agreed.is_empty() && options.is_empty();
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
            {(!options.is_empty()).then(|| view! {
                <ol class="match-list" aria-label=format!("Offers that could meet {need_name}")>
                    {options.into_iter().map(|(offer_id, giver, offer, reasons)| {
                        let label = format!("Accept: {giver} gives “{offer}” to {who}");
                        let agreed_text = format!("Agreed: {giver} gives “{offer}” to {who}.");
                        view! {
                            <li class="match">
                                <div>
                                    <p><strong>{giver.clone()}</strong>": "{offer.clone()}</p>
                                    <p class="reasons">{reasons.join(" ")}</p>
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
                    }).collect_view()}
                </ol>
            })}
        </li>
    }
}
