//! Check-ins on the overview: the next check-in and the overdue action items.
use leptos::prelude::*;

use super::status::{describe_next, late_actions};
use crate::i18n::tr;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::routes::Route;
use crate::ui::state::AppState;

#[component]
pub fn CheckInsCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let today = state.now().date_naive();
    let next = Memo::new(move |_| state.current.with(|c| c.as_ref().map(|p| i.with(|w| describe_next(w, p.check_ins.next(today))))));
    let late = Memo::new(move |_| late_actions(state, today));
    view! {
        <article class="card trust-card" data-testid="check-ins-card">
            <h2><a href=Route::CheckIns.href()>{t(tr::route::CHECK_INS)}</a></h2>
            {move || next.get().map(|(next, late_check_in)| view! {
                <p class="next-line" class:flag-late=late_check_in>{next}</p>
                {let late = late.get(); if late.is_empty() {
                    view! { <p class="flag flag-ok">{t(tr::checkins::NO_OVERDUE_ACTIONS)}</p> }.into_any()
                } else {
                    view! {
                        <p class="flag flag-late">{let n = late.len() as i64; tw(move |w| tr::checkins::overdue_actions(w, n))}</p>
                        <ul class="late-list">
                            {late.into_iter().take(3).map(|l| view! {
                                <li>{l.text}{l.owner.map(|o| format!(" ({o})"))}</li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            })}
        </article>
    }
}
