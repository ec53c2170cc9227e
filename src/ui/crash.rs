//! If the app panics anyway: at once a banner saying that what was saved is safe, with an
//! export of every stored partnership and a reload that opens the overview rather than the
//! screen that crashed. Written with plain DOM calls, not Leptos: after a panic the app's
//! own state cannot be trusted, and Rust stops running once the hook returns (wasm aborts).
use std::cell::RefCell;

use web_sys::{Document, Element, Window};

use super::clock;
use super::routes::Route;
use crate::i18n::{tr, Words};
use crate::model::file;
use crate::storage::{LocalStorage, Store};

/// The session key holding the address of the screen that crashed.
const CRASHED_AT: &str = "cg.crashed-at";

thread_local! {
    /// The banner and an export link's words in the interface's language, worded whenever the
    /// language changes: after a panic the app's signals cannot be trusted to word them.
    static WORDED: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// What the banner says before its export links; the reload button's inline handler runs
/// without Rust, which no longer runs after a panic.
fn banner(w: &Words) -> String {
    format!(
        r#"<p><strong>{}</strong> {}</p><p class="crash-exports"></p><p><button type="button" class="primary" onclick="location.reload()">{}</button></p>"#,
        w.get(tr::crash::STOPPED),
        w.get(tr::crash::SAFE),
        w.get(tr::crash::RELOAD)
    )
}

/// Words the banner in `w`'s language, ready for a panic.
pub fn word(w: &Words) {
    let worded = (banner(w), tr::crash::export(w, "{name}"));
    WORDED.with(|b| {
        if let Ok(mut b) = b.try_borrow_mut() {
            *b = Some(worded);
        }
    });
}

/// The banner and the export link's words as last worded; before any language was read (a
/// panic while starting), plain English.
fn worded() -> (String, String) {
    let last = WORDED.with(|b| b.try_borrow().ok().and_then(|b| b.clone()));
    last.unwrap_or_else(|| (STARTING.to_string(), "Export “{name}”".to_string()))
}

/// The banner of a panic before the interface's words were read.
const STARTING: &str = r#"<p><strong>Something went wrong and this page has stopped.</strong> Everything saved before this moment is safe in this browser. Reload to try again.</p><p class="crash-exports"></p><p><button type="button" class="primary" onclick="location.reload()">Reload</button></p>"#;

/// Installs the panic hook, after leaving the screen the last load of this tab crashed on.
pub fn install() {
    if let Some(window) = web_sys::window() {
        leave_crashed_screen(&window);
        // A development build panics on `dispatchEvent(new Event('cg-test-panic'))`, to try
        // the banner by hand; a release build has no such door.
        #[cfg(debug_assertions)]
        {
            let panic = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| panic!("cg-test-panic: a panic asked for by hand"));
            let _ = window.add_event_listener_with_callback("cg-test-panic", wasm_bindgen::JsCast::unchecked_ref(panic.as_ref()));
            panic.forget();
        }
    }
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Some(window) = web_sys::window() else { return };
        if let (Ok(Some(session)), Ok(hash)) = (window.session_storage(), window.location().hash()) {
            let _ = session.set_item(CRASHED_AT, &hash);
        }
        // The banner first: if reading the storage fails too, the page still says what happened.
        let Some(document) = window.document() else { return };
        let (banner, export) = worded();
        if let Some(exports) = show_banner(&document, &banner) {
            offer_exports(&document, &exports, &export);
        }
    }));
}

/// The address to open instead of `hash` when the last load crashed on `crashed`: the
/// overview, so that a reload does not run into the same panic.
pub fn instead_of(crashed: Option<&str>, hash: &str) -> Option<String> {
    let overview = Route::Overview.href();
    (crashed == Some(hash) && Route::from_hash(hash) != Route::Overview).then_some(overview)
}

fn leave_crashed_screen(window: &Window) {
    let Ok(Some(session)) = window.session_storage() else { return };
    let crashed = session.get_item(CRASHED_AT).ok().flatten();
    let _ = session.remove_item(CRASHED_AT);
    let location = window.location();
    if let Some(to) = instead_of(crashed.as_deref(), &location.hash().unwrap_or_default()) {
        // Replaces this history entry, so Back does not lead into the crash either.
        let _ = location.replace(&to);
    }
}

/// Puts the banner at the top of the page; returns the paragraph for the export links.
fn show_banner(document: &Document, text: &str) -> Option<Element> {
    if document.get_element_by_id("crash-banner").is_some() {
        return None;
    }
    let banner = document.create_element("div").ok()?;
    banner.set_id("crash-banner");
    banner.set_class_name("banner banner-error crash-banner");
    let _ = banner.set_attribute("role", "alert");
    let _ = banner.set_attribute("style", "position:fixed;top:0;left:0;right:0;z-index:1000;margin:0");
    banner.set_inner_html(text);
    document.body()?.prepend_with_node_1(&banner).ok()?;
    banner.query_selector(".crash-exports").ok().flatten()
}

/// One download link per stored partnership, read as the app reads it on start.
/// `label` is the link's words, with `{name}` for the partnership's.
fn offer_exports(document: &Document, exports: &Element, label: &str) {
    let Ok(backend) = LocalStorage::open() else { return };
    let store = Store::new(backend);
    let now = clock::now();
    let (index, _) = store.index(now);
    for entry in &index.partnerships {
        let Ok(p) = store.load(entry.id, now) else { continue };
        let Ok(url) = crate::files::object_url("application/json", &file::export_json(&p, now)) else { continue };
        let Ok(link) = document.create_element("a") else { continue };
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", &file::file_name(&p, now));
        let _ = link.set_attribute("style", "margin-right:1rem");
        link.set_text_content(Some(&label.replace("{name}", &p.name)));
        let _ = exports.append_child(&link);
    }
}

#[cfg(test)]
mod tests;
