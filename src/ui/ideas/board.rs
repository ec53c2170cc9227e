//! The idea board: cards with title, description, author and tags.
use leptos::prelude::*;

use super::Drafting;
use crate::i18n::tr;
use crate::ui::helpers::focus_section_soon;
use crate::model::community::parse_tags;
use crate::model::ideas::{stage, Author, Experiment, Idea};
use crate::ui::helpers::{chips, join_tags, peek, read};
use crate::ui::form::{open_record, save_record, EditDelete, Found, ListSection, ListTexts, LongText, PartnerSelect, RecordForm, TextField};
use crate::ui::i18n::{t, tw, tw1, I18n};
use crate::ui::state::AppState;
use crate::ui::widgets::When;

#[component]
pub fn Board() -> impl IntoView {
    view! {
        <ListSection class="idea-board" texts=&IDEAS items={|p| p.ideas.ideas.clone()} head_class="section-head" focusable=true
            form={|idea, done: Callback<()>| view! { <IdeaForm idea on_done=move || done.run(())/> }}
            card={|idea, edit: Callback<()>| view! { <IdeaCard idea on_edit=edit/> }}/>
    }
}

static IDEAS: ListTexts = ListTexts {
    heading: tr::ideas::BOARD_HEADING, heading_id: Some("idea-board"), add: tr::ideas::ADD, list_class: "idea-grid",
    empty_title: tr::ideas::EMPTY_TITLE,
    empty_prompt: tr::ideas::EMPTY_PROMPT,
};

#[component]
fn IdeaCard(idea: Idea, on_edit: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let drafting = expect_context::<Drafting>();
    let today = state.now().date_naive();
    let i = idea;
    let id = i.id;
    // Untracked: the card redraws when the idea changes (its key), so an open form
    // elsewhere on the page is not closed by an unrelated edit.
    let author = peek(state, |p| i.author.describe(p));
    let tested = move || read(state, |p| p.ideas.experiments_of(id).iter().map(|e| stage(e, today)).collect::<Vec<_>>());
    let test = {
        let idea = i.clone();
        move |_| {
            drafting.start(Experiment::from_idea(&idea, state.now()));
            // The form is drawn on the next tick; focus its first field then.
            focus_section_soon("experiment-form-title");
        }
    };
    view! {
        <li class="idea-card">
            <h3>{i.title.clone()}</h3>
            {(!i.description.is_empty()).then(|| view! { <p>{i.description.clone()}</p> })}
            <p class="hint">{tw1(|w, x| tr::ideas::from(w, x), &author)}</p>
            {(!i.tags.is_empty()).then(|| view! {
                <p class="themes">{chips(&i.tags)}</p>
            })}
            {move || {
                let stages = tested();
                (!stages.is_empty()).then(|| view! { <p class="tested">{tw(move |w| {
                    let names: Vec<&str> = stages.iter().map(|s| w.get(s.label_key())).collect();
                    tr::ideas::experiment_stages(w, &names.join(", "))
                })}</p> })
            }}
            <div class="row-actions">
                <button type="button" aria-label=tw1(|w, x| tr::ideas::test_label(w, x), &i.title) on:click=test>{t(tr::ideas::TEST)}</button>
                <EditDelete edit_label=tw1(|w, x| tr::ideas::edit_idea(w, x), &i.title) delete_label=tw1(|w, x| tr::ideas::delete_idea(w, x), &i.title)
                    question=tw1(|w, x| tr::ideas::delete_idea_question(w, x), &i.title) on_edit
                    deleted=tw1(|w, x| tr::ideas::idea_deleted(w, x), &i.title) delete=move |p, now| { p.remove::<crate::model::ideas::Idea>(id, now); }/>
            </div>
        </li>
    }
}

/// Adds an idea (`idea` is `None`) or edits one.
#[component]
fn IdeaForm(idea: Option<Idea>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = idea.is_none();
    let idea = idea.unwrap_or_else(|| Idea::new("", state.now()));
    let title = RwSignal::new(idea.title.clone());
    let description = RwSignal::new(idea.description.clone());
    let tags = RwSignal::new(join_tags(&idea.tags));
    // A partner, or no one: someone from the community, who may give a name.
    let (by, community_name) = match &idea.author {
        Author::Partner { partner_id } => (Some(*partner_id), String::new()),
        Author::Community { name } => (None, name.clone()),
    };
    let by = RwSignal::new(by);
    let community_name = RwSignal::new(community_name);
    let (original, errors, guard) = open_record(idea, is_new, "idea", crate::i18n::tr::form::record::IDEA);
    let i18n = expect_context::<I18n>();
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.title = title.get_untracked().trim().to_string();
        draft.description = description.get_untracked().trim().to_string();
        draft.tags = parse_tags(&tags.get_untracked());
        draft.author = match by.get_untracked() {
            Some(partner_id) => Author::Partner { partner_id },
            None => Author::Community { name: community_name.get_untracked().trim().to_string() },
        };
        let mut found = Found::default();
        if draft.title.is_empty() {
            found.push("title", i18n.now(|w| w.get(tr::ideas::TITLE_NEEDED).to_string()));
        }
        if save_record(state, errors, found, guard, draft) {
            on_done();
        }
    };
    view! {
        <RecordForm class="card voice-form" heading=t(if is_new { tr::ideas::NEW_IDEA } else { tr::ideas::EDIT_IDEA_HEADING }) in_section=true
            on_submit=submit guard is_new save_new=t(tr::ideas::SAVE_IDEA) on_cancel=on_done>
            <TextField form=errors field="title" label=t(tr::ideas::IDEA_LABEL) value=title/>
            <PartnerSelect form=errors field="by" label=t(tr::ideas::BY) value=by none=t(tr::ideas::BY_COMMUNITY)/>
            <When when=move || by.get().is_none()>
                <TextField form=errors field="who" label=t(tr::ideas::WHO) value=community_name/>
            </When>
            <LongText form=errors field="description" label=t(tr::ideas::DESCRIPTION) value=description rows=2/>
            <TextField form=errors field="tags" label=t(tr::ideas::TAGS) value=tags wide=true/>
        </RecordForm>
    }
}
