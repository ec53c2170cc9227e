//! The health check on the overview: the latest result and its weakest practice.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::ui::i18n::{t, tw};
use crate::ui::routes::Route;
use crate::ui::state::AppState;

#[component]
pub fn HealthCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let info = Memo::new(move |_| {
        state.current.with(|c| {
            let p = c.as_ref()?;
            let (round, cmp) = p.health.latest_result()?;
            let waiting = round.waiting_for(&p.partners).len();
            let weakest = cmp.weakest()?;
            let disagreements: Vec<_> = cmp.rows.iter().filter(|r| r.now.disagreement()).map(|r| r.now.practice).collect();
            Some((
                (round.name.clone(), round.held_on, waiting, round.anonymous),
                cmp.overall().unwrap_or_default(),
                weakest.practice,
                weakest.average.unwrap_or_default(),
                disagreements,
            ))
        })
    });
    view! {
        <article class="card trust-card" data-testid="health-card">
            <h2><a href=Route::Health.href()>{t(tr::route::HEALTH)}</a></h2>
            {move || match info.get() {
                None => view! {
                    <p>{t(tr::health::NO_RATINGS)}" "<a href=Route::Health.href()>{t(tr::health::RUN_ROUND)}</a></p>
                }.into_any(),
                Some(((name, held_on, waiting, anonymous), overall, weakest, low, disagreements)) => {
                    view! {
                        <p class="big-number">{tw(move |w| w.fixed(overall, 1))}<span class="out-of">" / 5"</span></p>
                        <p>{tw(move |w| {
                            let round = tr::health::round_on(w, &w.date(held_on), &name);
                            if waiting == 0 { round } else { tr::health::round_waiting(w, waiting as i64, &round) }
                        })}</p>
                        <p>{t(tr::health::WEAKEST)}" "<strong data-testid="overview-weakest">{t(weakest.label_key())}</strong>{tw(move |w| format!(" ({})", w.fixed(low, 1)))}</p>
                        {(!disagreements.is_empty()).then(|| view! {
                            <p class="flag flag-warn">{tw(move |w| {
                                let names = disagreements.iter().map(|p| w.get(p.label_key())).collect::<Vec<_>>().join(", ");
                                if anonymous { tr::health::anon::differ_on(w, &names) } else { tr::health::disagree_on(w, &names) }
                            })}</p>
                        })}
                    }.into_any()
                }
            }}
        </article>
    }
}
