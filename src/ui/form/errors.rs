//! What is wrong with a form, by field. The model's validation speaks in [`Problem`]s whose
//! path names the field (`"amount"`, `"end"`); reading typed text adds its own in the same
//! shape, so every form shows both the same way: under the field, every message, never only
//! the first, worded in the current language (and reworded when it changes).
use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::Problem;
use crate::ui::i18n::I18n;

/// The problems a form shows, and the ids of its fields (`{base}-{field}`).
#[derive(Clone, Copy)]
pub struct FormErrors {
    base: StoredValue<String>,
    problems: RwSignal<Vec<Problem>>,
    /// The language the problems are worded in (none outside the app, e.g. in a test).
    words: Option<I18n>,
}

impl FormErrors {
    /// `base` makes the form's field ids unique on the page, e.g. `partner-<id>`.
    pub fn new(base: impl Into<String>) -> FormErrors {
        FormErrors { base: StoredValue::new(base.into()), problems: RwSignal::new(Vec::new()), words: use_context::<I18n>() }
    }

    /// The element id of `field` in this form.
    pub fn id(&self, field: &str) -> String {
        self.base.with_value(|b| format!("{b}-{field}"))
    }

    /// Shows `found` under their fields, replacing what was shown; `true` when there is
    /// nothing to show, so the caller can go on and save. The first field with a problem is
    /// focused, so keyboard and screen-reader users land on it.
    pub fn show(&self, found: impl Into<Vec<Problem>>) -> bool {
        let found = found.into();
        let first = found.first().map(|p| self.id(&p.path));
        self.problems.set(found);
        match first {
            Some(id) => {
                focus(&id);
                false
            }
            None => true,
        }
    }

    /// Forgets the shown problems (after a save, or when the form closes).
    pub fn clear(&self) {
        self.problems.set(Vec::new());
    }

    /// Every message for `field`, one sentence after another; `None` when it is fine.
    pub fn at(&self, field: &str) -> Option<String> {
        self.problems.with(|ps| {
            let mut text = String::new();
            for p in ps.iter().filter(|p| p.path == field) {
                if !text.is_empty() {
                    text.push(' ');
                }
                match self.words {
                    Some(i) => text.push_str(&i.with(|w| p.message.say(w))),
                    None => text.push_str(&p.message.to_string()),
                }
            }
            (!text.is_empty()).then_some(text)
        })
    }
}

/// Problems found while reading a form's text into a record, before the model's checks run.
#[derive(Default, Debug)]
pub struct Found(Vec<Problem>);

impl Found {
    /// The value of a field that was read, or `None` after noting why it could not be.
    pub fn read<T, E: Into<Msg>>(&mut self, field: &str, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(why) => {
                self.push(field, why);
                None
            }
        }
    }

    /// A problem the form found: a message (`tr::…` key or a model's `Msg`), or text it worded.
    pub fn push(&mut self, field: &str, message: impl Into<Msg>) {
        self.0.push(Problem::new(field, message));
    }

    /// Adds the model's own problems (their paths name the form's fields).
    pub fn extend(&mut self, problems: impl IntoIterator<Item = Problem>) {
        self.0.extend(problems);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Found> for Vec<Problem> {
    fn from(f: Found) -> Vec<Problem> {
        f.0
    }
}

/// After the messages are drawn, moves keyboard focus to the first invalid field of the form
/// that holds the field `id` (in page order, whatever order the problems came in), or to that
/// field itself.
fn focus(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let Some(field) = document().get_element_by_id(&id) else { return };
        let form = field.closest("form").ok().flatten();
        let first = form.and_then(|f| f.query_selector("[aria-invalid=\"true\"]").ok().flatten());
        if let Ok(el) = first.unwrap_or(field).dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    });
}
