//! One card per category: who offers, who needs, and the amounts on each side.
use crate::model::text::Case;
use leptos::prelude::*;

use super::super::state::AppState;
use crate::model::resources::{amount_text, totals_text};
use super::NothingMapped;
use crate::i18n::{tr, Key, Words};
use crate::ui::helpers::read;
use crate::ui::i18n::I18n;
use crate::model::resources::{by_category, single_partner_categories, Entry, Totals};
use crate::model::Partnership;

#[component]
pub fn ByCategory() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let empty = Memo::new(move |_| read(state, |p| p.resources.entries.is_empty()));
    view! {
        {move || if empty.get() { view! { <NothingMapped/> }.into_any() } else {
            view! { <div class="category-cards">{move || i.with(|w| read(state, |p| cards(w, p)))}</div> }.into_any()
        }}
    }
}

fn cards(w: &Words, p: &Partnership) -> Vec<AnyView> {
    let risks = single_partner_categories(p);
    by_category(p)
        .into_iter()
        .map(|c| {
            let only = risks.iter().find(|r| r.category_id == c.id).map(|r| p.partner_name(r.partner_id));
            let side = |title: Key, list: &[Entry], totals: &Totals, none: Key| {
                let items: Vec<(String, String)> = list.iter().map(|e| (p.partner_name(e.partner_id), line(w, e))).collect();
                let total = (!totals.is_empty()).then(|| tr::resources::by_category::in_all(w, &totals_text(w, totals)));
                let (title, none) = (w.get(title).to_string(), w.get(none).to_string());
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
                    {only.map(|who| view! { <p class="risk">{tr::resources::by_category::only(w, &who)}</p> })}
                    {side(tr::resources::by_category::OFFERED_BY, &c.offers, &c.offered, tr::resources::by_category::NOBODY_OFFERS)}
                    {side(tr::resources::by_category::NEEDED_BY, &c.needs, &c.needed, tr::resources::by_category::NOBODY_NEEDS)}
                </article>
            }
            .into_any()
        })
        .collect()
}

/// "Two pantry sites (medium, 30,000 USD)"
fn line(w: &Words, e: &Entry) -> String {
    let mut how = vec![w.get(e.strength.label_key()).lower()];
    if let Some(a) = &e.amount {
        how.push(amount_text(w, a));
    }
    format!("{} ({})", e.description, how.join(", "))
}
