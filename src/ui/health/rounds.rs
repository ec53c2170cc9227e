//! Choosing which round to look at, starting a new one, and correcting a round's name or date.
use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::tr;
use crate::model::health::HealthRound;
use crate::model::time::iso_date;
use crate::ui::form::{open_record, save_record, CheckField, DateField, Found, RecordForm, TextField};
use crate::ui::helpers::peek;
use crate::ui::i18n::{t, I18n};
use crate::ui::state::AppState;
use crate::ui::widgets::When;

#[component]
pub fn RoundPicker(current: Uuid, on_pick: impl Fn(Uuid) + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let editing = RwSignal::new(false);
    let rounds = Memo::new(move |_| {
        state.current.with(|c| {
            c.as_ref().map_or_else(Vec::new, |p| {
                i.with(|w| {
                    p.health
                        .rounds_in_order()
                        .into_iter()
                        .rev()
                        .map(|r| {
                            let (n, day) = (r.answered() as i64, w.date(r.held_on));
                            // An anonymous round counts answers, never partners.
                            let label = if r.anonymous {
                                tr::health::anon::round_option(w, n, &day, &r.name)
                            } else {
                                tr::health::round_option(w, n, &day, &r.name)
                            };
                            (r.id, label)
                        })
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
            <button type="button" class="edit-chrome" on:click=move |_| editing.set(true)>{t(tr::health::EDIT_ROUND)}</button>
        </div>
        <When when=move || editing.get()>
            {move || peek(state, |p| p.health.rounds.iter().find(|r| r.id == current).cloned()).map(|round| view! {
                <RoundForm round on_done=move |_| editing.set(false)/>
            })}
        </When>
    }
}

/// Starts a round (`round` left out) or corrects one's name and date, with the same fields.
#[component]
pub fn RoundForm(#[prop(optional)] round: Option<HealthRound>, on_done: impl Fn(Option<Uuid>) + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let today = state.now().date_naive();
    let is_new = round.is_none();
    let original = round.unwrap_or_else(|| HealthRound::new(i.now(|w| tr::health::default_name(w, &w.date(today))), today, state.now()));
    let name = RwSignal::new(original.name.clone());
    let date = RwSignal::new(iso_date(original.held_on));
    let anonymous = RwSignal::new(original.anonymous);
    let (original, errors, guard) = open_record(original, is_new, "round", crate::i18n::tr::form::record::OTHER);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut found = Found::default();
        let mut round = original.get_value();
        round.name = found.required("name", &name.get_untracked(), &i.now(|w| w.get(tr::health::GIVE_NAME).to_string()));
        if let Some(held_on) = found.required_date("date", &date.get_untracked(), &i.now(|w| w.get(tr::health::GIVE_DAY).to_string())) {
            round.held_on = held_on;
        }
        // Anonymity is chosen when a round starts: ratings already given keep their names.
        if is_new {
            round.anonymous = anonymous.get_untracked();
        }
        let id = round.id;
        if save_record(state, errors, found, guard, round) {
            on_done(Some(id));
        }
    };
    view! {
        <RecordForm class="card round-form" heading=t(if is_new { tr::health::NEW_ROUND } else { tr::health::EDIT_ROUND_HEADING })
            on_submit=submit guard is_new save_new=t(tr::health::START_ROUND) on_cancel=move || on_done(None)>
            <TextField form=errors field="name" label=t(tr::health::NAME) value=name/>
            <DateField form=errors field="date" label=t(tr::health::HELD_ON) value=date/>
            <When when=move || is_new>
                <CheckField form=errors field="anonymous" label=t(tr::health::anon::ANONYMOUS) value=anonymous/>
            </When>
        </RecordForm>
    }
}
