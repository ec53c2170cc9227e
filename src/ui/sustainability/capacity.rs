//! The local-capacity checklist: skills transferred, people trained, local leadership.
use leptos::prelude::*;

use crate::model::record::find_mut;
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
            <h2 id="capacity-heading">"Local capacity"</h2>
            {move || if items().is_empty() {
                view! { <EmptyState title="Nothing on the checklist yet"
                    prompt="Ask: if the lead organisation left tomorrow, who locally could carry on? List the skills to hand over, the people to train and the leadership roles to fill."/> }.into_any()
            } else {
                view! {
                    <div class="capacity-areas">
                        {progress().into_iter().map(|(area, done, total)| {
                            let of_area: Vec<CapacityItem> = items().into_iter().filter(|i| i.area == area).collect();
                            view! {
                                <div class="capacity-area">
                                    <h3>{area.label()} <span class="count">{format!("{done} of {total} done")}</span></h3>
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
    let id = item.id;
    let label = match item.people {
        Some(n) => format!("{} ({n} people)", item.what),
        None => item.what.clone(),
    };
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
            <ConfirmButton label="Delete" aria_label=format!("Delete checklist item: {}", item.what)
                question="Delete this item?".to_string()
                on_confirm=move || state.edit(Some("Deleted the checklist item.".into()), move |p, now| { p.remove::<crate::model::sustainability::CapacityItem>(id, now); })/>
        </li>
    }
}

#[component]
fn AddCapacity() -> impl IntoView {
    let state = expect_context::<AppState>();
    let area = RwSignal::new(CapacityArea::SkillsTransferred);
    let what = RwSignal::new(String::new());
    let people = RwSignal::new(String::new());
    let errors = FormErrors::new("cap");
    let read = move |found: &mut Found| {
        let text = found.required("what", &what.get_untracked(), "Say what is to be built locally.");
        let count = people.get_untracked().trim().to_string();
        let count = if count.is_empty() { Ok(None) } else { count.parse::<u32>().map(Some).map_err(|_| "People must be a whole number.".to_string()) };
        let mut item = CapacityItem::new(area.get_untracked(), text, state.now());
        item.people = found.read("people", count)?;
        Some(item)
    };
    let submit = submit_added(state, errors, read, [what, people]);
    view! {
        <AddForm class="card tool-form" label="Add to the capacity checklist" heading="Add to the checklist" button="Add item" on_submit=submit>
            <SelectField form=errors field="area" label="Area" value=area/>
            <TextField form=errors field="what" label="What" value=what wide=true/>
            <TextField form=errors field="people" label="People (optional)" kind="number" value=people/>
        </AddForm>
    }
}
