//! Fields whose words are known only at run time: a choice among options the partnership
//! made (its categories, "Medium (2)"), a long text with a hint under its label, a text with
//! suggestions. Same frame, ids and messages as the other widgets.
use leptos::prelude::*;
use std::sync::Arc;

use super::errors::FormErrors;
use super::fields::{FieldShell, Place};
use crate::model::community::tag_suggestions;
use crate::model::Partnership;
use crate::ui::state::AppState;

/// One of `options`, each a value and what people read. The options are read once, when the
/// form opens; the chosen value is kept in `value`.
#[component]
pub fn ListSelect<K>(
    #[prop(into)] label: TextProp,
    value: RwSignal<K>,
    options: Vec<(K, String)>,
    #[prop(optional)] form: Option<FormErrors>,
    #[prop(optional)] field: &'static str,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] wide: bool,
) -> impl IntoView
where
    K: Clone + PartialEq + Send + Sync + 'static,
{
    let place = Place::new(form, field, id);
    let (id, err_id, invalid) = (place.id.clone(), place.error_id(), place.invalid());
    let options = StoredValue::new(options);
    // An option's value is its place in the list: the values need not be text.
    let on_change = move |e: leptos::ev::Event| {
        let chosen = event_target_value(&e).parse::<usize>().ok();
        if let Some(v) = chosen.and_then(|i| options.with_value(|o| o.get(i).map(|(k, _)| k.clone()))) {
            value.set(v);
        }
    };
    view! {
        <FieldShell place label wide>
            <select id=id on:change=on_change aria-invalid=invalid aria-describedby=err_id>
                {options.get_value().into_iter().enumerate().map(|(i, (k, text))| view! {
                    <option value=i.to_string() selected=move || value.with(|v| *v == k)>{text}</option>
                }).collect_view()}
            </select>
        </FieldShell>
    }
}

/// Several lines of text with a hint between the label and the box (what to write, "one per
/// line"); the box is described by both the hint and its message.
#[component]
pub fn HintedText(
    #[prop(into)] label: TextProp,
    value: RwSignal<String>,
    #[prop(into)] hint: TextProp,
    #[prop(optional)] form: Option<FormErrors>,
    #[prop(optional)] field: &'static str,
    #[prop(optional, into)] id: Option<String>,
    #[prop(default = 3)] rows: u32,
) -> impl IntoView {
    let place = Place::new(form, field, id);
    let (id, err_id, invalid) = (place.id.clone(), place.error_id(), place.invalid());
    let hint_id = format!("{id}-hint");
    let described = format!("{hint_id} {err_id}");
    view! {
        <FieldShell place label wide=true>
            <p class="hint" id=hint_id>{move || hint.get()}</p>
            <textarea id=id rows=rows prop:value=value on:input=move |e| value.set(event_target_value(&e))
                aria-invalid=invalid aria-describedby=described></textarea>
        </FieldShell>
    }
}

/// A one-line text with suggestions the browser offers as you type (units: USD, hours…);
/// anything else may be typed too.
#[component]
pub fn SuggestField(
    #[prop(into)] label: TextProp,
    value: RwSignal<String>,
    suggestions: &'static [&'static str],
    #[prop(optional)] form: Option<FormErrors>,
    #[prop(optional)] field: &'static str,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let options = move || suggestions.iter().map(|s| s.to_string()).collect();
    suggest_field(label, value, Place::new(form, field, id), false, None, Arc::new(options))
}

/// Tags separated by commas (themes, who was reached), offering those written before in the
/// partnership (`known`, e.g. `model::community::known_themes`) after what is typed.
#[component]
pub fn TagsField(
    #[prop(into)] label: TextProp,
    value: RwSignal<String>,
    known: fn(&Partnership) -> Vec<String>,
    #[prop(optional)] form: Option<FormErrors>,
    #[prop(optional)] field: &'static str,
    #[prop(optional)] wide: bool,
    #[prop(optional, into)] placeholder: Option<TextProp>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let known = state.current.with_untracked(|c| c.as_ref().map(known).unwrap_or_default());
    let options = move || value.with(|typed| tag_suggestions(typed, &known));
    suggest_field(label, value, Place::new(form, field, None), wide, placeholder, Arc::new(options))
}

// Not generic: one body for fixed and typed-along suggestions.
fn suggest_field(
    label: TextProp,
    value: RwSignal<String>,
    place: Place,
    wide: bool,
    placeholder: Option<TextProp>,
    options: Arc<dyn Fn() -> Vec<String> + Send + Sync>,
) -> AnyView {
    let (id, err_id, invalid) = (place.id.clone(), place.error_id(), place.invalid());
    let list_id = format!("{id}-suggestions");
    view! {
        <FieldShell place label wide>
            <input id=id type="text" list=list_id.clone() placeholder=move || placeholder.as_ref().map(|p| p.get())
                prop:value=value on:input=move |e| value.set(event_target_value(&e)) aria-invalid=invalid aria-describedby=err_id/>
            <datalist id=list_id>
                {move || options().into_iter().map(|s| view! { <option value=s/> }).collect_view()}
            </datalist>
        </FieldShell>
    }
    .into_any()
}
