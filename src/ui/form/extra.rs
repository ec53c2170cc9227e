//! Fields whose words are known only at run time: a choice among options the partnership
//! made (its categories, "Medium (2)"), a long text with a hint under its label, a checkbox
//! per partner, a text with suggestions. Same frame, ids and messages as the other widgets.
use leptos::prelude::*;
use uuid::Uuid;

use super::errors::FormErrors;
use super::fields::{FieldShell, Place};
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

/// Any number of the partners, a checkbox each (who ran an activity, who came to a meeting).
/// A partner that was deleted is kept in `value` without a box, so saving does not drop it.
#[component]
pub fn PartnerChecks(
    #[prop(into)] legend: TextProp,
    value: RwSignal<Vec<Uuid>>,
    /// The fieldset's own class beside `field wide`, e.g. `checks`.
    class: &'static str,
    #[prop(optional)] form: Option<FormErrors>,
    #[prop(optional)] field: &'static str,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let base = Place::new(form, field, id).id;
    let partners = move || {
        state.current.with(|c| {
            c.as_ref().map(|p| p.partners.iter().map(|x| (x.id, x.name.clone())).collect::<Vec<_>>()).unwrap_or_default()
        })
    };
    let toggle = move |id: Uuid, on: bool| {
        value.update(|list| {
            list.retain(|x| *x != id);
            if on {
                list.push(id);
            }
        })
    };
    view! {
        <fieldset class=format!("field wide {class}")>
            <legend>{move || legend.get()}</legend>
            {move || partners().into_iter().map(|(pid, name)| {
                let cid = format!("{base}-{pid}");
                view! {
                    <span class="check">
                        <input type="checkbox" id=cid.clone() prop:checked=move || value.with(|v| v.contains(&pid))
                            on:change=move |e| toggle(pid, event_target_checked(&e))/>
                        <label for=cid>{name}</label>
                    </span>
                }
            }).collect_view()}
        </fieldset>
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
    let place = Place::new(form, field, id);
    let (id, err_id, invalid) = (place.id.clone(), place.error_id(), place.invalid());
    let list_id = format!("{id}-suggestions");
    view! {
        <FieldShell place label>
            <input id=id type="text" list=list_id.clone() prop:value=value on:input=move |e| value.set(event_target_value(&e))
                aria-invalid=invalid aria-describedby=err_id/>
            <datalist id=list_id>
                {suggestions.iter().map(|s| view! { <option value=*s/> }).collect_view()}
            </datalist>
        </FieldShell>
    }
}
