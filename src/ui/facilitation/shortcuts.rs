//! Single-key shortcuts for the facilitator, and the dialog that lists them.
use leptos::prelude::*;
use leptos::{ev, html};

use super::Facilitation;
use crate::i18n::{tr, Key};
use crate::ui::i18n::t;
use crate::ui::widgets::When;

// The keys are the same in every language; what they do is worded in the current one.
const SHORTCUTS: [(&str, Key); 8] = [
    ("?", tr::workshop::KEY_HELP),
    ("p", tr::workshop::KEY_PRESENT),
    ("t", tr::workshop::KEY_PAUSE),
    ("+", tr::workshop::KEY_MINUTE),
    ("g", tr::workshop::KEY_GUIDE),
    ("n", tr::workshop::KEY_NEXT),
    ("b", tr::workshop::KEY_BACK),
    ("Esc", tr::workshop::KEY_ESCAPE),
];

#[component]
pub fn ShortcutsDialog() -> impl IntoView {
    let w = expect_context::<Facilitation>();
    let close = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if w.shortcuts_open.get() {
            if let Some(b) = close.get() {
                let _ = b.focus();
            }
        }
    });
    view! {
        <When when=move || w.shortcuts_open.get()>
            <div class="dialog-backdrop">
                <div class="card dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title">
                    <h2 id="shortcuts-title">{t(tr::workshop::SHORTCUTS)}</h2>
                    <p>{t(tr::workshop::SHORTCUTS_TAB)}</p>
                    <table class="shortcuts">
                        <tbody>
                            {SHORTCUTS.iter().map(|(k, what)| view! { <tr><th scope="row"><kbd>{*k}</kbd></th><td>{t(*what)}</td></tr> }).collect_view()}
                        </tbody>
                    </table>
                    <button type="button" node_ref=close on:click=move |_| w.shortcuts_open.set(false)>{t(tr::workshop::CLOSE)}</button>
                </div>
            </div>
        </When>
    }
}

/// Single-key shortcuts, ignored while typing in a field.
pub fn listen_for_shortcuts(w: Facilitation) {
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
