//! One story: its card and its form.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::stories::{check_story, Story};
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::i18n::{t, tw, tw1};
use crate::ui::state::AppState;
use crate::model::links::{goal_choices, metric_choices};
use crate::ui::form::{linked_lines, open_record, save_record, CheckField, DateField, EditDelete, Found, LinkPicker, LongText, TextField, RecordForm};

#[component]
pub fn StoryCard(story: Story, on_edit: Callback<()>) -> impl IntoView {
    let id = story.id;
    let title = story.title.clone();
    let day = story.day();
    view! {
        <li class="story-card">
            <div class="story-main">
                <h3>{story.title.clone()}</h3>
                <p class="story-meta">
                    <span>{story.who_label()}</span>" · "<span>{tw(move |w| w.date(day))}</span>" · "
                    {if story.consent {
                        view! { <span class="badge badge-ok">{t(tr::stories::CONSENT)}</span> }.into_any()
                    } else {
                        view! { <span class="badge badge-warn">{t(tr::stories::NO_CONSENT)}</span> }.into_any()
                    }}
                </p>
                {(!story.what_changed.is_empty()).then(|| view! { <p>{story.what_changed.clone()}</p> })}
                {(!story.quote.is_empty()).then(|| view! { <blockquote class="story-quote">{tw1(|w, x| tr::stories::quote(w, x), &story.quote)}</blockquote> })}
                {linked_lines(story.goal_ids.clone(), story.metric_ids.clone())}
            </div>
            <div class="row-actions">
                <EditDelete edit_label=tw1(|w, x| tr::stories::edit_story(w, x), &title) delete_label=tw1(|w, x| tr::stories::delete_story(w, x), &title)
                    question=tw1(|w, x| tr::stories::delete_story_question(w, x), &title) deleted=tw1(|w, x| tr::stories::story_deleted(w, x), &title) on_edit
                    delete=move |p, now| {
                        p.remove::<crate::model::stories::Story>(id, now);
                    }/>
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
    let title = RwSignal::new(original.title.clone());
    let who = RwSignal::new(original.who.clone());
    let what = RwSignal::new(original.what_changed.clone());
    let quote = RwSignal::new(original.quote.clone());
    let date = RwSignal::new(original.date.map(iso_date).unwrap_or_default());
    let consent = RwSignal::new(original.consent);
    let goals = RwSignal::new(original.goal_ids.clone());
    let metrics = RwSignal::new(original.metric_ids.clone());
    let (original, errors, guard) = open_record(original, is_new, "story", crate::i18n::tr::form::record::STORY);

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.title = title.get_untracked().trim().to_string();
        draft.who = who.get_untracked().trim().to_string();
        draft.what_changed = what.get_untracked().trim().to_string();
        draft.quote = quote.get_untracked().trim().to_string();
        draft.consent = consent.get_untracked();
        (draft.goal_ids, draft.metric_ids) = (goals.get_untracked(), metrics.get_untracked());
        let mut found = Found::default();
        if let Some(day) = found.read("date", parse_input_date(&date.get_untracked())) {
            draft.date = day;
        }
        found.extend(check_story(&draft));
        if save_record(state, errors, found, guard, draft) {
            on_done();
        }
    };

    view! {
        <RecordForm class="card tool-form" heading=t(if is_new { tr::stories::NEW_STORY } else { tr::stories::EDIT_STORY_HEADING }) in_section=true
            on_submit=submit guard is_new save_new=t(tr::stories::SAVE_STORY) on_cancel=on_done>
            <TextField form=errors field="title" label=t(tr::stories::TITLE) value=title/>
            <TextField form=errors field="who" label=t(tr::stories::WHO) value=who/>
            <DateField form=errors field="date" label=t(tr::stories::DATE) value=date/>
            <LongText form=errors field="what_changed" label=t(tr::stories::WHAT_CHANGED) value=what/>
            <LongText form=errors field="quote" label=t(tr::stories::QUOTE_LABEL) value=quote/>
            <CheckField form=errors field="consent" label=t(tr::stories::CONSENT_LABEL) value=consent/>
            <LinkPicker form=errors field="goals" legend=t(tr::form::LINKED_GOALS) value=goals options=goal_choices removed=tr::form::REMOVED_GOAL empty=tr::form::NO_GOALS/>
            <LinkPicker form=errors field="metrics" legend=t(tr::form::LINKED_METRICS) value=metrics options=metric_choices removed=tr::form::REMOVED_METRIC empty=tr::form::NO_METRICS/>
        </RecordForm>
    }
}
