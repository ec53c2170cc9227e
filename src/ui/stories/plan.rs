//! The communication plan: audience, message, channel, frequency, owner and next date, with
//! overdue items flagged and a "Mark sent" that moves a recurring item to its next date.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::ui::helpers::{read, today};
use crate::ui::form::{open_record, save_record, DateField, EditDelete, Found, ListSection, ListTexts, PartnerSelect, SelectField, TextField, RecordForm};
use crate::model::stories::{check_message, overdue, plan_in_order, Audience, PlannedMessage};
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::i18n::{t, tw, tw1};
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
                    {tw(move |w| tr::stories::overdue(w, late() as i64))}
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
    let (done, next_due) = (item.done, item.next_due);
    let due = tw(move |w| match (done, next_due) {
        (true, _) => w.get(tr::stories::SENT).to_string(),
        (false, Some(d)) => tr::stories::next_due(w, &w.date(d)),
        (false, None) => w.get(tr::stories::NO_DATE).to_string(),
    });
    let channel = Some(item.channel.clone()).filter(|c| !c.is_empty());
    let frequency = item.frequency;
    let meta = tw(move |w| {
        [channel.clone(), Some(w.get(frequency.label_key()).to_string()), owner.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ")
    });
    view! {
        <li class="plan-row" class:overdue=is_late>
            <span class=format!("audience audience-{}", item.audience.key())>{t(item.audience.label_key())}</span>
            <div class="plan-main">
                <p class="plan-message">{item.message.clone()}</p>
                <p class="plan-meta">{meta}</p>
            </div>
            <p class="plan-due">{due}{is_late.then(|| view! { " " <strong class="badge badge-late">{t(tr::stories::OVERDUE_BADGE)}</strong> })}</p>
            <div class="row-actions">
                {(!item.done).then(|| view! {
                    <button type="button" aria-label=tw1(|w, x| tr::stories::mark_sent_label(w, x), &item.message) on:click=move |_| {
                        let day = today(state);
                        state.edit(None, move |p, now| {
                            if let Some(m) = p.communication.plan.iter_mut().find(|m| m.id == id) {
                                m.mark_sent(day, now);
                            }
                        });
                    }>{t(tr::stories::MARK_SENT)}</button>
                })}
                <EditDelete edit_label=tw1(|w, x| tr::stories::edit_item(w, x), &message) delete_label=tw1(|w, x| tr::stories::delete_item(w, x), &message)
                    question=tw1(|w, x| tr::stories::delete_item_question(w, x), &message) deleted=tw1(|w, x| tr::stories::item_deleted(w, x), &message) on_edit
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
    let (original, errors, guard) = open_record(original, is_new, "plan", crate::i18n::tr::form::record::PLAN_ITEM);
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
        <RecordForm class="card tool-form" heading=t(if is_new { tr::stories::NEW_ITEM } else { tr::stories::EDIT_ITEM_HEADING }) in_section=true
            on_submit=submit guard is_new save_new=t(tr::stories::SAVE_ITEM) on_cancel=on_done>
            <SelectField form=errors field="audience" label=t(tr::stories::AUDIENCE) value=audience/>
            <TextField form=errors field="message" label=t(tr::stories::MESSAGE) value=message wide=true/>
            <TextField form=errors field="channel" label=t(tr::stories::CHANNEL) value=channel/>
            <SelectField form=errors field="frequency" label=t(tr::stories::HOW_OFTEN) value=frequency/>
            <PartnerSelect form=errors field="owner" label=t(tr::stories::SENT_BY) value=owner/>
            <DateField form=errors field="due" label=t(tr::stories::NEXT_DUE_LABEL) value=due/>
        </RecordForm>
    }
}
