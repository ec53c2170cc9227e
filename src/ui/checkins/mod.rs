//! The check-ins screen: the cadence and the next check-in, overdue action items, and the
//! meetings with their decisions and action items.
mod actions;
mod card;
mod meeting;
mod meeting_form;
mod status;

use leptos::prelude::*;

use crate::ui::form::{AddButton, EditableList, Editing};
use crate::ui::state::AppState;

pub use card::CheckInsCard;
use meeting::MeetingCard;
use meeting_form::MeetingForm;
use status::{CadenceStatus, OverdueActions};

#[component]
pub fn CheckInsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let adding = RwSignal::new(false);
    let editing = Editing::new();
    let meetings = move || state.current.with(|c| c.as_ref().map(|p| p.check_ins.meetings_newest_first()).unwrap_or_default());
    view! {
        <section class="check-ins">
            <div class="page-head">
                <h1 tabindex="-1">"Check-ins"</h1>
                <AddButton label="Add meeting" editing adding/>
            </div>
            <div class="status-grid">
                <CadenceStatus/>
                <OverdueActions/>
            </div>
            <h2 class="section-title">"Meetings"</h2>
            <EditableList editing adding items=meetings class="meeting-list"
                empty_title="No meetings yet"
                empty_prompt="Agree how often you will meet (for example every 2 weeks), then record each check-in: who came, what you decided, and who does what by when."
                form={|meeting, done: Callback<()>| view! { <MeetingForm meeting on_done=move || done.run(())/> }}
                card={|meeting, edit: Callback<()>| view! { <MeetingCard meeting on_edit=edit/> }}
            />
        </section>
    }
}
