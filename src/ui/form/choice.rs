//! Choosing one of a fixed set: an enum of the model ([`SelectField`]) or a partner
//! ([`PartnerSelect`]).
use leptos::prelude::*;
use uuid::Uuid;

use super::errors::FormErrors;
use super::fields::{FieldShell, Place};
use crate::i18n::{tr, Key};
use crate::ui::i18n::t;
use crate::ui::state::AppState;

/// A model enum offered in a `<select>`: its values in order, a stable key for the option's
/// value, and what people read.
pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    fn choices() -> &'static [Self];
    fn key(self) -> &'static str;
    /// What people read, in the interface's language.
    fn label_key(self) -> Key;
}

/// Implements [`Choice`] for enums with `ALL`, `key()` and `label()`.
macro_rules! choices {
    ($($ty:ty),* $(,)?) => {$(
        impl Choice for $ty {
            fn choices() -> &'static [Self] {
                &<$ty>::ALL
            }
            fn key(self) -> &'static str {
                <$ty>::key(self)
            }
            fn label_key(self) -> Key {
                <$ty>::label_key(self)
            }
        }
    )*};
}

choices!(
    crate::model::Sector,
    crate::model::metrics::Direction,
    crate::model::metrics::Counting,
    crate::model::metrics::MetricKind,
    crate::model::goals::GoalStatus,
    crate::model::community::ActivityKind,
    crate::model::community::ResponseStatus,
    crate::model::stories::Audience,
    crate::model::stories::Frequency,
    crate::model::resources::Strength,
    crate::model::ideas::Decision,
    crate::model::sustainability::CapacityArea,
    crate::model::report::ReportAudience,
);

/// One of a model enum's values.
#[component]
pub fn SelectField<T: Choice>(
    #[prop(into)] label: TextProp,
    value: RwSignal<T>,
    #[prop(optional)] form: Option<FormErrors>,
    #[prop(optional)] field: &'static str,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] wide: bool,
) -> impl IntoView {
    let options = T::choices().iter().map(|c| (c.key(), c.label_key())).collect();
    let chosen = Signal::derive(move || T::choices().iter().position(|c| *c == value.get()));
    let choose = Callback::new(move |i: usize| {
        if let Some(v) = T::choices().get(i) {
            value.set(*v);
        }
    });
    select_field(label, Place::new(form, field, id), wide, options, chosen, choose)
}

// Not generic: the field is compiled once rather than for each enum (13 of them). Options
// are (key, label) pairs, chosen by their position.
fn select_field(
    label: TextProp,
    place: Place,
    wide: bool,
    options: Vec<(&'static str, Key)>,
    chosen: Signal<Option<usize>>,
    choose: Callback<usize>,
) -> AnyView {
    let (id, err_id, invalid) = (place.id.clone(), place.error_id(), place.invalid());
    let keys: Vec<&'static str> = options.iter().map(|(k, _)| *k).collect();
    let on_change = move |e: leptos::ev::Event| {
        let key = event_target_value(&e);
        if let Some(i) = keys.iter().position(|k| *k == key) {
            choose.run(i);
        }
    };
    view! {
        <FieldShell place label wide>
            <select id=id on:change=on_change aria-invalid=invalid aria-describedby=err_id>
                {options.into_iter().enumerate().map(|(i, (key, text))| view! {
                    <option value=key selected=move || chosen.get() == Some(i)>{t(text)}</option>
                }).collect_view()}
            </select>
        </FieldShell>
    }
    .into_any()
}

/// A partner, or no one. A partner that was deleted stays selected and shows as "(removed
/// partner)", so saving a form does not silently drop it.
#[component]
pub fn PartnerSelect(
    #[prop(into)] label: TextProp,
    value: RwSignal<Option<Uuid>>,
    #[prop(optional)] form: Option<FormErrors>,
    #[prop(optional)] field: &'static str,
    #[prop(optional, into)] id: Option<String>,
    /// What the empty choice says ("No one yet" when not given).
    #[prop(optional, into)] none: Option<TextProp>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let none = none.unwrap_or_else(|| t(tr::form::NO_ONE).into());
    let place = Place::new(form, field, id);
    let (id, err_id, invalid) = (place.id.clone(), place.error_id(), place.invalid());
    let partners = move || {
        state.current.with(|c| {
            c.as_ref().map(|p| p.partners.iter().map(|x| (x.id, x.name.clone())).collect::<Vec<_>>()).unwrap_or_default()
        })
    };
    view! {
        <FieldShell place label>
            <select id=id on:change=move |e| value.set(Uuid::parse_str(&event_target_value(&e)).ok())
                aria-invalid=invalid aria-describedby=err_id>
                <option value="" selected=move || value.get().is_none()>{move || none.get()}</option>
                {move || {
                    let list = partners();
                    let removed = value.get().filter(|v| !list.iter().any(|(id, _)| id == v)).map(|v| view! {
                        <option value=v.to_string() selected=true>{t(tr::form::REMOVED_PARTNER)}</option>
                    });
                    let options = list.into_iter().map(|(pid, name)| view! {
                        <option value=pid.to_string() selected=move || value.get() == Some(pid)>{name}</option>
                    }).collect_view();
                    view! { {options} {removed} }
                }}
            </select>
        </FieldShell>
    }
}
