//! The "You said, we did" sheet, to print and hand back to the community. Everything the
//! community said is rendered as text, never as HTML.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::ui::helpers::read;
use crate::ui::i18n::t;
use super::response::StatusBadge;
use crate::model::community::{response_rate, you_said_we_did, ResponseStatus, SaidDid};
use crate::model::time::human_date;
use crate::ui::routes::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::EmptyState;

#[component]
pub fn SaidDidPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = move || read(state, |p| p.name.clone());
    let rows = move || read(state, |p| you_said_we_did(&p.community));
    let rate = move || read(state, |p| response_rate(&p.community));
    let today = human_date(state.now().date_naive());
    view! {
        <article class="said-did-sheet">
            <div class="sheet-tools">
                <a href=Route::Community.href()>{t(tr::community::BACK)}</a>
                <button type="button" class="primary edit-chrome" on:click=move |_| { let _ = window().print(); }>{t(tr::community::PRINT)}</button>
            </div>
            <header class="sheet-head">
                <h1 tabindex="-1">"You said, we did"</h1>
                <p class="sheet-from">{name} " · " {today}</p>
                <p class="sheet-lead">{move || {
                    let r = rate();
                    format!(
                        "Thank you for telling us what matters to you. We heard {} things; we have acted on {} of them, and we are still working out our answer to {}.",
                        r.inputs, r.acted_on, r.unanswered()
                    )
                }}</p>
            </header>
            {move || {
                let rows = rows();
                if rows.is_empty() {
                    return view! {
                        <EmptyState title="Nothing to hand back yet"
                            prompt="Record an activity and what people said on the Community voice page; this sheet then shows each point with what was done."/>
                    }.into_any();
                }
                groups(rows).into_iter().map(|(heading, rows)| view! {
                    <section class="sheet-group">
                        <h2>{heading}</h2>
                        <div class="table-wrap" tabindex="0" role="region" aria-label=t(tr::route::SAID_DID)>
                            <table class="sheet-table">
                                <thead><tr><th scope="col">"You said"</th><th scope="col">"We did"</th></tr></thead>
                                <tbody>{rows.into_iter().map(|r| view! { <SheetRow row=r/> }).collect_view()}</tbody>
                            </table>
                        </div>
                    </section>
                }).collect_view().into_any()
            }}
        </article>
    }
}

/// Rows grouped by activity, keeping their order.
fn groups(rows: Vec<SaidDid>) -> Vec<(String, Vec<SaidDid>)> {
    let mut out: Vec<(String, Vec<SaidDid>)> = Vec::new();
    for r in rows {
        let heading = match r.date {
            Some(d) => format!("{}, {}", r.activity, human_date(d)),
            None => r.activity.clone(),
        };
        match out.last_mut() {
            Some((h, list)) if *h == heading => list.push(r),
            _ => out.push((heading, vec![r])),
        }
    }
    out
}

#[component]
fn SheetRow(row: SaidDid) -> impl IntoView {
    let did = match (row.status, row.did.is_empty()) {
        (ResponseStatus::Open, true) => "We have not decided yet; we will report back.".to_string(),
        _ => row.did.clone(),
    };
    view! {
        <tr>
            <td>
                <p>{row.said.clone()}</p>
                {(!row.quote.is_empty()).then(|| view! { <blockquote>"“" {row.quote.clone()} "”"</blockquote> })}
            </td>
            <td>
                <p><StatusBadge status=row.status/> " " {did}</p>
                {(!row.reason.is_empty()).then(|| view! { <p class="reason">"Why not: " {row.reason.clone()}</p> })}
            </td>
        </tr>
    }
}
