//! The lessons library: every lesson, from retrospectives, added here, or from other tools,
//! searchable by tag; a lesson written here or in a retrospective is edited in place.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::learning::{from_other_tools, library, parse_tags, search, tag_counts, Lesson};
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::ui::form::{edit_callback, listed, open_record, submit_add_or_edit, AddOrEditForm, EditDelete, Editing, EditingForm, Found, TextField};
use crate::ui::helpers::{join_tags, read};
use crate::ui::widgets::EmptyState;

#[component]
pub fn Library() -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = RwSignal::new(String::new());
    let all = move || read(state, |p| library(p, from_other_tools(p)));
    let found = move || search(&all(), &query.get());
    let tags = move || tag_counts(&all());
    let editing = Editing::new();
    view! {
        <section class="tool-section" aria-labelledby="lessons-heading">
            <h2 id="lessons-heading">{t(tr::learning::LIBRARY)}</h2>
            <div class="library-search">
                <label for="lesson-search">{t(tr::learning::FIND_BY_TAG)}</label>
                <input id="lesson-search" type="search" prop:value=query on:input=move |e| query.set(event_target_value(&e))/>
                <div class="tag-chips" role="group" aria-label=t(tr::learning::TAGS)>
                    {move || tags().into_iter().map(|(tag, n)| {
                        let (pressed, chip) = (tag.clone(), tag.clone());
                        view! {
                            <button type="button" class="chip" aria-pressed=move || (query.get().trim() == pressed).to_string()
                                on:click={ let tag = tag.clone(); move |_| query.set(tag.clone()) }>
                                {tw(move |w| tr::learning::tag_count(w, &w.integer(n as i128), &chip))}
                            </button>
                        }
                    }).collect_view()}
                </div>
            </div>
            <LessonForm/>
            <EditingForm editing find={listed::<Lesson>} form={|lesson, done| view! { <LessonForm lesson on_done=done/> }}/>
            {move || if all().is_empty() {
                view! { <EmptyState title=t(tr::learning::LESSONS_EMPTY_TITLE)
                    prompt=t(tr::learning::LESSONS_EMPTY_PROMPT)/> }.into_any()
            } else if found().is_empty() {
                view! { <p class="hint">{t(tr::learning::NO_TAG_MATCH)}</p> }.into_any()
            } else {
                view! {
                    <ul class="lesson-list">
                        {found().into_iter().map(|l| {
                            let (source, date) = (l.source.clone(), l.date);
                            view! {
                            <li class="lesson">
                                <p class="lesson-text">{l.text.clone()}</p>
                                <p class="lesson-meta">{tw(move |w| tr::learning::lesson_meta(w, &w.date(date), &source.say(w)))}
                                    {l.tags.iter().map(|t| view! { " " <span class="tag-pill">{t.clone()}</span> }).collect_view()}
                                </p>
                                {l.lesson_id.map(|id| {
                                    let (a, b) = (l.text.clone(), l.text.clone());
                                    view! { <div class="row-actions">
                                        <EditDelete edit_label=tw(move |w| tr::learning::edit_lesson(w, &a)) delete_label=tw(move |w| tr::learning::delete_lesson(w, &b))
                                            question=t(tr::learning::DELETE_LESSON_QUESTION) deleted=t(tr::learning::DELETED_LESSON) on_edit=edit_callback(editing, id)
                                            delete=move |p, now| { p.remove::<Lesson>(id, now); }/>
                                    </div> }
                                })}
                            </li>
                        }}).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// Adds a lesson (and empties itself); with `lesson`, edits that one in place.
#[component]
fn LessonForm(#[prop(optional)] lesson: Option<Lesson>, #[prop(optional)] on_done: Option<Callback<()>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let is_new = lesson.is_none();
    let new = move || {
        let mut lesson = Lesson::new("", Vec::new(), state.now());
        lesson.date = Some(state.now().date_naive());
        lesson
    };
    let original = lesson.unwrap_or_else(new);
    let text = RwSignal::new(original.text.clone());
    let tags = RwSignal::new(join_tags(&original.tags));
    let (original, errors, guard) = open_record(original, is_new, "lesson", crate::i18n::tr::form::record::OTHER);
    let fill = move |lesson: &mut Lesson, found: &mut Found| {
        lesson.text = found.required("text", &text.get_untracked(), &i.now(|w| w.get(tr::learning::LESSON_NEEDED).to_string()));
        lesson.tags = parse_tags(&tags.get_untracked());
    };
    let submit = submit_add_or_edit(state, errors, guard, is_new, original, new, fill, [text, tags], on_done);
    view! {
        <AddOrEditForm class="card tool-form add-lesson" is_new label=t(tr::learning::ADD_LESSON_FORM) edit_heading=t(tr::learning::EDIT_LESSON_HEADING)
            button=t(tr::learning::ADD_LESSON) guard on_submit=submit on_done>
            <TextField form=errors field="text" label=t(tr::learning::LESSON) value=text wide=true/>
            <TextField form=errors field="tags" label=t(tr::learning::TAGS_COMMA) value=tags/>
        </AddOrEditForm>
    }
}
