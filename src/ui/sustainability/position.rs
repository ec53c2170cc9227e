//! The funding position: concentration per currency with its plain-language reading,
//! funding that ends soon, and the runway chart.
use leptos::prelude::*;

use crate::model::report::runway_chart;
use crate::model::text::grouped;
use crate::model::money::format_money;
use crate::model::sustainability::{concentration, ending_within, runway, totals_by_currency, Concentration};
use crate::model::time::human_date;
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
            ending_within(&p.sustainability.funding, today(state), 6)
                .into_iter()
                .map(|f| format!("{}: {} ends {}", f.funder, f.amount, f.end.map(human_date).unwrap_or_default()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="tool-section" aria-labelledby="position-heading">
            <h2 id="position-heading">"Funding position"</h2>
            <When when=move || { currencies().len() > 1 }>
                <p class="hint">"Each currency is shown on its own: amounts in different currencies are never added together."</p>
            </When>
            <When when=move || !groups().is_empty() fallback=|| view! {
                <p class="hint">"Add confirmed funding sources to see how concentrated the funding is."</p>
            }>
                <div class="concentration-cards">
                    {move || groups().into_iter().map(|c| view! { <ConcentrationCard c=c/> }).collect_view()}
                </div>
            </When>
            <When when=move || !ending().is_empty()>
                <div class="ending-soon" role="group" aria-labelledby="ending-heading">
                    <h3 id="ending-heading">"Ending within six months"</h3>
                    <ul>{move || ending().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                </div>
            </When>
            {move || currencies().into_iter().map(|t| view! { <RunwayFigure currency=t.currency/> }).collect_view()}
        </section>
    }
}

#[component]
fn ConcentrationCard(c: Concentration) -> impl IntoView {
    view! {
        <article class=format!("concentration reading-{}", c.reading.key()) data-testid="concentration">
            <h3>{format!("{} funding", c.currency)}</h3>
            <p class="reading">{c.reading.label()}</p>
            <p>{c.reading.explanation()}</p>
            <dl>
                <dt>"Largest funder"</dt>
                <dd>{format!("{}: {}", c.largest_funder, c.largest_share_percent())}</dd>
                <dt>"Herfindahl index"</dt>
                <dd data-testid="hhi">{format!("{} of 10,000", grouped(c.hhi.into()))}</dd>
                <dt>"Confirmed, not yet ended"</dt>
                <dd>{format!("{} from {} funder{}", format_money(c.total, &c.currency), c.funders, if c.funders == 1 { "" } else { "s" })}</dd>
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
                <p class="hint">{format!("No dated {} funding in the next 18 months, so there is no runway to draw.", r.currency)}</p>
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
                        <summary>"The numbers behind the chart"</summary>
                        <div class="table-wrap">
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
