//! One story: its card and its form.
use leptos::prelude::*;

use crate::ui::drafts::{FormEnd, FormGuard};
use super::{CheckField, TextArea, TextField};
use crate::model::stories::{check_story, Story};
use crate::model::time::{human_date, iso_date, parse_input_date};
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;

#[component]
pub fn StoryCard(story: Story, on_edit: impl Fn() + 'static + Send + Sync) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = story.id;
    let title = story.title.clone();
    view! {
        <li class="story-card">
            <div class="story-main">
                <h3>{story.title.clone()}</h3>
                <p class="story-meta">
                    <span>{story.who_label()}</span>" · "<span>{human_date(story.day())}</span>" · "
                    {if story.consent {
                        view! { <span class="badge badge-ok">"Consent to share"</span> }.into_any()
                    } else {
                        view! { <span class="badge badge-warn">"No consent: never in a report"</span> }.into_any()
                    }}
                </p>
                {(!story.what_changed.is_empty()).then(|| view! { <p>{story.what_changed.clone()}</p> })}
                {(!story.quote.is_empty()).then(|| view! { <blockquote class="story-quote">{format!("“{}”", story.quote)}</blockquote> })}
            </div>
            <div class="row-actions">
                <button type="button" class="edit-chrome" aria-label=format!("Edit story {}", story.title) on:click=move |_| on_edit()>"Edit"</button>
                <ConfirmButton
                    label="Delete"
                    aria_label=format!("Delete story {}", story.title)
                    question=format!("Delete the story “{}”?", story.title)
                    on_confirm=move || {
                        let title = title.clone();
                        state.edit(Some(format!("Deleted the story “{title}”.")), move |p, now| {
                            p.remove::<Story>(id, now);
                        });
                    }
                />
            </div>
        </li>
    }
}

#[component]
pub fn StoryForm(story: Option<Story>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = story.is_none();
    let original = story.unwrap_or_else(|| {
        let mut s = Story::new("", state.now());
        s.date = Some(state.now().date_naive());
        s
    });
    let fid = {
        let base = format!("story-{}", original.id);
        move |f: &str| format!("{base}-{f}")
    };
    let title = RwSignal::new(original.title.clone());
    let who = RwSignal::new(original.who.clone());
    let what = RwSignal::new(original.what_changed.clone());
    let quote = RwSignal::new(original.quote.clone());
    let date = RwSignal::new(original.date.map(iso_date).unwrap_or_default());
    let consent = RwSignal::new(original.consent);
    let title_error = RwSignal::new(None::<String>);
    let what_error = RwSignal::new(None::<String>);
    let date_error = RwSignal::new(None::<String>);
    let guard = FormGuard::new((!is_new).then_some(original.updated_at), "story");
    let original = StoredValue::new(original);

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.title = title.get_untracked().trim().to_string();
        draft.who = who.get_untracked().trim().to_string();
        draft.what_changed = what.get_untracked().trim().to_string();
        draft.quote = quote.get_untracked().trim().to_string();
        draft.consent = consent.get_untracked();
        let parsed = parse_input_date(&date.get_untracked());
        date_error.set(parsed.clone().err());
        let problems = check_story(&draft);
        let message = |field: &str| problems.iter().find(|p| p.path == field).map(|p| p.message.clone());
        title_error.set(message("title"));
        what_error.set(message("what_changed"));
        let Ok(day) = parsed else { return };
        if !problems.is_empty() {
            return;
        }
        draft.date = day;
        if guard.blocks_in(|p| &p.communication.stories, draft.id) {
            return;
        }
        state.edit(None, move |p, now| p.upsert(draft, now));
        on_done();
    };

    view! {
        <form class="card tool-form" on:submit=submit aria-label=if is_new { "New story" } else { "Edit story" }>
            <h3>{if is_new { "New story" } else { "Edit story" }}</h3>
            <TextField id=fid("title") label="Title" value=title error=Signal::derive(move || title_error.get())/>
            <TextField id=fid("who") label="Who (leave empty for anonymous)" value=who/>
            <TextField id=fid("date") label="Date" kind="date" value=date error=Signal::derive(move || date_error.get())/>
            <div class="field wide">
                <label for=fid("what")>"What changed"</label>
                <textarea id=fid("what") rows="3" prop:value=what on:input=move |e| what.set(event_target_value(&e))
                    aria-invalid=move || what_error.get().map(|_| "true") aria-describedby=fid("what-error")></textarea>
                <p class="field-error" id=fid("what-error")>{move || what_error.get()}</p>
            </div>
            <TextArea id=fid("quote") label="A quote, in their words" value=quote/>
            <CheckField id=fid("consent") label="They agreed to this story being shared outside the partnership" value=consent/>
            <FormEnd guard is_new save_new="Save story" on_cancel=on_done/>
        </form>
    }
}
