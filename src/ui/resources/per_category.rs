//! One card per category: who offers, who needs, and the amounts on each side.
use leptos::prelude::*;

use super::super::state::AppState;
use super::NothingMapped;
use crate::ui::helpers::read;
use crate::model::resources::{by_category, single_partner_categories, Entry, Totals};
use crate::model::Partnership;

#[component]
pub fn ByCategory() -> impl IntoView {
    let state = expect_context::<AppState>();
    let empty = Memo::new(move |_| read(state, |p| p.resources.entries.is_empty()));
    view! {
        {move || if empty.get() { view! { <NothingMapped/> }.into_any() } else {
            view! { <div class="category-cards">{move || read(state, |p| cards(p))}</div> }.into_any()
        }}
    }
}

fn cards(p: &Partnership) -> Vec<AnyView> {
    let risks = single_partner_categories(p);
    by_category(p)
        .into_iter()
        .map(|c| {
            let only = risks.iter().find(|r| r.category_id == c.id).map(|r| p.partner_name(r.partner_id));
            let side = |title: &'static str, list: &[Entry], totals: &Totals, none: &'static str| {
                let items: Vec<(String, String)> = list.iter().map(|e| (p.partner_name(e.partner_id), line(e))).collect();
                let total = (!totals.is_empty()).then(|| format!("In all: {totals}"));
                view! {
                    <h3>{title}</h3>
                    {if items.is_empty() { view! { <p class="hint">{none}</p> }.into_any() } else {
                        view! { <ul>{items.into_iter().map(|(who, what)| view! { <li><strong>{who}</strong>": "{what}</li> }).collect_view()}</ul> }.into_any()
                    }}
                    {total.map(|t| view! { <p class="totals">{t}</p> })}
                }
            };
            view! {
                <article class="card category-card">
                    <h2>{c.name.clone()}</h2>
                    {only.map(|who| view! { <p class="risk">{format!("Only {who} offers this.")}</p> })}
                    {side("Offered by", &c.offers, &c.offered, "Nobody offers this yet.")}
                    {side("Needed by", &c.needs, &c.needed, "Nobody has asked for this.")}
                </article>
            }
            .into_any()
        })
        .collect()
}

/// "Two pantry sites (medium, 30,000 USD)"
fn line(e: &Entry) -> String {
    let mut how = vec![e.strength.label().to_lowercase()];
    if let Some(a) = &e.amount {
        how.push(a.to_string());
    }
    format!("{} ({})", e.description, how.join(", "))
}
