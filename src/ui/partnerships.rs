//! Every partnership held in this browser: open, create, rename, duplicate, delete; and
//! data that was set aside as unreadable, to download or discard.
use leptos::prelude::*;

use super::routes::Route;
use super::state::AppState;
use super::widgets::ConfirmButton;
use crate::i18n::tr;
use crate::storage::IndexEntry;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::keyed::keyed;
use crate::ui::widgets::When;

#[component]
pub fn PartnershipsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let new_name = RwSignal::new(String::new());
    view! {
        <section class="partnerships">
            <h1 tabindex="-1">{t(tr::route::PARTNERSHIPS)}</h1>
            <p>{t(tr::partnerships::LEAD)}</p>
            <ul class="partnership-list">
                {keyed(move || state.index.get().partnerships, |e| (e.id, e.name.clone()), |entry| view! { <PartnershipRow entry/> })}
            </ul>
            <form class="card inline-form" on:submit=move |e| {
                e.prevent_default();
                state.create(&new_name.get_untracked());
                new_name.set(String::new());
                let _ = window().location().set_hash(&Route::Overview.href());
            }>
                <label for="another-partnership">{t(tr::partnerships::START_ANOTHER)}</label>
                <input id="another-partnership" type="text" placeholder=t(tr::partnerships::NAME_PLACEHOLDER)
                    prop:value=new_name on:input=move |e| new_name.set(event_target_value(&e))/>
                <button type="submit">{t(tr::partnerships::CREATE)}</button>
                <button type="button" on:click=move |_| {
                    state.open_sample();
                    let _ = window().location().set_hash(&Route::Overview.href());
                }>{t(tr::partnerships::ADD_SAMPLE)}</button>
            </form>
            <GroupName/>
            <Backups/>
        </section>
    }
}

/// The name this browser's group goes by in exported files, so that whoever merges them
/// sees where each record came from.
#[component]
fn GroupName() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let draft = RwSignal::new(state.group_name());
    view! {
        <form class="card inline-form group-name" on:submit=move |e| {
            e.prevent_default();
            state.set_group_name(&draft.get_untracked());
            state.notify(i.now(|w| w.get(tr::partnerships::GROUP_SAVED).to_string()));
        }>
            <label for="group-name">{t(tr::partnerships::GROUP_LABEL)}</label>
            <input id="group-name" type="text" placeholder=t(tr::partnerships::GROUP_PLACEHOLDER)
                prop:value=draft on:input=move |e| draft.set(event_target_value(&e))
                aria-describedby="group-name-help"/>
            <button type="submit">{t(tr::partnerships::SAVE_GROUP)}</button>
            <p id="group-name-help" class="hint">{t(tr::partnerships::GROUP_HELP)}</p>
        </form>
    }
}

#[component]
fn PartnershipRow(entry: IndexEntry) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = entry.id;
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(entry.name.clone());
    let is_open = move || state.current.with(|c| c.as_ref().map(|p| p.id)) == Some(id);
    let name = entry.name.clone();
    let [n1, n2, n3, n4, n5] = [(); 5].map(|_| entry.name.clone());
    view! {
        <li class="partnership-row" class:open=is_open>
            {move || if renaming.get() {
                view! {
                    <form class="inline-form" on:submit=move |e| {
                        e.prevent_default();
                        state.rename(id, &draft.get_untracked());
                        renaming.set(false);
                    }>
                        <label for=format!("rename-{id}")>{t(tr::partnerships::NEW_NAME)}</label>
                        <input id=format!("rename-{id}") type="text" prop:value=draft
                            on:input=move |e| draft.set(event_target_value(&e))/>
                        <button type="submit">{t(tr::partnerships::SAVE_NAME)}</button>
                        <button type="button" on:click=move |_| renaming.set(false)>{t(tr::partnerships::CANCEL)}</button>
                    </form>
                }.into_any()
            } else {
                view! { <span class="partnership-name">{name.clone()}</span> }.into_any()
            }}
            {move || is_open().then(|| view! { <span class="tag">{t(tr::partnerships::OPEN_TAG)}</span> })}
            <div class="row-actions">
                <button type="button" aria-label=tw(move |w| tr::partnerships::open_named(w, &n1)) disabled=is_open on:click=move |_| {
                    state.switch(id);
                    let _ = window().location().set_hash(&Route::Overview.href());
                }>{t(tr::partnerships::OPEN)}</button>
                <button type="button" class="edit-chrome" aria-label=tw(move |w| tr::partnerships::rename_named(w, &n2)) on:click=move |_| renaming.set(true)>{t(tr::partnerships::RENAME)}</button>
                <button type="button" aria-label=tw(move |w| tr::partnerships::duplicate_named(w, &n3)) on:click=move |_| state.duplicate(id)>{t(tr::partnerships::DUPLICATE)}</button>
                <ConfirmButton
                    label=t(tr::partnerships::DELETE)
                    aria_label=tw(move |w| tr::partnerships::delete_named(w, &n4))
                    question=tw(move |w| tr::partnerships::delete_question(w, &n5))
                    on_confirm=move || state.delete(id)
                />
            </div>
        </li>
    }
}

#[component]
fn Backups() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <When when=move || !state.backups.get().is_empty()>
            <section class="card backups">
                <h2>{t(tr::partnerships::BACKUPS_HEADING)}</h2>
                <p>{t(tr::partnerships::BACKUPS_LEAD)}</p>
                <ul>
                    {keyed(move || state.backups.get(), |k| k.clone(), |key| view! { <BackupRow key/> })}
                </ul>
            </section>
        </When>
    }
}

#[component]
fn BackupRow(key: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let k1 = key.clone();
    let k2 = key.clone();
    let k3 = key.clone();
    view! {
        <li>
            <code>{key.clone()}</code>
            <div class="row-actions">
                <button type="button" on:click=move |_| {
                    if let Some(text) = state.read_raw(&k1) {
                        let _ = crate::files::download("common-ground-backup.json", "application/json", &text);
                    }
                }>{t(tr::partnerships::DOWNLOAD)}</button>
                <button type="button" on:click=move |_| {
                    if let Some(text) = state.read_raw(&k2) {
                        state.import(&i.now(|w| w.get(tr::partnerships::BACKUP_SOURCE).to_string()), &text);
                    }
                }>{t(tr::partnerships::TRY_OPEN)}</button>
                <ConfirmButton
                    label=t(tr::partnerships::DISCARD)
                    aria_label=t(tr::partnerships::DISCARD_LABEL)
                    question=t(tr::partnerships::DISCARD_QUESTION)
                    on_confirm=move || state.discard_backup(&k3)
                />
            </div>
        </li>
    }
}
