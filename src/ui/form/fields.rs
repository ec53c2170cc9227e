//! One widget per kind of field. Each is a labelled control bound to a signal of the text
//! typed (numbers, dates and money are read into values by the model on save), with its
//! message under it. Ids come from the form's [`FormErrors`] (`{base}-{field}`) unless given.
use leptos::prelude::*;

use super::errors::FormErrors;
use crate::i18n::tr;
use crate::ui::i18n::t;

/// Where a field's id and message come from: a form and the field's name in it, or a fixed
/// id for a control outside any form.
#[derive(Clone)]
pub(super) struct Place {
    pub id: String,
    form: Option<FormErrors>,
    field: &'static str,
}

impl Place {
    pub fn new(form: Option<FormErrors>, field: &'static str, id: Option<String>) -> Place {
        let id = id.unwrap_or_else(|| form.map(|f| f.id(field)).unwrap_or_else(|| field.to_string()));
        Place { id, form, field }
    }

    pub fn error_id(&self) -> String {
        format!("{}-error", self.id)
    }

    /// The field's message now (tracked).
    pub fn message(&self) -> impl Fn() -> Option<String> + Send + Sync + Copy + 'static {
        let (form, field) = (self.form, self.field);
        move || form.and_then(|f| f.at(field))
    }

    pub fn invalid(&self) -> impl Fn() -> Option<&'static str> + Send + Sync + Copy + 'static {
        let message = self.message();
        move || message().map(|_| "true")
    }
}

/// The message under a field; always there (empty when all is well) so that the control's
/// `aria-describedby` points at it.
#[component]
pub fn FieldError(id: String, message: impl Fn() -> Option<String> + Send + Sync + 'static) -> impl IntoView {
    view! { <p class="field-error" id=id>{message}</p> }
}

/// The frame every field shares: the box, the label, the control, the message.
#[component]
pub(super) fn FieldShell(place: Place, label: TextProp, #[prop(optional)] wide: bool, children: Children) -> impl IntoView {
    view! {
        <div class="field" class:wide=wide>
            <label for=place.id.clone()>{move || label.get()}</label>
            {children()}
            <FieldError id=place.error_id() message=place.message()/>
        </div>
    }
}

/// A one-line text input.
#[component]
pub fn TextField(
    #[prop(into)] label: TextProp,
    value: RwSignal<String>,
    /// The form whose errors and ids this field uses.
    #[prop(optional)] form: Option<FormErrors>,
    /// The field's name: the path of its problems, and the end of its id.
    #[prop(optional)] field: &'static str,
    /// An id to use instead of the form's `{base}-{field}`.
    #[prop(optional, into)] id: Option<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] wide: bool,
    /// Known at run time where it is the partnership's own name.
    #[prop(optional, into)] placeholder: Option<TextProp>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let input = Input { kind, inputmode: None, placeholder, autocomplete, required };
    input.view(Place::new(form, field, id), label, value, wide)
}

/// A number typed as text (`inputmode="decimal"`): the model reads it, so "1,5" and
/// "1 500" get a clear message rather than a browser's silent refusal.
#[component]
pub fn NumberField(
    #[prop(into)] label: TextProp,
    value: RwSignal<String>,
    #[prop(optional)] form: Option<FormErrors>,
    #[prop(optional)] field: &'static str,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] wide: bool,
    #[prop(optional, into)] placeholder: Option<TextProp>,
) -> impl IntoView {
    let input = Input { kind: "text", inputmode: Some("decimal"), placeholder, autocomplete: None, required: false };
    input.view(Place::new(form, field, id), label, value, wide)
}

/// A date picker; the text is `YYYY-MM-DD` or empty.
#[component]
pub fn DateField(
    #[prop(into)] label: TextProp,
    value: RwSignal<String>,
    #[prop(optional)] form: Option<FormErrors>,
    #[prop(optional)] field: &'static str,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let input = Input { kind: "date", inputmode: None, placeholder: None, autocomplete: None, required: false };
    input.view(Place::new(form, field, id), label, value, false)
}

