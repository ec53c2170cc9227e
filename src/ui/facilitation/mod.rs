//! Workshop mode for a shared screen: presentation view, themes, the facilitator's timer,
//! step-by-step facilitation guides and keyboard shortcuts. Everything here is remembered in
//! this browser, so a reload in the middle of a session loses nothing.
use leptos::prelude::*;
use leptos::{ev, html};
use std::time::Duration;

use super::state::AppState;
use crate::model::guides::{guide, guides_for_tool, Guide};
use crate::model::timer::{parse_minutes, Timer, PRESETS};

#[derive(Clone, Copy)]
pub struct Workshop {
    pub presenting: RwSignal<bool>,
    pub theme: RwSignal<String>,
    pub timer: RwSignal<Option<Timer>>,
    /// The clock the timer is drawn against, advanced four times a second.
    pub now_ms: RwSignal<i64>,
    pub sound: RwSignal<bool>,
    /// The guide being run and its current step.
    pub run: RwSignal<Option<(String, usize)>>,
    pub guide_open: RwSignal<bool>,
    pub timer_open: RwSignal<bool>,
    pub shortcuts_open: RwSignal<bool>,
}

pub const THEMES: [(&str, &str); 3] = [("standard", "Standard"), ("projector", "Projector (high contrast)"), ("dark", "Dark")];

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

