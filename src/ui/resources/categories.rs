//! The categories: add, rename, reorder, remove (asking first when entries use it).
use leptos::prelude::*;

use super::super::state::AppState;
use super::super::widgets::{ConfirmButton, EmptyState};
use crate::ui::helpers::{focus_soon, peek, read};
use crate::model::resources::{remove_category, Category};
use crate::model::Problem;
use crate::ui::form::{FieldError, FormErrors};
use crate::ui::keyed::keyed;

#[component]
pub fn Categories() -> impl IntoView {
    let state = expect_context::<AppState>();
    let list = move || read(state, |p| p.resources.ordered_categories().into_iter().cloned().collect::<Vec<_>>());
    let new_name = RwSignal::new(String::new());
    // One-line forms: their controls are drawn here, their messages the kit's way.
    let errors = FormErrors::new("new");
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked();
        let now = state.now();
        let mut outcome = Ok(());
        state.current.with_untracked(|c| {
            if let Some(p) = c {
                let mut copy = p.resources.clone();
                outcome = copy.add_category(&name, now).map(|_| ());
            }
        });
        match outcome {
            Ok(()) => {
                state.edit(None, move |p, now| { let _ = p.resources.add_category(&name, now); });
                new_name.set(String::new());
                errors.clear();
            }
            Err(problem) => {
                errors.show(vec![Problem::new("category", problem.message)]);
            }
        }
    };
    view! {
        <div class="categories">
            <p class="hint">"Rename categories to the words your partnership uses; the order here is the order of the heat-map's columns."</p>
            {move || list().is_empty().then(|| view! {
                <EmptyState title="No categories" prompt="Start with the usual ones (expertise, networks, funding, …) and rename them, or add your own below."/>
                <button type="button" on:click=move |_| state.edit(None, |p, now| p.resources.add_default_categories(now))>
                    "Add the usual categories"</button>
            })}
            <ol class="category-list">
                {keyed(list, |c| (c.id, c.updated_at, c.name.clone()), |category| view! { <CategoryRow category/> })}
            </ol>
            <form class="inline-form" on:submit=add>
                <label for="new-category">"New category"</label>
                <input id=errors.id("category") type="text" prop:value=new_name on:input=move |e| new_name.set(event_target_value(&e))
                    aria-invalid=move || errors.at("category").map(|_| "true") aria-describedby="new-category-error"/>
                <button type="submit">"Add category"</button>
                <FieldError id="new-category-error".to_string() message=move || errors.at("category")/>
            </form>
        </div>
    }
}

#[component]
fn CategoryRow(category: Category) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = category.id;
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(category.name.clone());
    let errors = FormErrors::new(format!("rename-{id}"));
    let used = peek(state, |p| p.resources.entries_in_category(id));
    let name = category.name.clone();
    let move_by = move |step: i32, which: &'static str| {
        state.edit(None, move |p, now| p.resources.move_category(id, step, now));
        focus_soon(format!("[data-move='{which}-{id}']"));
    };
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = draft.get_untracked();
        let check = peek(state, |p| Some(crate::model::resources::check_category_name(&p.resources, Some(id), &name)));
        match check {
            Some(Err(problem)) => {
                errors.show(vec![problem]);
            }
            _ => state.edit(None, move |p, now| { let _ = p.resources.rename_category(id, &name, now); }),
        }
    };
    let remove = move || {
        let name = name.clone();
        state.edit(Some(format!("Removed the category {name}.")), move |p, now| { remove_category(p, id, now); });
    };
    let input_id = errors.id("name");
    let shown = category.name.clone();
    view! {
        <li class="category-row">
            {move || if renaming.get() {
                view! {
                    <form class="inline-form" on:submit=rename>
                        <label for=input_id.clone()>"New name"</label>
                        <input id=input_id.clone() type="text" prop:value=draft on:input=move |e| draft.set(event_target_value(&e))
                            aria-invalid=move || errors.at("name").map(|_| "true") aria-describedby=format!("{input_id}-error")/>
                        <button type="submit">"Save name"</button>
                        <button type="button" on:click=move |_| renaming.set(false)>"Cancel"</button>
                        <FieldError id=format!("{input_id}-error") message=move || errors.at("name")/>
                    </form>
                }.into_any()
            } else {
                view! { <span class="category-name">{shown.clone()}</span>
                        <span class="hint">{format!("{used} {}", if used == 1 { "entry" } else { "entries" })}</span> }.into_any()
            }}
            <div class="row-actions">
                <button type="button" data-move=format!("up-{id}") aria-label=format!("Move {} up", category.name) on:click=move |_| move_by(-1, "up")>"↑"</button>
                <button type="button" data-move=format!("down-{id}") aria-label=format!("Move {} down", category.name) on:click=move |_| move_by(1, "down")>"↓"</button>
                <button type="button" class="edit-chrome" aria-label=format!("Rename {}", category.name) on:click=move |_| renaming.set(true)>"Rename"</button>
                {if used == 0 {
                    view! { <button type="button" aria-label=format!("Remove {}", category.name) on:click=move |_| remove()>"Remove"</button> }.into_any()
                } else {
                    view! { <ConfirmButton label="Remove" aria_label=format!("Remove {}", category.name)
                        question=format!("Remove {} and its {used} {}?", category.name, if used == 1 { "offer or need" } else { "offers and needs" })
                        on_confirm=remove/> }.into_any()
                }}
            </div>
        </li>
    }
}

