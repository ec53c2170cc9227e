//! Retrospectives: a board of four columns per session. Nothing here names or blames a
//! person; "we will" actions have an owner partner and a due date.
use leptos::prelude::*;

use super::retro_columns::{ActionsColumn, LearnedColumn, NoteColumn, NoteKind};
use crate::i18n::tr;
use crate::model::learning::{lessons_of, Retrospective};
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::ui::form::{submit_new, DateField, FormErrors, Found, SubmitCancel, TextField};
use crate::ui::helpers::{read, today};
use crate::ui::widgets::{ConfirmButton, EmptyState};
use crate::model::order::sort_by;
use crate::ui::keyed::keyed;
use crate::ui::widgets::When;

#[component]
pub fn Retrospectives() -> impl IntoView {
    let state = expect_context::<AppState>();
    let adding = RwSignal::new(false);
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
                <button type="button" class="primary" on:click=move |_| adding.set(true)>{t(tr::learning::NEW_RETRO)}</button>
            </div>
            <When when=move || adding.get()>
                <NewRetro on_done=move || adding.set(false)/>
            </When>
            {let empty = Memo::new(move |_| retros().is_empty()); move || if empty.get() && !adding.get() {
                view! { <EmptyState title=t(tr::learning::RETRO_EMPTY_TITLE)
                    prompt=t(tr::learning::RETRO_EMPTY_PROMPT)/> }.into_any()
            } else {
                view! {
                    {keyed(retros, |r| (r.id, r.updated_at), |retro| view! { <RetroBoard retro=retro/> })}
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn RetroBoard(retro: Retrospective) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let id = retro.id;
    let title = retro.title.clone();
    let date = retro.date;
    let lessons = move || read(state, |p| lessons_of(p, id));
    view! {
        <article class="retro card" aria-labelledby=format!("retro-{id}")>
            <div class="page-head">
                <h3 id=format!("retro-{id}")>{retro.title.clone()} <span class="retro-date">{tw(move |w| w.date(date))}</span></h3>
                <ConfirmButton label=t(tr::learning::DELETE) aria_label={ let x = title.clone(); tw(move |w| tr::learning::delete_retro(w, &x)) }
                    question={ let x = title.clone(); tw(move |w| tr::learning::delete_retro_question(w, &x)) }
                    on_confirm=move || {
                        state.edit(Some(i.now(|w| tr::learning::deleted_retro(w, &title))), move |p, now| { p.remove::<crate::model::learning::Retrospective>(id, now); });
                    }/>
            </div>
            <div class="retro-columns">
                <NoteColumn retro_id=id kind=NoteKind::WentWell items=retro.went_well.clone()/>
                <NoteColumn retro_id=id kind=NoteKind::WasHard items=retro.was_hard.clone()/>
                {move || view! { <LearnedColumn retro_id=id lessons=lessons()/> }}
                <ActionsColumn retro_id=id actions=retro.actions.clone()/>
            </div>
        </article>
    }
}

#[component]
fn NewRetro(on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let title = RwSignal::new(String::new());
    let date = RwSignal::new(iso_date(today(state)));
    let errors = FormErrors::new("new-retro");
    let read = move |found: &mut Found| {
        let day = found.read("date", parse_input_date(&date.get_untracked()));
        let name = found.required("title", &title.get_untracked(), &i.now(|w| w.get(tr::learning::RETRO_NAME_NEEDED).to_string()));
        Some(Retrospective::new(name, day?.unwrap_or_else(|| today(state)), state.now()))
    };
    let submit = submit_new(errors, read, move |retro| {
        state.edit(None, move |p, now| p.upsert(retro, now));
        on_done();
    });
    view! {
        <form class="card tool-form" on:submit=submit aria-label=t(tr::learning::NEW_RETRO)>
            <h3>{t(tr::learning::NEW_RETRO)}</h3>
            <TextField form=errors field="title" label=t(tr::learning::NAME) value=title/>
            <DateField form=errors field="date" label=t(tr::learning::DATE) value=date/>
            <SubmitCancel submit=t(tr::learning::START_RETRO) on_cancel=on_done/>
        </form>
    }
}
