//! Recording a check-in (or correcting one): date, who came, agenda, notes, decisions.
use leptos::prelude::*;
use uuid::Uuid;

use crate::ui::drafts::{FormEnd, FormGuard};
use crate::model::charter::lines;
use crate::model::checkins::Meeting;
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::state::AppState;

#[component]
pub fn MeetingForm(meeting: Option<Meeting>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = meeting.is_none();
    let original = meeting.unwrap_or_else(|| Meeting::new(state.now().date_naive(), state.now()));
    let form_id = format!("meeting-form-{}", original.id);
    let date = RwSignal::new(iso_date(original.date));
    let attendees = RwSignal::new(original.attendees.clone());
    let agenda = RwSignal::new(original.agenda.clone());
    let notes = RwSignal::new(original.notes.clone());
    let decisions = RwSignal::new(original.decisions.join("\n"));
    let error = RwSignal::new(None::<String>);
    let guard = FormGuard::new((!is_new).then_some(original.updated_at), "meeting");
    let original = StoredValue::new(original);
    let partners = state.current.with_untracked(|c| {
        c.as_ref().map(|p| p.partners.iter().map(|x| (x.id, x.name.clone())).collect::<Vec<_>>()).unwrap_or_default()
    });

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let day = match parse_input_date(&date.get_untracked()) {
            Ok(Some(d)) => d,
            Ok(None) => return error.set(Some("Give the meeting's date.".into())),
            Err(why) => return error.set(Some(why)),
        };
        let mut m = original.get_value();
        m.date = day;
        m.attendees = attendees.get_untracked();
        m.agenda = agenda.get_untracked().trim().to_string();
        m.notes = notes.get_untracked().trim().to_string();
        m.decisions = lines(&decisions.get_untracked());
        error.set(None);
        if guard.blocks_in(|p| &p.check_ins.meetings, m.id) {
            return;
        }
        state.edit(None, move |p, now| p.upsert(m, now));
        on_done();
    };
    let toggle = move |id: Uuid, on: bool| {
        attendees.update(|list| {
            list.retain(|x| *x != id);
            if on {
                list.push(id);
            }
        })
    };
    let fid = move |f: &str| format!("{form_id}-{f}");
    let title = if is_new { "New check-in" } else { "Edit check-in" };
    view! {
        <form class="card meeting-form" on:submit=submit aria-label=title>
            <h2>{title}</h2>
            <div class="field">
                <label for=fid("date")>"Date"</label>
                <input id=fid("date") type="date" required prop:value=date on:input=move |e| date.set(event_target_value(&e))
                    aria-describedby=fid("date-error")/>
                <p class="field-error" id=fid("date-error")>{move || error.get()}</p>
            </div>
            <fieldset class="field wide attendees">
                <legend>"Attendees"</legend>
                {partners.into_iter().map(|(id, name)| {
                    let cid = fid(&format!("att-{id}"));
                    view! {
                        <span class="check">
                            <input type="checkbox" id=cid.clone() prop:checked=move || attendees.with(|a| a.contains(&id))
                                on:change=move |e| toggle(id, event_target_checked(&e))/>
                            <label for=cid>{name}</label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field wide">
                <label for=fid("agenda")>"Agenda"</label>
                <textarea id=fid("agenda") rows="3" prop:value=agenda on:input=move |e| agenda.set(event_target_value(&e))></textarea>
            </div>
            <div class="field wide">
                <label for=fid("notes")>"Notes"</label>
                <textarea id=fid("notes") rows="3" prop:value=notes on:input=move |e| notes.set(event_target_value(&e))></textarea>
            </div>
            <div class="field wide">
                <label for=fid("decisions")>"Decisions (one per line)"</label>
                <textarea id=fid("decisions") rows="3" prop:value=decisions on:input=move |e| decisions.set(event_target_value(&e))></textarea>
            </div>
            <p class="hint wide">"Add action items to the meeting once it is saved."</p>
            <FormEnd guard is_new save_new="Save meeting" on_cancel=on_done/>
        </form>
    }
}
