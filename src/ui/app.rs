//! The shell: header with the partnership switcher, export and import; the tool
//! navigation; messages; the routed page; file drops anywhere on the page.
use leptos::prelude::*;
use leptos::{ev, html};
use wasm_bindgen::JsCast;

use super::pages::page;
use super::routes::{Route, TOOLS};
use super::state::AppState;
use super::welcome::Welcome;
use super::widgets::{Messages, StorageMeter};

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::init();
    provide_context(state);

    let read_route = move || {
        let hash = window().location().hash().unwrap_or_default();
        state.route.set(Route::from_hash(&hash));
    };
    read_route();
    let _ = window_event_listener(ev::hashchange, move |_| read_route());
    let _ = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
        if let Some(key) = e.key() {
            state.other_tab_saved(&key);
        }
    });
    // Focus moves to the page heading on navigation, so screen readers announce it.
    Effect::new(move |prev: Option<Route>| {
        let route = state.route.get();
        if let Some(doc) = window().document() {
            doc.set_title(&format!("{} · Common Ground", route.title()));
            if prev.is_some() && prev != Some(route) {
                if let Ok(Some(h)) = doc.query_selector("main h1") {
                    if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                        let _ = h.focus();
                    }
                }
            }
        }
        route
    });

    let is_open = Memo::new(move |_| state.current.with(|c| c.is_some()));
    let dragging = RwSignal::new(false);
    let on_drop = move |e: ev::DragEvent| {
        e.prevent_default();
        dragging.set(false);
        let file = e.data_transfer().and_then(|dt| dt.files()).and_then(|f| f.get(0));
        if let Some(file) = file {
            import_file(state, file);
        }
    };

    view! {
        <div
            class="app"
            class:dragging=dragging
            on:dragover=move |e: ev::DragEvent| {
                e.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <a class="skip" href="#main">"Skip to content"</a>
            <Header/>
            <Messages/>
            <main id="main">
                // A memo: every edit changes `current`, and redrawing the page for each one
                // would lose focus and half-typed text.
                {move || match is_open.get() {
                    false => view! { <Welcome/> }.into_any(),
                    true => page(state.route.get()),
                }}
            </main>
            <footer class="site-footer">
                <StorageMeter/>
                <p>"Everything stays in this browser. Share work by exporting a file."</p>
            </footer>
            <div class="drop-hint" aria-hidden="true">"Drop a Common Ground file to open it"</div>
        </div>
    }
}

/// Reads a picked or dropped file and opens it as a new partnership.
pub fn import_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    leptos::task::spawn_local(async move {
        match crate::files::read_text(file, state.max_file_bytes()).await {
            Ok(text) => state.import(&name, &text),
            Err(why) => state.import_failed(&name, &why),
        }
    });
}

#[component]
fn Header() -> impl IntoView {
    let state = expect_context::<AppState>();
    let file_input = NodeRef::<html::Input>::new();
    let on_file = move |_| {
        let Some(input) = file_input.get() else { return };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            import_file(state, file);
        }
        // Picking the same file again must fire `change` again.
        input.set_value("");
    };
    let has_current = move || state.current.with(|c| c.is_some());
    view! {
        <header class="site-header">
            <div class="brand">
                <a href=Route::Overview.href() class="logo">"Common Ground"</a>
                <Show when=has_current>
                    <Switcher/>
                </Show>
            </div>
            <div class="actions">
                <Show when=has_current>
                    <button type="button" on:click=move |_| state.undo() disabled=move || !state.can_undo.get()>
                        "Undo"
                    </button>
                    <button type="button" on:click=move |_| state.export()>"Export"</button>
                </Show>
                <button type="button" on:click=move |_| {
                    if let Some(i) = file_input.get() { i.click(); }
                }>"Import"</button>
                <input
                    type="file"
                    accept=".json,application/json"
                    class="visually-hidden"
                    tabindex="-1"
                    aria-label="Choose a Common Ground file to import"
                    node_ref=file_input
                    on:change=on_file
                />
            </div>
            <Show when=has_current>
                <nav aria-label="Tools">
                    <ul>
                        {TOOLS.iter().map(|(route, label)| {
                            let route = *route;
                            view! {
                                <li>
                                    <a
                                        href=route.href()
                                        aria-current=move || (state.route.get() == route).then_some("page")
                                    >
                                        {*label}
                                    </a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </nav>
            </Show>
        </header>
    }
}

#[component]
fn Switcher() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_change = move |e: ev::Event| {
        let value = event_target_value(&e);
        if let Ok(id) = uuid::Uuid::parse_str(&value) {
            state.switch(id);
        }
    };
    view! {
        <label class="switcher">
            <span class="visually-hidden">"Open partnership"</span>
            <select on:change=on_change>
                {move || {
                    let open = state.current.with(|c| c.as_ref().map(|p| p.id));
                    state.index.with(|i| i.partnerships.iter().map(|e| {
                        view! {
                            <option value=e.id.to_string() selected=open == Some(e.id)>
                                {e.name.clone()}
                            </option>
                        }
                    }).collect_view())
                }}
            </select>
        </label>
        <a href=Route::Partnerships.href() class="manage">"All partnerships"</a>
    }
}
