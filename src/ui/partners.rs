//! The partner directory: add, edit, delete (with undo).
use leptos::prelude::*;

use super::form::{open_record, save_record, DateField, EditDelete, Found, ListSection, ListTexts, LongText, RecordForm, SelectField, TextField};
use super::state::AppState;
use crate::i18n::tr;
use crate::model::partners::check_partner;
use crate::model::time::{human_date, iso_date, parse_input_date};
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
    view! {
        <li class="partner-card">
            <div class="partner-main">
                <h2>{partner.name.clone()}</h2>
                <p class="tag">
                    <span class=format!("sector-dot sector-{}", partner.sector.key())></span>
                    {partner.sector.label()}
                </p>
                <dl>
                    {(!partner.contact_person.is_empty()).then(|| view! { <dt>"Contact"</dt><dd>{partner.contact_person.clone()}</dd> })}
                    {(!partner.role.is_empty()).then(|| view! { <dt>"Role"</dt><dd>{partner.role.clone()}</dd> })}
                    {partner.joined.map(|d| view! { <dt>"Joined"</dt><dd>{human_date(d)}</dd> })}
                </dl>
                {(!partner.notes.is_empty()).then(|| view! { <p class="notes">{partner.notes.clone()}</p> })}
                {partner.extra.get("origin").and_then(|o| o.as_str()).map(|o| view! {
                    <p class="origin">{format!("Added from {o}")}</p>
                })}
            </div>
            <div class="row-actions">
                <EditDelete edit_label=format!("Edit {}", partner.name) delete_label=format!("Delete {}", partner.name)
                    question=format!("Delete {}?", partner.name) on_edit
                    deleted=format!("Deleted {}.", partner.name) delete=move |p, now| { p.remove::<Partner>(id, now); }/>
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
    let (original, errors, guard) = open_record(original, is_new, "partner", "partner");

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

    let heading = if is_new { "New partner" } else { "Edit partner" };
    view! {
        <RecordForm class="card partner-form" heading on_submit=submit guard is_new save_new="Save partner" on_cancel=on_done>
            <TextField form=errors field="name" label="Organisation name" value=name autocomplete="organization"/>
            <SelectField form=errors field="sector" label="Sector" value=sector/>
            <TextField form=errors field="contact" label="Contact person" value=contact/>
            <TextField form=errors field="role" label="Role in the partnership" value=role/>
            <DateField form=errors field="joined" label="Joined" value=joined/>
            <LongText form=errors field="notes" label="Notes" value=notes/>
        </RecordForm>
    }
}
