//! The interface's language in the browser: the chosen language's words as one signal that
//! every text reads (so switching redraws the words and nothing else: no reload, no lost
//! input), the choice remembered, `<html lang>` kept in step, and the picker. Every
//! language, English too, is a file downloaded when it is chosen; index.html starts the first
//! one's download before the wasm, so it costs no wait.
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
/// state's notices and alerts, worded once, when shown). Only once the app has mounted, which
/// it does only with its words (`prepare`).
pub fn say<T>(f: impl FnOnce(&Words) -> T) -> T {
    CURRENT.with(Cell::get).expect("words are said only once the app has mounted").now(f)
}

/// Before the app mounts: reads the remembered language (else the browser's) and its file,
/// which index.html began to download (`window.cgWords`) while the wasm was loading, so the
/// first screen is drawn in that language. A language that cannot be read falls back to
/// English; `Err` (with why) only when English cannot be read either.
pub async fn prepare() -> Result<(), String> {
    let stored = crate::storage::LocalStorage::open().ok().and_then(|ls| crate::storage::Store::new(ls).pref(PREF));
    let lang = stored.and_then(|c| Lang::from_tag(&c)).unwrap_or_else(browser_lang);
    let text = match started(lang) {
        Some(text) => text.await,
        None => download(lang).await,
    };
    let words = match text.and_then(|text| Words::from_json(lang, &text)) {
        Ok(words) => words,
        Err(_) if lang != Lang::En => download(Lang::En).await.and_then(|text| Words::from_json(Lang::En, &text))?,
        Err(why) => return Err(why),
    };
    FIRST.with(|f| *f.borrow_mut() = Some(words));
    Ok(())
}

/// The download index.html started for `lang`, if it started one for that language.
fn started(lang: Lang) -> Option<impl std::future::Future<Output = Result<String, String>>> {
    let cg = js_sys::Reflect::get(&window(), &"cgWords".into()).ok().filter(|v| v.is_object())?;
    let same = js_sys::Reflect::get(&cg, &"lang".into()).ok()?.as_string()? == lang.code();
    let text: js_sys::Promise = js_sys::Reflect::get(&cg, &"text".into()).ok()?.dyn_into().ok()?;
    same.then(|| async move {
        let v = JsFuture::from(text).await.map_err(|e| e.as_string().unwrap_or_else(|| "the network refused".into()))?;
        v.as_string().ok_or_else(|| "the file is not text".to_string())
    })
}

#[derive(Clone, Copy)]
pub struct I18n {
    words: RwSignal<Words>,
    /// The language chosen, which may still be downloading.
    chosen: RwSignal<Lang>,
}

impl I18n {
    /// The words `prepare` read (`main` mounts the app only once it has).
    pub fn init() -> I18n {
        let words = FIRST.with(|f| f.borrow_mut().take()).expect("prepare() read the words before the mount");
        crate::i18n::set_current(&words);
        let i = I18n { chosen: RwSignal::new(words.lang()), words: RwSignal::new(words) };
        i.apply_lang();
        CURRENT.with(|c| c.set(Some(i)));
        i
    }

    pub fn lang(&self) -> Lang {
        self.chosen.get()
    }

    /// Switches the interface to `lang` and remembers the choice for the next visit.
    pub fn choose(&self, state: AppState, lang: Lang) {
        state.set_pref(PREF, lang.code());
        self.chosen.set(lang);
        let me = *self;
        leptos::task::spawn_local(async move {
            match download(lang).await.and_then(|text| Words::from_json(lang, &text)) {
                // A later choice wins over a slower download.
                Ok(words) if me.chosen.get_untracked() == lang => me.apply(words),
                Ok(_) => {}
                Err(why) => {
                    me.chosen.set(me.words.with_untracked(Words::lang));
                    // Worded in the language still shown, since the chosen one did not come.
                    state.fail(me.now(|w| tr::app::lang_failed(w, lang.own_name(), &why)));
                }
            }
        });
    }