impl Workshop {
    pub fn init(state: AppState) -> Workshop {
        let timer = state.pref("timer").and_then(|t| serde_json::from_str::<Timer>(&t).ok());
        let run = state.pref("guide").and_then(|g| {
            let (id, step) = g.split_once('#')?;
            Some((id.to_string(), step.parse().ok()?))
        });
        let w = Workshop {
            presenting: RwSignal::new(state.pref("presenting").as_deref() == Some("on")),
            theme: RwSignal::new(state.pref("theme").unwrap_or_else(|| "standard".into())),
            timer: RwSignal::new(timer),
            now_ms: RwSignal::new(now_ms()),
            sound: RwSignal::new(state.pref("timer_sound").as_deref() == Some("on")),
            run: RwSignal::new(run),
            guide_open: RwSignal::new(state.pref("guide_open").as_deref() == Some("on")),
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

    pub fn start_timer(&self, minutes: f64) {
        self.timer.set(Some(Timer::start(minutes, now_ms())));
        self.now_ms.set(now_ms());
    }

    pub fn toggle_pause(&self) {
        self.timer.update(|t| {
            if let Some(t) = t {
                if t.is_paused() { t.resume(now_ms()) } else { t.pause(now_ms()) }
            }
        });
    }

    pub fn add_minute(&self) {
        self.timer.update(|t| {
            if let Some(t) = t {
                t.add_minute(now_ms())
            }
        });
    }

    /// Moves the running guide to `step`, starting the timer for it.
    pub fn go_to_step(&self, g: &Guide, step: usize) {
        if let Some(s) = g.steps.get(step) {
            self.run.set(Some((g.id.to_string(), step)));
            self.start_timer(s.minutes as f64);
        }
    }

    pub fn step_by(&self, delta: isize) {
        if let Some((id, step)) = self.run.get_untracked() {
            if let Some(g) = guide(&id) {
                let next = step as isize + delta;
                if next >= 0 && (next as usize) < g.steps.len() {
                    self.go_to_step(g, next as usize);
                }
            }
        }
    }
}

/// A short tone at the end of the countdown (Web Audio; silent where unsupported).
fn beep() {
    let Ok(ctx) = web_sys::AudioContext::new() else { return };
    let Ok(osc) = ctx.create_oscillator() else { return };
    osc.frequency().set_value(880.0);
    let _ = osc.connect_with_audio_node(&ctx.destination());
    let _ = osc.start();
    let _ = osc.stop_with_when(ctx.current_time() + 0.6);
}

/// The workshop controls in the navigation row.
#[component]
pub fn WorkshopBar() -> impl IntoView {
    let w = expect_context::<Workshop>();
    let state = expect_context::<AppState>();
    let has_guide = move || !guides_for_tool(state.route.get().slug()).is_empty() || w.run.with(|r| r.is_some());
    view! {
        <div class="workshop-bar" role="group" aria-label="Workshop">
            <Show when=has_guide>
                <button type="button" aria-expanded=move || w.guide_open.get().to_string()
                    on:click=move |_| w.guide_open.update(|o| *o = !*o)>"Guide"</button>
            </Show>
            <button type="button" aria-expanded=move || w.timer_open.get().to_string()
                on:click=move |_| w.timer_open.update(|o| *o = !*o)>"Timer"</button>
            <button type="button" aria-pressed=move || w.presenting.get().to_string()
                on:click=move |_| w.presenting.update(|p| *p = !*p)>
                {move || if w.presenting.get() { "Exit presentation" } else { "Present" }}
            </button>
            <label class="theme-picker">
                <span class="visually-hidden">"Theme"</span>
                <select on:change=move |e| w.theme.set(event_target_value(&e))>
                    {THEMES.iter().map(|(key, label)| view! {
                        <option value=*key selected=move || w.theme.get() == *key>{*label}</option>
                    }).collect_view()}
                </select>
            </label>
            <button type="button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?"
                on:click=move |_| w.shortcuts_open.set(true)>"?"</button>
        </div>
    }
}

/// Choosing and running the countdown.
#[component]
pub fn TimerPanel() -> impl IntoView {
    let w = expect_context::<Workshop>();
    let custom = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let input = NodeRef::<html::Input>::new();
    view! {
        <Show when=move || w.timer_open.get()>
            <section class="card timer-panel" aria-labelledby="timer-panel-title">
                <h2 id="timer-panel-title">"Timer"</h2>
                <div class="form-actions">
                    {PRESETS.iter().map(|m| {
                        let m = *m;
                        view! { <button type="button" on:click=move |_| { w.start_timer(m as f64); w.timer_open.set(false); }>
                            {format!("{m} min")}</button> }
                    }).collect_view()}
                </div>
                <form class="inline-form" on:submit=move |e| {
                    e.prevent_default();
                    match parse_minutes(&custom.get_untracked()) {
                        Ok(m) => { error.set(None); w.start_timer(m); w.timer_open.set(false); }
                        Err(why) => { error.set(Some(why)); if let Some(i) = input.get() { let _ = i.focus(); } }
                    }
                }>
                    <label for="timer-custom">"Custom (minutes)"</label>
                    <input id="timer-custom" type="text" inputmode="decimal" placeholder="7:30" node_ref=input
                        prop:value=custom on:input=move |e| custom.set(event_target_value(&e))
                        aria-describedby="timer-custom-error"/>
                    <button type="submit">"Start"</button>
                    <p class="field-error" id="timer-custom-error">{move || error.get()}</p>
                </form>
                <label class="check">
                    <input type="checkbox" prop:checked=move || w.sound.get()
                        on:change=move |e| w.sound.set(event_target_checked(&e))/>
                    "Play a sound when time is up"
                </label>
            </section>
        </Show>
    }
}

/// The running countdown, in a corner of every screen.
#[component]
pub fn TimerBadge() -> impl IntoView {
    let w = expect_context::<Workshop>();
    let label = move || w.timer.with(|t| t.map(|t| t.label(w.now_ms.get())).unwrap_or_default());
    let done = move || w.timer.with(|t| t.is_some_and(|t| t.is_done(w.now_ms.get())));
    let paused = move || w.timer.with(|t| t.is_some_and(|t| t.is_paused()));
    view! {
        <Show when=move || w.timer.with(|t| t.is_some())>
            <aside class="timer-badge" class:done=done class:paused=paused aria-label="Countdown">
                <span class="timer-time" role="timer" aria-label=move || w.timer.with(|t| t.map(|t| t.spoken(w.now_ms.get())).unwrap_or_default())>{label}</span>
                <span class="visually-hidden" aria-live="assertive">{move || done().then_some("Time is up")}</span>
                <div class="timer-actions">
                    <button type="button" on:click=move |_| w.toggle_pause() disabled=done>
                        {move || if paused() { "Resume" } else { "Pause" }}
                    </button>
                    <button type="button" on:click=move |_| w.add_minute()>"+1 min"</button>
                    <button type="button" on:click=move |_| w.timer.set(None)>"Stop timer"</button>
                </div>
            </aside>
        </Show>
    }
}

/// The facilitation guide for the current tool, step by step.
#[component]
pub fn GuidePanel() -> impl IntoView {
    let w = expect_context::<Workshop>();
    let state = expect_context::<AppState>();
    let guides = move || {
        let running = w.run.with(|r| r.as_ref().and_then(|(id, _)| guide(id)));
        match running {
            Some(g) => vec![g],
            None => guides_for_tool(state.route.get().slug()),
        }
    };
    view! {
        <Show when=move || w.guide_open.get() && !guides().is_empty()>
            <aside class="guide-panel" aria-label="Facilitation guide">
                {move || guides().into_iter().map(|g| view! { <GuideView guide=g/> }).collect_view()}
            </aside>
        </Show>
    }
}

#[component]
fn GuideView(guide: &'static Guide) -> impl IntoView {
    let w = expect_context::<Workshop>();
    let current = move || w.run.with(|r| r.as_ref().filter(|(id, _)| id == guide.id).map(|(_, s)| *s));
    view! {
        <section class="guide">
            <h2>{guide.title}</h2>
            <p class="guide-purpose">{guide.purpose}</p>
            <p class="hint">{format!("{} steps, about {} minutes. Open ", guide.steps.len(), guide.total_minutes())}
                <a href=format!("#/{}", guide.tool)>"the tool"</a>" on the shared screen."</p>
            <ol class="guide-steps">
                {guide.steps.iter().enumerate().map(|(i, s)| view! {
                    <li class:current=move || current() == Some(i) aria-current=move || (current() == Some(i)).then_some("step")>
                        <p class="step-title"><strong>{s.title}</strong>{format!(" · {} min", s.minutes)}</p>
                        <p class="step-ask">{format!("Ask: “{}”", s.ask)}</p>
                        <p class="step-outcome">{format!("Good outcome: {}", s.outcome)}</p>
                    </li>
                }).collect_view()}
            </ol>
            <div class="form-actions">
                {move || match current() {
                    None => view! {
                        <button type="button" class="primary" on:click=move |_| w.go_to_step(guide, 0)>"Start the guide"</button>
                    }.into_any(),
                    Some(i) => view! {
                        <button type="button" disabled=i == 0 on:click=move |_| w.step_by(-1)>"Previous step"</button>
                        <button type="button" class="primary" disabled={i + 1 >= guide.steps.len()}
                            on:click=move |_| w.step_by(1)>"Next step"</button>
                        <button type="button" on:click=move |_| { w.run.set(None); w.timer.set(None); }>"End the guide"</button>
                    }.into_any(),
                }}
            </div>
        </section>
    }
}

/// In presentation view, the current step's question, large, above the tool.
#[component]
pub fn StepBanner() -> impl IntoView {
    let w = expect_context::<Workshop>();
    let step = move || {
        w.run.with(|r| r.as_ref().and_then(|(id, i)| guide(id).and_then(|g| g.steps.get(*i).map(|s| (g, *i, *s)))))
    };
    move || {
        step().map(|(g, i, s)| view! {
            <section class="step-banner" aria-label="Current step">
                <p class="step-count">{format!("{} · step {} of {}: {}", g.title, i + 1, g.steps.len(), s.title)}</p>
                <p class="step-question">{s.ask}</p>
            </section>
        })
    }
}

const SHORTCUTS: [(&str, &str); 8] = [
    ("?", "Show this list"),
    ("p", "Presentation view on or off"),
    ("t", "Pause or resume the timer"),
    ("+", "Add a minute to the timer"),
    ("g", "Show or hide the facilitation guide"),
    ("n", "Next step of the guide"),
    ("b", "Back one step"),
    ("Esc", "Close this list, or leave presentation view"),
];

#[component]
pub fn ShortcutsDialog() -> impl IntoView {
    let w = expect_context::<Workshop>();
    let close = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if w.shortcuts_open.get() {
            if let Some(b) = close.get() {
                let _ = b.focus();
            }
        }
    });
    view! {
        <Show when=move || w.shortcuts_open.get()>
            <div class="dialog-backdrop">
                <div class="card dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title">
                    <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
                    <p>"Every button can also be reached with Tab and pressed with Enter or Space."</p>
                    <table class="shortcuts">
                        <tbody>
                            {SHORTCUTS.iter().map(|(k, what)| view! { <tr><th scope="row"><kbd>{*k}</kbd></th><td>{*what}</td></tr> }).collect_view()}
                        </tbody>
                    </table>
                    <button type="button" node_ref=close on:click=move |_| w.shortcuts_open.set(false)>"Close"</button>
                </div>
            </div>
        </Show>
    }
}

/// Single-key shortcuts, ignored while typing in a field.
pub fn listen_for_shortcuts(w: Workshop) {
    let _ = window_event_listener(ev::keydown, move |e: web_sys::KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let typing = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.has_attribute("contenteditable")
            });
        if typing {
            return;
        }
        let handled = match e.key().as_str() {
            "?" => { w.shortcuts_open.set(true); true }
            "Escape" if w.shortcuts_open.get_untracked() => { w.shortcuts_open.set(false); true }
            "Escape" if w.presenting.get_untracked() => { w.presenting.set(false); true }
            "p" => { w.presenting.update(|p| *p = !*p); true }
            "t" => { w.toggle_pause(); true }
            "+" => { w.add_minute(); true }
            "g" => { w.guide_open.update(|o| *o = !*o); true }
            "n" => { w.step_by(1); true }
            "b" => { w.step_by(-1); true }
            _ => false,
        };
        if handled {
            e.prevent_default();
        }
    });
}
