//! The local-capacity checklist: skills transferred, people trained, local leadership.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::record::find_mut;
use crate::ui::i18n::{t, tw, I18n};
use crate::model::sustainability::{capacity_progress, CapacityArea, CapacityItem};
use crate::ui::state::AppState;
use crate::ui::form::{submit_added, AddForm, FormErrors, Found, SelectField, TextField};
use crate::ui::helpers::read;
use crate::ui::widgets::{ConfirmButton, EmptyState};

#[component]
pub fn Capacity() -> impl IntoView {
    let state = expect_context::<AppState>();
    let items = move || read(state, |p| p.sustainability.capacity.clone());
    let progress = move || read(state, |p| capacity_progress(&p.sustainability.capacity));
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
                                        {of_area.into_iter().map(|i| view! { <CapacityRow item=i/> }).collect_view()}
                                    </ul>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                }.into_any()
            }}
            <AddCapacity/>
        </section>
    }
}

#[component]
fn CapacityRow(item: CapacityItem) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
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
            <ConfirmButton label=t(tr::sustainability::DELETE) aria_label={ let what = item.what.clone(); tw(move |w| tr::sustainability::delete_item(w, &what)) }
                question=t(tr::sustainability::DELETE_ITEM_QUESTION)
                on_confirm=move || state.edit(Some(i.now(|w| w.get(tr::sustainability::DELETED_ITEM).to_string())), move |p, now| { p.remove::<crate::model::sustainability::CapacityItem>(id, now); })/>
        </li>
    }
}

#[component]
fn AddCapacity() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let area = RwSignal::new(CapacityArea::SkillsTransferred);
    let what = RwSignal::new(String::new());
    let people = RwSignal::new(String::new());
    let errors = FormErrors::new("cap");
    let read = move |found: &mut Found| {
        let text = found.required("what", &what.get_untracked(), &i.now(|w| w.get(tr::sustainability::WHAT_NEEDED).to_string()));
        let count = people.get_untracked().trim().to_string();
        let count = if count.is_empty() { Ok(None) } else { count.parse::<u32>().map(Some).map_err(|_| i.now(|w| w.get(tr::sustainability::PEOPLE_WHOLE).to_string())) };
        let mut item = CapacityItem::new(area.get_untracked(), text, state.now());
        item.people = found.read("people", count)?;
        Some(item)
    };
    let submit = submit_added(state, errors, read, [what, people]);
    view! {
        <AddForm class="card tool-form" label=t(tr::sustainability::ADD_CAPACITY_FORM) heading=t(tr::sustainability::ADD_CAPACITY_HEADING) button=t(tr::sustainability::ADD_ITEM) on_submit=submit>
            <SelectField form=errors field="area" label=t(tr::sustainability::AREA) value=area/>
            <TextField form=errors field="what" label=t(tr::sustainability::WHAT) value=what wide=true/>
            <TextField form=errors field="people" label=t(tr::sustainability::PEOPLE_OPTIONAL) kind="number" value=people/>
        </AddForm>
    }
}
