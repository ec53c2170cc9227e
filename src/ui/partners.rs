//! The partner directory: add, edit, delete (with undo).
use leptos::prelude::*;

use super::drafts::{Editing, FormEnd, FormGuard};
use super::state::AppState;
use super::widgets::{ConfirmButton, EmptyState};
use crate::model::partners::check_partner;
use crate::model::time::{human_date, iso_date, parse_input_date};
use crate::model::{Partner, Sector};

#[component]
pub fn PartnersPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Which partner is being edited; `None` with `adding` false shows only the list.
    let editing = Editing::new();
    let adding = RwSignal::new(false);
    let partners = move || {
        editing.track();
        state.current.with(|c| c.as_ref().map(|p| p.partners.clone()).unwrap_or_default())
    };
    view! {
        <section class="partners">
            <div class="page-head">
                <h1 tabindex="-1">"Partners"</h1>
                <button type="button" class="primary" on:click=move |_| {
                    editing.stop();
                    adding.set(true);
                }>"Add partner"</button>
            </div>
            <Show when=move || adding.get()>
                <PartnerForm partner=None on_done=move || adding.set(false)/>
            </Show>
            {let empty = Memo::new(move |_| partners().is_empty()); move || if empty.get() && !adding.get() {
                view! {
                    <EmptyState
                        title="No partners yet"
                        prompt="Go round the table: add each organisation with the person who speaks for it and the role it plays in the partnership."
                    />
                }.into_any()
            } else {
                view! {
                    <ul class="partner-list">
                        <For each=partners key=move |p| editing.key(p.id, p.updated_at) let:partner>
                            {
                                let id = partner.id;
                                let version = partner.updated_at;
                                move || if editing.is(id) {
                                    view! { <li><PartnerForm partner=Some(partner.clone()) on_done=move || editing.stop()/></li> }.into_any()
                                } else {
                                    view! { <PartnerCard partner=partner.clone() on_edit=move || { adding.set(false); editing.start(id, version); }/> }.into_any()
                                }
                            }
                        </For>
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn PartnerCard(partner: Partner, on_edit: impl Fn() + 'static + Send + Sync) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = partner.id;
    let name = partner.name.clone();
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
                <button type="button" class="edit-chrome" aria-label=format!("Edit {}", partner.name) on:click=move |_| on_edit()>"Edit"</button>
                <ConfirmButton
                    label="Delete"
                    aria_label=format!("Delete {}", partner.name)
                    question=format!("Delete {}?", partner.name)
                    on_confirm=move || {
                        let name = name.clone();
                        state.edit(Some(format!("Deleted {name}.")), move |p, now| {
                            p.delete_partner(id, now);
                        });
                    }
                />
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
    let form_id = format!("partner-{}", original.id);
    let name = RwSignal::new(original.name.clone());
    let sector = RwSignal::new(original.sector);
    let contact = RwSignal::new(original.contact_person.clone());
    let role = RwSignal::new(original.role.clone());
    let joined = RwSignal::new(original.joined.map(iso_date).unwrap_or_default());
    let notes = RwSignal::new(original.notes.clone());
    let error = RwSignal::new(None::<String>);
    let date_error = RwSignal::new(None::<String>);
    let guard = FormGuard::new((!is_new).then_some(original.updated_at), "partner");
    let original = StoredValue::new(original);

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.name = name.get_untracked().trim().to_string();
        draft.sector = sector.get_untracked();
        draft.contact_person = contact.get_untracked().trim().to_string();
        draft.role = role.get_untracked().trim().to_string();
        draft.notes = notes.get_untracked().trim().to_string();
        match parse_input_date(&joined.get_untracked()) {
            Ok(d) => {
                draft.joined = d;
                date_error.set(None);
            }
            Err(why) => {
                date_error.set(Some(why));
                return;
            }
        }
        let problems = state.current.with_untracked(|c| {
            c.as_ref().map(|p| check_partner(&draft, &p.partners)).unwrap_or_default()
        });
        if let Some(first) = problems.first() {
            error.set(Some(first.message.clone()));
            return;
        }
        error.set(None);
        if guard.blocks_in(|p| &p.partners, draft.id) {
            return;
        }
        state.edit(None, move |p, now| p.upsert_partner(draft, now));
        on_done();
    };

    let fid = move |field: &str| format!("{form_id}-{field}");
    view! {
        <form class="card partner-form" on:submit=submit aria-label=if is_new { "New partner" } else { "Edit partner" }>
            <h2>{if is_new { "New partner" } else { "Edit partner" }}</h2>
            <div class="field">
                <label for=fid("name")>"Organisation name"</label>
                <input id=fid("name") type="text" autocomplete="organization"
                    prop:value=name on:input=move |e| name.set(event_target_value(&e))
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-describedby=fid("name-error")/>
                <p class="field-error" id=fid("name-error")>{move || error.get()}</p>
            </div>
            <div class="field">
                <label for=fid("sector")>"Sector"</label>
                <select id=fid("sector") on:change=move |e| {
                    if let Some(s) = Sector::from_key(&event_target_value(&e)) { sector.set(s); }
                }>
                    {Sector::ALL.into_iter().map(|s| view! {
                        <option value=s.key() selected=move || sector.get() == s>{s.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=fid("contact")>"Contact person"</label>
                <input id=fid("contact") type="text" prop:value=contact on:input=move |e| contact.set(event_target_value(&e))/>
            </div>
            <div class="field">
                <label for=fid("role")>"Role in the partnership"</label>
                <input id=fid("role") type="text" prop:value=role on:input=move |e| role.set(event_target_value(&e))/>
            </div>
            <div class="field">
                <label for=fid("joined")>"Joined"</label>
                <input id=fid("joined") type="date" prop:value=joined on:input=move |e| joined.set(event_target_value(&e))
                    aria-describedby=fid("joined-error")/>
                <p class="field-error" id=fid("joined-error")>{move || date_error.get()}</p>
            </div>
            <div class="field wide">
                <label for=fid("notes")>"Notes"</label>
                <textarea id=fid("notes") rows="3" prop:value=notes on:input=move |e| notes.set(event_target_value(&e))></textarea>
            </div>
            <FormEnd guard is_new save_new="Save partner" on_cancel=on_done/>
        </form>
    }
}