    fn apply(&self, words: Words) {
        crate::i18n::set_current(&words);
        self.words.set(words);
        self.apply_lang();
    }

    fn apply_lang(&self) {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", self.words.with_untracked(Words::lang).code());
        }
        self.words.with_untracked(super::crash::word);
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

/// index.html's loading line says that the app could not start, and why (in English: no
/// language could be read).
pub fn no_words(why: &str) {
    if let Some(line) = document().query_selector("#boot .boot-loading").ok().flatten() {
        line.set_text_content(Some(&format!("Common Ground could not load its words ({why}). Check the connection and reload the page.")));
    }
    if let Some(boot) = document().get_element_by_id("boot") {
        let _ = boot.class_list().add_1("returning");
    }
}

async fn download(lang: Lang) -> Result<String, String> {
    fetch_text(&format!("locales/{}.json", lang.code())).await
}

/// A language's words, downloaded (English too): for an output in another language than the
/// screen's (the report).
pub async fn load(lang: Lang) -> Result<Words, String> {
    download(lang).await.and_then(|text| Words::from_json(lang, &text))
}

/// The language the page is shown in now (`<html lang>`, set once its words are read).
pub fn page_lang() -> Lang {
    document().document_element().and_then(|e| e.get_attribute("lang")).and_then(|c| Lang::from_tag(&c)).unwrap_or(Lang::En)
}

/// The sample partnership as of `now` in the page's language: downloaded
/// (`locales/sample.json`, not compiled in), then translated when the page is in another
/// language (`locales/sample-<code>.json`; in English if that cannot be read). `Err` says why
/// the sample itself could not be had.
pub fn sample_in_page_lang(
    now: chrono::DateTime<chrono::Utc>,
    then: impl FnOnce(Result<crate::model::Partnership, String>) + 'static,
) {
    use crate::model::sample::{from_file, read_translations, translate};
    let lang = page_lang();
    leptos::task::spawn_local(async move {
        let p = match fetch_text("locales/sample.json").await {
            Ok(text) => from_file(&text, now).map_err(|e| e.to_string()),
            Err(why) => Err(why),
        };
        let p = match p {
            Ok(p) if lang != Lang::En => {
                let file = fetch_text(&format!("locales/sample-{}.json", lang.code())).await;
                match file.and_then(|text| read_translations(&text)) {
                    Ok(tr) => Ok(translate(&p, &tr)),
                    Err(_) => Ok(p),
                }
            }
            other => other,
        };
        then(p)
    });
}

/// A file of the app's own (a language, the sample's translations), as text.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let fail = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| "the network refused".into());
    let res = JsFuture::from(window().fetch_with_str(path)).await.map_err(fail)?;
    let res: web_sys::Response = res.dyn_into().map_err(fail)?;
    if !res.ok() {
        return Err(format!("the server answered {}", res.status()));
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
/// Every call returns the same closure type (the wording boxed inside), so the reactive code
/// that draws it is compiled once, not once per message: about 25 KB of the bundle.
pub fn tw<F: Fn(&Words) -> String + Send + Sync + 'static>(f: F) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    worded(std::sync::Arc::new(f))
}

type Wording = std::sync::Arc<dyn Fn(&Words) -> String + Send + Sync>;

fn worded(f: Wording) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let i = expect_context::<I18n>();
    move || i.with(|w| f(w))
}

/// A message with one text parameter, most often a record's name, following the language:
/// `aria-label=tw1(|w, x| tr::ideas::edit_idea(w, x), &idea.title)`.
pub fn tw1(f: fn(&Words, &str) -> String, arg: &str) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let arg = arg.to_string();
    tw(move |w| f(w, &arg))
}

/// A message with one number (a count for a plural, or the number itself), following the
/// language: `tn(|w, n| tr::ideas::rule(w, n), 3)`. One closure type for all, as `tw1`.
pub fn tn(f: fn(&Words, i64) -> String, n: i64) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    tw(move |w| f(w, n))
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
