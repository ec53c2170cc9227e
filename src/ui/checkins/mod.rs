//! The check-ins screen: the cadence and the next check-in, overdue action items, and the
//! meetings with their decisions and action items.
mod actions;
mod card;
mod meeting;
mod meeting_form;
mod status;

use crate::ui::drafts::Editing;
use leptos::prelude::*;

use crate::model::checkins::Meeting;
use crate::ui::state::AppState;
use crate::ui::widgets::EmptyState;

pub use card::CheckInsCard;
use meeting::MeetingCard;
use meeting_form::MeetingForm;
use status::{CadenceStatus, OverdueActions};

#[component]
pub fn CheckInsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let adding = RwSignal::new(false);
    let editing = Editing::new();
    // Not a memo: closing a form must re-key the list even when the meetings are unchanged.
    let meetings = move || {
        editing.track();
        state.current.with(|c| c.as_ref().map(|p| p.check_ins.meetings_newest_first()).unwrap_or_default())
    };
    view! {
        <section class="check-ins">
            <div class="page-head">
                <h1 tabindex="-1">"Check-ins"</h1>
                <button type="button" class="primary" on:click=move |_| {
                    editing.stop();
                    adding.set(true);
                }>"Add meeting"</button>
            </div>
            <div class="status-grid">
                <CadenceStatus/>
                <OverdueActions/>
            </div>
            <Show when=move || adding.get()>
                <MeetingForm meeting=None on_done=move || adding.set(false)/>
            </Show>
            <h2 class="section-title">"Meetings"</h2>
            {let empty = Memo::new(move |_| meetings().is_empty()); move || if empty.get() && !adding.get() {
                view! {
                    <EmptyState
                        title="No meetings yet"
                        prompt="Agree how often you will meet (for example every 2 weeks), then record each check-in: who came, what you decided, and who does what by when."
                    />
                }.into_any()
            } else {
                view! {
                    <ul class="meeting-list">
                        <For each=meetings key=move |m: &Meeting| editing.key(m.id, m.updated_at) let:meeting>
                            {
                                let id = meeting.id;
                                let version = meeting.updated_at;
                                move || if editing.is(id) {
                                    view! { <li><MeetingForm meeting=Some(meeting.clone()) on_done=move || editing.stop()/></li> }.into_any()
                                } else {
                                    view! { <MeetingCard meeting=meeting.clone() on_edit=move || { adding.set(false); editing.start(id, version); }/> }.into_any()
                                }
                            }
                        </For>
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
