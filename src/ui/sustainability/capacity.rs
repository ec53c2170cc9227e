//! The local-capacity checklist: skills transferred, people trained, local leadership; each
//! line is ticked, edited in place or deleted.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::record::find_mut;
use crate::ui::i18n::{t, tw, I18n};
use crate::model::sustainability::{capacity_progress, CapacityArea, CapacityItem};
use crate::ui::state::AppState;
use crate::ui::form::{edit_callback, listed, open_record, submit_add_or_edit, AddOrEditForm, EditDelete, Editing, EditingForm, Found, SelectField, TextField};
use crate::ui::helpers::read;
use crate::ui::widgets::EmptyState;

#[component]
pub fn Capacity() -> impl IntoView {
    let state = expect_context::<AppState>();
    let items = move || read(state, |p| p.sustainability.capacity.clone());
    let progress = move || read(state, |p| capacity_progress(&p.sustainability.capacity));
    let editing = Editing::new();
    view! {
        <section class="tool-section" aria-labelledby="capacity-heading">
            <h2 id="capacity-heading">{t(tr::sustainability::CAPACITY)}</h2>
            {move || if items().is_empty() {
                view! { <EmptyState title=t(tr::sustainability::CAPACITY_EMPTY_TITLE)
                    prompt=t(tr::sustainability::CAPACITY_EMPTY_PROMPT)/> }.into_any()
            } else {
                view! {
                    <div class="capacity-areas">
                        {progress().into_iter().map(|(area, done, total)| {
                            let of_area: Vec<CapacityItem> = items().into_iter().filter(|i| i.area == area).collect();
                            view! {
                                <div class="capacity-area">
                                    <h3>{t(area.label_key())} <span class="count">{tw(move |w| tr::sustainability::done_of(w, done as i64, &w.integer(total as i128)))}</span></h3>
                                    <ul class="checklist">
                                        {of_area.into_iter().map(|i| view! { <CapacityRow item=i editing/> }).collect_view()}
                                    </ul>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                }.into_any()
            }}
            <EditingForm editing find={listed::<CapacityItem>} form={|item, done| view! { <CapacityForm item on_done=done/> }}/>
            <CapacityForm/>
        </section>
    }
}

#[component]
fn CapacityRow(item: CapacityItem, editing: Editing) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = item.id;
    let (what, people) = (item.what.clone(), item.people);
    let label = tw(move |w| match people {
        Some(n) => tr::sustainability::with_people(w, n.into(), &what),
        None => what.clone(),
    });
    view! {
        <li class:done=item.done>
            <input type="checkbox" id=format!("cap-{id}") prop:checked=item.done on:change=move |e| {
                let done = event_target_checked(&e);
                state.edit(None, move |p, now| if let Some(c) = find_mut(&mut p.sustainability.capacity, id) {
                    c.done = done;
                    crate::model::record::Record::touch(c, now);
                });
            }/>
            <label for=format!("cap-{id}")>{label}</label>
            <span class="row-actions">
                <EditDelete edit_label={ let what = item.what.clone(); tw(move |w| tr::sustainability::edit_item(w, &what)) }
                    delete_label={ let what = item.what.clone(); tw(move |w| tr::sustainability::delete_item(w, &what)) }
                    question=t(tr::sustainability::DELETE_ITEM_QUESTION) deleted=t(tr::sustainability::DELETED_ITEM) on_edit=edit_callback(editing, id)
                    delete=move |p, now| { p.remove::<CapacityItem>(id, now); }/>
            </span>
        </li>
    }
}

/// Adds a line to the checklist; with `item`, edits that one in place.
#[component]
fn CapacityForm(#[prop(optional)] item: Option<CapacityItem>, #[prop(optional)] on_done: Option<Callback<()>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let is_new = item.is_none();
    let new = move || CapacityItem::new(CapacityArea::SkillsTransferred, "", state.now());
    let original = item.unwrap_or_else(new);
    let area = RwSignal::new(original.area);
    let what = RwSignal::new(original.what.clone());
    let people = RwSignal::new(original.people.map(|n| n.to_string()).unwrap_or_default());
    let (original, errors, guard) = open_record(original, is_new, "cap", crate::i18n::tr::form::record::OTHER);
    let fill = move |item: &mut CapacityItem, found: &mut Found| {
        item.area = area.get_untracked();
        item.what = found.required("what", &what.get_untracked(), &i.now(|w| w.get(tr::sustainability::WHAT_NEEDED).to_string()));
        let count = people.get_untracked().trim().to_string();
        let count = if count.is_empty() { Ok(None) } else { count.parse::<u32>().map(Some).map_err(|_| i.now(|w| w.get(tr::sustainability::PEOPLE_WHOLE).to_string())) };
        if let Some(count) = found.read("people", count) {
            item.people = count;
        }
    };
    let submit = submit_add_or_edit(state, errors, guard, is_new, original, new, fill, [what, people], on_done);
    view! {
        <AddOrEditForm class="card tool-form" is_new label=t(tr::sustainability::ADD_CAPACITY_FORM) heading=t(tr::sustainability::ADD_CAPACITY_HEADING)
            edit_heading=t(tr::sustainability::EDIT_CAPACITY_HEADING) button=t(tr::sustainability::ADD_ITEM) guard on_submit=submit on_done>
            <SelectField form=errors field="area" label=t(tr::sustainability::AREA) value=area/>
            <TextField form=errors field="what" label=t(tr::sustainability::WHAT) value=what wide=true/>
            <TextField form=errors field="people" label=t(tr::sustainability::PEOPLE_OPTIONAL) kind="number" value=people/>
        </AddOrEditForm>
    }
}
