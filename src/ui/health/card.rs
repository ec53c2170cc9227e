//! The health check on the overview: the latest result and its weakest practice.
use leptos::prelude::*;

use crate::model::time::human_date;
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
            let disagreements: Vec<&str> =
                cmp.rows.iter().filter(|r| r.now.disagreement()).map(|r| r.now.practice.label()).collect();
            Some((
                if waiting == 0 {
                    format!("{} ({})", round.name, human_date(round.held_on))
                } else {
                    format!("{} ({}): {waiting} partner(s) still to rate", round.name, human_date(round.held_on))
                },
                cmp.overall().unwrap_or_default(),
                weakest.practice.label(),
                weakest.average.unwrap_or_default(),
                disagreements,
            ))
        })
    });
    view! {
        <article class="card trust-card" data-testid="health-card">
            <h2><a href=Route::Health.href()>"Health check"</a></h2>
            {move || match info.get() {
                None => view! {
                    <p>"No ratings yet. "<a href=Route::Health.href()>"Run a health check round"</a>"."</p>
                }.into_any(),
                Some((round, overall, weakest, low, disagreements)) => view! {
                    <p class="big-number">{format!("{overall:.1}")}<span class="out-of">" / 5"</span></p>
                    <p>{round}</p>
                    <p>"Weakest practice: "<strong data-testid="overview-weakest">{weakest}</strong>{format!(" ({low:.1})")}</p>
                    {(!disagreements.is_empty()).then(|| view! {
                        <p class="flag flag-warn">{format!("Partners disagree on: {}.", disagreements.join(", "))}</p>
                    })}
                }.into_any(),
            }}
        </article>
    }
}
