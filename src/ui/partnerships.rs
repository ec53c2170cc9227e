//! Every partnership held in this browser: open, create, rename, duplicate, delete; and
//! data that was set aside as unreadable, to download or discard.
use leptos::prelude::*;

use super::routes::Route;
use super::state::AppState;
use super::widgets::ConfirmButton;
use crate::storage::IndexEntry;
use crate::ui::keyed::keyed;
use crate::ui::widgets::When;

#[component]
pub fn PartnershipsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let new_name = RwSignal::new(String::new());
    view! {
        <section class="partnerships">
            <h1 tabindex="-1">"Your partnerships"</h1>
            <p>"Each partnership is kept separately in this browser. Switch between them at the top of any page."</p>
            <ul class="partnership-list">
                {keyed(move || state.index.get().partnerships, |e| (e.id, e.name.clone()), |entry| view! { <PartnershipRow entry/> })}
            </ul>
            <form class="card inline-form" on:submit=move |e| {
                e.prevent_default();
                state.create(&new_name.get_untracked());
                new_name.set(String::new());
                let _ = window().location().set_hash(&Route::Overview.href());
            }>
                <label for="another-partnership">"Start another partnership"</label>
                <input id="another-partnership" type="text" placeholder="Name"
                    prop:value=new_name on:input=move |e| new_name.set(event_target_value(&e))/>
                <button type="submit">"Create"</button>
                <button type="button" on:click=move |_| {
                    state.open_sample();
                    let _ = window().location().set_hash(&Route::Overview.href());
                }>"Add the sample partnership"</button>
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
    let draft = RwSignal::new(state.group_name());
    view! {
        <form class="card inline-form group-name" on:submit=move |e| {
            e.prevent_default();
            state.set_group_name(&draft.get_untracked());
            state.notify("Saved. Files you export now carry this name.");
        }>
            <label for="group-name">"Your group's name"</label>
            <input id="group-name" type="text" placeholder="e.g. East working group"
                prop:value=draft on:input=move |e| draft.set(event_target_value(&e))
                aria-describedby="group-name-help"/>
            <button type="submit">"Save group name"</button>
            <p id="group-name-help" class="hint">"Written into the files you export, so that when \
                files from several groups are merged, everyone can see which group each record came from."</p>
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
    view! {
        <li class="partnership-row" class:open=is_open>
            {move || if renaming.get() {
                view! {
                    <form class="inline-form" on:submit=move |e| {
                        e.prevent_default();
                        state.rename(id, &draft.get_untracked());
                        renaming.set(false);
                    }>
                        <label for=format!("rename-{id}")>"New name"</label>
                        <input id=format!("rename-{id}") type="text" prop:value=draft
                            on:input=move |e| draft.set(event_target_value(&e))/>
                        <button type="submit">"Save name"</button>
                        <button type="button" on:click=move |_| renaming.set(false)>"Cancel"</button>
                    </form>
                }.into_any()
            } else {
                view! { <span class="partnership-name">{name.clone()}</span> }.into_any()
            }}
            {move || is_open().then(|| view! { <span class="tag">"open"</span> })}
            <div class="row-actions">
                <button type="button" aria-label=format!("Open {}", entry.name) disabled=is_open on:click=move |_| {
                    state.switch(id);
                    let _ = window().location().set_hash(&Route::Overview.href());
                }>"Open"</button>
                <button type="button" class="edit-chrome" aria-label=format!("Rename {}", entry.name) on:click=move |_| renaming.set(true)>"Rename"</button>
                <button type="button" aria-label=format!("Duplicate {}", entry.name) on:click=move |_| state.duplicate(id)>"Duplicate"</button>
                <ConfirmButton
                    label="Delete"
                    aria_label=format!("Delete {}", entry.name)
                    question=format!("Delete “{}” and everything in it from this browser? Export it first if you may need it.", entry.name)
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
                <h2>"Data set aside"</h2>
                <p>"These saved copies could not be read, so they were kept aside untouched. \
                    Download one to keep it or to send it for help; try opening it, which works \
                    if the problem was only with how it was stored."</p>
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
                }>"Download"</button>
                <button type="button" on:click=move |_| {
                    if let Some(text) = state.read_raw(&k2) {
                        state.import("the backup", &text);
                    }
                }>"Try to open"</button>
                <ConfirmButton
                    label="Discard"
                    aria_label="Discard this backup".to_string()
                    question="Discard this backup for good?".to_string()
                    on_confirm=move || state.discard_backup(&k3)
                />
            </div>
        </li>
    }
}
