//! One engagement activity: its card (with what was heard in it) and its form.
use leptos::prelude::*;

use super::inputs::InputList;
use crate::i18n::tr;
use crate::ui::helpers::{chips, join_tags, peek};
use crate::model::community::{check_activity, known_reached, parse_tags, Activity, ActivityKind};
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::form::{open_record, save_record, DateField, EditDelete, Found, LongText, NumberField, PartnerChecks, RecordForm, SelectField, TagsField, TextField};
use crate::ui::i18n::{t, tw, tw1, I18n};
use crate::ui::state::AppState;

#[component]
pub fn ActivityCard(activity: Activity, on_edit: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = activity;
    let id = a.id;
    // Untracked: the list redraws this card when the activity changes (its key), not on every
    // edit elsewhere, which would close the forms open inside it.
    let ran_by = peek(state, |p| a.partner_ids.iter().map(|id| p.partner_name(*id)).collect::<Vec<_>>());
    let (kind, date, participants) = (a.kind, a.date, a.participants);
    let facts = tw(move |w| {
        let mut facts = vec![w.get(kind.label_key()).to_string()];
        facts.extend(date.map(|d| w.date(d)));
        facts.extend(participants.map(|n| tr::community::people(w, n.into())));
        facts.join(" · ")
    });
    let ran_by = ran_by.join(", ");
    view! {
        <li class="activity-card card">
            <div class="activity-head">
                <div>
                    <h3>{a.title.clone()}</h3>
                    <p class="facts">{facts}</p>
                    {(!ran_by.is_empty()).then(|| view! { <p class="hint">{tw1(|w, x| tr::community::run_by(w, x), &ran_by)}</p> })}
                    {(!a.reached.is_empty()).then(|| view! {
                        <p class="reached">{t(tr::community::REACHED_LABEL)}" "
                            {chips(&a.reached)}
                        </p>
                    })}
                    {(!a.notes.is_empty()).then(|| view! { <p class="notes">{a.notes.clone()}</p> })}
                </div>
                <div class="row-actions">
                    <EditDelete edit_label=tw1(|w, x| tr::community::edit_activity(w, x), &a.title) delete_label=tw1(|w, x| tr::community::delete_activity(w, x), &a.title)
                        question=tw1(|w, x| tr::community::delete_activity_question(w, x), &a.title) on_edit
                        deleted=tw1(|w, x| tr::community::activity_deleted(w, x), &a.title) delete=move |p, now| { p.remove::<crate::model::community::Activity>(id, now); }/>
                </div>
            </div>
            <InputList activity_id=id activity_title=a.title.clone()/>
        </li>
    }
}

/// How many took part: empty, or a whole number; `refusal` words the problem.
fn parse_people(text: &str, refusal: impl FnOnce() -> String) -> Result<Option<u32>, String> {
    match text.trim() {
        "" => Ok(None),
        n => n.parse::<u32>().map(Some).map_err(|_| refusal()),
    }
}

/// Adds an activity (`activity` is `None`) or edits one.
#[component]
pub fn ActivityForm(activity: Option<Activity>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = expect_context::<I18n>();
    let is_new = activity.is_none();
    let original = activity.unwrap_or_else(|| Activity::new(ActivityKind::FocusGroup, "", state.now()));
    let kind = RwSignal::new(original.kind);
    let title = RwSignal::new(original.title.clone());
    let date = RwSignal::new(original.date.map(iso_date).unwrap_or_default());
    let people = RwSignal::new(original.participants.map(|n| n.to_string()).unwrap_or_default());
    let ran_by = RwSignal::new(original.partner_ids.clone());
    let reached = RwSignal::new(join_tags(&original.reached));
    let notes = RwSignal::new(original.notes.clone());
    let (original, errors, guard) = open_record(original, is_new, "activity", crate::i18n::tr::form::record::ACTIVITY);

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
        if let Some(n) = found.read("participants", parse_people(&people.get_untracked(), || i18n.now(|w| w.get(tr::community::PEOPLE_NUMBER).to_string()))) {
            draft.participants = n;
        }
        if save_record(state, errors, found, guard, draft) {
            on_done();
        }
    };
    view! {
        <RecordForm class="card voice-form" heading=t(if is_new { tr::community::NEW_ACTIVITY } else { tr::community::EDIT_ACTIVITY_HEADING })
            on_submit=submit guard is_new save_new=t(tr::community::SAVE_ACTIVITY) on_cancel=on_done>
            <SelectField form=errors field="kind" label=t(tr::community::KIND) value=kind/>
            <TextField form=errors field="title" label=t(tr::community::NAME) value=title/>
            <DateField form=errors field="date" label=t(tr::community::DATE) value=date/>
            <NumberField form=errors field="participants" label=t(tr::community::TOOK_PART) value=people/>
            <TagsField form=errors field="reached" label=t(tr::community::REACHED) value=reached wide=true known=known_reached
                placeholder=t(tr::community::REACHED_PLACEHOLDER)/>
            <PartnerChecks form=errors field="ran_by" legend=t(tr::community::RUN_BY_LEGEND) value=ran_by class="checks"/>
            <LongText form=errors field="notes" label=t(tr::community::NOTES) value=notes rows=2/>
        </RecordForm>
    }
}
