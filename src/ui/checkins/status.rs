//! When the next check-in is (and the cadence it follows), and the overdue action items.
use chrono::NaiveDate;
use leptos::prelude::*;
use uuid::Uuid;

use crate::model::checkins::{Cadence, CadenceUnit, NextCheckIn};
use crate::model::time::human_date;
use crate::ui::form::{FieldError, FormErrors, Found};
use crate::ui::state::AppState;

/// "Next check-in: 11 Dec 2026" or "Overdue since …", said in words the overview reuses.
pub fn describe_next(next: NextCheckIn) -> (String, bool) {
    match next {
        NextCheckIn::Unknown => ("Not planned: agree a cadence or plan a meeting.".into(), false),
        NextCheckIn::First => ("Hold your first check-in.".into(), false),
        NextCheckIn::On { date, overdue: false } => (format!("Next check-in: {}", human_date(date)), false),
        NextCheckIn::On { date, overdue: true } => (format!("Check-in overdue: was due {}", human_date(date)), true),
    }
}

#[component]
pub fn CadenceStatus() -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = state.now().date_naive();
    let next = Memo::new(move |_| state.current.with(|c| c.as_ref().map(|p| p.check_ins.next(today))));
    let cadence = Memo::new(move |_| state.current.with(|c| c.as_ref().and_then(|p| p.check_ins.cadence)));
    let start = cadence.get_untracked().unwrap_or(Cadence { every: 2, unit: CadenceUnit::Weeks });
    let every = RwSignal::new(start.every.to_string());
    let unit = RwSignal::new(start.unit);
    // A compact one-line form: its controls are drawn here, its message the kit's way.
    let errors = FormErrors::new("cadence");
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut found = Found::default();
        let n = match every.get_untracked().trim().parse::<u32>() {
            Ok(n) if (1..=365).contains(&n) => Some(n),
            _ => {
                found.push("every", "Give a whole number from 1 to 365.");
                None
            }
        };
        if let (Some(n), true) = (n, errors.show(found)) {
            let c = Cadence { every: n, unit: unit.get_untracked() };
            state.edit(None, move |p, _| p.check_ins.cadence = Some(c));
        }
    };
    view! {
        <article class="card next-check-in" aria-labelledby="next-heading">
            <h2 id="next-heading">"When we meet"</h2>
            {move || next.get().map(|n| {
                let (text, overdue) = describe_next(n);
                view! { <p class="next-line" class:flag-late=overdue data-testid="next-check-in">{text}</p> }
            })}
            <p class="hint">{move || cadence.get().map_or("No cadence agreed yet.".to_string(), |c| format!("You meet {}.", c.describe()))}</p>
            <form class="inline-form cadence-form" on:submit=submit aria-label="Cadence">
                <label for="cadence-every">"Meet every"</label>
                <input id=errors.id("every") type="number" min="1" max="365" class="narrow"
                    aria-describedby="cadence-error" aria-invalid=move || errors.at("every").map(|_| "true")
                    prop:value=every on:input=move |e| every.set(event_target_value(&e))/>
                <label for="cadence-unit" class="visually-hidden">"Unit"</label>
                <select id="cadence-unit" class="narrow" on:change=move |e| {
                    if let Some(u) = CadenceUnit::from_key(&event_target_value(&e)) { unit.set(u); }
                }>
                    {CadenceUnit::ALL.into_iter().map(|u| view! {
                        <option value=u.key() selected=move || unit.get() == u>{u.key()}</option>
                    }).collect_view()}
                </select>
                <button type="submit">"Save cadence"</button>
                <FieldError id="cadence-error".to_string() message=move || errors.at("every")/>
            </form>
        </article>
    }
}

/// An overdue action item as the lists show it: what, whose (if anyone's), how late.
#[derive(Clone, PartialEq)]
pub struct Late {
    pub text: String,
    pub owner: Option<String>,
    pub days: i64,
}

/// The overdue action items of the open partnership, in the model's order (tracked).
pub fn late_actions(state: AppState, today: NaiveDate) -> Vec<Late> {
    state.current.with(|c| {
        c.as_ref().map_or_else(Vec::new, |p| {
            let owner = |o: Option<Uuid>| o.map(|id| p.partner_name(id));
            let late = p.check_ins.overdue_actions(today).into_iter();
            late.map(|o| Late { owner: owner(o.action.owner), text: o.action.text, days: o.days_late }).collect()
        })
    })
}

#[component]
pub fn OverdueActions() -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = state.now().date_naive();
    let late = Memo::new(move |_| late_actions(state, today));
    view! {
        <article class="card overdue-actions" aria-labelledby="overdue-heading">
            <h2 id="overdue-heading">"Overdue action items"</h2>
            {move || if late.with(Vec::is_empty) {
                view! { <p class="flag flag-ok">"Nothing overdue."</p> }.into_any()
            } else {
                view! {
                    <ul class="late-list" data-testid="overdue-actions">
                        {late.get().into_iter().map(|l| view! {
                            <li><strong>{l.text}</strong>" · "{l.owner.unwrap_or_else(|| "No owner".into())}" · "
                                <span class="flag-late">{format!("{} day{} late", l.days, if l.days == 1 { "" } else { "s" })}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </article>
    }
}
