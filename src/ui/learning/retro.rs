//! Retrospectives: a board of four columns per session. Nothing here names or blames a
//! person; "we will" actions have an owner partner and a due date. A retrospective that
//! gathers hidden shows how many cards were written, not what they say, until the
//! facilitator shows them all at once.
use leptos::prelude::*;

use super::retro_columns::{ActionsColumn, LearnedColumn, NoteColumn, NoteKind};
use crate::i18n::tr;
use crate::model::learning::{lessons_of, Retrospective};
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::ui::form::{edit_callback, listed, EditDelete, Editing, EditingForm};
use crate::ui::helpers::read;
use crate::ui::widgets::EmptyState;
use super::retro_form::RetroForm;
use crate::model::order::sort_by;
use crate::model::record::find_mut;
use crate::ui::keyed::keyed;
use crate::ui::widgets::When;

#[component]
pub fn Retrospectives() -> impl IntoView {
    let state = expect_context::<AppState>();
    let adding = RwSignal::new(false);
    let editing = Editing::new();
    let retros = move || {
        read(state, |p| {
            let mut r = p.learning.retrospectives.clone();
            sort_by(&mut r, |a, b| b.date.cmp(&a.date));
            r
        })
    };
    view! {
        <section class="tool-section" aria-labelledby="retro-heading">
            <div class="page-head">
                <h2 id="retro-heading">{t(tr::learning::RETROSPECTIVES)}</h2>
                <crate::ui::print::PrintButton kind=crate::model::print::Kind::Retrospective/>
                <button type="button" class="primary" on:click=move |_| adding.set(true)>{t(tr::learning::NEW_RETRO)}</button>
            </div>
            <When when=move || adding.get()>
                <RetroForm retro=None on_done=move || adding.set(false)/>
            </When>
            <EditingForm editing find={listed::<Retrospective>} form={|retro, done: Callback<()>| view! { <RetroForm retro=Some(retro) on_done=move || done.run(())/> }}/>
            {let empty = Memo::new(move |_| retros().is_empty()); move || if empty.get() && !adding.get() {
                view! { <EmptyState title=t(tr::learning::RETRO_EMPTY_TITLE)
                    prompt=t(tr::learning::RETRO_EMPTY_PROMPT)/> }.into_any()
            } else {
                view! {
                    {keyed(retros, |r| (r.id, r.updated_at), move |retro| view! { <RetroBoard retro=retro editing/> })}
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn RetroBoard(retro: Retrospective, editing: Editing) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = retro.id;
    let title = retro.title.clone();
    let date = retro.date;
    let lessons = move || read(state, |p| lessons_of(p, id));
    let i = expect_context::<I18n>();
    let hidden = !retro.shows_cards();
    let show = move |_| {
        let message = i.now(|w| w.get(tr::learning::CARDS_SHOWN).to_string());
        state.edit(Some(message), move |p, now| {
            if let Some(r) = find_mut(&mut p.learning.retrospectives, id) {
                r.reveal(now);
            }
        });
    };
    view! {
        <article class="retro card" aria-labelledby=format!("retro-{id}")>
            <div class="page-head">
                <h3 id=format!("retro-{id}")>{retro.title.clone()} <span class="retro-date">{tw(move |w| w.date(date))}</span></h3>
                <div class="row-actions">
                    <EditDelete edit_label={ let x = title.clone(); tw(move |w| tr::learning::edit_retro(w, &x)) }
                        delete_label={ let x = title.clone(); tw(move |w| tr::learning::delete_retro(w, &x)) }
                        question={ let x = title.clone(); tw(move |w| tr::learning::delete_retro_question(w, &x)) }
                        deleted=tw(move |w| tr::learning::deleted_retro(w, &title)) on_edit=edit_callback(editing, id)
                        delete=move |p, now| { p.remove::<Retrospective>(id, now); }/>
                </div>
            </div>
            {hidden.then(|| view! {
                <div class="gathering">
                    <p>{t(tr::learning::GATHERING)}</p>
                    <button type="button" class="primary" on:click=show>{t(tr::learning::SHOW_CARDS)}</button>
                </div>
            })}
            <div class="retro-columns">
                <NoteColumn retro_id=id kind=NoteKind::WentWell items=retro.went_well.clone() hidden/>
                <NoteColumn retro_id=id kind=NoteKind::WasHard items=retro.was_hard.clone() hidden/>
                {move || view! { <LearnedColumn retro_id=id lessons=lessons()/> }}
                <ActionsColumn retro_id=id actions=retro.actions.clone()/>
            </div>
        </article>
    }
}
