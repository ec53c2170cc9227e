//! The lessons library: every lesson, from retrospectives, added here, or from other tools,
//! searchable by tag.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::learning::{from_other_tools, library, parse_tags, search, tag_counts, Lesson};
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::ui::form::{submit_added, AddForm, FormErrors, Found, TextField};
use crate::ui::helpers::read;
use crate::ui::widgets::{ConfirmButton, EmptyState};

#[component]
pub fn Library() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let query = RwSignal::new(String::new());
    let all = move || read(state, |p| library(p, from_other_tools(p)));
    let found = move || search(&all(), &query.get());
    let tags = move || tag_counts(&all());
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
            <AddLesson/>
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
                                <p class="lesson-meta">{tw(move |w| tr::learning::lesson_meta(w, &w.date(date), &source))}
                                    {l.tags.iter().map(|t| view! { " " <span class="tag-pill">{t.clone()}</span> }).collect_view()}
                                </p>
                                {l.lesson_id.map(|id| view! {
                                    <ConfirmButton label=t(tr::learning::DELETE) aria_label={ let text = l.text.clone(); tw(move |w| tr::learning::delete_lesson(w, &text)) }
                                        question=t(tr::learning::DELETE_LESSON_QUESTION)
                                        on_confirm=move || state.edit(Some(i.now(|w| w.get(tr::learning::DELETED_LESSON).to_string())), move |p, now| { p.remove::<Lesson>(id, now); })/>
                                })}
                            </li>
                        }}).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn AddLesson() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let text = RwSignal::new(String::new());
    let tags = RwSignal::new(String::new());
    let errors = FormErrors::new("new-lesson");
    let read = move |found: &mut Found| {
        let t = found.required("text", &text.get_untracked(), &i.now(|w| w.get(tr::learning::LESSON_NEEDED).to_string()));
        let mut lesson = Lesson::new(t, parse_tags(&tags.get_untracked()), state.now());
        lesson.date = Some(state.now().date_naive());
        Some(lesson)
    };
    let submit = submit_added(state, errors, read, [text, tags]);
    view! {
        <AddForm class="card tool-form add-lesson" label=t(tr::learning::ADD_LESSON_FORM) button=t(tr::learning::ADD_LESSON) on_submit=submit>
            <TextField form=errors field="text" label=t(tr::learning::LESSON) value=text wide=true/>
            <TextField form=errors field="tags" label=t(tr::learning::TAGS_COMMA) value=tags/>
        </AddForm>
    }
}
