//! Working offline: the banner that offers a new version (announced by sw.js through the
//! small script in index.html), and asking the browser to keep our storage.
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use crate::ui::widgets::When;

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
                <p>"A new version of Common Ground is ready. Your work is saved; reload when it suits you."</p>
                <button type="button" class="primary" on:click=move |_| { let _ = window().location().reload(); }>"Reload now"</button>
                <button type="button" on:click=move |_| ready.set(false)>"Later"</button>
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
                Some(true) => "The browser has agreed to keep this data until you delete it.",
                Some(false) => "The browser may clear this data if the computer runs short of space: export regularly.",
                None => "This browser cannot promise to keep the data: export regularly.",
            };
            view! { <p class="persist" data-testid="persist">{text}</p> }
        })
    }
}

async fn ask_to_persist() -> Option<bool> {
    let storage = js_sys::Reflect::get(&js_sys::Reflect::get(&window(), &JsValue::from_str("navigator")).ok()?, &JsValue::from_str("storage")).ok()?;
    let persist: js_sys::Function = js_sys::Reflect::get(&storage, &JsValue::from_str("persist")).ok()?.dyn_into().ok()?;
    let promise: js_sys::Promise = persist.call0(&storage).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_bool()
}
