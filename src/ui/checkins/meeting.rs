//! One meeting as recorded: who came, the agenda, notes, decisions and action items.
use leptos::prelude::*;

use super::actions::{ActionForm, ActionRow};
use crate::i18n::tr;
use crate::model::checkins::Meeting;
use crate::ui::i18n::{t, tw};
use crate::ui::state::AppState;
use crate::ui::form::{EditDelete, Editing};

#[component]
pub fn MeetingCard(meeting: Meeting, on_edit: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = meeting.id;
    let day = meeting.date;
    let attendees = state.current.with_untracked(|c| {
        c.as_ref().map_or_else(String::new, |p| {
            meeting.attendees.iter().map(|a| p.partner_name(*a)).collect::<Vec<_>>().join(", ")
        })
    });
    let heading_id = format!("meeting-{id}");
    let labelled_by = heading_id.clone();
    let actions = meeting.actions.clone();
    let editing = Editing::new();
    view! {
        <li class="card meeting-card">
            <article aria-labelledby=labelled_by>
                <div class="terms-head">
                    <h3 id=heading_id>{tw(move |w| tr::checkins::meeting_of(w, &w.date(day)))}</h3>
                    <div class="row-actions">
                        <EditDelete edit_label=tw(move |w| tr::checkins::edit_meeting(w, &w.date(day)))
                            delete_label=tw(move |w| tr::checkins::delete_meeting(w, &w.date(day)))
                            question=t(tr::checkins::DELETE_MEETING_QUESTION) on_edit
                            deleted=tw(move |w| tr::checkins::meeting_deleted(w, &w.date(day))) delete=move |p, now| { p.remove::<Meeting>(id, now); }/>
                    </div>
                </div>
                <p><span class="label">{t(tr::checkins::ATTENDEES_LABEL)}" "</span>{if attendees.is_empty() { t(tr::checkins::NOT_RECORDED).into_any() } else { attendees.into_any() }}</p>
                {(!meeting.agenda.is_empty()).then(|| view! { <h4>{t(tr::checkins::AGENDA)}</h4><p class="pre">{meeting.agenda.clone()}</p> })}
                {(!meeting.notes.is_empty()).then(|| view! { <h4>{t(tr::checkins::NOTES)}</h4><p class="pre">{meeting.notes.clone()}</p> })}
                {(!meeting.decisions.is_empty()).then(|| view! {
                    <h4>{t(tr::checkins::DECISIONS)}</h4>
                    <ul>{meeting.decisions.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}</ul>
                })}
                <h4>{t(tr::checkins::ACTIONS)}</h4>
                {actions.is_empty().then(|| view! { <p class="hint">{t(tr::checkins::NO_ACTIONS)}</p> })}
                <ul class="action-list">
                    {actions.into_iter().map(|a| view! { <ActionRow meeting=id action=a editing/> }).collect_view()}
                </ul>
                <ActionForm meeting=id/>
            </article>
        </li>
    }
}
