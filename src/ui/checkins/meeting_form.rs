//! Recording a check-in (or correcting one): date, who came, agenda, notes, decisions.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::charter::lines;
use crate::model::checkins::Meeting;
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::form::{open_record, DateField, Found, LongText, PartnerChecks, RecordForm};
use crate::ui::i18n::{t, I18n};
use crate::ui::state::AppState;

#[component]
pub fn MeetingForm(meeting: Option<Meeting>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let is_new = meeting.is_none();
    let original = meeting.unwrap_or_else(|| Meeting::new(state.now().date_naive(), state.now()));
    let date = RwSignal::new(iso_date(original.date));
    let attendees = RwSignal::new(original.attendees.clone());
    let agenda = RwSignal::new(original.agenda.clone());
    let notes = RwSignal::new(original.notes.clone());
    let decisions = RwSignal::new(original.decisions.join("\n"));
    let (original, errors, guard) = open_record(original, is_new, "meeting-form", crate::i18n::tr::form::record::MEETING);

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut found = Found::default();
        // A meeting always has a date: an empty one is a problem, not "no date".
        let read = parse_input_date(&date.get_untracked()).and_then(|d| d.ok_or_else(|| i.now(|w| w.get(tr::checkins::GIVE_DATE).to_string()).into()));
        let day = found.read("date", read);
        let (Some(day), true) = (day, errors.show(found)) else { return };
        let mut m = original.get_value();
        m.date = day;
        m.attendees = attendees.get_untracked();
        m.agenda = agenda.get_untracked().trim().to_string();
        m.notes = notes.get_untracked().trim().to_string();
        m.decisions = lines(&decisions.get_untracked());
        if guard.blocks_in(|p| &p.check_ins.meetings, m.id) {
            return;
        }
        state.edit(None, move |p, now| p.upsert(m, now));
        on_done();
    };
    view! {
        <RecordForm class="card meeting-form" heading=t(if is_new { tr::checkins::NEW_MEETING } else { tr::checkins::EDIT_MEETING_HEADING }) on_submit=submit guard is_new save_new=t(tr::checkins::SAVE_MEETING) on_cancel=on_done>
            <DateField form=errors field="date" label=t(tr::checkins::DATE) value=date/>
            <PartnerChecks form=errors field="attendees" legend=t(tr::checkins::ATTENDEES) value=attendees class="attendees"/>
            <LongText form=errors field="agenda" label=t(tr::checkins::AGENDA) value=agenda/>
            <LongText form=errors field="notes" label=t(tr::checkins::NOTES) value=notes/>
            <LongText form=errors field="decisions" label=t(tr::checkins::DECISIONS_FIELD) value=decisions/>
            <p class="hint wide">{t(tr::checkins::ACTIONS_LATER)}</p>
        </RecordForm>
    }
}
