//! Check-ins on the overview: the next check-in and the overdue action items.
use leptos::prelude::*;

use super::status::describe_next;
use crate::ui::routes::Route;
use crate::ui::state::AppState;

#[component]
pub fn CheckInsCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = state.now().date_naive();
    let info = Memo::new(move |_| {
        state.current.with(|c| {
            c.as_ref().map(|p| {
                let late: Vec<(String, String)> = p
                    .check_ins
                    .overdue_actions(today)
                    .into_iter()
                    .map(|o| (o.action.text, o.action.owner.map(|id| p.partner_name(id)).unwrap_or_default()))
                    .collect();
                (describe_next(p.check_ins.next(today)), late)
            })
        })
    });
    view! {
        <article class="card trust-card" data-testid="check-ins-card">
            <h2><a href=Route::CheckIns.href()>"Check-ins"</a></h2>
            {move || info.get().map(|((next, late_check_in), late)| view! {
                <p class="next-line" class:flag-late=late_check_in>{next}</p>
                {if late.is_empty() {
                    view! { <p class="flag flag-ok">"No overdue action items."</p> }.into_any()
                } else {
                    view! {
                        <p class="flag flag-late">{format!("{} overdue action item{}", late.len(), if late.len() == 1 { "" } else { "s" })}</p>
                        <ul class="late-list">
                            {late.into_iter().take(3).map(|(text, owner)| view! {
                                <li>{text}{(!owner.is_empty()).then(|| format!(" ({owner})"))}</li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            })}
        </article>
    }
}
