//! One engagement activity: its card (with what was heard in it) and its form.
use leptos::prelude::*;

use crate::ui::drafts::{FormEnd, FormGuard};
use super::inputs::InputList;
use super::problem_at;
use crate::ui::helpers::{join_tags, peek, read};
use crate::model::community::{check_activity, parse_tags, Activity, ActivityKind};
use crate::model::time::{human_date, iso_date, parse_input_date};
use crate::model::validate::Problem;
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;

#[component]
pub fn ActivityCard(activity: Activity) -> impl IntoView {
    let state = expect_context::<AppState>();
    let editing = RwSignal::new(false);
    let id = activity.id;
    // Follows the record by id through a memo, so the card redraws when (and only when) it
    // changes, whatever its updated_at says (the clock can be fixed).
    let current = Memo::new(move |_| read(state, |p| p.community.activity(id).cloned()));
    move || {
        let Some(a) = current.get() else { return ().into_any() };
        if editing.get() {
            return view! { <li><ActivityForm activity=Some(a) on_done=move || editing.set(false)/></li> }.into_any();
        }
        let (id, title) = (a.id, a.title.clone());
        // Untracked: this card redraws when the activity changes (its key), not on every edit
        // elsewhere, which would close the forms open inside it.
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
                                {a.reached.iter().map(|g| view! { <span class="chip">{g.clone()}</span> }).collect_view()}
                            </p>
                        })}
                        {(!a.notes.is_empty()).then(|| view! { <p class="notes">{a.notes.clone()}</p> })}
                    </div>
                    <div class="row-actions">
                        <button type="button" class="edit-chrome" aria-label=format!("Edit {}", a.title) on:click=move |_| editing.set(true)>"Edit"</button>
                        <ConfirmButton
                            label="Delete"
                            aria_label=format!("Delete {}", a.title)
                            question=format!("Delete {} and everything heard in it?", a.title)
                            on_confirm=move || {
                                let title = title.clone();
                                state.edit(Some(format!("Deleted {title}.")), move |p, now| {
                                    p.remove::<Activity>(id, now);
                                });
                            }
                        />
                    </div>
                </div>
                <InputList activity_id=id activity_title=a.title.clone()/>
            </li>
        }
        .into_any()
    }
}

/// Adds an activity (`activity` is `None`) or edits one.
#[component]
pub fn ActivityForm(activity: Option<Activity>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = activity.is_none();
    let original = activity.unwrap_or_else(|| Activity::new(ActivityKind::FocusGroup, "", state.now()));
    let key = original.id;
    let fid = move |f: &str| format!("activity-{key}-{f}");
    let kind = RwSignal::new(original.kind);
    let title = RwSignal::new(original.title.clone());
    let date = RwSignal::new(original.date.map(iso_date).unwrap_or_default());
    let people = RwSignal::new(original.participants.map(|n| n.to_string()).unwrap_or_default());
    let ran_by = RwSignal::new(original.partner_ids.clone());
    let reached = RwSignal::new(join_tags(&original.reached));
    let notes = RwSignal::new(original.notes.clone());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let guard = FormGuard::new((!is_new).then_some(original.updated_at), "activity");
    let original = StoredValue::new(original);
    let partners = move || read(state, |p| p.partners.iter().map(|x| (x.id, x.name.clone())).collect::<Vec<_>>());

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.kind = kind.get_untracked();
        draft.title = title.get_untracked().trim().to_string();
        draft.partner_ids = ran_by.get_untracked();
        draft.reached = parse_tags(&reached.get_untracked());
        draft.notes = notes.get_untracked().trim().to_string();
        let mut found = check_activity(&draft);
        match parse_input_date(&date.get_untracked()) {
            Ok(d) => draft.date = d,
            Err(why) => found.push(Problem::new("date", why)),
        }
        let people_text = people.get_untracked();
        match people_text.trim() {
            "" => draft.participants = None,
            n => match n.parse::<u32>() {
                Ok(n) => draft.participants = Some(n),
                Err(_) => found.push(Problem::new("participants", "Write a whole number of people, e.g. 14.")),
            },
        }
        problems.set(found);
        if problems.with_untracked(|p| p.is_empty()) {
            if guard.blocks_in(|p| &p.community.activities, draft.id) {
                return;
            }
            state.edit(None, move |p, now| p.upsert(draft, now));
            on_done();
        }
    };
    let title_error = problem_at(problems, "title");
    let date_error = problem_at(problems, "date");
    let people_error = problem_at(problems, "participants");
    let heading = if is_new { "New engagement activity" } else { "Edit activity" };
    view! {
        <form class="card voice-form" on:submit=submit aria-label=heading>
            <h2>{heading}</h2>
            <div class="field">
                <label for=fid("kind")>"Kind of activity"</label>
                <select id=fid("kind") on:change=move |e| {
                    if let Some(k) = ActivityKind::from_key(&event_target_value(&e)) { kind.set(k); }
                }>
                    {ActivityKind::ALL.into_iter().map(|k| view! {
                        <option value=k.key() selected=move || kind.get() == k>{k.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=fid("title")>"Name"</label>
                <input id=fid("title") type="text" prop:value=title on:input=move |e| title.set(event_target_value(&e))
                    aria-invalid=move || title_error().map(|_| "true") aria-describedby=fid("title-error")/>
                <p class="field-error" id=fid("title-error")>{title_error}</p>
            </div>
            <div class="field">
                <label for=fid("date")>"Date"</label>
                <input id=fid("date") type="date" prop:value=date on:input=move |e| date.set(event_target_value(&e))
                    aria-describedby=fid("date-error")/>
                <p class="field-error" id=fid("date-error")>{date_error}</p>
            </div>
            <div class="field">
                <label for=fid("people")>"How many took part"</label>
                <input id=fid("people") type="number" min="0" inputmode="numeric" prop:value=people
                    on:input=move |e| people.set(event_target_value(&e)) aria-describedby=fid("people-error")/>
                <p class="field-error" id=fid("people-error")>{people_error}</p>
            </div>
            <div class="field wide">
                <label for=fid("reached")>"Who was reached (separate groups with commas)"</label>
                <input id=fid("reached") type="text" placeholder="parents of young children, seniors"
                    prop:value=reached on:input=move |e| reached.set(event_target_value(&e))/>
            </div>
            <fieldset class="field wide checks">
                <legend>"Run by"</legend>
                {move || partners().into_iter().map(|(pid, name)| view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=move || ran_by.with(|r| r.contains(&pid))
                            on:change=move |e| {
                                let on = event_target_checked(&e);
                                ran_by.update(|r| { r.retain(|x| *x != pid); if on { r.push(pid); } });
                            }/>
                        {name}
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="field wide">
                <label for=fid("notes")>"Notes"</label>
                <textarea id=fid("notes") rows="2" prop:value=notes on:input=move |e| notes.set(event_target_value(&e))></textarea>
            </div>
            <FormEnd guard is_new save_new="Save activity" on_cancel=on_done/>
        </form>
    }
}
