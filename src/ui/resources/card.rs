//! The resource map's card on the overview: how much is mapped, what is missing, what is agreed.
use leptos::prelude::*;

use super::super::routes::Route;
use super::super::state::AppState;
use crate::ui::helpers::read;
use crate::model::resources::{single_partner_categories, unmet_needs, EntryKind};

#[derive(Clone, Default, PartialEq)]
struct Summary {
    offers: usize,
    needs: usize,
    unmet: usize,
    agreed: usize,
    single: Vec<String>,
}

#[component]
pub fn ResourcesCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let summary = Memo::new(move |_| {
        read(state, |p| {
            let count = |k| p.resources.entries.iter().filter(|e| e.kind == k).count();
            Summary {
                offers: count(EntryKind::Offer),
                needs: count(EntryKind::Need),
                unmet: unmet_needs(p).len(),
                agreed: p.resources.commitments.len(),
                single: single_partner_categories(p).iter().map(|r| p.resources.category_name(r.category_id)).collect(),
            }
        })
    });
    view! {
        <article class="card resources-card">
            <h2><a href=Route::Resources.href()>"Resource map"</a></h2>
            {move || {
                let s = summary.get();
                if s.offers + s.needs == 0 {
                    return view! {
                        <p>"Nothing mapped yet. "<a href=Route::ResourceWorkshop.href()>"Run the resource-mapping exercise"</a>
                           " to see who brings what."</p>
                    }.into_any();
                }
                view! {
                    <p class="big-number">{format!("{} · {}", s.offers, s.needs)}</p>
                    <p>"offers · needs"</p>
                    <ul class="card-facts">
                        <li>{match s.unmet { 0 => "Every need has a possible offer.".to_string(), 1 => "1 need no offer meets.".to_string(), n => format!("{n} needs no offer meets.") }}</li>
                        <li>{format!("{} agreed {}.", s.agreed, if s.agreed == 1 { "commitment" } else { "commitments" })}</li>
                        {(!s.single.is_empty()).then(|| view! { <li>{format!("Depends on one partner: {}.", s.single.join(", "))}</li> })}
                    </ul>
                }.into_any()
            }}
        </article>
    }
}
