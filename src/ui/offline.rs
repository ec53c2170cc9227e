//! Working offline: the banner that offers a new version (announced by sw.js through the
//! small script in index.html), and asking the browser to keep our storage.
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use crate::ui::widgets::When;

use crate::i18n::tr;
use crate::ui::i18n::t;

fn window_flag(name: &str) -> bool {
    js_sys::Reflect::get(&window(), &JsValue::from_str(name)).ok().and_then(|v| v.as_bool()) == Some(true)
}

/// "A new version is ready": the user chooses when to reload.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(window_flag("cgUpdateReady"));
    let _ = window_event_listener_untyped("cg-update-ready", move |_| ready.set(true));
    view! {
        <When when=move || ready.get()>
            <div class="banner banner-info update-banner" role="status">
                <p>{t(tr::offline::UPDATE_READY)}</p>
                <button type="button" class="primary" on:click=move |_| { let _ = window().location().reload(); }>{t(tr::offline::RELOAD)}</button>
                <button type="button" on:click=move |_| ready.set(false)>{t(tr::offline::LATER)}</button>
            </div>
        </When>
    }
}

/// Asks the browser to keep this site's storage (`navigator.storage.persist()`) and says
/// what it answered.
#[component]
pub fn PersistStatus() -> impl IntoView {
    let answer = RwSignal::new(None::<Option<bool>>);
    leptos::task::spawn_local(async move {
        answer.set(Some(ask_to_persist().await));
    });
    move || {
        answer.get().map(|a| {
            let text = match a {
                Some(true) => tr::offline::KEPT,
                Some(false) => tr::offline::MAY_CLEAR,
                None => tr::offline::NO_PROMISE,
            };
            view! { <p class="persist" data-testid="persist">{t(text)}</p> }
        })
    }
}

async fn ask_to_persist() -> Option<bool> {
    let storage = js_sys::Reflect::get(&js_sys::Reflect::get(&window(), &JsValue::from_str("navigator")).ok()?, &JsValue::from_str("storage")).ok()?;
    let persist: js_sys::Function = js_sys::Reflect::get(&storage, &JsValue::from_str("persist")).ok()?.dyn_into().ok()?;
    let promise: js_sys::Promise = persist.call0(&storage).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_bool()
}
