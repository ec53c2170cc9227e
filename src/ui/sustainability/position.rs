//! The funding position: concentration per currency with its plain-language reading,
//! funding that ends soon, and the runway chart.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::report::runway_chart;
use crate::model::sustainability::{concentration, ending_within, runway, totals_by_currency, Concentration};
use crate::ui::i18n::{t, tw};
use crate::ui::state::AppState;
use crate::ui::helpers::{read, today};
use crate::ui::widgets::When;

#[component]
pub fn Position() -> impl IntoView {
    let state = expect_context::<AppState>();
    let groups = move || read(state, |p| concentration(&p.sustainability.funding, today(state)));
    let currencies = move || read(state, |p| totals_by_currency(&p.sustainability.funding, today(state)));
    let ending = move || {
        read(state, |p| {
            ending_within(&p.sustainability.funding, today(state), 6).into_iter().map(|f| (f.funder.clone(), f.amount.clone(), f.end)).collect::<Vec<_>>()
        })
    };
    view! {
        <section class="tool-section" aria-labelledby="position-heading">
            <h2 id="position-heading">{t(tr::sustainability::POSITION)}</h2>
            <When when=move || { currencies().len() > 1 }>
                <p class="hint">{t(tr::sustainability::CURRENCIES_APART)}</p>
            </When>
            <When when=move || !groups().is_empty() fallback=|| view! {
                <p class="hint">{t(tr::sustainability::ADD_CONFIRMED)}</p>
            }>
                <div class="concentration-cards">
                    {move || groups().into_iter().map(|c| view! { <ConcentrationCard c=c/> }).collect_view()}
                </div>
            </When>
            <When when=move || !ending().is_empty()>
                <div class="ending-soon" role="group" aria-labelledby="ending-heading">
                    <h3 id="ending-heading">{t(tr::sustainability::ENDING_SOON)}</h3>
                    <ul>{move || ending().into_iter().map(|(funder, amount, end)| view! {
                        <li>{tw(move |w| tr::sustainability::ending_item(w, &w.money(amount.minor, &amount.currency), &end.map(|d| w.date(d)).unwrap_or_default(), &funder))}</li>
                    }).collect_view()}</ul>
                </div>
            </When>
            {move || currencies().into_iter().map(|t| view! { <RunwayFigure currency=t.currency/> }).collect_view()}
        </section>
    }
}

#[component]
fn ConcentrationCard(c: Concentration) -> impl IntoView {
    let currency = c.currency.clone();
    let heading = tw(move |w| tr::sustainability::currency_funding(w, &currency));
    // Tenths of a percent, rounded as the model's `percent` rounds them.
    let (funder, tenths) = (c.largest_funder.clone(), (c.largest_share_bp + 5) / 10);
    let largest = tw(move |w| tr::sustainability::funder_share(w, &funder, &tr::sustainability::percent(w, &w.decimal(f64::from(tenths) / 10.0, 1))));
    let hhi = c.hhi;
    let (total, currency, funders) = (c.total, c.currency.clone(), c.funders);
    let confirmed = tw(move |w| tr::sustainability::from_funders(w, funders as i64, &w.money(total, &currency)));
    view! {
        <article class=format!("concentration reading-{}", c.reading.key()) data-testid="concentration">
            <h3>{heading}</h3>
            <p class="reading">{t(c.reading.label_key())}</p>
            <p>{t(c.reading.explanation_key())}</p>
            <dl>
                <dt>{t(tr::sustainability::LARGEST_FUNDER)}</dt>
                <dd>{largest}</dd>
                <dt>{t(tr::sustainability::HHI)}</dt>
                <dd data-testid="hhi">{tw(move |w| tr::sustainability::hhi_of(w, &w.integer(hhi.into()), &w.integer(10_000)))}</dd>
                <dt>{t(tr::sustainability::CONFIRMED_RUNNING)}</dt>
                <dd>{confirmed}</dd>
            </dl>
        </article>
    }
}

/// The runway of one currency, 18 months from this one, with its numbers under a toggle.
#[component]
pub fn RunwayFigure(currency: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let runway = move || read(state, |p| Some(runway(&p.sustainability.funding, &currency, today(state), 18)));
    move || {
        let r = runway()?;
        if r.months.iter().all(|m| m.confirmed == 0 && m.hoped_for == 0) {
            return Some(view! {
                <p class="hint">{tw(move |w| tr::sustainability::no_runway(w, &r.currency))}</p>
            }.into_any());
        }
        Some(expect_context::<crate::ui::i18n::I18n>().with(|w| runway_chart(&r, w))).map(|c| {
            let table = c.table.clone().unwrap_or_else(|| crate::model::report::Table { caption: String::new(), headers: vec![], rows: vec![] });
            view! {
                <figure class="runway">
                    // The SVG is drawn by the model, which escapes every text in it; it is the
                    // same markup the standalone report embeds.
                    <div class="chart-box" inner_html=c.svg.clone()></div>
                    <figcaption>{c.alt.clone()}</figcaption>
                    <details>
                        <summary>{t(tr::sustainability::NUMBERS_BEHIND)}</summary>
                        <div class="table-wrap" tabindex="0" role="region" aria-label=t(tr::route::SUSTAINABILITY)>
                            <table>
                                <caption>{table.caption.clone()}</caption>
                                <thead><tr>{table.headers.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}</tr></thead>
                                <tbody>{table.rows.iter().map(|r| view! {
                                    <tr>{r.iter().map(|c| view! { <td>{c.clone()}</td> }).collect_view()}</tr>
                                }).collect_view()}</tbody>
                            </table>
                        </div>
                    </details>
                </figure>
            }.into_any()
        })
    }
}
