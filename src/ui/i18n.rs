//! The interface's language in the browser: the chosen language's words as one signal that
//! every text reads (so switching redraws the words and nothing else: no reload, no lost
//! input), the choice remembered, `<html lang>` kept in step, and the picker. English is
//! compiled in; another language's file is downloaded when it is chosen.
use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::state::AppState;
use crate::i18n::{tr, Key, Lang, Words};

/// The preference that remembers the choice.
const PREF: &str = "lang";

thread_local! {
    /// The words `main` read before mounting, taken by `I18n::init`.
    static FIRST: RefCell<Option<Words>> = const { RefCell::new(None) };
    /// The app's language once `I18n::init` ran, for words said where no view is at hand.
    static CURRENT: Cell<Option<I18n>> = const { Cell::new(None) };
}

/// Words something in the current language where no component's context is at hand (the
/// state's notices and alerts, worded once, when shown); English before the app mounts.
pub fn say<T>(f: impl FnOnce(&Words) -> T) -> T {
    match CURRENT.with(Cell::get) {
        Some(i) => i.now(f),
        None => f(&Words::english()),
    }
}

/// Before the app mounts: reads the remembered language (else the browser's), and downloads
/// its file, so that the first screen is drawn in that language rather than in English and
/// then redrawn. English, or a file that cannot be read, costs no wait.
pub async fn prepare() {
    let stored = crate::storage::LocalStorage::open().ok().and_then(|ls| crate::storage::Store::new(ls).pref(PREF));
    let lang = stored.and_then(|c| Lang::from_tag(&c)).unwrap_or_else(browser_lang);
    if lang != Lang::En {
        if let Ok(words) = download(lang).await.and_then(|text| Words::from_json(lang, &text)) {
            FIRST.with(|f| *f.borrow_mut() = Some(words));
        }
    }
}

#[derive(Clone, Copy)]
pub struct I18n {
    words: RwSignal<Words>,
    /// The language chosen, which may still be downloading.
    chosen: RwSignal<Lang>,
}

impl I18n {
    /// The words `prepare` read; else the remembered choice or the browser's languages,
    /// starting in English until that language's file is read.
    pub fn init(state: AppState) -> I18n {
        let i = I18n { words: RwSignal::new(Words::english()), chosen: RwSignal::new(Lang::En) };
        match FIRST.with(|f| f.borrow_mut().take()) {
            Some(words) => {
                i.chosen.set(words.lang());
                i.apply(words);
            }
            None => {
                let lang = state.pref(PREF).and_then(|c| Lang::from_tag(&c)).unwrap_or_else(browser_lang);
                i.switch(state, lang, false);
            }
        }
        CURRENT.with(|c| c.set(Some(i)));
        i
    }

    pub fn lang(&self) -> Lang {
        self.chosen.get()
    }

    /// Switches the interface to `lang`; `remember` keeps the choice for the next visit.
    pub fn choose(&self, state: AppState, lang: Lang) {
        state.set_pref(PREF, lang.code());
        self.switch(state, lang, true);
    }

    fn switch(&self, state: AppState, lang: Lang, announce: bool) {
        self.chosen.set(lang);
        if lang == Lang::En {
            self.apply(Words::english());
            return;
        }
        let me = *self;
        leptos::task::spawn_local(async move {
            match download(lang).await.and_then(|text| Words::from_json(lang, &text)) {
                // A later choice wins over a slower download.
                Ok(words) if me.chosen.get_untracked() == lang => me.apply(words),
                Ok(_) => {}
                Err(why) => {
                    me.chosen.set(me.words.with_untracked(Words::lang));
                    if announce {
                        // Worded in the language still shown, since the chosen one did not come.
                        state.fail(me.now(|w| tr::app::lang_failed(w, lang.own_name(), &why)));
                    }
                }
            }
        });
    }

    fn apply(&self, words: Words) {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", words.lang().code());
        }
        super::crash::word(&words);
        self.words.set(words);
    }

    /// Reads the current words (tracked: a view or effect that calls this follows the language).
    pub fn with<T>(&self, f: impl FnOnce(&Words) -> T) -> T {
        self.words.with(f)
    }

    /// Reads the current words without following them (for a notice worded once).
    pub fn now<T>(&self, f: impl FnOnce(&Words) -> T) -> T {
        self.words.with_untracked(f)
    }
}

fn browser_lang() -> Lang {
    let langs = window().navigator().languages();
    let tags: Vec<String> = langs.iter().filter_map(|v| v.as_string()).collect();
    Lang::negotiate(tags.iter().map(String::as_str))
}

async fn download(lang: Lang) -> Result<String, String> {
    let fail = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| say(|w| w.get(tr::app::NETWORK_REFUSED).to_string()));
    let res = JsFuture::from(window().fetch_with_str(&format!("locales/{}.json", lang.code()))).await.map_err(fail)?;
    let res: web_sys::Response = res.dyn_into().map_err(fail)?;
    if !res.ok() {
        return Err(say(|w| tr::app::server_answered(w, &res.status().to_string())));
    }
    let text = JsFuture::from(res.text().map_err(fail)?).await.map_err(fail)?;
    Ok(text.as_string().unwrap_or_default())
}

/// A message in the current language, following it: for text and attributes alike
/// (`{t(tr::header::UNDO)}`, `aria-label=t(…)`). One closure type for every message.
pub fn t(k: Key) -> impl Fn() -> String + Clone + Copy + Send + Sync + 'static {
    let i = expect_context::<I18n>();
    move || i.with(|w| w.get(k).to_string())
}

/// A message with parameters, following the language: `tw(move |w| tr::app::title(w, name))`.
pub fn tw<F: Fn(&Words) -> String + Clone + Send + Sync + 'static>(f: F) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let i = expect_context::<I18n>();
    move || i.with(&f)
}

/// The language picker: each language named in itself.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    view! {
        <label class="language-picker">
            <span class="visually-hidden">{t(tr::header::LANGUAGE)}</span>
            <select on:change=move |e| {
                if let Some(lang) = Lang::from_tag(&event_target_value(&e)) {
                    i.choose(state, lang);
                }
            }>
                {Lang::ALL.into_iter().map(|l| view! {
                    <option value=l.code() lang=l.code() selected=move || i.lang() == l>{l.own_name()}</option>
                }).collect_view()}
            </select>
        </label>
    }
}
