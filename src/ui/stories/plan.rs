//! The communication plan: audience, message, channel, frequency, owner and next date, with
//! overdue items flagged and a "Mark sent" that moves a recurring item to its next date.
use leptos::prelude::*;

use crate::ui::drafts::{FormEnd, FormGuard};
use crate::ui::drafts::Editing;
use super::{PartnerSelect, TextField};
use crate::ui::helpers::{read, today};
use crate::model::stories::{check_message, delete_message, overdue, plan_in_order, upsert_message, Audience, Frequency, PlannedMessage};
use crate::model::time::{human_date, iso_date, parse_input_date};
use crate::ui::state::AppState;
use crate::ui::widgets::{ConfirmButton, EmptyState};

#[component]
pub fn PlanSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let editing = Editing::new();
    let adding = RwSignal::new(false);
    let plan = move || { editing.track(); read(state, |p| plan_in_order(&p.communication.plan)) };
    let late = move || read(state, |p| overdue(&p.communication.plan, today(state)).len());
    view! {
        <section class="tool-section" aria-labelledby="plan-heading">
            <div class="page-head">
                <h2 id="plan-heading">"Communication plan"</h2>
                <button type="button" class="primary" on:click=move |_| { editing.stop(); adding.set(true); }>"Add to plan"</button>
            </div>
            <Show when=move || { late() > 0 }>
                <p class="overdue-summary" data-testid="plan-overdue">
                    {move || format!("{} overdue: send {} or move the date.", late(), if late() == 1 { "it" } else { "them" })}
                </p>
            </Show>
            <Show when=move || adding.get()>
                <PlanForm item=None on_done=move || adding.set(false)/>
            </Show>
            {let empty = Memo::new(move |_| plan().is_empty()); move || if empty.get() && !adding.get() {
                view! { <EmptyState title="No communication planned"
                    prompt="For each audience (partners, funders, community, media) agree one message, the channel, how often, and which partner sends it."/> }.into_any()
            } else {
                view! {
                    <ul class="plan-list">
                        <For each=plan key=move |m| editing.key(m.id, m.updated_at) let:item>
                            {
                                let id = item.id;
                                let version = item.updated_at;
                                move || if editing.is(id) {
                                    view! { <li><PlanForm item=Some(item.clone()) on_done=move || editing.stop()/></li> }.into_any()
                                } else {
                                    view! { <PlanRow item=item.clone() on_edit=move || { adding.set(false); editing.start(id, version); }/> }.into_any()
                                }
                            }
                        </For>
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn PlanRow(item: PlannedMessage, on_edit: impl Fn() + 'static + Send + Sync) -> impl IntoView {
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
                <button type="button" class="edit-chrome" aria-label=format!("Edit plan item: {}", item.message) on:click=move |_| on_edit()>"Edit"</button>
                <ConfirmButton label="Delete" aria_label=format!("Delete plan item: {}", item.message)
                    question=format!("Delete “{}” from the plan?", item.message)
                    on_confirm=move || {
                        let message = message.clone();
                        state.edit(Some(format!("Deleted “{message}” from the plan.")), move |p, now| { delete_message(p, id, now); });
                    }/>
            </div>
        </li>
    }
}

#[component]
fn PlanForm(item: Option<PlannedMessage>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = item.is_none();
    let original = item.unwrap_or_else(|| PlannedMessage::new(Audience::Funders, "", state.now()));
    let base = format!("plan-{}", original.id);
    let fid = move |f: &str| format!("{base}-{f}");
    let audience = RwSignal::new(original.audience);
    let message = RwSignal::new(original.message.clone());
    let channel = RwSignal::new(original.channel.clone());
    let frequency = RwSignal::new(original.frequency);
    let owner = RwSignal::new(original.owner);
    let due = RwSignal::new(original.next_due.map(iso_date).unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    let due_error = RwSignal::new(None::<String>);
    let guard = FormGuard::new((!is_new).then_some(original.updated_at), "plan item");
    let original = StoredValue::new(original);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.audience = audience.get_untracked();
        draft.message = message.get_untracked().trim().to_string();
        draft.channel = channel.get_untracked().trim().to_string();
        draft.frequency = frequency.get_untracked();
        draft.owner = owner.get_untracked();
        let parsed = parse_input_date(&due.get_untracked());
        due_error.set(parsed.clone().err());
        error.set(check_message(&draft).first().map(|p| p.message.clone()));
        let Ok(d) = parsed else { return };
        if error.get_untracked().is_some() {
            return;
        }
        draft.next_due = d;
        if guard.blocks_in(|p| &p.communication.plan, draft.id) {
            return;
        }
        state.edit(None, move |p, now| upsert_message(p, draft, now));
        on_done();
    };
    view! {
        <form class="card tool-form" on:submit=submit aria-label=if is_new { "New plan item" } else { "Edit plan item" }>
            <h3>{if is_new { "New plan item" } else { "Edit plan item" }}</h3>
            <div class="field">
                <label for=fid("audience")>"Audience"</label>
                <select id=fid("audience") on:change=move |e| if let Some(a) = Audience::from_key(&event_target_value(&e)) { audience.set(a) }>
                    {Audience::ALL.into_iter().map(|a| view! { <option value=a.key() selected=move || audience.get() == a>{a.label()}</option> }).collect_view()}
                </select>
            </div>
            <TextField id=fid("message") label="Message" value=message error=Signal::derive(move || error.get()) wide=true/>
            <TextField id=fid("channel") label="Channel" value=channel/>
            <div class="field">
                <label for=fid("frequency")>"How often"</label>
                <select id=fid("frequency") on:change=move |e| if let Some(f) = Frequency::from_key(&event_target_value(&e)) { frequency.set(f) }>
                    {Frequency::ALL.into_iter().map(|f| view! { <option value=f.key() selected=move || frequency.get() == f>{f.label()}</option> }).collect_view()}
                </select>
            </div>
            <PartnerSelect id=fid("owner") label="Sent by" value=owner/>
            <TextField id=fid("due") label="Next due" kind="date" value=due error=Signal::derive(move || due_error.get())/>
            <FormEnd guard is_new save_new="Save plan item" on_cancel=on_done/>
        </form>
    }
}
