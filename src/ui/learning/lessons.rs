//! The lessons library: every lesson, from retrospectives, added here, or from other tools,
//! searchable by tag.
use leptos::prelude::*;

use crate::model::learning::{delete_lesson, from_other_tools, library, parse_tags, search, tag_counts, upsert_lesson, Lesson};
use crate::model::time::human_date;
use crate::ui::state::AppState;
use crate::ui::helpers::read;
use crate::ui::stories::TextField;
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
                                        on_confirm=move || state.edit(Some("Deleted the lesson.".into()), move |p, now| { delete_lesson(p, id, now); })/>
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
    let error = RwSignal::new(None::<String>);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let t = text.get_untracked().trim().to_string();
        if t.is_empty() {
            return error.set(Some("Write the lesson first.".into()));
        }
        error.set(None);
        let mut lesson = Lesson::new(t, parse_tags(&tags.get_untracked()), state.now());
        lesson.date = Some(state.now().date_naive());
        state.edit(None, move |p, now| upsert_lesson(p, lesson, now));
        text.set(String::new());
        tags.set(String::new());
    };
    view! {
        <form class="card tool-form add-lesson" on:submit=submit aria-label="Add a lesson">
            <TextField id="new-lesson-text".to_string() label="Lesson" value=text error=Signal::derive(move || error.get()) wide=true/>
            <TextField id="new-lesson-tags".to_string() label="Tags (comma-separated)" value=tags/>
            <div class="form-actions"><button type="submit" class="primary">"Add lesson"</button></div>
        </form>
    }
}
