//! The session agenda: the facilitator picks exercises (guides), sets their minutes and sees
//! the total against the session's length, then runs them one after another with the timer
//! and the presentation view, and prints the agenda on one page. The agenda is a preference
//! of this browser (see `model::guides::agenda` for why), kept in `Facilitation::agenda`.
use leptos::prelude::*;

use super::Facilitation;
use crate::i18n::tr;
use crate::model::guides::agenda::{clock, Agenda, Fit, Item};
use crate::model::guides::GUIDES;
use crate::model::print::{say_fit, Kind};
use crate::ui::i18n::{t, tw};
use crate::ui::print::PrintButton;

pub const AGENDA_PREF: &str = "agenda";
/// What `Facilitation::run` holds while the agenda runs, with the exercise's place.
pub(super) const AGENDA_RUN: &str = "agenda";

impl Facilitation {
    pub fn edit_agenda(&self, f: impl FnOnce(&mut Agenda)) {
        self.agenda.update(|text| {
            let mut a = Agenda::parse(text);
            f(&mut a);
            *text = a.to_text();
        });
    }

    /// Starts exercise `at` of the agenda: its countdown, and its tool on the screen.
    pub fn run_agenda(&self, at: usize) {
        let Some(item) = self.agenda.with_untracked(|a| Agenda::parse(a).items.get(at).copied()) else { return };
        self.run.set(Some((AGENDA_RUN.to_string(), at)));
        self.start_timer(item.minutes as f64);
        let _ = window().location().set_hash(&format!("/{}", item.guide.tool));
    }

    fn agenda_at(&self) -> Option<usize> {
        self.run.with(|r| r.as_ref().filter(|(id, _)| id == AGENDA_RUN).map(|(_, i)| *i))
    }
}

#[component]
pub fn AgendaPage() -> impl IntoView {
    let w = expect_context::<Facilitation>();
    let agenda = move || w.agenda.with(|a| Agenda::parse(a));
    let choice = RwSignal::new(GUIDES[0].id.to_string());
    view! {
        <section class="agenda-page">
            <div class="page-head">
                <h1 tabindex="-1">{t(tr::route::AGENDA)}</h1>
                <div class="head-actions"><PrintButton kind=Kind::Agenda/></div>
            </div>
            <p class="lead-in">{t(tr::agenda::LEAD_IN)}</p>
            <p class="field agenda-length">
                <label for="agenda-length">{t(tr::agenda::LENGTH)}</label>
                <input id="agenda-length" type="number" min="1" max="600" inputmode="numeric"
                    prop:value=move || agenda().minutes.to_string()
                    on:change=move |e| { let v = event_target_value(&e); w.edit_agenda(|a| a.set_length(&v)); }/>
            </p>
            {move || {
                let a = agenda();
                if a.items.is_empty() {
                    return view! { <p class="hint">{t(tr::agenda::EMPTY)}</p> }.into_any();
                }
                let starts = a.starts();
                view! {
                    <ol class="agenda-items">
                        {a.items.into_iter().zip(starts).enumerate().map(|(at, (item, start))| row(w, at, item, start)).collect_view()}
                    </ol>
                }.into_any()
            }}
            <div class="agenda-fit" role="status" class:over=move || matches!(agenda().fit(), Fit::Over(_))>
                <p class="strong">{tw(move |x| { let a = agenda(); tr::agenda::total(x, &x.integer(a.minutes.into()), &x.integer(a.total().into())) })}</p>
                <p>{tw(move |x| say_fit(agenda().fit(), x))}</p>
            </div>
            <form class="inline-form agenda-add" on:submit=move |e| { e.prevent_default(); w.edit_agenda(|a| a.add(&choice.get_untracked())); }>
                <label for="agenda-add">{t(tr::agenda::EXERCISE)}</label>
                <select id="agenda-add" on:change=move |e| choice.set(event_target_value(&e))>
                    {GUIDES.iter().map(|g| view! { <option value=g.id>{t(g.title)}</option> }).collect_view()}
                </select>
                <button type="submit">{t(tr::agenda::ADD)}</button>
            </form>
            {move || w.agenda_at().map(|at| view! {
                <div class="form-actions">
                    <button type="button" disabled=at == 0 on:click=move |_| w.step_by(-1)>{t(tr::agenda::PREVIOUS)}</button>
                    <button type="button" class="primary" on:click=move |_| w.step_by(1)>{t(tr::agenda::NEXT)}</button>
                    <button type="button" on:click=move |_| { w.run.set(None); w.timer.set(None); }>{t(tr::agenda::END)}</button>
                </div>
            })}
        </section>
    }
}

/// One exercise: when it starts, what it is, its minutes, and starting or removing it.
fn row(w: Facilitation, at: usize, item: Item, start: u32) -> impl IntoView {
    let g = item.guide;
    let current = move || w.agenda_at() == Some(at);
    view! {
        <li class="agenda-item card" class:current=current aria-current=move || current().then_some("step")>
            <span class="agenda-start">{clock(start)}</span>
            <span class="agenda-what"><strong>{t(g.title)}</strong>
                <span class="hint">{t(g.purpose)}</span>
                {move || current().then(|| view! { <span class="badge">{t(tr::agenda::RUNNING)}</span> })}
            </span>
            <input type="number" min="1" max="600" inputmode="numeric" class="agenda-minutes"
                aria-label=tw(move |x| tr::agenda::minutes_of(x, x.get(g.title)))
                prop:value=item.minutes.to_string()
                on:change=move |e| { let v = event_target_value(&e); w.edit_agenda(|a| a.set_minutes(at, &v)); }/>
            <span class="agenda-unit" aria-hidden="true">{t(tr::agenda::MINUTES)}</span>
            <button type="button" class="primary" aria-label=tw(move |x| tr::agenda::start_label(x, x.get(g.title)))
                on:click=move |_| w.run_agenda(at)>{t(tr::agenda::START)}</button>
            <button type="button" aria-label=tw(move |x| tr::agenda::remove_label(x, x.get(g.title)))
                on:click=move |_| w.edit_agenda(|a| a.remove(at))>{t(tr::agenda::REMOVE)}</button>
        </li>
    }
}

/// In presentation view, the exercise under way and what it is for, above the tool.
pub(super) fn banner(w: Facilitation, at: usize) -> AnyView {
    let item = move || w.agenda.with(|a| {
        let a = Agenda::parse(a);
        a.items.get(at).map(|i| (i.guide, a.items.len()))
    });
    let Some((g, _)) = item() else { return ().into_any() };
    view! {
        <section class="step-banner" aria-label=t(tr::facilitation::CURRENT_STEP)>
            <p class="step-count">{tw(move |x| item().map(|(g, n)| tr::facilitation::item_of(x, &x.integer(at as i128 + 1), &x.integer(n as i128), x.get(g.title))).unwrap_or_default())}</p>
            <p class="step-question">{t(g.purpose)}</p>
        </section>
    }
    .into_any()
}
