//! The overview's cards for stories, milestones, sustainability and the report.
use leptos::prelude::*;

use crate::model::learning::{next_milestones, to_celebrate};
use crate::model::stories::{overdue, reportable};
use crate::model::sustainability::{concentration, ending_within, headline};
use crate::model::time::human_date;
use crate::ui::routes::Route;
use crate::ui::state::AppState;
use crate::ui::helpers::{read, today};
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
                .map(|m| format!("{}: {}", human_date(m.date), m.what))
                .collect::<Vec<_>>()
        })
    };
    let celebrate = move || read(state, |p| to_celebrate(&p.learning.milestones).len());
    let funding = move || {
        read(state, |p| {
            let all = concentration(&p.sustainability.funding, today(state));
            headline(&all).map(|c| {
                (c.reading, format!("{} of {} from {}", c.largest_share_percent(), c.currency, c.largest_funder))
            })
        })
    };
    let ending = move || read(state, |p| ending_within(&p.sustainability.funding, today(state), 6).len());
    view! {
        <article class="card">
            <h2><a href=Route::Stories.href()>"Stories"</a></h2>
            <p>{move || {
                let (all, shareable) = stories();
                if all == 0 { "No stories yet: collect one per partner.".to_string() } else { format!("{all} stories, {shareable} with consent to share.") }
            }}</p>
            <CardAlert count=late text=|n| format!("{n} planned communication{} overdue", if n == 1 { " is" } else { "s are" })/>
        </article>
        <article class="card">
            <h2><a href=Route::Milestones.href()>"Milestones"</a></h2>
            {move || if next().is_empty() {
                view! { <p>"No upcoming milestones."</p> }.into_any()
            } else {
                view! { <ul class="card-list">{next().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }.into_any()
            }}
            <CardAlert count=celebrate text=|n| format!("{n} reached, waiting to be celebrated")/>
        </article>
        <article class="card">
            <h2><a href=Route::Sustainability.href()>"Sustainability"</a></h2>
            {move || match funding() {
                None => view! { <p>"No confirmed funding recorded."</p> }.into_any(),
                Some((reading, text)) => view! {
                    <p class=format!("reading-badge reading-{}", reading.key())>{reading.label()}</p>
                    <p>{text}</p>
                }.into_any(),
            }}
            <CardAlert count=ending text=|n| format!("{n} source{} ending within six months", if n == 1 { "" } else { "s" })/>
        </article>
        <article class="card">
            <h2><a href=Route::Report.href()>"Report"</a></h2>
            <p>"A progress report for funders, the community or partners: print it, or download it as HTML or Markdown."</p>
        </article>
    }
}

/// A card's warning line, shown only while `count` is above zero.
#[component]
fn CardAlert(count: impl Fn() -> usize + Send + Sync + Copy + 'static, text: impl Fn(usize) -> String + Send + Sync + Copy + 'static) -> impl IntoView {
    view! {
        <When when=move || { count() > 0 }>
            <p class="card-alert">{move || text(count())}</p>
        </When>
    }
}
