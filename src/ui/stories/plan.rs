//! The communication plan: audience, message, channel, frequency, owner and next date, with
//! overdue items flagged and a "Mark sent" that moves a recurring item to its next date.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::ui::helpers::{read, today};
use crate::ui::form::{open_record, save_record, DateField, EditDelete, Found, ListSection, ListTexts, PartnerSelect, SelectField, TextField, RecordForm};
use crate::model::stories::{check_message, overdue, plan_in_order, Audience, PlannedMessage};
use crate::model::time::{human_date, iso_date, parse_input_date};
use crate::ui::state::AppState;
use crate::ui::widgets::When;

#[component]
pub fn PlanSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let late = move || read(state, |p| overdue(&p.communication.plan, today(state)).len());
    view! {
        <ListSection class="tool-section" texts=&PLAN items={|p| plan_in_order(&p.communication.plan)}
            form={|item, done: Callback<()>| view! { <PlanForm item on_done=move || done.run(())/> }}
            card={|item, edit: Callback<()>| view! { <PlanRow item on_edit=edit/> }}>
            <When when=move || { late() > 0 }>
                <p class="overdue-summary" data-testid="plan-overdue">
                    {move || format!("{} overdue: send {} or move the date.", late(), if late() == 1 { "it" } else { "them" })}
                </p>
            </When>
        </ListSection>
    }
}

static PLAN: ListTexts = ListTexts {
    heading: tr::stories::PLAN_HEADING, heading_id: Some("plan-heading"), add: tr::stories::PLAN_ADD, list_class: "plan-list",
    empty_title: tr::stories::PLAN_EMPTY_TITLE,
    empty_prompt: tr::stories::PLAN_EMPTY_PROMPT,
};

#[component]
fn PlanRow(item: PlannedMessage, on_edit: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = item.id;
    let is_late = item.is_overdue(today(state));
    let owner = item.owner.map(|o| read(state, |p| p.partner_name(o)));
    let message = item.message.clone();
    let due = match (item.done, item.next_due) {
        (true, _) => "Sent".to_string(),
        (false, Some(d)) => format!("Next: {}", human_date(d)),
        (false, None) => "No date set".to_string(),
    };
    view! {
        <li class="plan-row" class:overdue=is_late>
            <span class=format!("audience audience-{}", item.audience.key())>{item.audience.label()}</span>
            <div class="plan-main">
                <p class="plan-message">{item.message.clone()}</p>
                <p class="plan-meta">
                    {[Some(item.channel.clone()).filter(|c| !c.is_empty()), Some(item.frequency.label().to_string()), owner]
                        .into_iter().flatten().collect::<Vec<_>>().join(" · ")}
                </p>
            </div>
            <p class="plan-due">{due}{is_late.then(|| view! { " " <strong class="badge badge-late">"Overdue"</strong> })}</p>
            <div class="row-actions">
                {(!item.done).then(|| view! {
                    <button type="button" aria-label=format!("Mark sent: {}", item.message) on:click=move |_| {
                        let day = today(state);
                        state.edit(None, move |p, now| {
                            if let Some(m) = p.communication.plan.iter_mut().find(|m| m.id == id) {
                                m.mark_sent(day, now);
                            }
                        });
                    }>"Mark sent"</button>
                })}
                <EditDelete edit_label=format!("Edit plan item: {message}") delete_label=format!("Delete plan item: {message}")
                    question=format!("Delete “{message}” from the plan?") deleted=format!("Deleted “{message}” from the plan.") on_edit
                    delete=move |p, now| { p.remove::<crate::model::stories::PlannedMessage>(id, now); }/>
            </div>
        </li>
    }
}

#[component]
fn PlanForm(item: Option<PlannedMessage>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = item.is_none();
    let original = item.unwrap_or_else(|| PlannedMessage::new(Audience::Funders, "", state.now()));
    let audience = RwSignal::new(original.audience);
    let message = RwSignal::new(original.message.clone());
    let channel = RwSignal::new(original.channel.clone());
    let frequency = RwSignal::new(original.frequency);
    let owner = RwSignal::new(original.owner);
    let due = RwSignal::new(original.next_due.map(iso_date).unwrap_or_default());
    let (original, errors, guard) = open_record(original, is_new, "plan", "plan item");
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.audience = audience.get_untracked();
        draft.message = message.get_untracked().trim().to_string();
        draft.channel = channel.get_untracked().trim().to_string();
        draft.frequency = frequency.get_untracked();
        draft.owner = owner.get_untracked();
        let mut found = Found::default();
        if let Some(d) = found.read("due", parse_input_date(&due.get_untracked())) {
            draft.next_due = d;
        }
        found.extend(check_message(&draft));
        if save_record(state, errors, found, guard, draft) {
            on_done();
        }
    };
    view! {
        <RecordForm class="card tool-form" heading=if is_new { "New plan item" } else { "Edit plan item" } in_section=true on_submit=submit guard is_new save_new="Save plan item" on_cancel=on_done>
            <SelectField form=errors field="audience" label="Audience" value=audience/>
            <TextField form=errors field="message" label="Message" value=message wide=true/>
            <TextField form=errors field="channel" label="Channel" value=channel/>
            <SelectField form=errors field="frequency" label="How often" value=frequency/>
            <PartnerSelect form=errors field="owner" label="Sent by" value=owner/>
            <DateField form=errors field="due" label="Next due" value=due/>
        </RecordForm>
    }
}
