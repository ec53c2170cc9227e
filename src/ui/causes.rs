//! The problem tree: the problem, its causes (nested by "why does this happen?") and its
//! symptoms, with which causes no goal works on.
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use uuid::Uuid;

use super::form::{submit_new, EditDelete, FieldError, FormErrors, Found};
use super::routes::Route;
use super::state::AppState;
use super::widgets::EmptyState;
use crate::model::Partnership;
use crate::model::causes::{self, Cause, Coverage, Symptom, TreeRow};
use crate::ui::keyed::keyed;
use crate::ui::widgets::When;

/// Which inline form is open in the tree.
#[derive(Clone, Copy, PartialEq)]
enum Editing {
    None,
    AddUnder(Option<Uuid>),
    Cause(Uuid),
    AddSymptom,
    Symptom(Uuid),
}

#[component]
pub fn CausesPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let editing = RwSignal::new(Editing::None);
    let empty = move || state.current.with(|c| c.as_ref().is_none_or(|p| p.problem_tree.is_empty()));
    view! {
        <section class="causes">
            <h1 tabindex="-1">"Root causes"</h1>
            <ProblemStatement/>
            <When when=empty>
                <EmptyState
                    title="No problem tree yet"
                    prompt="Write the problem in one sentence, then ask “why does this happen?” again and again: each answer is a cause, and each cause can have deeper causes. Note what people see as symptoms."
                />
            </When>
            <CoverageSummary/>
            <div class="tree-columns">
                <CauseTree editing=editing/>
                <SymptomList editing=editing/>
            </div>
        </section>
    }
}

#[component]
fn ProblemStatement() -> impl IntoView {
    let state = expect_context::<AppState>();
    let saved = move || state.current.with(|c| c.as_ref().map(|p| p.problem_tree.problem.clone()).unwrap_or_default());
    let draft = RwSignal::new(saved());
    let changed = move || draft.with(|d| d.trim() != saved().trim());
    view! {
        <form class="card problem-form" on:submit=move |e| {
            e.prevent_default();
            let text = draft.get_untracked().trim().to_string();
            state.edit(None, move |p, _| p.problem_tree.problem = text);
        }>
            <label for="problem-statement">"The problem we tackle"</label>
            <textarea id="problem-statement" rows="2" class="problem-text"
                placeholder="e.g. Families on the east side often go without enough healthy food."
                prop:value=draft on:input=move |e| draft.set(event_target_value(&e))></textarea>
            <button type="submit" class="primary" disabled=move || !changed()>"Save problem"</button>
        </form>
    }
}

/// One line on how well goals cover the tree, and the goals that work only on symptoms.
#[component]
fn CoverageSummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let summary = move || {
        state.current.with(|c| {
            let p = c.as_ref()?;
            if p.problem_tree.causes.is_empty() {
                return None;
            }
            let open = p.problem_tree.unaddressed(&p.goals).len();
            let only_symptoms: Vec<String> = p
                .goals
                .iter()
                .filter(|g| g.is_live() && g.cause_ids.is_empty() && !g.symptom_ids.is_empty())
                .map(|g| g.statement.clone())
                .collect();
            Some((open, p.problem_tree.causes.len(), only_symptoms))
        })
    };
    move || {
        summary().map(|(open, total, only_symptoms)| {
            view! {
                <div class="coverage-summary">
                    <p class="coverage-line">
                        {if open == 0 {
                            format!("Every one of the {total} causes has a goal working on it.")
                        } else {
                            format!("{open} of {total} causes have no goal working on them (marked below).")
                        }}
                    </p>
                    {only_symptoms.into_iter().map(|s| view! {
                        <p class="symptom-warning">
                            "⚠ The goal “" {s} "” addresses only symptoms. "
                            <a href=Route::Goals.href()>"Link it to a cause"</a>
                        </p>
                    }).collect_view()}
                </div>
            }
        })
    }
}

#[component]
fn CauseTree(editing: RwSignal<Editing>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || state.current.with(|c| c.as_ref().map(|p| p.problem_tree.rows(&p.goals)).unwrap_or_default());
    view! {
        <div class="card cause-tree">
            <div class="column-head">
                <h2>"Causes"</h2>
                <button type="button" on:click=move |_| editing.set(Editing::AddUnder(None))>"Add cause"</button>
            </div>
            <p class="hint">"Deeper causes explain the one above them. Goals should work on causes, not only on symptoms."</p>
            <When when=move || editing.get() == Editing::AddUnder(None)>
                <CauseForm cause=None parent=None editing=editing/>
            </When>
            {move || {
                let rows = rows();
                branch(&rows, editing)
            }}
        </div>
    }
}

