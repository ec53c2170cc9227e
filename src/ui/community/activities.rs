//! One engagement activity: its card (with what was heard in it) and its form.
use leptos::prelude::*;

use super::inputs::InputList;
use crate::ui::helpers::{chips, join_tags, peek};
use crate::model::community::{check_activity, parse_tags, Activity, ActivityKind};
use crate::model::time::{human_date, iso_date, parse_input_date};
use crate::ui::form::{open_record, save_record, DateField, EditDelete, Found, LongText, NumberField, PartnerChecks, RecordForm, SelectField, TextField};
use crate::ui::state::AppState;

#[component]
pub fn ActivityCard(activity: Activity, on_edit: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = activity;
    let id = a.id;
    // Untracked: the list redraws this card when the activity changes (its key), not on every
    // edit elsewhere, which would close the forms open inside it.
    let ran_by = peek(state, |p| a.partner_ids.iter().map(|id| p.partner_name(*id)).collect::<Vec<_>>());
    let mut facts = vec![a.kind.label().to_string()];
    facts.extend(a.date.map(human_date));
    facts.extend(a.participants.map(|n| format!("{n} {}", if n == 1 { "person" } else { "people" })));
    view! {
        <li class="activity-card card">
            <div class="activity-head">
                <div>
                    <h3>{a.title.clone()}</h3>
                    <p class="facts">{facts.join(" · ")}</p>
                    {(!ran_by.is_empty()).then(|| view! { <p class="hint">"Run by " {ran_by.join(", ")}</p> })}
                    {(!a.reached.is_empty()).then(|| view! {
                        <p class="reached">"Reached: "
                            {chips(&a.reached)}
                        </p>
                    })}
                    {(!a.notes.is_empty()).then(|| view! { <p class="notes">{a.notes.clone()}</p> })}
                </div>
                <div class="row-actions">
                    <EditDelete edit_label=format!("Edit {}", a.title) delete_label=format!("Delete {}", a.title)
                        question=format!("Delete {} and everything heard in it?", a.title) on_edit
                        deleted=format!("Deleted {}.", a.title) delete=move |p, now| { p.remove::<crate::model::community::Activity>(id, now); }/>
                </div>
            </div>
            <InputList activity_id=id activity_title=a.title.clone()/>
        </li>
    }
}

/// How many took part: empty, or a whole number.
fn parse_people(text: &str) -> Result<Option<u32>, String> {
    match text.trim() {
        "" => Ok(None),
        n => n.parse::<u32>().map(Some).map_err(|_| "Write a whole number of people, e.g. 14.".to_string()),
    }
}

/// Adds an activity (`activity` is `None`) or edits one.
#[component]
pub fn ActivityForm(activity: Option<Activity>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = activity.is_none();
    let original = activity.unwrap_or_else(|| Activity::new(ActivityKind::FocusGroup, "", state.now()));
    let kind = RwSignal::new(original.kind);
    let title = RwSignal::new(original.title.clone());
    let date = RwSignal::new(original.date.map(iso_date).unwrap_or_default());
    let people = RwSignal::new(original.participants.map(|n| n.to_string()).unwrap_or_default());
    let ran_by = RwSignal::new(original.partner_ids.clone());
    let reached = RwSignal::new(join_tags(&original.reached));
    let notes = RwSignal::new(original.notes.clone());
    let (original, errors, guard) = open_record(original, is_new, "activity", "activity");

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        let mut found = Found::default();
        draft.kind = kind.get_untracked();
        draft.title = title.get_untracked().trim().to_string();
        draft.partner_ids = ran_by.get_untracked();
        draft.reached = parse_tags(&reached.get_untracked());
        draft.notes = notes.get_untracked().trim().to_string();
        // The name's problem first: it is the first field, where focus should land.
        found.extend(check_activity(&draft));
        if let Some(d) = found.read("date", parse_input_date(&date.get_untracked())) {
            draft.date = d;
        }
        if let Some(n) = found.read("participants", parse_people(&people.get_untracked())) {
            draft.participants = n;
        }
        if save_record(state, errors, found, guard, draft) {
            on_done();
        }
    };
    view! {
        <RecordForm class="card voice-form" heading=if is_new { "New engagement activity" } else { "Edit activity" } on_submit=submit guard is_new save_new="Save activity" on_cancel=on_done>
            <SelectField form=errors field="kind" label="Kind of activity" value=kind/>
            <TextField form=errors field="title" label="Name" value=title/>
            <DateField form=errors field="date" label="Date" value=date/>
            <NumberField form=errors field="participants" label="How many took part" value=people/>
            <TextField form=errors field="reached" label="Who was reached (separate groups with commas)" value=reached wide=true
                placeholder="parents of young children, seniors"/>
            <PartnerChecks form=errors field="ran_by" legend="Run by" value=ran_by class="checks"/>
            <LongText form=errors field="notes" label="Notes" value=notes rows=2/>
        </RecordForm>
    }
}
