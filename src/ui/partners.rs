//! The partner directory: add, edit, delete (with undo).
use leptos::prelude::*;

use super::form::{open_record, save_record, DateField, EditDelete, Found, ListSection, ListTexts, LongText, RecordForm, SelectField, TextField};
use super::state::AppState;
use crate::i18n::tr;
use crate::model::partners::check_partner;
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::i18n::{t, tw};
use crate::model::{Partner, Sector};

#[component]
pub fn PartnersPage() -> impl IntoView {
    view! {
        <ListSection class="partners" texts=&PARTNERS items={|p| p.partners.clone()}
            form={|partner, done: Callback<()>| view! { <PartnerForm partner on_done=move || done.run(())/> }}
            card={|partner, edit: Callback<()>| view! { <PartnerCard partner on_edit=edit/> }}/>
    }
}

static PARTNERS: ListTexts = ListTexts {
    heading: tr::route::PARTNERS, heading_id: None, add: tr::partners::ADD, list_class: "partner-list",
    empty_title: tr::partners::EMPTY_TITLE,
    empty_prompt: tr::partners::EMPTY_PROMPT,
};

#[component]
fn PartnerCard(partner: Partner, on_edit: Callback<()>) -> impl IntoView {
    let id = partner.id;
    let [n1, n2, n3, n4] = [(); 4].map(|_| partner.name.clone());
    view! {
        <li class="partner-card">
            <div class="partner-main">
                <h2>{partner.name.clone()}</h2>
                <p class="tag">
                    <span class=format!("sector-dot sector-{}", partner.sector.key())></span>
                    {t(partner.sector.label_key())}
                </p>
                <dl>
                    {(!partner.contact_person.is_empty()).then(|| view! { <dt>{t(tr::partners::CONTACT)}</dt><dd>{partner.contact_person.clone()}</dd> })}
                    {(!partner.role.is_empty()).then(|| view! { <dt>{t(tr::partners::ROLE)}</dt><dd>{partner.role.clone()}</dd> })}
                    {partner.joined.map(|d| view! { <dt>{t(tr::partners::JOINED)}</dt><dd>{tw(move |w| w.date(d))}</dd> })}
                </dl>
                {(!partner.notes.is_empty()).then(|| view! { <p class="notes">{partner.notes.clone()}</p> })}
                {partner.extra.get("origin").and_then(|o| o.as_str()).map(|o| {
                    let o = o.to_string();
                    view! { <p class="origin">{tw(move |w| tr::partners::added_from(w, &o))}</p> }
                })}
            </div>
            <div class="row-actions">
                <EditDelete edit_label=tw(move |w| tr::partners::edit_named(w, &n1)) delete_label=tw(move |w| tr::partners::delete_named(w, &n2))
                    question=tw(move |w| tr::partners::delete_question(w, &n3)) on_edit
                    deleted=tw(move |w| tr::partners::deleted(w, &n4)) delete=move |p, now| { p.remove::<Partner>(id, now); }/>
            </div>
        </li>
    }
}

/// Adds a partner (`partner` is `None`) or edits one.
#[component]
fn PartnerForm(partner: Option<Partner>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = partner.is_none();
    let original = partner.unwrap_or_else(|| Partner::new("", Sector::NonProfit, state.now()));
    let name = RwSignal::new(original.name.clone());
    let sector = RwSignal::new(original.sector);
    let contact = RwSignal::new(original.contact_person.clone());
    let role = RwSignal::new(original.role.clone());
    let joined = RwSignal::new(original.joined.map(iso_date).unwrap_or_default());
    let notes = RwSignal::new(original.notes.clone());
    let (original, errors, guard) = open_record(original, is_new, "partner", crate::i18n::tr::form::record::PARTNER);

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        let mut found = Found::default();
        draft.name = name.get_untracked().trim().to_string();
        draft.sector = sector.get_untracked();
        draft.contact_person = contact.get_untracked().trim().to_string();
        draft.role = role.get_untracked().trim().to_string();
        draft.notes = notes.get_untracked().trim().to_string();
        if let Some(d) = found.read("joined", parse_input_date(&joined.get_untracked())) {
            draft.joined = d;
        }
        found.extend(state.current.with_untracked(|c| {
            c.as_ref().map(|p| check_partner(&draft, &p.partners)).unwrap_or_default()
        }));
        if save_record(state, errors, found, guard, draft) {
            on_done();
        }
    };

    let heading = t(if is_new { tr::partners::NEW_HEADING } else { tr::partners::EDIT_HEADING });
    view! {
        <RecordForm class="card partner-form" heading on_submit=submit guard is_new save_new=t(tr::partners::SAVE) on_cancel=on_done>
            <TextField form=errors field="name" label=t(tr::partners::NAME) value=name autocomplete="organization"/>
            <SelectField form=errors field="sector" label=t(tr::partners::SECTOR) value=sector/>
            <TextField form=errors field="contact" label=t(tr::partners::CONTACT_PERSON) value=contact/>
            <TextField form=errors field="role" label=t(tr::partners::ROLE_LABEL) value=role/>
            <DateField form=errors field="joined" label=t(tr::partners::JOINED_LABEL) value=joined/>
            <LongText form=errors field="notes" label=t(tr::partners::NOTES) value=notes/>
        </RecordForm>
    }
}