/// A run of the tree's rows (reading order, the first at the run's least depth) as a nested
/// list: a cause's deeper causes are the rows after it that sit deeper, so each row is looked
/// at once (recursion needs a plain function).
fn branch(rows: &[TreeRow], editing: RwSignal<Editing>) -> AnyView {
    let Some(depth) = rows.first().map(|r| r.depth) else {
        return ().into_any();
    };
    let starts: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].depth == depth).collect();
    let items = starts
        .iter()
        .enumerate()
        .map(|(k, &at)| {
            let row = &rows[at];
            let below = &rows[at + 1..starts.get(k + 1).copied().unwrap_or(rows.len())];
            let cause = row.cause.clone();
            let id = cause.id;
            let (is_root, coverage) = (row.is_root, row.coverage);
            let inner = branch(below, editing);
            view! {
                <li class="cause-item" class:unaddressed=coverage == Coverage::Unaddressed>
                    {move || if editing.get() == Editing::Cause(id) {
                        view! { <CauseForm cause=Some(cause.clone()) parent=cause.parent editing=editing/> }.into_any()
                    } else {
                        view! { <CauseLine cause=cause.clone() is_root=is_root coverage=coverage editing=editing/> }.into_any()
                    }}
                    <When when=move || editing.get() == Editing::AddUnder(Some(id))>
                        <CauseForm cause=None parent=Some(id) editing=editing/>
                    </When>
                    {inner}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="cause-list">{items}</ul> }.into_any()
}

#[component]
fn CauseLine(cause: Cause, is_root: bool, coverage: Coverage, editing: RwSignal<Editing>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = cause.id;
    let text = cause.text.clone();
    let deeper = state.current.with_untracked(|c| c.as_ref().map_or(0, |p| p.problem_tree.branch(id).len() - 1));
    let question = if deeper > 0 {
        format!("Delete “{text}” and the {deeper} deeper cause(s) under it?")
    } else {
        format!("Delete “{text}”?")
    };
    let (badge_class, badge) = match coverage {
        Coverage::Direct(1) => ("badge badge-ok", "1 goal works on this".to_string()),
        Coverage::Direct(n) => ("badge badge-ok", format!("{n} goals work on this")),
        Coverage::ThroughDeeper => ("badge badge-partial", "A goal works on a deeper cause".to_string()),
        Coverage::Unaddressed => ("badge badge-missing", "No goal works on this".to_string()),
    };
    view! {
        <div class="cause-line">
            <p class="cause-text">
                {cause.text.clone()}
                {is_root.then(|| view! { <span class="badge badge-root">"Root cause"</span> })}
                <span class=badge_class>{badge}</span>
            </p>
            <div class="row-actions">
                <button type="button" aria-label=format!("Add a cause of “{}”", cause.text)
                    on:click=move |_| editing.set(Editing::AddUnder(Some(id)))>"Add deeper cause"</button>
                <LineActions text question editing edit=Editing::Cause(id) delete=move |p, now| {
                    causes::delete_cause(p, id, now);
                }/>
            </div>
        </div>
    }
}

/// Adds a cause under `parent` (`cause` is `None`) or edits one, including moving it.
#[component]
fn CauseForm(cause: Option<Cause>, parent: Option<Uuid>, editing: RwSignal<Editing>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = cause.is_none();
    let original = cause.unwrap_or_else(|| Cause::new("", parent, state.now()));
    let errors = FormErrors::new(format!("cause-{}", original.id));
    let text = RwSignal::new(original.text.clone());
    let under = RwSignal::new(original.parent.map(|p| p.to_string()).unwrap_or_default());
    let parents: Vec<(Uuid, String)> = state.current.with_untracked(|c| {
        c.as_ref()
            .map(|p| p.problem_tree.possible_parents(original.id).into_iter().map(|c| (c.id, c.text.clone())).collect())
            .unwrap_or_default()
    });
    let original = StoredValue::new(original);
    let read = move |found: &mut Found| {
        let mut draft = original.get_value();
        draft.text = found.required("text", &text.get_untracked(), "Write the cause in a few words.");
        Some(draft)
    };
    let submit = submit_new(errors, read, move |mut draft| {
        draft.parent = Uuid::parse_str(&under.get_untracked()).ok();
        let mut result = Ok(());
        state.edit(None, |p, now| result = causes::check_parent(p, &draft).map(|()| p.upsert(draft, now)));
        // The model refuses a move under the cause's own branch: the message belongs to "Sits under".
        let mut found = Found::default();
        found.read("parent", result);
        if errors.show(found) {
            editing.set(Editing::None);
        }
    });
    let label = if is_new { "New cause" } else { "Cause" };
    view! {
        <form class="inline-form tree-form" on:submit=submit>
            <InlineText errors label text/>
            {(!is_new).then(|| view! {
                <label for=errors.id("parent")>"Sits under"</label>
                <select id=errors.id("parent") aria-describedby=format!("{}-error", errors.id("parent")) on:change=move |e| under.set(event_target_value(&e))>
                    <option value="" selected=move || under.get().is_empty()>"The problem itself"</option>
                    {parents.iter().map(|(id, t)| {
                        let v = id.to_string();
                        let v2 = v.clone();
                        view! { <option value=v selected=move || under.get() == v2>{t.clone()}</option> }
                    }).collect_view()}
                </select>
            })}
            <button type="submit" class="primary">{if is_new { "Add" } else { "Save" }}</button>
            <button type="button" on:click=move |_| editing.set(Editing::None)>"Cancel"</button>
            <FieldError id=format!("{}-error", errors.id("parent")) message=move || errors.at("parent")/>
        </form>
    }
}

#[component]
fn SymptomList(editing: RwSignal<Editing>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let symptoms = move || state.current.with(|c| c.as_ref().map(|p| p.problem_tree.symptoms.clone()).unwrap_or_default());
    view! {
        <div class="card symptom-list">
            <div class="column-head">
                <h2>"Symptoms"</h2>
                <button type="button" on:click=move |_| editing.set(Editing::AddSymptom)>"Add symptom"</button>
            </div>
            <p class="hint">"What people can see. Relieving a symptom helps for a while; its cause keeps producing it."</p>
            <When when=move || editing.get() == Editing::AddSymptom>
                <SymptomForm symptom=None editing=editing/>
            </When>
            <ul class="plain-list">
                {keyed(symptoms, |s| (s.id, s.updated_at), move |symptom| {
                    let id = symptom.id;
                    move || if editing.get() == Editing::Symptom(id) {
                        view! { <li><SymptomForm symptom=Some(symptom.clone()) editing=editing/></li> }.into_any()
                    } else {
                        view! { <SymptomLine symptom=symptom.clone() editing=editing/> }.into_any()
                    }
                })}
            </ul>
        </div>
    }
}

#[component]
fn SymptomLine(symptom: Symptom, editing: RwSignal<Editing>) -> impl IntoView {
    let id = symptom.id;
    let text = symptom.text.clone();
    view! {
        <li class="symptom-item">
            <p class="cause-text">{symptom.text.clone()}</p>
            <div class="row-actions">
                <LineActions question=format!("Delete “{text}”?") text editing edit=Editing::Symptom(id) delete=move |p, now| {
                    p.remove::<crate::model::causes::Symptom>(id, now);
                }/>
            </div>
        </li>
    }
}

#[component]
fn SymptomForm(symptom: Option<Symptom>, editing: RwSignal<Editing>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = symptom.is_none();
    let original = StoredValue::new(symptom.unwrap_or_else(|| Symptom::new("", state.now())));
    let errors = FormErrors::new(format!("symptom-{}", original.with_value(|s| s.id)));
    let text = RwSignal::new(original.with_value(|s| s.text.clone()));
    let read = move |found: &mut Found| {
        let mut draft = original.get_value();
        draft.text = found.required("text", &text.get_untracked(), "Write the symptom in a few words.");
        Some(draft)
    };
    let submit = submit_new(errors, read, move |draft| {
        state.edit(None, move |p, now| p.upsert(draft, now));
        editing.set(Editing::None);
    });
    view! {
        <form class="inline-form tree-form" on:submit=submit>
            <InlineText errors label=if is_new { "New symptom" } else { "Symptom" } text/>
            <button type="submit" class="primary">{if is_new { "Add" } else { "Save" }}</button>
            <button type="button" on:click=move |_| editing.set(Editing::None)>"Cancel"</button>
        </form>
    }
}

/// The one-line text of a cause or symptom in its inline form. Not the kit's `TextField`:
/// that stacks label and input in a box, and the tree's forms sit on one line with their
/// buttons.
#[component]
fn InlineText(errors: FormErrors, label: &'static str, text: RwSignal<String>) -> impl IntoView {
    let id = errors.id("text");
    let err_id = format!("{id}-error");
    view! {
        <label for=id.clone()>{label}</label>
        <input id=id type="text" prop:value=text on:input=move |e| text.set(event_target_value(&e))
            aria-invalid=move || errors.at("text").map(|_| "true") aria-describedby=err_id.clone()/>
        <FieldError id=err_id message=move || errors.at("text")/>
    }
}

/// A cause's or symptom's Edit and Delete; deleting says which text went, with undo.
#[component]
fn LineActions(
    text: String,
    question: String,
    editing: RwSignal<Editing>,
    /// The form that Edit opens.
    edit: Editing,
    delete: impl Fn(&mut Partnership, DateTime<Utc>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <EditDelete edit_label=format!("Edit “{text}”") delete_label=format!("Delete “{text}”") question
            deleted=format!("Deleted “{text}”.") on_edit=Callback::new(move |_| editing.set(edit)) delete/>
    }
}
