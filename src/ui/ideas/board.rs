//! The idea board: cards with title, description, author and tags.
use leptos::prelude::*;

use crate::ui::drafts::{FormEnd, FormGuard};
use super::Drafting;
use crate::ui::helpers::focus_section_soon;
use crate::model::community::parse_tags;
use crate::model::ideas::{stage, Author, Experiment, Idea};
use crate::ui::community::problem_at;
use crate::ui::helpers::{join_tags, peek, read};
use crate::model::validate::Problem;
use crate::ui::state::AppState;
use crate::ui::widgets::{ConfirmButton, EmptyState};

#[component]
pub fn Board() -> impl IntoView {
    let state = expect_context::<AppState>();
    let adding = RwSignal::new(false);
    let ideas = move || read(state, |p| p.ideas.ideas.clone());
    view! {
        <section class="idea-board" aria-labelledby="idea-board">
            <div class="section-head">
                <h2 id="idea-board" tabindex="-1">"Idea board"</h2>
                <button type="button" class="primary" on:click=move |_| adding.set(true)>"Add idea"</button>
            </div>
            <Show when=move || adding.get()>
                <IdeaForm idea=Idea::new("", state.now()) is_new=true on_done=move || adding.set(false)/>
            </Show>
            {move || (ideas().is_empty() && !adding.get()).then(|| view! {
                <EmptyState title="No ideas yet"
                    prompt="Brainstorm for ten minutes: everyone, partners and community members alike, writes one idea per card; add each card here, then vote with dots."/>
            })}
            <ul class="idea-grid">
                <For each=ideas key=|i| i.id let:idea>
                    <IdeaCard idea=idea/>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn IdeaCard(idea: Idea) -> impl IntoView {
    let state = expect_context::<AppState>();
    let drafting = expect_context::<Drafting>();
    let editing = RwSignal::new(false);
    let idea_id = idea.id;
    // Follows the record by id through a memo, so the card redraws when (and only when) it
    // changes, whatever its updated_at says (the clock can be fixed).
    let current = Memo::new(move |_| read(state, |p| p.ideas.idea(idea_id).cloned()));
    let today = state.now().date_naive();
    move || {
        let Some(i) = current.get() else { return ().into_any() };
        if editing.get() {
            return view! { <li><IdeaForm idea=i is_new=false on_done=move || editing.set(false)/></li> }.into_any();
        }
        let (id, title) = (i.id, i.title.clone());
        // Untracked: the card redraws when the idea changes (its key), so an open form
        // elsewhere on the page is not closed by an unrelated edit.
        let author = peek(state, |p| i.author.describe(p));
        let tested = move || {
            read(state, |p| p.ideas.experiments_of(id).iter().map(|e| stage(e, today).label()).collect::<Vec<_>>())
        };
        view! {
            <li class="idea-card">
                <h3>{i.title.clone()}</h3>
                {(!i.description.is_empty()).then(|| view! { <p>{i.description.clone()}</p> })}
                <p class="hint">"From " {author}</p>
                {(!i.tags.is_empty()).then(|| view! {
                    <p class="themes">{i.tags.iter().map(|t| view! { <span class="chip">{t.clone()}</span> }).collect_view()}</p>
                })}
                {move || { let t = tested(); (!t.is_empty()).then(|| view! { <p class="tested">"Experiment: " {t.join(", ")}</p> }) }}
                <div class="row-actions">
                    <button type="button" aria-label=format!("Test “{}” as an experiment", i.title) on:click=move |_| {
                        if let Some(idea) = current.get_untracked() {
                            drafting.0.set(Some(Experiment::from_idea(&idea, state.now())));
                        }
                        // The form is drawn on the next tick; focus its first field then.
                        focus_section_soon("experiment-form-title");
                    }>"Test this idea"</button>
                    <button type="button" class="edit-chrome" aria-label=format!("Edit idea “{}”", i.title) on:click=move |_| editing.set(true)>"Edit"</button>
                    <ConfirmButton
                        label="Delete"
                        aria_label=format!("Delete idea “{}”", i.title)
                        question=format!("Delete “{}”?", i.title)
                        on_confirm=move || {
                            let title = title.clone();
                            state.edit(Some(format!("Deleted the idea “{title}”.")), move |p, now| { p.remove::<Idea>(id, now); });
                        }
                    />
                </div>
            </li>
        }
        .into_any()
    }
}

#[component]
fn IdeaForm(idea: Idea, is_new: bool, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let key = idea.id;
    let fid = move |f: &str| format!("idea-{key}-{f}");
    let title = RwSignal::new(idea.title.clone());
    let description = RwSignal::new(idea.description.clone());
    let tags = RwSignal::new(join_tags(&idea.tags));
    // "community" or a partner's id.
    let (by, community_name) = match &idea.author {
        Author::Partner { partner_id } => (partner_id.to_string(), String::new()),
        Author::Community { name } => ("community".to_string(), name.clone()),
    };
    let by = RwSignal::new(by);
    let community_name = RwSignal::new(community_name);
    let problems = RwSignal::new(Vec::<Problem>::new());
    let guard = FormGuard::new((!is_new).then_some(idea.updated_at), "idea");
    let original = StoredValue::new(idea);
    let partners = move || read(state, |p| p.partners.iter().map(|x| (x.id.to_string(), x.name.clone())).collect::<Vec<_>>());
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.title = title.get_untracked().trim().to_string();
        draft.description = description.get_untracked().trim().to_string();
        draft.tags = parse_tags(&tags.get_untracked());
        draft.author = match uuid::Uuid::parse_str(&by.get_untracked()) {
            Ok(partner_id) => Author::Partner { partner_id },
            Err(_) => Author::Community { name: community_name.get_untracked().trim().to_string() },
        };
        if draft.title.is_empty() {
            problems.set(vec![Problem::new("title", "Give the idea a short title.")]);
            return;
        }
        if guard.blocks_in(|p| &p.ideas.ideas, draft.id) {
            return;
        }
        state.edit(None, move |p, now| p.upsert(draft, now));
        on_done();
    };
    let title_error = problem_at(problems, "title");
    let heading = if is_new { "New idea" } else { "Edit idea" };
    view! {
        <form class="card voice-form" on:submit=submit aria-label=heading>
            <h3>{heading}</h3>
            <div class="field">
                <label for=fid("title")>"Idea"</label>
                <input id=fid("title") type="text" prop:value=title on:input=move |e| title.set(event_target_value(&e))
                    aria-invalid=move || title_error().map(|_| "true") aria-describedby=fid("title-error")/>
                <p class="field-error" id=fid("title-error")>{title_error}</p>
            </div>
            <div class="field">
                <label for=fid("by")>"Put forward by"</label>
                <select id=fid("by") on:change=move |e| by.set(event_target_value(&e))>
                    <option value="community" selected=move || by.get() == "community">"Someone from the community"</option>
                    {move || partners().into_iter().map(|(id, name)| {
                        let v = id.clone();
                        view! { <option value=id selected=move || by.get() == v>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <Show when=move || by.get() == "community">
                <div class="field">
                    <label for=fid("who")>"Their name or group (optional)"</label>
                    <input id=fid("who") type="text" prop:value=community_name on:input=move |e| community_name.set(event_target_value(&e))/>
                </div>
            </Show>
            <div class="field wide">
                <label for=fid("description")>"Description"</label>
                <textarea id=fid("description") rows="2" prop:value=description on:input=move |e| description.set(event_target_value(&e))></textarea>
            </div>
            <div class="field wide">
                <label for=fid("tags")>"Tags (separate with commas)"</label>
                <input id=fid("tags") type="text" prop:value=tags on:input=move |e| tags.set(event_target_value(&e))/>
            </div>
            <FormEnd guard is_new save_new="Save idea" on_cancel=on_done/>
        </form>
    }
}
