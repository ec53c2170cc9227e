//! Action items inside a meeting: tick them off, delete them, add new ones.
use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::tr;
use crate::model::checkins::{check_action, ActionItem};
use crate::model::time::parse_input_date;
use crate::ui::form::{DateField, FormErrors, Found, PartnerSelect, TextField};
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;

#[component]
pub fn ActionRow(meeting: Uuid, action: ActionItem) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
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
            <ConfirmButton
                label=t(tr::form::DELETE)
                aria_label=tw(move |w| tr::checkins::delete_action(w, &named))
                question=t(tr::checkins::DELETE_ACTION_QUESTION)
                on_confirm=move || {
                    let text = text.clone();
                    state.edit(Some(i.now(|w| tr::checkins::action_deleted(w, &text))), move |p, now| {
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
            view! { <button type="button" class="add-action" on:click=move |_| open.set(true)>{t(tr::checkins::ADD_ACTION)}</button> }.into_any()
        }}
    }
}

#[component]
fn OpenActionForm(meeting: Uuid, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let errors = FormErrors::new(format!("action-{meeting}"));
    let text = RwSignal::new(String::new());
    let owner = RwSignal::new(None::<Uuid>);
    let due = RwSignal::new(String::new());
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut found = Found::default();
        let t = found.read("text", check_action(&text.get_untracked()));
        let d = found.read("due", parse_input_date(&due.get_untracked()));
        let (Some(t), Some(d), true) = (t, d, errors.show(found)) else { return };
        let who = owner.get_untracked();
        state.edit(None, move |p, now| {
            p.upsert_action(meeting, ActionItem::new(t, who, d, now), now);
        });
        on_done();
    };
    view! {
        <form class="action-form" on:submit=submit>
            <TextField form=errors field="text" label=t(tr::checkins::WHAT) value=text class:grow=true/>
            <PartnerSelect form=errors field="owner" label=t(tr::checkins::OWNER) value=owner none=t(tr::checkins::NO_OWNER)/>
            <DateField form=errors field="due" label=t(tr::checkins::DUE_LABEL) value=due/>
            <button type="submit" class="primary">{t(tr::checkins::SAVE_ACTION)}</button>
            <button type="button" on:click=move |_| on_done()>{t(tr::common::CANCEL)}</button>
        </form>
    }
}
