//! The check-ins screen: the cadence and the next check-in, overdue action items, and the
//! meetings with their decisions and action items.
mod actions;
mod card;
mod meeting;
mod meeting_form;
mod status;

use leptos::prelude::*;

use crate::i18n::tr;
use crate::ui::form::{ListSection, ListTexts};
use crate::ui::i18n::t;

pub use card::CheckInsCard;
use meeting::MeetingCard;
use meeting_form::MeetingForm;
use status::{CadenceStatus, OverdueActions};

#[component]
pub fn CheckInsPage() -> impl IntoView {
    view! {
        <ListSection class="check-ins" texts=&MEETINGS items={|p| p.check_ins.meetings_newest_first()}
            form={|meeting, done: Callback<()>| view! { <MeetingForm meeting on_done=move || done.run(())/> }}
            card={|meeting, edit: Callback<()>| view! { <MeetingCard meeting on_edit=edit/> }}>
            <div class="status-grid">
                <CadenceStatus/>
                <OverdueActions/>
            </div>
            <h2 class="section-title">{t(tr::checkins::MEETINGS)}</h2>
        </ListSection>
    }
}

static MEETINGS: ListTexts = ListTexts {
    heading: tr::route::CHECK_INS, heading_id: None, add: tr::checkins::ADD, list_class: "meeting-list",
    empty_title: tr::checkins::EMPTY_TITLE,
    empty_prompt: tr::checkins::EMPTY_PROMPT,
};
