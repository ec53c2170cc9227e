//! Action items inside a meeting: tick them off, delete them, add new ones.
use leptos::prelude::*;
use uuid::Uuid;

use crate::model::checkins::{check_action, ActionItem};
use crate::model::time::{human_date, parse_input_date};
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;

#[component]
pub fn ActionRow(meeting: Uuid, action: ActionItem) -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = state.now().date_naive();
    let id = action.id;
    let overdue = action.is_overdue(today);
    let owner = action
        .owner
        .map(|o| state.current.with_untracked(|c| c.as_ref().map(|p| p.partner_name(o)).unwrap_or_default()));
    let check_id = format!("done-{id}");
    let text = action.text.clone();
    view! {
        <li class="action-row" class:done=action.done class:late=overdue>
            <input type="checkbox" id=check_id.clone() prop:checked=action.done on:change=move |e| {
                let done = event_target_checked(&e);
                state.edit(None, move |p, now| p.set_action_done(meeting, id, done, now));
            }/>
            <label for=check_id class="action-text">{action.text.clone()}</label>
            <span class="action-meta">
                {owner.unwrap_or_else(|| "No owner".into())}
                {action.due.map(|d| format!(" · due {}", human_date(d)))}
            </span>
            {overdue.then(|| view! { <span class="flag flag-late">"Overdue"</span> })}
            <ConfirmButton
                label="Delete"
                aria_label=format!("Delete action item: {}", action.text)
                question="Delete this action item?".to_string()
                on_confirm=move || {
                    let text = text.clone();
                    state.edit(Some(format!("Deleted the action item “{text}”.")), move |p, now| {
                        p.delete_action(meeting, id, now);
                    });
                }
            />
        </li>
    }
}

/// Closed to one button, so that a list of past meetings is not a wall of empty fields.
#[component]
pub fn ActionForm(meeting: Uuid) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        {move || if open.get() {
            view! { <OpenActionForm meeting=meeting on_done=move || open.set(false)/> }.into_any()
        } else {
            view! { <button type="button" class="add-action" on:click=move |_| open.set(true)>"Add action item"</button> }.into_any()
        }}
    }
}

#[component]
fn OpenActionForm(meeting: Uuid, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = RwSignal::new(String::new());
    let owner = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let partners = state.current.with_untracked(|c| {
        c.as_ref().map(|p| p.partners.iter().map(|x| (x.id, x.name.clone())).collect::<Vec<_>>()).unwrap_or_default()
    });
    let fid = move |f: &str| format!("action-{meeting}-{f}");
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let checked = check_action(&text.get_untracked())
            .and_then(|t| parse_input_date(&due.get_untracked()).map(|d| (t, d)));
        match checked {
            Ok((t, d)) => {
                let who = Uuid::parse_str(&owner.get_untracked()).ok();
                error.set(None);
                state.edit(None, move |p, now| {
                    p.upsert_action(meeting, ActionItem::new(t, who, d, now), now);
                });
                on_done();
            }
            Err(why) => error.set(Some(why)),
        }
    };
    view! {
        <form class="action-form" on:submit=submit>
            <div class="field grow">
                <label for=fid("text")>"What needs doing"</label>
                <input id=fid("text") type="text" prop:value=text on:input=move |e| text.set(event_target_value(&e))
                    aria-invalid=move || error.get().is_some().then_some("true") aria-describedby=fid("error")/>
            </div>
            <div class="field">
                <label for=fid("owner")>"Owner"</label>
                <select id=fid("owner") on:change=move |e| owner.set(event_target_value(&e))>
                    <option value="" selected=move || owner.get().is_empty()>"No owner"</option>
                    {partners.into_iter().map(|(id, name)| {
                        let value = id.to_string();
                        let v2 = value.clone();
                        view! { <option value=value selected=move || owner.get() == v2>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=fid("due")>"Due"</label>
                <input id=fid("due") type="date" prop:value=due on:input=move |e| due.set(event_target_value(&e))/>
            </div>
            <button type="submit" class="primary">"Save action item"</button>
            <button type="button" on:click=move |_| on_done()>"Cancel"</button>
            <p class="field-error" id=fid("error")>{move || error.get()}</p>
        </form>
    }
}
