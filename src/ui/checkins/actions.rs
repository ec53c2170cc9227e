//! Action items inside a meeting: tick them off, edit them in place, delete them, add new ones.
use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::tr;
use crate::model::checkins::{check_action, ActionItem};
use crate::model::time::parse_input_date;
use crate::model::time::iso_date;
use crate::model::Partnership;
use crate::ui::form::{edited, open_record, DateField, EditDelete, Editing, Found, PartnerSelect, RecordForm, TextField};
use crate::ui::i18n::{t, tw};
use crate::ui::helpers::peek;
use crate::ui::state::AppState;

/// An action item's row or, while `editing` names it, its form in its place.
#[component]
pub fn ActionRow(meeting: Uuid, action: ActionItem, editing: Editing) -> impl IntoView {
    let id = action.id;
    move || {
        if editing.is(id) {
            let done = move || editing.stop();
            view! { <li><OpenActionForm meeting action=Some(action.clone()) on_done=done/></li> }.into_any()
        } else {
            let on_edit = Callback::new(move |_| editing.start(id, action.updated_at));
            view! { <ActionLine meeting action=action.clone() on_edit/> }.into_any()
        }
    }
}

#[component]
fn ActionLine(meeting: Uuid, action: ActionItem, on_edit: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = state.now().date_naive();
    let id = action.id;
    let overdue = action.is_overdue(today);
    let owner = action
        .owner
        .map(|o| state.current.with_untracked(|c| c.as_ref().map(|p| p.partner_name(o)).unwrap_or_default()));
    let check_id = format!("done-{id}");
    let text = action.text.clone();
    let named = action.text.clone();
    let due = action.due;
    view! {
        <li class="action-row" class:done=action.done class:late=overdue>
            <input type="checkbox" id=check_id.clone() prop:checked=action.done on:change=move |e| {
                let done = event_target_checked(&e);
                state.edit(None, move |p, now| p.set_action_done(meeting, id, done, now));
            }/>
            <label for=check_id class="action-text">{action.text.clone()}</label>
            <span class="action-meta">
                {match owner { Some(o) => o.into_any(), None => t(tr::checkins::NO_OWNER).into_any() }}
                {due.map(|d| tw(move |w| tr::checkins::due(w, &w.date(d))))}
            </span>
            {overdue.then(|| view! { <span class="flag flag-late">{t(tr::checkins::OVERDUE)}</span> })}
            <span class="row-actions">
                <EditDelete edit_label={ let x = text.clone(); tw(move |w| tr::checkins::edit_action(w, &x)) }
                    delete_label=tw(move |w| tr::checkins::delete_action(w, &named)) question=t(tr::checkins::DELETE_ACTION_QUESTION)
                    deleted=tw(move |w| tr::checkins::action_deleted(w, &text)) on_edit
                    delete=move |p, now| { p.delete_action(meeting, id, now); }/>
            </span>
        </li>
    }
}

/// Closed to one button, so that a list of past meetings is not a wall of empty fields.
#[component]
pub fn ActionForm(meeting: Uuid) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        {move || if open.get() {
            view! { <OpenActionForm meeting=meeting action=None on_done=move || open.set(false)/> }.into_any()
        } else {
            view! { <button type="button" class="add-action" on:click=move |_| open.set(true)>{t(tr::checkins::ADD_ACTION)}</button> }.into_any()
        }}
    }
}

/// The action item's form: a new one (`None`) or one edited in place.
#[component]
fn OpenActionForm(meeting: Uuid, action: Option<ActionItem>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = action.is_none();
    let original = action.unwrap_or_else(|| ActionItem::new(String::new(), None, None, state.now()));
    let text = RwSignal::new(original.text.clone());
    let owner = RwSignal::new(original.owner);
    let due = RwSignal::new(original.due.map(iso_date).unwrap_or_default());
    let (original, errors, guard) = open_record(original, is_new, &format!("action-{meeting}"), crate::i18n::tr::form::record::OTHER);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut found = Found::default();
        let t = found.read("text", check_action(&text.get_untracked()));
        let d = found.read("due", parse_input_date(&due.get_untracked()));
        let (Some(t), Some(d), true) = (t, d, errors.show(found)) else { return };
        let mut action = original.get_value();
        if guard.blocks(peek(state, |p| action_version(p, meeting, action.id))) {
            return;
        }
        (action.text, action.owner, action.due) = (t, owner.get_untracked(), d);
        state.edit(edited(guard), move |p, now| {
            p.upsert_action(meeting, action, now);
        });
        on_done();
    };
    view! {
        <RecordForm class="action-form" unheaded=true heading=t(if is_new { tr::checkins::ADD_ACTION } else { tr::checkins::EDIT_ACTION_HEADING })
            on_submit=submit guard is_new save_new=t(tr::checkins::SAVE_ACTION) on_cancel=on_done>
            <TextField form=errors field="text" label=t(tr::checkins::WHAT) value=text class:grow=true/>
            <PartnerSelect form=errors field="owner" label=t(tr::checkins::OWNER) value=owner none=t(tr::checkins::NO_OWNER)/>
            <DateField form=errors field="due" label=t(tr::checkins::DUE_LABEL) value=due/>
        </RecordForm>
    }
}

/// The action item's version now (`None`: it or its meeting is gone), for the form's guard.
fn action_version(p: &Partnership, meeting: Uuid, id: Uuid) -> Option<chrono::DateTime<chrono::Utc>> {
    let m = p.check_ins.meetings.iter().find(|m| m.id == meeting)?;
    m.actions.iter().find(|a| a.id == id).map(|a| a.updated_at)
}
