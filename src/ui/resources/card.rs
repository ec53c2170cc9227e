//! The resource map's card on the overview: how much is mapped, what is missing, what is agreed.
use leptos::prelude::*;

use super::super::routes::Route;
use super::super::state::AppState;
use crate::i18n::tr;
use crate::ui::helpers::read;
use crate::ui::i18n::{t, tw};
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
            <h2><a href=Route::Resources.href()>{t(tr::route::RESOURCES)}</a></h2>
            {move || {
                let s = summary.get();
                if s.offers + s.needs == 0 {
                    return view! {
                        <p>{t(tr::resources::card::NOTHING)}" "<a href=Route::ResourceWorkshop.href()>{t(tr::resources::card::RUN)}</a>
                           " "{t(tr::resources::card::RUN_AFTER)}</p>
                    }.into_any();
                }
                let Summary { offers, needs, unmet, agreed, single } = s;
                let single = (!single.is_empty()).then(|| single.join(", "));
                view! {
                    <p class="big-number">{tw(move |w| format!("{} · {}", w.integer(offers as i128), w.integer(needs as i128)))}</p>
                    <p>{t(tr::resources::card::OFFERS_NEEDS)}</p>
                    <ul class="card-facts">
                        <li>{tw(move |w| if unmet == 0 { w.get(tr::resources::card::ALL_MET).to_string() } else { tr::resources::card::unmet(w, unmet as i64) })}</li>
                        <li>{tw(move |w| tr::resources::card::agreed(w, agreed as i64))}</li>
                        {single.map(|names| view! { <li>{tw(move |w| tr::resources::card::depends_on_one(w, &names))}</li> })}
                    </ul>
                }.into_any()
            }}
        </article>
    }
}
