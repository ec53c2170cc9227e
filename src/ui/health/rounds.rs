//! Choosing which round to look at, and starting a new one.
use leptos::prelude::*;
use uuid::Uuid;

use crate::model::health::HealthRound;
use crate::model::time::{human_date, iso_date};
use crate::ui::form::{submit_new, DateField, FormErrors, Found, SubmitCancel, TextField};
use crate::ui::state::AppState;

#[component]
pub fn RoundPicker(current: Uuid, on_pick: impl Fn(Uuid) + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rounds = Memo::new(move |_| {
        state.current.with(|c| {
            c.as_ref().map_or_else(Vec::new, |p| {
                p.health
                    .rounds_in_order()
                    .into_iter()
                    .rev()
                    .map(|r| (r.id, format!("{} ({}, {} partners)", r.name, human_date(r.held_on), r.ratings.len())))
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <div class="inline-form round-picker">
            <label for="round-picker">"Round"</label>
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
    let today = state.now().date_naive();
    let name = RwSignal::new(format!("Health check, {}", crate::model::time::long_month_year(today)));
    let date = RwSignal::new(iso_date(today));
    let errors = FormErrors::new("round");
    let read = move |found: &mut Found| {
        let n = found.required("name", &name.get_untracked(), "Give the round a name.");
        let held_on = found.required_date("date", &date.get_untracked(), "Give the day of the round.");
        Some(HealthRound::new(n, held_on?, state.now()))
    };
    let submit = submit_new(errors, read, move |round| {
        let id = round.id;
        state.edit(None, move |p, now| p.add_health_round(round, now));
        on_done(Some(id));
    });
    view! {
        <form class="card round-form" on:submit=submit aria-label="New round">
            <h2>"New round"</h2>
            <TextField form=errors field="name" label="Name" value=name/>
            <DateField form=errors field="date" label="Held on" value=date/>
            <SubmitCancel submit="Start round" on_cancel=move || on_done(None)/>
        </form>
    }
}
