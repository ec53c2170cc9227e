//! Small form pieces shared by the stories, milestones, sustainability and report screens.
use leptos::prelude::*;
use uuid::Uuid;

use crate::ui::helpers::read;
use crate::ui::state::AppState;

/// A labelled choice of partner, or no one. An owner that was deleted stays selected and
/// shows as "(removed partner)", so saving a form does not silently drop it.
#[component]
pub fn PartnerSelect(id: String, label: &'static str, value: RwSignal<Option<Uuid>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let partners = move || read(state, |p| p.partners.iter().map(|x| (x.id, x.name.clone())).collect::<Vec<_>>());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |e| value.set(Uuid::parse_str(&event_target_value(&e)).ok())>
                <option value="" selected=move || value.get().is_none()>"No one yet"</option>
                {move || {
                    let list = partners();
                    let removed = value.get().filter(|v| !list.iter().any(|(id, _)| id == v));
                    let removed = removed.map(|v| view! {
                        <option value=v.to_string() selected=true>"(removed partner)"</option>
                    });
                    let options = list.into_iter().map(|(pid, name)| view! {
                        <option value=pid.to_string() selected=move || value.get() == Some(pid)>{name}</option>
                    }).collect_view();
                    view! { {options} {removed} }
                }}
            </select>
        </div>
    }
}

/// A labelled text input bound to a signal.
#[component]
pub fn TextField(
    id: String,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] error: Option<Signal<Option<String>>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] wide: bool,
) -> impl IntoView {
    let err_id = format!("{id}-error");
    view! {
        <div class="field" class:wide=wide>
            <label for=id.clone()>{label}</label>
            <input id=id type=kind prop:value=value on:input=move |e| value.set(event_target_value(&e))
                aria-invalid=move || error.and_then(|e| e.get()).map(|_| "true")
                aria-describedby=err_id.clone()/>
            <p class="field-error" id=err_id>{move || error.and_then(|e| e.get())}</p>
        </div>
    }
}

/// A labelled textarea bound to a signal.
#[component]
pub fn TextArea(id: String, label: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="field wide">
            <label for=id.clone()>{label}</label>
            <textarea id=id rows="3" prop:value=value on:input=move |e| value.set(event_target_value(&e))></textarea>
        </div>
    }
}

/// A labelled checkbox bound to a signal.
#[component]
pub fn CheckField(id: String, label: &'static str, value: RwSignal<bool>) -> impl IntoView {
    view! {
        <div class="field check-field">
            <input id=id.clone() type="checkbox" prop:checked=value on:change=move |e| value.set(event_target_checked(&e))/>
            <label for=id>{label}</label>
        </div>
    }
}
