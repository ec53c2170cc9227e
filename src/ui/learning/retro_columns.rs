//! The four columns of a retrospective board.
use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::{tr, Key};
use crate::model::learning::{parse_tags, Lesson, RetroAction, RetroCard, Retrospective};
use crate::model::record::{find_mut, Record};
use crate::model::time::parse_input_date;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::ui::form::{DateField, PartnerSelect, TextField};
use crate::ui::helpers::{read, today};

#[derive(Clone, Copy, PartialEq)]
pub enum NoteKind {
    WentWell,
    WasHard,
}

impl NoteKind {
    fn title(self) -> Key {
        match self {
            NoteKind::WentWell => tr::learning::WENT_WELL,
            NoteKind::WasHard => tr::learning::WAS_HARD,
        }
    }

    /// The label of the column's "add a note" field.
    fn add_label(self) -> Key {
        match self {
            NoteKind::WentWell => tr::learning::ADD_WENT_WELL,
            NoteKind::WasHard => tr::learning::ADD_WAS_HARD,
        }
    }

    /// The column's part of ids and classes, the same in every language.
    fn slug(self) -> &'static str {
        match self {
            NoteKind::WentWell => "well",
            NoteKind::WasHard => "hard",
        }
    }

    fn list(self, r: &mut Retrospective) -> &mut Vec<RetroCard> {
        match self {
            NoteKind::WentWell => &mut r.went_well,
            NoteKind::WasHard => &mut r.was_hard,
        }
    }
}

/// Applies a change to one retrospective and marks it edited.
fn edit_retro(state: AppState, id: Uuid, message: Option<String>, f: impl FnOnce(&mut Retrospective) + 'static) {
    state.edit(message, move |p, now| {
        if let Some(r) = find_mut(&mut p.learning.retrospectives, id) {
            f(r);
            r.touch(now);
        }
    });
}

/// An "add a note" form: one labelled input and a button.
#[component]
fn AddNote(
    id: String,
    #[prop(into)]
    label: TextProp,
    on_add: impl Fn(String) + 'static,
    /// More fields for the same note (tags, owner, due date), shown before the button.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    view! {
        <form class="add-note" on:submit=move |e| {
            e.prevent_default();
            let t = text.get_untracked().trim().to_string();
            if !t.is_empty() { on_add(t); text.set(String::new()); }
        }>
            <TextField id label value=text/>
            {children.map(|c| c())}
            <button type="submit">{t(tr::learning::ADD)}</button>
        </form>
    }
}

#[component]
pub fn NoteColumn(retro_id: Uuid, kind: NoteKind, items: Vec<RetroCard>, hidden: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    // Gathering hidden: how many, never what (see `model::learning::gather`).
    let written = items.len() as i64;
    let items = if hidden { Vec::new() } else { items };
    view! {
        <div class=format!("retro-column col-{}", kind.slug())>
            <h4>{t(kind.title())}</h4>
            {hidden.then(|| view! {
                <p class="cards-written" aria-live="polite">{tw(move |w| tr::learning::cards_written(w, written))}</p>
            })}
            <ul>
                {items.into_iter().map(|card| {
                    let (id, note) = (card.id, card.text);
                    view! {
                        <li>{note.clone()}
                            <button type="button" class="remove" aria-label={ let n = note.clone(); tw(move |w| tr::learning::remove_note(w, &n)) } on:click=move |_| {
                                edit_retro(state, retro_id, None, move |r| kind.list(r).retain(|c| c.id != id));
                            }>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <AddNote id=format!("note-{retro_id}-{}", kind.slug())
                label=t(kind.add_label())
                on_add=move |t| {
                    let card = RetroCard::new(t, state.now());
                    edit_retro(state, retro_id, None, move |r| kind.list(r).push(card));
                }/>
        </div>
    }
}

/// "We learned": each note is a lesson in the library, tagged.
#[component]
pub fn LearnedColumn(retro_id: Uuid, lessons: Vec<Lesson>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let tags = RwSignal::new(String::new());
    let tags_id = format!("learned-tags-{retro_id}");
    view! {
        <div class="retro-column col-learned">
            <h4>{t(tr::learning::WE_LEARNED)}</h4>
            <ul>
                {lessons.into_iter().map(|l| {
                    let lid = l.id;
                    view! {
                        <li>{l.text.clone()}
                            {(!l.tags.is_empty()).then(|| view! { <span class="tags">{l.tags.join(", ")}</span> })}
                            <button type="button" class="remove" aria-label={ let x = l.text.clone(); tw(move |w| tr::learning::remove_lesson(w, &x)) } on:click=move |_| {
                                state.edit(Some(i.now(|w| w.get(tr::learning::REMOVED_LESSON).to_string())), move |p, now| { p.remove::<Lesson>(lid, now); });
                            }>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <AddNote id=format!("learned-{retro_id}") label=t(tr::learning::ADD_LESSON_FORM) on_add=move |t| {
                let day = read(state, |p| p.learning.retrospectives.iter().find(|r| r.id == retro_id).map(|r| r.date));
                let mut lesson = Lesson::new(t, parse_tags(&tags.get_untracked()), state.now());
                lesson.retrospective_id = Some(retro_id);
                lesson.date = day;
                tags.set(String::new());
                state.edit(None, move |p, now| p.upsert(lesson, now));
            }>
                <TextField id=tags_id label=t(tr::learning::TAGS_COMMA) value=tags/>
            </AddNote>
        </div>
    }
}

/// "We will": actions with an owner partner and a due date.
#[component]
pub fn ActionsColumn(retro_id: Uuid, actions: Vec<RetroAction>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let owner = RwSignal::new(None::<Uuid>);
    let due = RwSignal::new(String::new());
    let due_id = format!("action-due-{retro_id}");
    let day = today(state);
    view! {
        <div class="retro-column col-will">
            <h4>{t(tr::learning::WE_WILL)}</h4>
            <ul>
                {actions.into_iter().map(|a| {
                    let aid = a.id;
                    let who = a.owner.map(|o| read(state, |p| p.partner_name(o)));
                    let due = a.due;
                    let has_meta = who.is_some() || due.is_some();
                    let meta = tw(move |w| [who.clone(), due.map(|d| tr::learning::by_date(w, &w.date(d)))].into_iter().flatten().collect::<Vec<_>>().join(", "));
                    view! {
                        <li class:done=a.done class:overdue=a.is_overdue(day)>
                            <input type="checkbox" id=format!("action-{aid}") prop:checked=a.done on:change=move |e| {
                                let done = event_target_checked(&e);
                                edit_retro(state, retro_id, None, move |r| if let Some(x) = r.actions.iter_mut().find(|x| x.id == aid) { x.done = done; });
                            }/>
                            <label for=format!("action-{aid}")>{a.what.clone()}</label>
                            {has_meta.then(|| view! { <span class="tags">{meta}</span> })}
                            {a.is_overdue(day).then(|| view! { <strong class="badge badge-late">{t(tr::learning::OVERDUE)}</strong> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <AddNote id=format!("will-{retro_id}") label=t(tr::learning::ADD_ACTION) on_add=move |t| {
                let mut action = RetroAction::new(t);
                action.owner = owner.get_untracked();
                action.due = parse_input_date(&due.get_untracked()).ok().flatten();
                edit_retro(state, retro_id, None, move |r| r.actions.push(action));
            }>
                <PartnerSelect id=format!("action-owner-{retro_id}") label=t(tr::learning::OWNER) value=owner/>
                <DateField id=due_id label=t(tr::learning::DUE_DATE) value=due/>
            </AddNote>
        </div>
    }
}
