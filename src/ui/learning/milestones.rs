//! The milestone timeline: add, edit, mark reached, celebrate (saying how), delete.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::learning::{timeline, Milestone, MilestoneState};
use crate::model::time::iso_date;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::model::links::goal_choices;
use crate::ui::form::{linked_lines, open_record, save_record, CheckField, DateField, EditDelete, Found, LinkPicker, ListSection, ListTexts, TextField, RecordForm};
use crate::ui::helpers::today;
use crate::ui::widgets::When;

#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <ListSection class="tool-section" texts=&MILESTONES items={|p| timeline(&p.learning.milestones)} ordered=true
            form={|milestone, done: Callback<()>| view! { <MilestoneForm milestone on_done=move || done.run(())/> }}
            card={|milestone, edit: Callback<()>| view! { <MilestoneItem milestone on_edit=edit/> }}/>
    }
}

static MILESTONES: ListTexts = ListTexts {
    heading: tr::learning::MILESTONES_HEADING, heading_id: Some("milestones-heading"), add: tr::learning::ADD_MILESTONE, list_class: "timeline",
    empty_title: tr::learning::MILESTONES_EMPTY_TITLE,
    empty_prompt: tr::learning::MILESTONES_EMPTY_PROMPT,
};

#[component]
fn MilestoneItem(milestone: Milestone, on_edit: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = milestone.id;
    let status = milestone.state(today(state));
    let celebrating = RwSignal::new(false);
    let how = RwSignal::new(String::new());
    let what = milestone.what.clone();
    let date = milestone.date;
    let celebrate = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let how = how.get_untracked();
        state.edit(None, move |p, now| {
            if let Some(m) = p.learning.milestones.iter_mut().find(|m| m.id == id) {
                m.celebrate(&how, now);
            }
        });
    };
    view! {
        <li class=format!("milestone milestone-{}", status.key())>
            <p class="milestone-date">{tw(move |w| w.date(date))}</p>
            <div class="milestone-main">
                <h3>{milestone.what.clone()}</h3>
                <p><span class=format!("badge state-{}", status.key())>{t(status.label_key())}</span>
                   {(!milestone.how_celebrated.is_empty()).then(|| format!(" {}", milestone.how_celebrated))}</p>
                {linked_lines(milestone.goal_ids.clone(), Vec::new())}
                <When when=move || celebrating.get()>
                    <form class="inline-form" on:submit=celebrate aria-label=t(tr::learning::CELEBRATE_FORM)>
                        <label for=format!("celebrate-{id}")>{t(tr::learning::HOW_CELEBRATED)}</label>
                        <input id=format!("celebrate-{id}") type="text" prop:value=how on:input=move |e| how.set(event_target_value(&e))/>
                        <button type="submit" class="primary">{t(tr::learning::SAVE_CELEBRATION)}</button>
                        <button type="button" on:click=move |_| celebrating.set(false)>{t(tr::common::CANCEL)}</button>
                    </form>
                </When>
            </div>
            <div class="row-actions">
                {(status != MilestoneState::Celebrated).then(|| view! {
                    <button type="button" class="celebrate" aria-label={ let x = what.clone(); tw(move |w| tr::learning::celebrate_named(w, &x)) }
                        on:click=move |_| celebrating.set(true)>{t(tr::learning::CELEBRATE)}</button>
                })}
                {matches!(status, MilestoneState::Upcoming | MilestoneState::Overdue).then(|| view! {
                    <button type="button" aria-label={ let x = what.clone(); tw(move |w| tr::learning::mark_reached_named(w, &x)) } on:click=move |_| {
                        state.edit(None, move |p, now| {
                            if let Some(m) = p.learning.milestones.iter_mut().find(|m| m.id == id) {
                                m.reached = true;
                                crate::model::record::Record::touch(m, now);
                            }
                        });
                    }>{t(tr::learning::MARK_REACHED)}</button>
                })}
                <EditDelete edit_label={ let x = what.clone(); tw(move |w| tr::learning::edit_milestone_named(w, &x)) }
                    delete_label={ let x = what.clone(); tw(move |w| tr::learning::delete_milestone_named(w, &x)) }
                    question={ let x = what.clone(); tw(move |w| tr::learning::delete_milestone_question(w, &x)) }
                    deleted=tw(move |w| tr::learning::deleted_milestone(w, &what)) on_edit
                    delete=move |p, now| { p.remove::<crate::model::learning::Milestone>(id, now); }/>
            </div>
        </li>
    }
}

#[component]
fn MilestoneForm(milestone: Option<Milestone>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let is_new = milestone.is_none();
    let original = milestone.unwrap_or_else(|| Milestone::new("", today(state), state.now()));
    let what = RwSignal::new(original.what.clone());
    let date = RwSignal::new(iso_date(original.date));
    let reached = RwSignal::new(original.reached);
    let goals = RwSignal::new(original.goal_ids.clone());
    let (original, errors, guard) = open_record(original, is_new, "milestone", crate::i18n::tr::form::record::MILESTONE);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        let mut found = Found::default();
        draft.what = found.required("what", &what.get_untracked(), &i.now(|w| w.get(tr::learning::MILESTONE_NEEDED).to_string()));
        draft.reached = reached.get_untracked() || draft.celebrated;
        draft.goal_ids = goals.get_untracked();
        if let Some(d) = found.required_date("date", &date.get_untracked(), &i.now(|w| w.get(tr::learning::MILESTONE_DATE_NEEDED).to_string())) {
            draft.date = d;
        }
        if save_record(state, errors, found, guard, draft) {
            on_done();
        }
    };
    view! {
        <RecordForm class="card tool-form" heading=t(if is_new { tr::learning::NEW_MILESTONE } else { tr::learning::EDIT_MILESTONE }) in_section=true on_submit=submit guard is_new save_new=t(tr::learning::SAVE_MILESTONE) on_cancel=on_done>
            <TextField form=errors field="what" label=t(tr::learning::MILESTONE) value=what wide=true/>
            <DateField form=errors field="date" label=t(tr::learning::DATE) value=date/>
            <CheckField form=errors field="reached" label=t(tr::learning::REACHED) value=reached/>
            <LinkPicker form=errors field="goals" legend=t(tr::form::LINKED_GOALS) value=goals options=goal_choices removed=tr::form::REMOVED_GOAL empty=tr::form::NO_GOALS/>
        </RecordForm>
    }
}
