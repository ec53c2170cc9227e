//! A round's results: a summary sentence, a bar chart of the average per practice (with the
//! spread between partners and the previous round's average), and the same numbers as a table.
use leptos::prelude::*;
use uuid::Uuid;

use crate::model::health::{ComparedPractice, Comparison, MAX_SCORE};

// Each row stacks, top to bottom: this round's average, the previous round's (thin, grey)
// and the spread between partners (a whisker), so no mark is drawn over another.
const WIDTH: f64 = 980.0;
const LABEL_W: f64 = 290.0;
const BAR_W: f64 = 440.0;
const ROW_H: f64 = 62.0;
const TOP: f64 = 34.0;

fn x_of(score: f64) -> f64 {
    LABEL_W + score / f64::from(MAX_SCORE) * BAR_W
}

#[component]
pub fn Results(round: Uuid) -> impl IntoView {
    let state = expect_context::<crate::ui::state::AppState>();
    let cmp = Memo::new(move |_| state.current.with(|c| c.as_ref().and_then(|p| p.health.compare(round))));
    view! {
        {move || cmp.get().map(|cmp| {
            if cmp.overall().is_none() {
                return view! { <p class="hint results-empty">"No ratings in this round yet: enter them below, one partner after another."</p> }.into_any();
            }
            view! {
                <section class="card health-results" aria-labelledby="results-heading">
                    <h2 id="results-heading">"Results"</h2>
                    <Summary cmp=cmp.clone()/>
                    <Chart cmp=cmp.clone()/>
                    <ResultsTable cmp=cmp/>
                </section>
            }.into_any()
        })}
    }
}

#[component]
fn Summary(cmp: Comparison) -> impl IntoView {
    let weakest = cmp.weakest();
    let flagged: Vec<&str> = cmp.rows.iter().filter(|r| r.now.disagreement()).map(|r| r.now.practice.label()).collect();
    view! {
        <p class="results-summary">
            {cmp.overall().map(|o| format!("Overall {o:.1} of 5. "))}
            {weakest.map(|w| view! {
                <span data-testid="weakest">"Weakest practice: "<strong>{w.practice.label()}</strong>
                    {w.average.map(|a| format!(" ({a:.1})"))}"."</span>
            })}
        </p>
        {(!flagged.is_empty()).then(|| view! {
            <p class="flag flag-warn">{format!("Partners disagree (2 points or more apart) on: {}. Talk about why.", flagged.join(", "))}</p>
        })}
    }
}

#[component]
fn Chart(cmp: Comparison) -> impl IntoView {
    let weakest = cmp.weakest().map(|w| w.practice);
    let height = TOP + ROW_H * cmp.rows.len() as f64 + 40.0;
    let description = cmp
        .rows
        .iter()
        .filter_map(|r| r.now.average.map(|a| format!("{} {a:.1}", r.now.practice.label())))
        .collect::<Vec<_>>()
        .join("; ");
    let label = format!(
        "Average rating per practice, out of 5. {description}.{}",
        weakest.map(|w| format!(" Weakest: {}.", w.label())).unwrap_or_default()
    );
    let has_previous = cmp.previous.is_some();
    let title = label.clone();
    view! {
        <svg class="practice-chart" viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=label
            preserveAspectRatio="xMinYMin meet">
            <title>{title}</title>
            {(0..=MAX_SCORE).map(|v| {
                let x = x_of(f64::from(v));
                view! {
                    <line class="grid" x1=x x2=x y1=TOP - 8.0 y2=height - 34.0/>
                    <text class="axis" x=x y=TOP - 14.0 text-anchor="middle">{v.to_string()}</text>
                }
            }).collect_view()}
            {cmp.rows.iter().enumerate().map(|(i, r)| view! {
                <Row row=*r y=TOP + ROW_H * i as f64 weakest=weakest == Some(r.now.practice)/>
            }).collect_view()}
            <g class="legend" transform=format!("translate({LABEL_W}, {})", height - 14.0)>
                <rect class="bar" x="0" y="-12" width="16" height="14"/>
                <text x="22" y="0">"average"</text>
                {has_previous.then(|| view! {
                    <rect class="previous" x="100" y="-9" width="24" height="7"/>
                    <text x="130" y="0">"previous round"</text>
                })}
                <g class="spread"><line x1="270" x2="310" y1="-5" y2="-5"/><line x1="270" x2="270" y1="-11" y2="1"/><line x1="310" x2="310" y1="-11" y2="1"/></g>
                <text x="318" y="0">"lowest to highest partner"</text>
            </g>
        </svg>
    }
}

#[component]
fn Row(row: ComparedPractice, y: f64, weakest: bool) -> impl IntoView {
    let mid = y + 19.0;
    let whisker = y + 50.0;
    let r = row.now;
    view! {
        <g class="chart-row" class:weakest=weakest>
            <text class="row-label" x=LABEL_W - 12.0 y=mid + 6.0 text-anchor="end">{r.practice.label()}</text>
            {r.average.map(|a| view! {
                <rect class="bar" x=LABEL_W y=y + 6.0 width=x_of(a) - LABEL_W height="26" rx="3"/>
                <text class="value" x=x_of(f64::from(MAX_SCORE)) + 12.0 y=mid + 6.0>
                    {format!("{a:.1}")}{row.change.map(|c| format!(" ({c:+.1})"))}
                </text>
            })}
            {r.spread.map(|s| view! {
                <g class="spread" class:wide=s.is_disagreement()>
                    <line x1=x_of(s.low) x2=x_of(s.high) y1=whisker y2=whisker/>
                    <line x1=x_of(s.low) x2=x_of(s.low) y1=whisker - 6.0 y2=whisker + 6.0/>
                    <line x1=x_of(s.high) x2=x_of(s.high) y1=whisker - 6.0 y2=whisker + 6.0/>
                </g>
            })}
            {row.before.map(|b| view! {
                <rect class="previous" x=LABEL_W y=y + 35.0 width=x_of(b) - LABEL_W height="7" rx="2"/>
            })}
            {r.disagreement().then(|| view! {
                <text class="disagree" x=WIDTH - 4.0 y=mid + 6.0 text-anchor="end">"⚠ disagree"</text>
            })}
        </g>
    }
}

#[component]
fn ResultsTable(cmp: Comparison) -> impl IntoView {
    let one = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v:.1}"));
    view! {
        <div class="table-wrap">
            <table class="results-table">
                <caption>"Results per practice"</caption>
                <thead><tr>
                    <th scope="col">"Practice"</th><th scope="col">"Average"</th>
                    <th scope="col">"Change since last round"</th><th scope="col">"Spread (lowest–highest partner)"</th>
                    <th scope="col">"Partners"</th>
                </tr></thead>
                <tbody>
                    {cmp.rows.iter().map(|r| view! {
                        <tr class:flagged=r.now.disagreement()>
                            <th scope="row">{r.now.practice.label()}</th>
                            <td>{one(r.now.average)}</td>
                            <td>{r.change.map_or("–".to_string(), |c| format!("{c:+.1}"))}</td>
                            <td>
                                {r.now.spread.map_or("–".to_string(), |s| format!("{:.1}–{:.1}", s.low, s.high))}
                                {r.now.disagreement().then(|| view! { <span class="flag flag-warn">" disagree"</span> })}
                            </td>
                            <td>{r.now.partners}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
