//! Choosing which round to look at, and starting a new one.
use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::tr;
use crate::model::health::HealthRound;
use crate::model::time::iso_date;
use crate::ui::form::{submit_new, DateField, FormErrors, Found, SubmitCancel, TextField};
use crate::ui::i18n::{t, I18n};
use crate::ui::state::AppState;

#[component]
pub fn RoundPicker(current: Uuid, on_pick: impl Fn(Uuid) + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let rounds = Memo::new(move |_| {
        state.current.with(|c| {
            c.as_ref().map_or_else(Vec::new, |p| {
                i.with(|w| {
                    p.health
                        .rounds_in_order()
                        .into_iter()
                        .rev()
                        .map(|r| (r.id, tr::health::round_option(w, r.ratings.len() as i64, &w.date(r.held_on), &r.name)))
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    view! {
        <div class="inline-form round-picker">
            <label for="round-picker">{t(tr::health::ROUND)}</label>
            <select id="round-picker" on:change=move |e| {
                if let Ok(id) = Uuid::parse_str(&event_target_value(&e)) { on_pick(id); }
            }>
                {move || rounds.get().into_iter().map(|(id, label)| view! {
                    <option value=id.to_string() selected=id == current>{label}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
pub fn NewRoundForm(on_done: impl Fn(Option<Uuid>) + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let today = state.now().date_naive();
    let name = RwSignal::new(i.now(|w| tr::health::default_name(w, &w.date(today))));
    let date = RwSignal::new(iso_date(today));
    let errors = FormErrors::new("round");
    let read = move |found: &mut Found| {
        let n = found.required("name", &name.get_untracked(), &i.now(|w| w.get(tr::health::GIVE_NAME).to_string()));
        let held_on = found.required_date("date", &date.get_untracked(), &i.now(|w| w.get(tr::health::GIVE_DAY).to_string()));
        Some(HealthRound::new(n, held_on?, state.now()))
    };
    let submit = submit_new(errors, read, move |round| {
        let id = round.id;
        state.edit(None, move |p, now| p.add_health_round(round, now));
        on_done(Some(id));
    });
    view! {
        <form class="card round-form" on:submit=submit aria-label=t(tr::health::NEW_ROUND)>
            <h2>{t(tr::health::NEW_ROUND)}</h2>
            <TextField form=errors field="name" label=t(tr::health::NAME) value=name/>
            <DateField form=errors field="date" label=t(tr::health::HELD_ON) value=date/>
            <SubmitCancel submit=t(tr::health::START_ROUND) on_cancel=move || on_done(None)/>
        </form>
    }
}
