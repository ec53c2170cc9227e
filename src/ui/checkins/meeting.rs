//! One meeting as recorded: who came, the agenda, notes, decisions and action items.
use leptos::prelude::*;

use super::actions::{ActionForm, ActionRow};
use crate::model::checkins::Meeting;
use crate::model::time::human_date;
use crate::ui::state::AppState;
use crate::ui::form::EditDelete;

#[component]
pub fn MeetingCard(meeting: Meeting, on_edit: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = meeting.id;
    let when = human_date(meeting.date);
    let attendees = state.current.with_untracked(|c| {
        c.as_ref().map_or_else(String::new, |p| {
            meeting.attendees.iter().map(|a| p.partner_name(*a)).collect::<Vec<_>>().join(", ")
        })
    });
    let heading_id = format!("meeting-{id}");
    let labelled_by = heading_id.clone();
    let actions = meeting.actions.clone();
    let deleted_label = when.clone();
    view! {
        <li class="card meeting-card">
            <article aria-labelledby=labelled_by>
                <div class="terms-head">
                    <h3 id=heading_id>{format!("Check-in of {when}")}</h3>
                    <div class="row-actions">
                        <EditDelete edit_label=format!("Edit the check-in of {when}") delete_label=format!("Delete the check-in of {when}")
                            question="Delete this meeting and its action items?".to_string() on_edit
                            deleted=format!("Deleted the check-in of {deleted_label}.") delete=move |p, now| { p.remove::<Meeting>(id, now); }/>
                    </div>
                </div>
                <p><span class="label">"Attendees: "</span>{if attendees.is_empty() { "not recorded".to_string() } else { attendees }}</p>
                {(!meeting.agenda.is_empty()).then(|| view! { <h4>"Agenda"</h4><p class="pre">{meeting.agenda.clone()}</p> })}
                {(!meeting.notes.is_empty()).then(|| view! { <h4>"Notes"</h4><p class="pre">{meeting.notes.clone()}</p> })}
                {(!meeting.decisions.is_empty()).then(|| view! {
                    <h4>"Decisions"</h4>
                    <ul>{meeting.decisions.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}</ul>
                })}
                <h4>"Action items"</h4>
                {actions.is_empty().then(|| view! { <p class="hint">"No action items."</p> })}
                <ul class="action-list">
                    {actions.into_iter().map(|a| view! { <ActionRow meeting=id action=a/> }).collect_view()}
                </ul>
                <ActionForm meeting=id/>
            </article>
        </li>
    }
}
