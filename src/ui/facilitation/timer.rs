//! The facilitator's countdown: choosing it, the badge in a corner of every screen, and the
//! tone at the end.
use leptos::html;
use leptos::prelude::*;

use super::{now_ms, Facilitation};
use crate::i18n::tr;
use crate::model::timer::{parse_minutes, Timer, PRESETS};
use crate::ui::i18n::{t, tw};
use crate::ui::widgets::When;

impl Facilitation {
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
}

/// A short tone at the end of the countdown (Web Audio; silent where unsupported).
pub(super) fn beep() {
    let Ok(ctx) = web_sys::AudioContext::new() else { return };
    let Ok(osc) = ctx.create_oscillator() else { return };
    osc.frequency().set_value(880.0);
    let _ = osc.connect_with_audio_node(&ctx.destination());
    let _ = osc.start();
    let _ = osc.stop_with_when(ctx.current_time() + 0.6);
}

/// Choosing and running the countdown.
#[component]
pub fn TimerPanel() -> impl IntoView {
    let w = expect_context::<Facilitation>();
    let custom = RwSignal::new(String::new());
    let error = RwSignal::new(None::<crate::i18n::Msg>);
    let input = NodeRef::<html::Input>::new();
    view! {
        <When when=move || w.timer_open.get()>
            <section class="card timer-panel" aria-labelledby="timer-panel-title">
                <h2 id="timer-panel-title">{t(tr::timer::TITLE)}</h2>
                <div class="form-actions">
                    {PRESETS.iter().map(|m| {
                        let m = *m;
                        view! { <button type="button" on:click=move |_| { w.start_timer(m as f64); w.timer_open.set(false); }>
                            {tw(move |w| tr::timer::minutes(w, &m.to_string()))}</button> }
                    }).collect_view()}
                </div>
                <form class="inline-form" on:submit=move |e| {
                    e.prevent_default();
                    match parse_minutes(&custom.get_untracked()) {
                        Ok(m) => { error.set(None); w.start_timer(m); w.timer_open.set(false); }
                        Err(why) => { error.set(Some(why)); if let Some(i) = input.get() { let _ = i.focus(); } }
                    }
                }>
                    <label for="timer-custom">{t(tr::timer::CUSTOM)}</label>
                    <input id="timer-custom" type="text" inputmode="decimal" placeholder="7:30" node_ref=input
                        prop:value=custom on:input=move |e| custom.set(event_target_value(&e))
                        aria-describedby="timer-custom-error"/>
                    <button type="submit">{t(tr::timer::START)}</button>
                    <p class="field-error" id="timer-custom-error">{tw(move |w| error.with(|e| e.as_ref().map(|m| m.say(w)).unwrap_or_default()))}</p>
                </form>
                <label class="check">
                    <input type="checkbox" prop:checked=move || w.sound.get()
                        on:change=move |e| w.sound.set(event_target_checked(&e))/>
                    {t(tr::timer::SOUND)}
                </label>
            </section>
        </When>
    }
}

/// The running countdown, in a corner of every screen.
#[component]
pub fn TimerBadge() -> impl IntoView {
    let w = expect_context::<Facilitation>();
    let label = move || w.timer.with(|t| t.map(|t| t.label(w.now_ms.get())).unwrap_or_default());
    let done = move || w.timer.with(|t| t.is_some_and(|t| t.is_done(w.now_ms.get())));
    let paused = move || w.timer.with(|t| t.is_some_and(|t| t.is_paused()));
    view! {
        <When when=move || w.timer.with(|t| t.is_some())>
            <aside class="timer-badge" class:done=done class:paused=paused aria-label=t(tr::timer::COUNTDOWN)>
                <span class="timer-time" role="timer" aria-label=tw(move |words| w.timer.with(|t| t.map(|t| t.spoken(w.now_ms.get(), words)).unwrap_or_default()))>{label}</span>
                <span class="visually-hidden" aria-live="assertive">{move || done().then(t(tr::timer::UP))}</span>
                <div class="timer-actions">
                    <button type="button" on:click=move |_| w.toggle_pause() disabled=done>
                        {move || t(if paused() { tr::timer::RESUME } else { tr::timer::PAUSE })()}
                    </button>
                    <button type="button" on:click=move |_| w.add_minute()>{t(tr::timer::ADD_MINUTE)}</button>
                    <button type="button" on:click=move |_| w.timer.set(None)>{t(tr::timer::STOP)}</button>
                </div>
            </aside>
        </When>
    }
}
