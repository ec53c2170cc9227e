//! The categories: add, rename, reorder, remove (asking first when entries use it).
use leptos::prelude::*;

use super::super::state::AppState;
use super::super::widgets::{ConfirmButton, EmptyState};
use crate::ui::helpers::{focus_soon, peek, read};
use crate::model::resources::{remove_category, Category, DEFAULT_CATEGORIES};
use crate::i18n::tr;
use crate::model::Problem;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::form::{FieldError, FormErrors};
use crate::ui::keyed::keyed;

#[component]
pub fn Categories() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
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
            <p class="hint">{t(tr::resources::categories::HINT)}</p>
            {move || list().is_empty().then(|| view! {
                <EmptyState title=t(tr::resources::categories::EMPTY_TITLE) prompt=t(tr::resources::categories::EMPTY_PROMPT)/>
                <button type="button" on:click=move |_| {
                    let names = i.now(|w| DEFAULT_CATEGORIES.map(|k| w.get(k).to_string()));
                    state.edit(None, move |p, now| for name in names { let _ = p.resources.add_category(&name, now); });
                }>{t(tr::resources::categories::ADD_USUAL)}</button>
            })}
            <ol class="category-list">
                {keyed(list, |c| (c.id, c.updated_at, c.name.clone()), |category| view! { <CategoryRow category/> })}
            </ol>
            <form class="inline-form" on:submit=add>
                <label for="new-category">{t(tr::resources::categories::NEW)}</label>
                <input id=errors.id("category") type="text" prop:value=new_name on:input=move |e| new_name.set(event_target_value(&e))
                    aria-invalid=move || errors.at("category").map(|_| "true") aria-describedby="new-category-error"/>
                <button type="submit">{t(tr::resources::categories::ADD)}</button>
                <FieldError id="new-category-error".to_string() message=move || errors.at("category")/>
            </form>
        </div>
    }
}

#[component]
fn CategoryRow(category: Category) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
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
        state.edit(Some(i.now(|w| tr::resources::categories::removed(w, &name))), move |p, now| { remove_category(p, id, now); });
    };
    let input_id = errors.id("name");
    let shown = category.name.clone();
    let named = {
        let name = category.name.clone();
        move |f: fn(&crate::i18n::Words, &str) -> String| {
            let name = name.clone();
            tw(move |w| f(w, &name))
        }
    };
    view! {
        <li class="category-row">
            {move || if renaming.get() {
                view! {
                    <form class="inline-form" on:submit=rename>
                        <label for=input_id.clone()>{t(tr::resources::categories::NEW_NAME)}</label>
                        <input id=input_id.clone() type="text" prop:value=draft on:input=move |e| draft.set(event_target_value(&e))
                            aria-invalid=move || errors.at("name").map(|_| "true") aria-describedby=format!("{input_id}-error")/>
                        <button type="submit">{t(tr::resources::categories::SAVE_NAME)}</button>
                        <button type="button" on:click=move |_| renaming.set(false)>{t(tr::resources::CANCEL)}</button>
                        <FieldError id=format!("{input_id}-error") message=move || errors.at("name")/>
                    </form>
                }.into_any()
            } else {
                view! { <span class="category-name">{shown.clone()}</span>
                        <span class="hint">{tw(move |w| tr::resources::categories::entries(w, used as i64))}</span> }.into_any()
            }}
            <div class="row-actions">
                <button type="button" data-move=format!("up-{id}") aria-label=named(|w, n| tr::resources::categories::move_up(w, n)) on:click=move |_| move_by(-1, "up")>"↑"</button>
                <button type="button" data-move=format!("down-{id}") aria-label=named(|w, n| tr::resources::categories::move_down(w, n)) on:click=move |_| move_by(1, "down")>"↓"</button>
                <button type="button" class="edit-chrome" aria-label=named(|w, n| tr::resources::categories::rename_named(w, n)) on:click=move |_| renaming.set(true)>{t(tr::resources::categories::RENAME)}</button>
                {if used == 0 {
                    view! { <button type="button" aria-label=named(|w, n| tr::resources::categories::remove_named(w, n)) on:click=move |_| remove()>{t(tr::resources::categories::REMOVE)}</button> }.into_any()
                } else {
                    let name = category.name.clone();
                    view! { <ConfirmButton label=t(tr::resources::categories::REMOVE) aria_label=named(|w, n| tr::resources::categories::remove_named(w, n))
                        question=tw(move |w| tr::resources::categories::remove_question(w, used as i64, &name))
                        on_confirm=remove/> }.into_any()
                }}
            </div>
        </li>
    }
}
