//! When the next check-in is (and the cadence it follows), and the overdue action items.
use chrono::NaiveDate;
use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::{tr, Key, Words};
use crate::model::checkins::{Cadence, CadenceUnit, NextCheckIn};
use crate::ui::form::{FieldError, FormErrors, Found};
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;

/// "Next check-in: 11 Dec 2026" or "Overdue since …", said in words the overview reuses.
pub fn describe_next(w: &Words, next: NextCheckIn) -> (String, bool) {
    match next {
        NextCheckIn::Unknown => (w.get(tr::checkins::NOT_PLANNED).to_string(), false),
        NextCheckIn::First => (w.get(tr::checkins::FIRST).to_string(), false),
        NextCheckIn::On { date, overdue: false } => (tr::checkins::next_on(w, &w.date(date)), false),
        NextCheckIn::On { date, overdue: true } => (tr::checkins::overdue_since(w, &w.date(date)), true),
    }
}

/// A cadence unit as the form offers it.
fn unit_label(u: CadenceUnit) -> Key {
    match u {
        CadenceUnit::Days => tr::checkins::unit::DAYS,
        CadenceUnit::Weeks => tr::checkins::unit::WEEKS,
        CadenceUnit::Months => tr::checkins::unit::MONTHS,
    }
}

#[component]
pub fn CadenceStatus() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
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
                found.push("every", i.now(|w| w.get(tr::checkins::EVERY_RANGE).to_string()));
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
            <h2 id="next-heading">{t(tr::checkins::WHEN_WE_MEET)}</h2>
            {move || next.get().map(|n| {
                let (text, overdue) = i.with(|w| describe_next(w, n));
                view! { <p class="next-line" class:flag-late=overdue data-testid="next-check-in">{text}</p> }
            })}
            <p class="hint">{tw(move |w| cadence.get().map_or_else(
                || w.get(tr::checkins::NO_CADENCE).to_string(),
                |c| tr::checkins::you_meet(w, &c.describe(w)),
            ))}</p>
            <form class="inline-form cadence-form" on:submit=submit aria-label=t(tr::checkins::CADENCE)>
                <label for="cadence-every">{t(tr::checkins::MEET_EVERY)}</label>
                <input id=errors.id("every") type="number" min="1" max="365" class="narrow"
                    aria-describedby="cadence-error" aria-invalid=move || errors.at("every").map(|_| "true")
                    prop:value=every on:input=move |e| every.set(event_target_value(&e))/>
                <label for="cadence-unit" class="visually-hidden">{t(tr::checkins::UNIT_LABEL)}</label>
                <select id="cadence-unit" class="narrow" on:change=move |e| {
                    if let Some(u) = CadenceUnit::from_key(&event_target_value(&e)) { unit.set(u); }
                }>
                    {CadenceUnit::ALL.into_iter().map(|u| view! {
                        <option value=u.key() selected=move || unit.get() == u>{t(unit_label(u))}</option>
                    }).collect_view()}
                </select>
                <button type="submit">{t(tr::checkins::SAVE_CADENCE)}</button>
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
            <h2 id="overdue-heading">{t(tr::checkins::OVERDUE_HEADING)}</h2>
            {move || if late.with(Vec::is_empty) {
                view! { <p class="flag flag-ok">{t(tr::checkins::NOTHING_OVERDUE)}</p> }.into_any()
            } else {
                view! {
                    <ul class="late-list" data-testid="overdue-actions">
                        {late.get().into_iter().map(|l| view! {
                            <li><strong>{l.text}</strong>" · "{match l.owner { Some(o) => o.into_any(), None => t(tr::checkins::NO_OWNER).into_any() }}" · "
                                <span class="flag-late">{tw(move |w| tr::checkins::days_late(w, l.days))}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </article>
    }
}
