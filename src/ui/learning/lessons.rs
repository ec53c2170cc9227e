//! The lessons library: every lesson, from retrospectives, added here, or from other tools,
//! searchable by tag.
use leptos::prelude::*;

use crate::model::learning::{from_other_tools, library, parse_tags, search, tag_counts, Lesson};
use crate::model::time::human_date;
use crate::ui::state::AppState;
use crate::ui::form::{submit_added, AddForm, FormErrors, Found, TextField};
use crate::ui::helpers::read;
use crate::ui::widgets::{ConfirmButton, EmptyState};

#[component]
pub fn Library() -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = RwSignal::new(String::new());
    let all = move || read(state, |p| library(p, from_other_tools(p)));
    let found = move || search(&all(), &query.get());
    let tags = move || tag_counts(&all());
    view! {
        <section class="tool-section" aria-labelledby="lessons-heading">
            <h2 id="lessons-heading">"Lessons library"</h2>
            <div class="library-search">
                <label for="lesson-search">"Find lessons by tag"</label>
                <input id="lesson-search" type="search" prop:value=query on:input=move |e| query.set(event_target_value(&e))/>
                <div class="tag-chips" role="group" aria-label="Tags">
                    {move || tags().into_iter().map(|(tag, n)| {
                        let t = tag.clone();
                        view! {
                            <button type="button" class="chip" aria-pressed=move || (query.get().trim() == t).to_string()
                                on:click={ let tag = tag.clone(); move |_| query.set(tag.clone()) }>
                                {format!("{tag} ({n})")}
                            </button>
                        }
                    }).collect_view()}
                </div>
            </div>
            <AddLesson/>
            {move || if all().is_empty() {
                view! { <EmptyState title="No lessons yet"
                    prompt="Write each lesson as advice to a partnership starting out, and tag it (funding, volunteers, data…) so others can find it."/> }.into_any()
            } else if found().is_empty() {
                view! { <p class="hint">"No lesson has that tag."</p> }.into_any()
            } else {
                view! {
                    <ul class="lesson-list">
                        {found().into_iter().map(|l| view! {
                            <li class="lesson">
                                <p class="lesson-text">{l.text.clone()}</p>
                                <p class="lesson-meta">{format!("{} · {}", l.source, human_date(l.date))}
                                    {l.tags.iter().map(|t| view! { " " <span class="tag-pill">{t.clone()}</span> }).collect_view()}
                                </p>
                                {l.lesson_id.map(|id| view! {
                                    <ConfirmButton label="Delete" aria_label=format!("Delete lesson: {}", l.text)
                                        question="Delete this lesson?".to_string()
                                        on_confirm=move || state.edit(Some("Deleted the lesson.".into()), move |p, now| { p.remove::<Lesson>(id, now); })/>
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn AddLesson() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = RwSignal::new(String::new());
    let tags = RwSignal::new(String::new());
    let errors = FormErrors::new("new-lesson");
    let read = move |found: &mut Found| {
        let t = found.required("text", &text.get_untracked(), "Write the lesson first.");
        let mut lesson = Lesson::new(t, parse_tags(&tags.get_untracked()), state.now());
        lesson.date = Some(state.now().date_naive());
        Some(lesson)
    };
    let submit = submit_added(state, errors, read, [text, tags]);
    view! {
        <AddForm class="card tool-form add-lesson" label="Add a lesson" button="Add lesson" on_submit=submit>
            <TextField form=errors field="text" label="Lesson" value=text wide=true/>
            <TextField form=errors field="tags" label="Tags (comma-separated)" value=tags/>
        </AddForm>
    }
}
