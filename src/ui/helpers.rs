//! Small helpers every screen uses: reading the open partnership, today's date, moving
//! keyboard focus, and showing a list typed into one field. They live here, not in one
//! tool's folder, so that tools never import each other.
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::AppState;
use crate::model::Partnership;

/// Reads the open partnership (tracked), or the default when none is open.
pub fn read<R: Default>(state: AppState, f: impl FnOnce(&Partnership) -> R) -> R {
    state.current.with(|c| c.as_ref().map(f).unwrap_or_default())
}

/// Reads the open partnership without subscribing (in event handlers).
pub fn peek<R: Default>(state: AppState, f: impl FnOnce(&Partnership) -> R) -> R {
    state.current.with_untracked(|c| c.as_ref().map(f).unwrap_or_default())
}

/// Today in UTC, from the app's one clock.
pub fn today(state: AppState) -> NaiveDate {
    state.now().date_naive()
}

/// A metric's value with its unit, the number written as the language writes it (the
/// metrics' pages and the goal builder): "1,250 meals" / "1250 comidas" / "62,5 % des ménages".
pub fn metric_amount(w: &crate::i18n::Words, m: &crate::model::metrics::Metric, value: f64) -> String {
    let n = w.decimal(value, 2);
    match m.unit.trim() {
        "" => n,
        unit => format!("{n} {unit}"),
    }
}

/// Shows "a, b" lists typed into one text field the way they are typed.
pub fn join_tags(tags: &[String]) -> String {
    tags.join(", ")
}

// Moving keyboard focus. After a change that redraws the list (a moved row, a new form),
// focus must wait for the redraw: the `_soon` forms wait one animation frame.

/// Moves focus now to the first element matching the CSS `selector`, if there is one.
pub fn focus(selector: &str) {
    let el = document().query_selector(selector).ok().flatten();
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// [`focus`] once the view has been redrawn (e.g. to a moved row's button).
pub fn focus_soon(selector: impl Into<String>) {
    let selector = selector.into();
    request_animation_frame(move || focus(&selector));
}

/// [`focus_soon`] to the first field of a form that just opened (`form` selects it), unless
/// focus is already in that form by then: someone who clicked or tabbed into a field in the
/// meantime keeps typing there (moving them would send their next keys to another field).
pub fn focus_first_field_soon(form: &'static str) {
    request_animation_frame(move || {
        let inside = document().active_element().is_some_and(|a| a.closest(form).ok().flatten().is_some());
        if !inside {
            focus(&format!("{form} :is(input, textarea, select)"));
        }
    });
}

/// Moves focus to the element with `id` and scrolls it to the top of the view (jumping to
/// a section or to a form that just opened), if it is on the page.
pub fn focus_section(id: &str) {
    if let Some(el) = document().get_element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
        el.scroll_into_view();
    }
}

/// [`focus_section`] once the view has been redrawn.
pub fn focus_section_soon(id: &'static str) {
    request_animation_frame(move || focus_section(id));
}

/// Tags, themes or groups as chips, each one's text as typed.
pub fn chips(tags: &[String]) -> impl IntoView + use<> {
    tags.iter().map(|t| view! { <span class="chip">{t.clone()}</span> }).collect_view()
}
