//! The shell: header with the partnership switcher, export and import; the tool
//! navigation; messages; the routed page; file drops anywhere on the page.
use leptos::prelude::*;
use leptos::{ev, html};
use wasm_bindgen::JsCast;

use super::merge::{ImportChoice, MergeReview};
use super::offline::{PersistStatus, UpdateBanner};
use super::pages::page;
use super::routes::{Route, TOOLS};
use super::state::AppState;
use super::welcome::Welcome;
use super::widgets::{Messages, StorageMeter};
use super::i18n::{t, I18n, LanguagePicker};
use crate::i18n::tr;
use super::facilitation::{listen_for_shortcuts, Facilitation, FacilitationBar, GuidePanel, ShortcutsDialog, StepBanner, TimerBadge, TimerPanel};
use crate::ui::widgets::When;

#[component]
pub fn App() -> impl IntoView {
    // The words first: the state's first notes (storage refused) are worded in them.
    let i18n = I18n::init();
    provide_context(i18n);
    let state = AppState::init();
    provide_context(state);
    let facilitation = Facilitation::init(state);
    provide_context(facilitation);
    listen_for_shortcuts(facilitation);

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
            doc.set_title(&i18n.with(|w| tr::app::title(w, w.get(route.title()))));
            if prev.is_some() && prev != Some(route) {
                // A passing message belongs to the screen it was shown on.
                state.notice.set(None);
                if let Ok(Some(h)) = doc.query_selector("main h1") {
                    if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                        let _ = h.focus();
                    }
                }
            }
        }
        route
    });

    // The page is rebuilt only when another partnership opens, not on every edit: rebuilding
    // on each edit would reset what a screen holds (an open form, whose turn it is to rate)
    // and drop keyboard focus.
    let open_id = Memo::new(move |_| state.current.with(|c| c.as_ref().map(|p| p.id)));
    let in_review = Memo::new(move |_| state.review.with(|r| r.is_some()));
    let dragging = RwSignal::new(false);
    let on_drop = move |e: ev::DragEvent| {
        e.prevent_default();
        dragging.set(false);
        if let Some(files) = e.data_transfer().and_then(|dt| dt.files()) {
            import_files(state, files);
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
            <a class="skip" href="#main">{t(tr::app::SKIP)}</a>
            <Header/>
            <Messages/>
            <UpdateBanner/>
            <TimerPanel/>
            <div class="workspace">
            <main id="main">
                <StepBanner/>
                {move || match open_id.get() {
                    None => view! { <Welcome/> }.into_any(),
                    Some(_) if in_review.get() => view! { <MergeReview/> }.into_any(),
                    Some(_) => view! { <ImportChoice/> {move || page(state.route.get())} }.into_any(),
                }}
            </main>
            <GuidePanel/>
            </div>
            <TimerBadge/>
            <ShortcutsDialog/>
            <footer class="site-footer">
                <StorageMeter/>
                <PersistStatus/>
                <p>{t(tr::app::FOOTER)}</p>
            </footer>
            <div class="drop-hint" aria-hidden="true">{t(tr::app::DROP_HINT)}</div>
        </div>
    }
}

/// Reads picked or dropped files, then hands them to the state one after another (open as
/// new when nothing is open, else the user chooses: new, or merge).
pub fn import_files(state: AppState, files: web_sys::FileList) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    leptos::task::spawn_local(async move {
        let mut read = Vec::new();
        for file in files {
            let name = file.name();
            match crate::files::read_text(file, state.max_file_bytes()).await {
                Ok(text) => read.push((name, text)),
                Err(why) => state.import_failed(&name, &why),
            }
        }
        state.receive_files(read);
    });
}

#[component]
fn Header() -> impl IntoView {
    let state = expect_context::<AppState>();
    let file_input = NodeRef::<html::Input>::new();
    let on_file = move |_| {
        let Some(input) = file_input.get() else { return };
        if let Some(files) = input.files() {
            import_files(state, files);
        }
        // Picking the same file again must fire `change` again.
        input.set_value("");
    };
    let has_current = move || state.current.with(|c| c.is_some());
    // On a phone the actions, the workshop bar and the tools fold into one menu (a
    // disclosure); on wider screens the menu's box is `display: contents` and its button hidden.
    let menu_open = RwSignal::new(false);
    let menu_button = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        state.route.track();
        menu_open.set(false);
    });
    let on_menu_key = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" && menu_open.get_untracked() {
            // Escape here only closes the menu, not presentation view (shortcuts.rs).
            e.stop_propagation();
            menu_open.set(false);
            if let Some(b) = menu_button.get() {
                let _ = b.focus();
            }
        }
    };
    view! {
        <header class="site-header" class:has-menu=has_current class:menu-open=menu_open on:keydown=on_menu_key>
            <div class="brand">
                <a href=Route::Overview.href() class="logo">{t(tr::app::NAME)}</a>
                <When when=has_current>
                    <Switcher/>
                    <button
                        type="button"
                        class="menu-button"
                        aria-expanded=move || menu_open.get().to_string()
                        aria-controls="site-menu"
                        node_ref=menu_button
                        on:click=move |_| menu_open.update(|o| *o = !*o)
                    >
                        {t(tr::header::MENU)}
                    </button>
                    <a href=Route::Partnerships.href() class="manage">{t(tr::header::ALL_PARTNERSHIPS)}</a>
                </When>
            </div>
            <div id="site-menu" class="site-menu" class:open=menu_open>
                <div class="actions">
                    <When when=has_current>
                        <button type="button" on:click=move |_| state.undo() disabled=move || !state.can_undo.get()>
                            {t(tr::header::UNDO)}
                        </button>
                        <button type="button" on:click=move |_| state.redo() disabled=move || !state.can_redo.get()>
                            {t(tr::header::REDO)}
                        </button>
                        <button type="button" on:click=move |_| state.export()>{t(tr::header::EXPORT)}</button>
                    </When>
                    <button type="button" on:click=move |_| {
                        if let Some(i) = file_input.get() { i.click(); }
                    }>{t(tr::header::IMPORT)}</button>
                    <input
                        type="file"
                        accept=".json,application/json"
                        multiple
                        class="visually-hidden"
                        tabindex="-1"
                        aria-label=t(tr::header::IMPORT_LABEL)
                        node_ref=file_input
                        on:change=on_file
                    />
                    <LanguagePicker/>
                </div>
                <When when=has_current>
                    <FacilitationBar/>
                </When>
                <When when=has_current>
                    <nav aria-label=t(tr::header::TOOLS)>
                        <ul>
                            {TOOLS.iter().map(|(route, label)| {
                                let route = *route;
                                view! {
                                    <li>
                                        <a
                                            href=route.href()
                                            aria-current=move || (state.route.get() == route).then_some("page")
                                        >
                                            {t(*label)}
                                        </a>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </nav>
                </When>
            </div>
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
            <span class="visually-hidden">{t(tr::header::OPEN_PARTNERSHIP)}</span>
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
    }
}
