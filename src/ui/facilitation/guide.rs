//! Facilitation guides: the steps of an exercise for the current tool, run one at a time
//! with the timer, and the current step's question shown large when presenting.
use leptos::prelude::*;

use super::agenda::AGENDA_RUN;
use super::Facilitation;
use crate::i18n::tr;
use crate::model::guides::{guide, guides_for_tool, Guide};
use crate::ui::i18n::{t, tw};
use crate::ui::routes::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::When;

impl Facilitation {
    /// Moves the running guide to `step`, starting the timer for it.
    pub fn go_to_step(&self, g: &Guide, step: usize) {
        if let Some(s) = g.steps.get(step) {
            self.run.set(Some((g.id.to_string(), step)));
            self.start_timer(s.minutes as f64);
        }
    }

    /// The next or previous step of the running guide, or exercise of the running agenda.
    pub fn step_by(&self, delta: isize) {
        let Some((id, step)) = self.run.get_untracked() else { return };
        let Ok(next) = usize::try_from(step as isize + delta) else { return };
        if id == AGENDA_RUN {
            self.run_agenda(next);
        } else if let Some(g) = guide(&id).filter(|g| next < g.steps.len()) {
            self.go_to_step(g, next);
        }
    }
}

/// The facilitation guide for the current tool, step by step.
#[component]
pub fn GuidePanel() -> impl IntoView {
    let w = expect_context::<Facilitation>();
    let state = expect_context::<AppState>();
    let guides = move || {
        let running = w.run.with(|r| r.as_ref().and_then(|(id, _)| guide(id)));
        match running {
            Some(g) => vec![g],
            None => guides_for_tool(state.route.get().slug()),
        }
    };
    view! {
        <When when=move || w.guide_open.get() && !guides().is_empty()>
            <aside class="guide-panel" aria-label=t(tr::facilitation::GUIDE)>
                {move || guides().into_iter().map(|g| view! { <GuideView guide=g/> }).collect_view()}
                <p><a href=Route::Agenda.href()>{t(tr::facilitation::AGENDA_LINK)}</a></p>
            </aside>
        </When>
    }
}

#[component]
fn GuideView(guide: &'static Guide) -> impl IntoView {
    let w = expect_context::<Facilitation>();
    let current = move || w.run.with(|r| r.as_ref().filter(|(id, _)| id == guide.id).map(|(_, s)| *s));
    view! {
        <section class="guide">
            <h2>{t(guide.title)}</h2>
            <p class="guide-purpose">{t(guide.purpose)}</p>
            <p class="guide-prepare">{tw(move |w| tr::facilitation::prepare(w, w.get(guide.prepare)))}</p>
            <p class="hint">{tw(move |w| tr::facilitation::length(w, guide.steps.len() as i64, &w.integer(guide.total_minutes().into())))}" "
                <a href=format!("#/{}", guide.tool)>{t(tr::facilitation::OPEN_TOOL)}</a></p>
            <ol class="guide-steps">
                {guide.steps.iter().enumerate().map(|(i, s)| view! {
                    <li class:current=move || current() == Some(i) aria-current=move || (current() == Some(i)).then_some("step")>
                        <p class="step-title"><strong>{t(s.title)}</strong>" · "{tw(move |w| tr::timer::minutes(w, &w.integer(s.minutes.into())))}</p>
                        <p class="step-ask">{tw(move |w| tr::facilitation::ask(w, w.get(s.ask)))}</p>
                        <p class="step-outcome">{tw(move |w| tr::facilitation::outcome(w, w.get(s.outcome)))}</p>
                    </li>
                }).collect_view()}
            </ol>
            <div class="form-actions">
                {move || match current() {
                    None => view! {
                        <button type="button" class="primary" on:click=move |_| w.go_to_step(guide, 0)>{t(tr::facilitation::START)}</button>
                        <button type="button" on:click=move |_| w.edit_agenda(|a| a.add(guide.id))>{t(tr::facilitation::ADD_TO_AGENDA)}</button>
                    }.into_any(),
                    Some(i) => view! {
                        <button type="button" disabled=i == 0 on:click=move |_| w.step_by(-1)>{t(tr::facilitation::PREVIOUS)}</button>
                        <button type="button" class="primary" disabled={i + 1 >= guide.steps.len()}
                            on:click=move |_| w.step_by(1)>{t(tr::facilitation::NEXT)}</button>
                        <button type="button" on:click=move |_| { w.run.set(None); w.timer.set(None); }>{t(tr::facilitation::END)}</button>
                    }.into_any(),
                }}
            </div>
        </section>
    }
}

/// In presentation view, the current step's question, large, above the tool.
#[component]
pub fn StepBanner() -> impl IntoView {
    let w = expect_context::<Facilitation>();
    let step = move || {
        w.run.with(|r| r.as_ref().and_then(|(id, i)| guide(id).and_then(|g| g.steps.get(*i).map(|s| (g, *i, *s)))))
    };
    let agenda_item = move || w.run.with(|r| r.as_ref().filter(|(id, _)| id == AGENDA_RUN).map(|(_, i)| *i));
    move || {
        if let Some(i) = agenda_item() {
            return Some(super::agenda::banner(w, i));
        }
        step().map(|(g, i, s)| view! {
            <section class="step-banner" aria-label=t(tr::facilitation::CURRENT_STEP)>
                <p class="step-count">{tw(move |w| tr::facilitation::step_of(w, w.get(g.title), &w.integer(i as i128 + 1), &w.integer(g.steps.len() as i128), w.get(s.title)))}</p>
                <p class="step-question">{t(s.ask)}</p>
            </section>
        }.into_any())
    }
}