/// The `<input>` the text, number and date fields share.
struct Input {
    kind: &'static str,
    inputmode: Option<&'static str>,
    placeholder: Option<TextProp>,
    autocomplete: Option<&'static str>,
    required: bool,
}

impl Input {
    fn view(self, place: Place, label: TextProp, value: RwSignal<String>, wide: bool) -> impl IntoView {
        let (id, err_id, invalid) = (place.id.clone(), place.error_id(), place.invalid());
        let Input { kind, inputmode, placeholder, autocomplete, required } = self;
        view! {
            <FieldShell place label wide>
                <input id=id type=kind inputmode=inputmode placeholder=move || placeholder.as_ref().map(|p| p.get()) autocomplete=autocomplete required=required
                    prop:value=value on:input=move |e| value.set(event_target_value(&e))
                    aria-invalid=invalid aria-describedby=err_id/>
            </FieldShell>
        }
    }
}

/// Several lines of text.
#[component]
pub fn LongText(
    #[prop(into)] label: TextProp,
    value: RwSignal<String>,
    #[prop(optional)] form: Option<FormErrors>,
    #[prop(optional)] field: &'static str,
    #[prop(optional, into)] id: Option<String>,
    #[prop(default = 3)] rows: u32,
    #[prop(optional, into)] placeholder: Option<TextProp>,
) -> impl IntoView {
    let place = Place::new(form, field, id);
    let (id, err_id, invalid) = (place.id.clone(), place.error_id(), place.invalid());
    view! {
        <FieldShell place label wide=true>
            <textarea id=id rows=rows placeholder=move || placeholder.as_ref().map(|p| p.get()) prop:value=value on:input=move |e| value.set(event_target_value(&e))
                aria-invalid=invalid aria-describedby=err_id></textarea>
        </FieldShell>
    }
}

/// An amount of money: the amount as typed and its currency code side by side, one message
/// for both (`field` names the amount; problems of `{field}_currency` show here too).
#[component]
pub fn MoneyField(
    #[prop(into)] label: TextProp,
    amount: RwSignal<String>,
    currency: RwSignal<String>,
    form: FormErrors,
    field: &'static str,
    /// The currency box's accessible name ("Currency" when not given).
    #[prop(optional, into)] currency_label: Option<TextProp>,
) -> impl IntoView {
    let currency_label = currency_label.unwrap_or_else(|| t(tr::form::CURRENCY).into());
    let id = form.id(field);
    let currency_id = form.id("currency");
    let err_id = format!("{id}-error");
    let message = move || {
        let parts: Vec<String> = [form.at(field), form.at("currency")].into_iter().flatten().collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    };
    let amount_invalid = move || form.at(field).map(|_| "true");
    let currency_invalid = move || form.at("currency").map(|_| "true");
    view! {
        <div class="field money-field">
            <label for=id.clone()>{move || label.get()}</label>
            <div class="money-inputs">
                <input id=id type="text" inputmode="decimal" prop:value=amount on:input=move |e| amount.set(event_target_value(&e))
                    aria-invalid=amount_invalid aria-describedby=err_id.clone()/>
                <label class="visually-hidden" for=currency_id.clone()>{move || currency_label.get()}</label>
                <input id=currency_id type="text" class="currency" maxlength="3" autocapitalize="characters"
                    prop:value=currency on:input=move |e| currency.set(event_target_value(&e))
                    aria-invalid=currency_invalid aria-describedby=err_id.clone()/>
            </div>
            <FieldError id=err_id message/>
        </div>
    }
}

/// A checkbox with its label after it.
#[component]
pub fn CheckField(
    #[prop(into)] label: TextProp,
    value: RwSignal<bool>,
    #[prop(optional)] form: Option<FormErrors>,
    #[prop(optional)] field: &'static str,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let place = Place::new(form, field, id);
    let id = place.id.clone();
    view! {
        <div class="field check-field">
            <input id=id.clone() type="checkbox" prop:checked=value on:change=move |e| value.set(event_target_checked(&e))/>
            <label for=id>{move || label.get()}</label>
        </div>
    }
}
