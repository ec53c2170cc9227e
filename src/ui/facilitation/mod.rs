//! The facilitation bar for running a session on a shared screen: presentation view,
//! themes, the facilitator's timer, step-by-step facilitation guides, the session agenda and
//! keyboard shortcuts.
//! Everything here is remembered in this browser, so a reload in the middle of a session
//! loses nothing.
mod agenda;
mod guide;
mod shortcuts;
mod timer;

use leptos::prelude::*;
use std::time::Duration;

use super::routes::Route;
use super::state::AppState;
use crate::i18n::{tr, Key};
use crate::model::guides::guides_for_tool;
use crate::ui::i18n::t;
use crate::model::timer::Timer;

pub use agenda::{AgendaPage, AGENDA_PREF};
pub use guide::{GuidePanel, StepBanner};
pub use shortcuts::{listen_for_shortcuts, ShortcutsDialog};
pub use timer::{TimerBadge, TimerPanel};
use timer::beep;
use crate::ui::widgets::When;

#[derive(Clone, Copy)]
pub struct Facilitation {
    pub presenting: RwSignal<bool>,
    pub theme: RwSignal<String>,
    pub timer: RwSignal<Option<Timer>>,
    /// The clock the timer is drawn against, advanced four times a second.
    pub now_ms: RwSignal<i64>,
    pub sound: RwSignal<bool>,
    /// The guide being run and its current step.
    pub run: RwSignal<Option<(String, usize)>>,
    pub guide_open: RwSignal<bool>,
    /// The session agenda as stored (`model::guides::agenda`), text like every preference.
    pub agenda: RwSignal<String>,
    pub timer_open: RwSignal<bool>,
    pub shortcuts_open: RwSignal<bool>,
}

pub const THEMES: [(&str, Key); 3] =
    [("standard", tr::workshop::THEME_STANDARD), ("projector", tr::workshop::THEME_PROJECTOR), ("dark", tr::workshop::THEME_DARK)];

pub(super) fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

impl Facilitation {
    pub fn init(state: AppState) -> Facilitation {
        let timer = state.pref("timer").and_then(|t| serde_json::from_str::<Timer>(&t).ok());
        let run = state.pref("guide").and_then(|g| {
            let (id, step) = g.split_once('#')?;
            Some((id.to_string(), step.parse().ok()?))
        });
        let w = Facilitation {
            presenting: RwSignal::new(state.pref("presenting").as_deref() == Some("on")),
            theme: RwSignal::new(state.pref("theme").unwrap_or_else(|| "standard".into())),
            timer: RwSignal::new(timer),
            now_ms: RwSignal::new(now_ms()),
            sound: RwSignal::new(state.pref("timer_sound").as_deref() == Some("on")),
            run: RwSignal::new(run),
            guide_open: RwSignal::new(state.pref("guide_open").as_deref() == Some("on")),
            agenda: RwSignal::new(state.pref(AGENDA_PREF).unwrap_or_default()),
            timer_open: RwSignal::new(false),
            shortcuts_open: RwSignal::new(false),
        };
        let _ = set_interval_with_handle(move || w.now_ms.set(now_ms()), Duration::from_millis(250));
        // Mirror choices onto <html> (theme, presentation) and into storage.
        Effect::new(move |_| {
            let root = document().document_element();
            if let Some(root) = root {
                let _ = root.set_attribute("data-theme", &w.theme.get());
                let _ = root.class_list().toggle_with_force("presenting", w.presenting.get());
            }
            state.set_pref("theme", &w.theme.get());
            state.set_pref("presenting", if w.presenting.get() { "on" } else { "off" });
            state.set_pref("timer_sound", if w.sound.get() { "on" } else { "off" });
            state.set_pref("guide_open", if w.guide_open.get() { "on" } else { "off" });
            state.set_pref(AGENDA_PREF, &w.agenda.get());
        });
        Effect::new(move |_| match w.timer.get() {
            Some(t) => state.set_pref("timer", &serde_json::to_string(&t).unwrap_or_default()),
            None => state.clear_pref("timer"),
        });
        Effect::new(move |_| match w.run.get() {
            Some((id, step)) => state.set_pref("guide", &format!("{id}#{step}")),
            None => state.clear_pref("guide"),
        });
        // The end of the countdown: once per timer, a sound if chosen.
        Effect::new(move |was_done: Option<bool>| {
            let done = w.timer.with(|t| t.is_some_and(|t| t.is_done(w.now_ms.get())));
            if done && was_done == Some(false) && w.sound.get_untracked() {
                beep();
            }
            done
        });
        w
    }
}

/// The facilitation controls in the navigation row.
#[component]
pub fn FacilitationBar() -> impl IntoView {
    let w = expect_context::<Facilitation>();
    let state = expect_context::<AppState>();
    let has_guide = move || !guides_for_tool(state.route.get().slug()).is_empty() || w.run.with(|r| r.is_some());
    view! {
        <div class="workshop-bar" role="group" aria-label=t(tr::workshop::BAR)>
            <When when=has_guide>
                <button type="button" aria-expanded=move || w.guide_open.get().to_string()
                    on:click=move |_| w.guide_open.update(|o| *o = !*o)>{t(tr::workshop::GUIDE)}</button>
            </When>
            <button type="button" aria-expanded=move || w.timer_open.get().to_string()
                on:click=move |_| w.timer_open.update(|o| *o = !*o)>{t(tr::workshop::TIMER)}</button>
            <button type="button" aria-pressed=move || w.presenting.get().to_string()
                on:click=move |_| w.presenting.update(|p| *p = !*p)>
                {move || t(if w.presenting.get() { tr::workshop::EXIT_PRESENTATION } else { tr::workshop::PRESENT })()}
            </button>
            // A button like its neighbours in the bar, though it opens a page.
            <button type="button" on:click=move |_| { let _ = window().location().set_hash(&Route::Agenda.href()); }>{t(tr::workshop::AGENDA)}</button>
            <label class="theme-picker">
                <span class="visually-hidden">{t(tr::workshop::THEME)}</span>
                <select on:change=move |e| w.theme.set(event_target_value(&e))>
                    {THEMES.iter().map(|(key, label)| view! {
                        <option value=*key selected=move || w.theme.get() == *key>{t(*label)}</option>
                    }).collect_view()}
                </select>
            </label>
            <button type="button" aria-label=t(tr::workshop::SHORTCUTS) aria-keyshortcuts="?"
                on:click=move |_| w.shortcuts_open.set(true)>"?"</button>
        </div>
    }
}
