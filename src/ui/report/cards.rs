//! The overview's cards for stories, milestones, sustainability and the report.
use leptos::prelude::*;

use crate::i18n::{tr, Words};
use crate::model::learning::{next_milestones, to_celebrate};
use crate::model::stories::{overdue, reportable};
use crate::model::sustainability::{concentration, ending_within, headline};
use crate::ui::routes::Route;
use crate::ui::state::AppState;
use crate::ui::helpers::{read, today};
use crate::ui::i18n::{t, tw};
use crate::ui::widgets::When;

#[component]
pub fn OverviewCards() -> impl IntoView {
    let state = expect_context::<AppState>();
    let stories = move || read(state, |p| (p.communication.stories.len(), reportable(&p.communication.stories).len()));
    let late = move || read(state, |p| overdue(&p.communication.plan, today(state)).len());
    let next = move || {
        read(state, |p| {
            next_milestones(&p.learning.milestones, today(state), 2)
                .into_iter()
                .map(|m| (m.date, m.what.clone()))
                .collect::<Vec<_>>()
        })
    };
    let celebrate = move || read(state, |p| to_celebrate(&p.learning.milestones).len());
    let funding = move || {
        read(state, |p| {
            let all = concentration(&p.sustainability.funding, today(state));
            headline(&all).map(|c| {
                (c.reading, c.largest_share_bp, c.currency.clone(), c.largest_funder.clone())
            })
        })
    };
    let ending = move || read(state, |p| ending_within(&p.sustainability.funding, today(state), 6).len());
    view! {
        <article class="card">
            <h2><a href=Route::Stories.href()>{t(tr::nav::STORIES)}</a></h2>
            <p>{tw(move |w| {
                let (all, shareable) = stories();
                if all == 0 { w.get(tr::report_ui::NO_STORIES).to_string() } else { tr::report_ui::stories(w, all as i64, &w.integer(shareable as i128)) }
            })}</p>
            <CardAlert count=late text=|w, n| tr::report_ui::plan_overdue(w, n as i64)/>
        </article>
        <article class="card">
            <h2><a href=Route::Milestones.href()>{t(tr::nav::MILESTONES)}</a></h2>
            {move || if next().is_empty() {
                view! { <p>{t(tr::report_ui::NO_MILESTONES)}</p> }.into_any()
            } else {
                view! { <ul class="card-list">{next().into_iter().map(|(date, what)| view! {
                    <li>{tw(move |w| tr::report_ui::milestone(w, &w.date(date), &what))}</li>
                }).collect_view()}</ul> }.into_any()
            }}
            <CardAlert count=celebrate text=|w, n| tr::report_ui::to_celebrate(w, n as i64)/>
        </article>
        <article class="card">
            <h2><a href=Route::Sustainability.href()>{t(tr::nav::SUSTAINABILITY)}</a></h2>
            {move || match funding() {
                None => view! { <p>{t(tr::report_ui::NO_FUNDING)}</p> }.into_any(),
                Some((reading, share_bp, currency, funder)) => view! {
                    <p class=format!("reading-badge reading-{}", reading.key())>{t(reading.label_key())}</p>
                    <p>{tw(move |w| tr::report_ui::largest_share(w, &currency, &funder, &w.decimal(f64::from(share_bp) / 100.0, 1)))}</p>
                }.into_any(),
            }}
            <CardAlert count=ending text=|w, n| tr::report_ui::ending_soon(w, n as i64)/>
        </article>
        <article class="card">
            <h2><a href=Route::Report.href()>{t(tr::nav::REPORT)}</a></h2>
            <p>{t(tr::report_ui::CARD)}</p>
        </article>
    }
}

/// A card's warning line, shown only while `count` is above zero.
#[component]
fn CardAlert(count: impl Fn() -> usize + Send + Sync + Copy + 'static, text: impl Fn(&Words, usize) -> String + Send + Sync + Copy + 'static) -> impl IntoView {
    view! {
        <When when=move || { count() > 0 }>
            <p class="card-alert">{tw(move |w| text(w, count()))}</p>
        </When>
    }
}
