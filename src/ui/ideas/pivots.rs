//! The pivot log: every change of strategy, when, and why, most recent first.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::ui::helpers::read;
use crate::ui::i18n::{t, tw};
use crate::ui::state::AppState;

#[component]
pub fn PivotLog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let log = move || {
        read(state, |p| {
            p.ideas
                .pivot_log()
                .into_iter()
                .map(|v| {
                    let from = v.experiment_id.and_then(|e| p.ideas.experiments.iter().find(|x| x.id == e)).map(|e| e.title.clone());
                    (v.clone(), from)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="pivot-log" aria-labelledby="pivot-log">
            <h2 id="pivot-log" tabindex="-1">{t(tr::ideas::PIVOT_LOG_HEADING)}</h2>
            {move || {
                let log = log();
                if log.is_empty() {
                    return view! { <p class="hint">{t(tr::ideas::PIVOTS_EMPTY)}</p> }.into_any();
                }
                view! {
                    // Focusable, so that a table wider than a phone scrolls from the keyboard too.
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="pivot-log">
                        <table class="pivot-table">
                            <thead><tr>
                                <th scope="col">{t(tr::ideas::COL_DATE)}</th><th scope="col">{t(tr::ideas::COL_CHANGED)}</th>
                                <th scope="col">{t(tr::ideas::WHY)}</th><th scope="col">{t(tr::ideas::COL_FROM)}</th>
                            </tr></thead>
                            <tbody>
                                {log.into_iter().map(|(v, from)| view! {
                                    <tr>
                                        <td class="nowrap">{tw(move |w| w.date(v.date))}</td>
                                        <td>{v.what_changed}</td>
                                        <td>{v.why}</td>
                                        <td>{from.unwrap_or_else(|| "–".into())}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}
