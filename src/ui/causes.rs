//! The problem tree: the problem, its causes (nested by "why does this happen?") and its
//! symptoms, with which causes no goal works on.
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use uuid::Uuid;

use super::form::{submit_new, EditDelete, FieldError, FormErrors, Found};
use super::routes::Route;
use super::state::AppState;
use super::widgets::EmptyState;
use crate::i18n::{tr, Key};
use crate::model::Partnership;
use crate::ui::i18n::{t, tw, I18n};
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
            <div class="page-head"><h1 tabindex="-1">{t(tr::route::CAUSES)}</h1><crate::ui::print::PrintButton kind=crate::model::print::Kind::ProblemTree/></div>
            <ProblemStatement/>
            <When when=empty>
                <EmptyState
                    title=t(tr::causes::EMPTY_TITLE)
                    prompt=t(tr::causes::EMPTY_PROMPT)
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
            <label for="problem-statement">{t(tr::causes::PROBLEM)}</label>
            <textarea id="problem-statement" rows="2" class="problem-text"
                placeholder=t(tr::causes::PROBLEM_PLACEHOLDER)
                prop:value=draft on:input=move |e| draft.set(event_target_value(&e))></textarea>
            <button type="submit" class="primary" disabled=move || !changed()>{t(tr::causes::SAVE_PROBLEM)}</button>
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
                        {tw(move |w| if open == 0 {
                            tr::causes::all_covered(w, total as i64)
                        } else {
                            tr::causes::uncovered(w, open as i64, &w.integer(total as i128))
                        })}
                    </p>
                    {only_symptoms.into_iter().map(|s| view! {
                        <p class="symptom-warning">
                            {tw(move |w| tr::causes::only_symptoms(w, &s))} " "
                            <a href=Route::Goals.href()>{t(tr::causes::LINK_CAUSE)}</a>
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
                <h2>{t(tr::causes::CAUSES)}</h2>
                <button type="button" on:click=move |_| editing.set(Editing::AddUnder(None))>{t(tr::causes::ADD_CAUSE)}</button>
            </div>
            <p class="hint">{t(tr::causes::CAUSES_HINT)}</p>
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
    let question = {
        let text = text.clone();
        tw(move |w| if deeper > 0 {
            tr::causes::delete_with_deeper(w, deeper as i64, &text)
        } else {
            tr::causes::delete_question(w, &text)
        })
    };
    let badge_class = match coverage {
        Coverage::Direct(_) => "badge badge-ok",
        Coverage::ThroughDeeper => "badge badge-partial",
        Coverage::Unaddressed => "badge badge-missing",
    };
    let badge = tw(move |w| match coverage {
        Coverage::Direct(n) => tr::causes::goals_work(w, n as i64),
        Coverage::ThroughDeeper => w.get(tr::causes::THROUGH_DEEPER).to_string(),
        Coverage::Unaddressed => w.get(tr::causes::UNADDRESSED).to_string(),
    });
    view! {
        <div class="cause-line">
            <p class="cause-text">
                {cause.text.clone()}
                {is_root.then(|| view! { <span class="badge badge-root">{t(tr::causes::ROOT_CAUSE)}</span> })}
                <span class=badge_class>{badge}</span>
            </p>
            <div class="row-actions">
                <button type="button" aria-label={ let c = cause.text.clone(); tw(move |w| tr::causes::add_cause_of(w, &c)) }
                    on:click=move |_| editing.set(Editing::AddUnder(Some(id)))>{t(tr::causes::ADD_DEEPER)}</button>
                <LineActions text question=question.into() editing edit=Editing::Cause(id) delete=move |p, now| {
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
    let i = expect_context::<I18n>();
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
        draft.text = found.required("text", &text.get_untracked(), &i.now(|w| w.get(tr::causes::CAUSE_NEEDED).to_string()));
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
    let label = if is_new { tr::causes::NEW_CAUSE } else { tr::causes::CAUSE };
    view! {
        <form class="inline-form tree-form" on:submit=submit>
            <InlineText errors label text/>
            {(!is_new).then(|| view! {
                <label for=errors.id("parent")>{t(tr::causes::SITS_UNDER)}</label>
                <select id=errors.id("parent") aria-describedby=format!("{}-error", errors.id("parent")) on:change=move |e| under.set(event_target_value(&e))>
                    <option value="" selected=move || under.get().is_empty()>{t(tr::causes::PROBLEM_ITSELF)}</option>
                    {parents.iter().map(|(id, t)| {
                        let v = id.to_string();
                        let v2 = v.clone();
                        view! { <option value=v selected=move || under.get() == v2>{t.clone()}</option> }
                    }).collect_view()}
                </select>
            })}
            <button type="submit" class="primary">{t(if is_new { tr::causes::ADD } else { tr::causes::SAVE })}</button>
            <button type="button" on:click=move |_| editing.set(Editing::None)>{t(tr::common::CANCEL)}</button>
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
                <h2>{t(tr::causes::SYMPTOMS)}</h2>
                <button type="button" on:click=move |_| editing.set(Editing::AddSymptom)>{t(tr::causes::ADD_SYMPTOM)}</button>
            </div>
            <p class="hint">{t(tr::causes::SYMPTOMS_HINT)}</p>
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
                <LineActions question={ let text = text.clone(); tw(move |w| tr::causes::delete_question(w, &text)).into() } text editing edit=Editing::Symptom(id) delete=move |p, now| {
                    p.remove::<crate::model::causes::Symptom>(id, now);
                }/>
            </div>
        </li>
    }
}

#[component]
fn SymptomForm(symptom: Option<Symptom>, editing: RwSignal<Editing>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let is_new = symptom.is_none();
    let original = StoredValue::new(symptom.unwrap_or_else(|| Symptom::new("", state.now())));
    let errors = FormErrors::new(format!("symptom-{}", original.with_value(|s| s.id)));
    let text = RwSignal::new(original.with_value(|s| s.text.clone()));
    let read = move |found: &mut Found| {
        let mut draft = original.get_value();
        draft.text = found.required("text", &text.get_untracked(), &i.now(|w| w.get(tr::causes::SYMPTOM_NEEDED).to_string()));
        Some(draft)
    };
    let submit = submit_new(errors, read, move |draft| {
        state.edit(None, move |p, now| p.upsert(draft, now));
        editing.set(Editing::None);
    });
    view! {
        <form class="inline-form tree-form" on:submit=submit>
            <InlineText errors label=if is_new { tr::causes::NEW_SYMPTOM } else { tr::causes::SYMPTOM } text/>
            <button type="submit" class="primary">{t(if is_new { tr::causes::ADD } else { tr::causes::SAVE })}</button>
            <button type="button" on:click=move |_| editing.set(Editing::None)>{t(tr::common::CANCEL)}</button>
        </form>
    }
}

/// The one-line text of a cause or symptom in its inline form. Not the kit's `TextField`:
/// that stacks label and input in a box, and the tree's forms sit on one line with their
/// buttons.
#[component]
fn InlineText(errors: FormErrors, label: Key, text: RwSignal<String>) -> impl IntoView {
    let id = errors.id("text");
    let err_id = format!("{id}-error");
    view! {
        <label for=id.clone()>{t(label)}</label>
        <input id=id type="text" prop:value=text on:input=move |e| text.set(event_target_value(&e))
            aria-invalid=move || errors.at("text").map(|_| "true") aria-describedby=err_id.clone()/>
        <FieldError id=err_id message=move || errors.at("text")/>
    }
}

/// A cause's or symptom's Edit and Delete; deleting says which text went, with undo.
#[component]
fn LineActions(
    text: String,
    question: TextProp,
    editing: RwSignal<Editing>,
    /// The form that Edit opens.
    edit: Editing,
    delete: impl Fn(&mut Partnership, DateTime<Utc>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <EditDelete edit_label={ let x = text.clone(); tw(move |w| tr::causes::edit_label(w, &x)) }
            delete_label={ let x = text.clone(); tw(move |w| tr::causes::delete_label(w, &x)) } question
            deleted=tw(move |w| tr::causes::deleted(w, &text)) on_edit=Callback::new(move |_| editing.set(edit)) delete/>
    }
}
