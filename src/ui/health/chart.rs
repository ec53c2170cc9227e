//! A round's results: a summary sentence, a bar chart of the average per practice (with the
//! spread between partners, or between answers in an anonymous round, and the previous
//! round's average), and the same numbers as a table. Averages always show one decimal
//! (3.0, not 3), so that a column of them lines up and reads as the average it is.
use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::{tr, Words};
use crate::model::health::{ComparedPractice, Comparison, MAX_SCORE};
use crate::ui::i18n::{t, tw};

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

/// A change between rounds with its sign: +0.5, -1.2 (or -1,2), 0.0.
fn signed(w: &Words, change: f64) -> String {
    let n = w.fixed(change, 1);
    if change > 0.0 && n.bytes().any(|b| (b'1'..=b'9').contains(&b)) { format!("+{n}") } else { n }
}

/// An average, with its one decimal: 3.0, 2,5.
fn avg(w: &Words, a: f64) -> String {
    w.fixed(a, 1)
}

#[component]
pub fn Results(round: Uuid) -> impl IntoView {
    let state = expect_context::<crate::ui::state::AppState>();
    let cmp = Memo::new(move |_| state.current.with(|c| c.as_ref().and_then(|p| p.health.compare(round))));
    view! {
        {move || cmp.get().map(|cmp| {
            if cmp.overall().is_none() {
                return view! { <p class="hint results-empty">{t(tr::health::NO_RATINGS_IN_ROUND)}</p> }.into_any();
            }
            view! {
                <section class="card health-results" aria-labelledby="results-heading">
                    <h2 id="results-heading">{t(tr::health::RESULTS)}</h2>
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
    let flagged: Vec<_> = cmp.rows.iter().filter(|r| r.now.disagreement()).map(|r| r.now.practice).collect();
    let anonymous = cmp.anonymous;
    view! {
        <p class="results-summary">
            {cmp.overall().map(|o| tw(move |w| tr::health::overall(w, &avg(w, o))))}
            {weakest.map(|weak| view! {
                " "<span data-testid="weakest">{t(tr::health::WEAKEST)}" "<strong>{t(weak.practice.label_key())}</strong>
                    {weak.average.map(|a| tw(move |w| format!(" ({})", avg(w, a))))}"."</span>
            })}
        </p>
        {(!flagged.is_empty()).then(|| view! {
            <p class="flag flag-warn">{tw(move |w| {
                let names = flagged.iter().map(|p| w.get(p.label_key())).collect::<Vec<_>>().join(", ");
                if anonymous { tr::health::anon::differ_talk(w, &names) } else { tr::health::disagree_talk(w, &names) }
            })}</p>
        })}
    }
}

#[component]
fn Chart(cmp: Comparison) -> impl IntoView {
    let weakest = cmp.weakest().map(|w| w.practice);
    let height = TOP + ROW_H * cmp.rows.len() as f64 + 40.0;
    let averages: Vec<_> = cmp.rows.iter().filter_map(|r| r.now.average.map(|a| (r.now.practice, a))).collect();
    let label = tw(move |w| {
        let description = averages.iter().map(|(p, a)| format!("{} {}", w.get(p.label_key()), avg(w, *a))).collect::<Vec<_>>().join("; ");
        let mut text = tr::health::chart_label(w, &description);
        if let Some(weak) = weakest {
            text = format!("{text} {}", tr::health::chart_weakest(w, w.get(weak.label_key())));
        }
        text
    });
    let has_previous = cmp.previous.is_some();
    let spread = if cmp.anonymous { tr::health::anon::LEGEND_SPREAD } else { tr::health::LEGEND_SPREAD };
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
                <text x="22" y="0">{t(tr::health::LEGEND_AVERAGE)}</text>
                {has_previous.then(|| view! {
                    <rect class="previous" x="100" y="-9" width="24" height="7"/>
                    <text x="130" y="0">{t(tr::health::LEGEND_PREVIOUS)}</text>
                })}
                <g class="spread"><line x1="270" x2="310" y1="-5" y2="-5"/><line x1="270" x2="270" y1="-11" y2="1"/><line x1="310" x2="310" y1="-11" y2="1"/></g>
                <text x="318" y="0">{t(spread)}</text>
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
            <text class="row-label" x=LABEL_W - 12.0 y=mid + 6.0 text-anchor="end">{t(r.practice.label_key())}</text>
            {r.average.map(|a| view! {
                <rect class="bar" x=LABEL_W y=y + 6.0 width=x_of(a) - LABEL_W height="26" rx="3"/>
                <text class="value" x=x_of(f64::from(MAX_SCORE)) + 12.0 y=mid + 6.0>
                    {tw(move |w| avg(w, a))}{row.change.map(|c| tw(move |w| format!(" ({})", signed(w, c))))}
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
                <text class="disagree" x=WIDTH - 4.0 y=mid + 6.0 text-anchor="end">"⚠ "{t(tr::health::DISAGREE)}</text>
            })}
        </g>
    }
}

#[component]
fn ResultsTable(cmp: Comparison) -> impl IntoView {
    let one = |v: Option<f64>| tw(move |w| v.map_or("–".to_string(), |v| avg(w, v)));
    let anonymous = cmp.anonymous;
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=t(tr::health::TABLE_CAPTION)>
            <table class="results-table">
                <caption>{t(tr::health::TABLE_CAPTION)}</caption>
                <thead><tr>
                    <th scope="col">{t(tr::health::PRACTICE)}</th><th scope="col">{t(tr::health::AVERAGE)}</th>
                    <th scope="col">{t(tr::health::CHANGE)}</th><th scope="col">{t(if anonymous { tr::health::anon::SPREAD } else { tr::health::SPREAD })}</th>
                    <th scope="col">{t(if anonymous { tr::health::anon::ANSWERS } else { tr::health::PARTNERS })}</th>
                </tr></thead>
                <tbody>
                    {cmp.rows.iter().map(|r| view! {
                        <tr class:flagged=r.now.disagreement()>
                            <th scope="row">{t(r.now.practice.label_key())}</th>
                            <td>{one(r.now.average)}</td>
                            <td>{{ let c = r.change; tw(move |w| c.map_or("–".to_string(), |c| signed(w, c))) }}</td>
                            <td>
                                {{ let s = r.now.spread; tw(move |w| s.map_or("–".to_string(), |s| format!("{}–{}", w.fixed(s.low, 1), w.fixed(s.high, 1)))) }}
                                {r.now.disagreement().then(|| view! { <span class="flag flag-warn">" "{t(tr::health::DISAGREE)}</span> })}
                            </td>
                            <td>{{ let n = r.now.partners; tw(move |w| w.integer(n as i128)) }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
