//! The milestone timeline: add, edit, mark reached, celebrate (saying how), delete.
use crate::ui::drafts::Editing;
use leptos::prelude::*;

use crate::ui::drafts::{FormEnd, FormGuard};
use crate::model::learning::{delete_milestone, timeline, upsert_milestone, Milestone, MilestoneState};
use crate::model::time::{human_date, iso_date, parse_input_date};
use crate::ui::state::AppState;
use crate::ui::helpers::{read, today};
use crate::ui::stories::{CheckField, TextField};
use crate::ui::widgets::{ConfirmButton, EmptyState};

#[component]
pub fn Timeline() -> impl IntoView {
    let state = expect_context::<AppState>();
    let editing = Editing::new();
    let adding = RwSignal::new(false);
    let milestones = move || { editing.track(); read(state, |p| timeline(&p.learning.milestones)) };
    view! {
        <section class="tool-section" aria-labelledby="milestones-heading">
            <div class="page-head">
                <h2 id="milestones-heading">"Milestones"</h2>
                <button type="button" class="primary" on:click=move |_| { editing.stop(); adding.set(true); }>"Add milestone"</button>
            </div>
            <Show when=move || adding.get()>
                <MilestoneForm milestone=None on_done=move || adding.set(false)/>
            </Show>
            {let empty = Memo::new(move |_| milestones().is_empty()); move || if empty.get() && !adding.get() {
                view! { <EmptyState title="No milestones yet"
                    prompt="List the moments on the way to your goals (first meeting, first family served, first report) and put a date on each."/> }.into_any()
            } else {
                view! {
                    <ol class="timeline">
                        <For each=milestones key=move |m| editing.key(m.id, m.updated_at) let:m>
                            {
                                let id = m.id;
                                let version = m.updated_at;
                                move || if editing.is(id) {
                                    view! { <li><MilestoneForm milestone=Some(m.clone()) on_done=move || editing.stop()/></li> }.into_any()
                                } else {
                                    view! { <MilestoneItem milestone=m.clone() on_edit=move || { adding.set(false); editing.start(id, version); }/> }.into_any()
                                }
                            }
                        </For>
                    </ol>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn MilestoneItem(milestone: Milestone, on_edit: impl Fn() + 'static + Send + Sync) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = milestone.id;
    let status = milestone.state(today(state));
    let celebrating = RwSignal::new(false);
    let how = RwSignal::new(String::new());
    let what = milestone.what.clone();
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
            <p class="milestone-date">{human_date(milestone.date)}</p>
            <div class="milestone-main">
                <h3>{milestone.what.clone()}</h3>
                <p><span class=format!("badge state-{}", status.key())>{status.label()}</span>
                   {(!milestone.how_celebrated.is_empty()).then(|| format!(" {}", milestone.how_celebrated))}</p>
                <Show when=move || celebrating.get()>
                    <form class="inline-form" on:submit=celebrate aria-label="Celebrate">
                        <label for=format!("celebrate-{id}")>"How did you celebrate?"</label>
                        <input id=format!("celebrate-{id}") type="text" prop:value=how on:input=move |e| how.set(event_target_value(&e))/>
                        <button type="submit" class="primary">"Save celebration"</button>
                        <button type="button" on:click=move |_| celebrating.set(false)>"Cancel"</button>
                    </form>
                </Show>
            </div>
            <div class="row-actions">
                {(status != MilestoneState::Celebrated).then(|| view! {
                    <button type="button" class="celebrate" aria-label=format!("Celebrate {}", milestone.what)
                        on:click=move |_| celebrating.set(true)>"Celebrate"</button>
                })}
                {matches!(status, MilestoneState::Upcoming | MilestoneState::Overdue).then(|| view! {
                    <button type="button" aria-label=format!("Mark reached: {}", milestone.what) on:click=move |_| {
                        state.edit(None, move |p, now| {
                            if let Some(m) = p.learning.milestones.iter_mut().find(|m| m.id == id) {
                                m.reached = true;
                                m.updated_at = now;
                            }
                        });
                    }>"Mark reached"</button>
                })}
                <button type="button" class="edit-chrome" aria-label=format!("Edit milestone {}", milestone.what) on:click=move |_| on_edit()>"Edit"</button>
                <ConfirmButton label="Delete" aria_label=format!("Delete milestone {}", milestone.what)
                    question=format!("Delete the milestone “{}”?", milestone.what)
                    on_confirm=move || {
                        let what = what.clone();
                        state.edit(Some(format!("Deleted the milestone “{what}”.")), move |p, now| { delete_milestone(p, id, now); });
                    }/>
            </div>
        </li>
    }
}

#[component]
fn MilestoneForm(milestone: Option<Milestone>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = milestone.is_none();
    let original = milestone.unwrap_or_else(|| Milestone::new("", today(state), state.now()));
    let base = format!("milestone-{}", original.id);
    let fid = move |f: &str| format!("{base}-{f}");
    let what = RwSignal::new(original.what.clone());
    let date = RwSignal::new(iso_date(original.date));
    let reached = RwSignal::new(original.reached);
    let error = RwSignal::new(None::<String>);
    let date_error = RwSignal::new(None::<String>);
    let guard = FormGuard::new((!is_new).then_some(original.updated_at), "milestone");
    let original = StoredValue::new(original);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.what = what.get_untracked().trim().to_string();
        draft.reached = reached.get_untracked() || draft.celebrated;
        error.set(draft.what.is_empty().then(|| "Say what the milestone is.".to_string()));
        match parse_input_date(&date.get_untracked()) {
            Ok(Some(d)) => { draft.date = d; date_error.set(None); }
            Ok(None) => date_error.set(Some("Give the milestone a date.".into())),
            Err(why) => date_error.set(Some(why)),
        }
        if error.get_untracked().is_some() || date_error.get_untracked().is_some() {
            return;
        }
        if guard.blocks_in(|p| &p.learning.milestones, draft.id) {
            return;
        }
        state.edit(None, move |p, now| upsert_milestone(p, draft, now));
        on_done();
    };
    view! {
        <form class="card tool-form" on:submit=submit aria-label=if is_new { "New milestone" } else { "Edit milestone" }>
            <h3>{if is_new { "New milestone" } else { "Edit milestone" }}</h3>
            <TextField id=fid("what") label="Milestone" value=what error=Signal::derive(move || error.get()) wide=true/>
            <TextField id=fid("date") label="Date" kind="date" value=date error=Signal::derive(move || date_error.get())/>
            <CheckField id=fid("reached") label="Reached" value=reached/>
            <FormEnd guard is_new save_new="Save milestone" on_cancel=on_done/>
        </form>
    }
}
