//! Offers and needs, partner by partner, with add, edit and delete (with undo). Each entry
//! shows the commitments it is part of, so an agreement appears on both partners.
use leptos::prelude::*;
use uuid::Uuid;

use super::super::state::AppState;
use crate::ui::form::{EditDelete, Editing};
use super::form::{Draft, EntryForm};
use crate::i18n::{tr, Words};
use crate::ui::helpers::read;
pub use crate::model::resources::entry_meta;
use crate::model::resources::{Entry, EntryKind};
use crate::ui::i18n::{t, tw};
use crate::ui::keyed::keyed;

#[component]
pub fn EntriesEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let partners = move || read(state, |p| p.partners.iter().map(|x| (x.id, x.name.clone())).collect::<Vec<_>>());
    view! {
        <div class="entries-editor">
            <p class="hint">{t(tr::resources::entries::HINT)}</p>
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
    use tr::resources::entries;
    let (title, add_label, add, class): (_, fn(&Words, &str) -> String, _, _) = match kind {
        EntryKind::Offer => (entries::OFFERS, |w, n| entries::add_offer_from(w, n), entries::PLUS_OFFER, "kind-column kind-offer"),
        EntryKind::Need => (entries::NEEDS, |w, n| entries::add_need_of(w, n), entries::PLUS_NEED, "kind-column kind-need"),
    };
    let draft = Draft::new(Some(partner_id), None);
    view! {
        <div class=class>
            <h3>{t(title)}</h3>
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
                let name = name.clone();
                view! { <button type="button" class="add-entry" aria-label=tw(move |w| add_label(w, &name)) on:click=move |_| adding.set(true)>
                    {t(add)}</button> }.into_any()
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
        tw(move |w| read(state, |p| entry_meta(w, p, &e)))
    };
    // Reactive: a commitment made or withdrawn elsewhere does not change this entry.
    let agreed = move || read(state, |p| {
        p.resources
            .commitments_of_entry(id)
            .iter()
            .map(|c| match kind {
                EntryKind::Offer => ((|w, n| tr::resources::entries::promised_to(w, n)) as fn(&Words, &str) -> String, p.partner_name(c.to_partner)),
                EntryKind::Need => ((|w, n| tr::resources::entries::met_by(w, n)) as fn(&Words, &str) -> String, p.partner_name(c.from_partner)),
            })
            .collect::<Vec<_>>()
    });
    use tr::resources::entries;
    let (edit, delete): (fn(&Words, &str) -> String, fn(&Words, &str) -> String) = match kind {
        EntryKind::Offer => (|w, d| entries::edit_offer(w, d), |w, d| entries::delete_offer(w, d)),
        EntryKind::Need => (|w, d| entries::edit_need(w, d), |w, d| entries::delete_need(w, d)),
    };
    let [d1, d2, d3, d4] = [(); 4].map(|_| entry.description.clone());
    view! {
        <li class="entry-row">
            <div class="entry-text">
                <p class="entry-description">{entry.description.clone()}</p>
                <p class="entry-meta">{meta}</p>
                {move || agreed().into_iter().map(|(f, who)| view! { <p class="agreed">"✓ " {tw(move |w| f(w, &who))}</p> }).collect_view()}
            </div>
            <div class="row-actions">
                <EditDelete edit_label=tw(move |w| edit(w, &d1)) delete_label=tw(move |w| delete(w, &d2))
                    question=tw(move |w| entries::delete_question(w, &d3)) on_edit
                    deleted=tw(move |w| entries::deleted(w, &d4)) delete=move |p, now| { p.remove::<crate::model::resources::Entry>(id, now); }/>
            </div>
        </li>
    }
}
