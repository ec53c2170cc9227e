//! Offers and needs, partner by partner, with add, edit and delete (with undo). Each entry
//! shows the commitments it is part of, so an agreement appears on both partners.
use leptos::prelude::*;
use uuid::Uuid;

use super::super::state::AppState;
use crate::ui::form::{EditDelete, Editing};
use super::form::{Draft, EntryForm};
use crate::ui::helpers::read;
use crate::model::resources::{Entry, EntryKind};
use crate::model::time::human_date;
use crate::ui::keyed::keyed;

#[component]
pub fn EntriesEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let partners = move || read(state, |p| p.partners.iter().map(|x| (x.id, x.name.clone())).collect::<Vec<_>>());
    view! {
        <div class="entries-editor">
            <p class="hint">"Each partner names what it can offer and what it needs. Strength: small, medium or large."</p>
            {keyed(partners, |(id, name)| (*id, name.clone()), |partner| view! { <PartnerEntries partner_id=partner.0 name=partner.1/> })}
        </div>
    }
}

#[component]
fn PartnerEntries(partner_id: Uuid, name: String) -> impl IntoView {
    let heading_id = format!("entries-{partner_id}");
    let labelled_by = heading_id.clone();
    view! {
        <section class="partner-entries" aria-labelledby=labelled_by>
            <h2 id=heading_id>{name.clone()}</h2>
            <div class="two-columns">
                <KindColumn partner_id name=name.clone() kind=EntryKind::Offer/>
                <KindColumn partner_id name kind=EntryKind::Need/>
            </div>
        </section>
    }
}

#[component]
fn KindColumn(partner_id: Uuid, name: String, kind: EntryKind) -> impl IntoView {
    let state = expect_context::<AppState>();
    let adding = RwSignal::new(false);
    let editing = Editing::new();
    let entries = move || {
        editing.track();
        read(state, |p| {
            p.resources.entries.iter().filter(|e| e.partner_id == partner_id && e.kind == kind).cloned().collect::<Vec<_>>()
        })
    };
    let (title, add_label) = match kind {
        EntryKind::Offer => ("Offers", format!("Add an offer from {name}")),
        EntryKind::Need => ("Needs", format!("Add a need of {name}")),
    };
    let draft = Draft::new(Some(partner_id), None);
    view! {
        <div class=format!("kind-column kind-{}", kind.label().to_lowercase())>
            <h3>{title}</h3>
            <ul class="entry-list">
                {keyed(entries, move |e| editing.key(e.id, e.updated_at), move |entry| {
                    let id = entry.id;
                    let version = entry.updated_at;
                    move || if editing.is(id) {
                        view! {
                            <li><EntryForm draft=Draft::of(&entry) kind entry=Some(entry.clone())
                                on_done=move || editing.stop()
                                on_cancel=Callback::new(move |_| editing.stop())/></li>
                        }.into_any()
                    } else {
                        view! { <EntryRow entry=entry.clone() on_edit=Callback::new(move |_| editing.start(id, version))/> }.into_any()
                    }
                })}
            </ul>
            {move || if adding.get() {
                view! { <EntryForm draft kind entry=None on_done=move || adding.set(false)
                    on_cancel=Callback::new(move |_| adding.set(false))/> }.into_any()
            } else {
                let label = add_label.clone();
                view! { <button type="button" class="add-entry" aria-label=label on:click=move |_| adding.set(true)>
                    {if kind == EntryKind::Offer { "+ Offer" } else { "+ Need" }}</button> }.into_any()
            }}
        </div>
    }
}

/// One offer or need: what, how much, when, and what was agreed about it.
#[component]
pub fn EntryRow(entry: Entry, on_edit: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = entry.id;
    let kind = entry.kind;
    let meta = {
        let e = entry.clone();
        move || read(state, |p| entry_meta(p, &e))
    };
    // Reactive: a commitment made or withdrawn elsewhere does not change this entry.
    let agreed = move || read(state, |p| {
        p.resources
            .commitments_of_entry(id)
            .iter()
            .map(|c| match kind {
                EntryKind::Offer => format!("Promised to {}", p.partner_name(c.to_partner)),
                EntryKind::Need => format!("Met by {}", p.partner_name(c.from_partner)),
            })
            .collect::<Vec<_>>()
    });
    let noun = entry.kind.label().to_lowercase();
    view! {
        <li class="entry-row">
            <div class="entry-text">
                <p class="entry-description">{entry.description.clone()}</p>
                <p class="entry-meta">{meta}</p>
                {move || agreed().into_iter().map(|a| view! { <p class="agreed">"✓ " {a}</p> }).collect_view()}
            </div>
            <div class="row-actions">
                <EditDelete edit_label=format!("Edit {noun}: {}", entry.description) delete_label=format!("Delete {noun}: {}", entry.description)
                    question=format!("Delete “{}”?", entry.description) on_edit
                    deleted=format!("Deleted “{}”.", entry.description) delete=move |p, now| { p.remove::<crate::model::resources::Entry>(id, now); }/>
            </div>
        </li>
    }
}

/// "Funding · large · 30,000 USD · 1 Dec 2026 – 28 Feb 2027"
pub fn entry_meta(p: &crate::model::Partnership, e: &Entry) -> String {
    let mut parts = vec![p.resources.category_name(e.category_id), e.strength.label().to_lowercase()];
    if let Some(a) = &e.amount {
        parts.push(a.to_string());
    }
    match (e.available_from, e.available_until) {
        (Some(f), Some(u)) => parts.push(format!("{} – {}", human_date(f), human_date(u))),
        (Some(f), None) => parts.push(format!("from {}", human_date(f))),
        (None, Some(u)) => parts.push(format!("until {}", human_date(u))),
        (None, None) => {}
    }
    parts.join(" · ")
}
