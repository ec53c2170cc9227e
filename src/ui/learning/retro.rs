//! Retrospectives: a board of four columns per session. Nothing here names or blames a
//! person; "we will" actions have an owner partner and a due date.
use leptos::prelude::*;

use super::retro_columns::{ActionsColumn, LearnedColumn, NoteColumn, NoteKind};
use crate::model::learning::{lessons_of, Retrospective};
use crate::model::time::{human_date, iso_date, parse_input_date};
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
                <h2 id="retro-heading">"Retrospectives"</h2>
                <button type="button" class="primary" on:click=move |_| adding.set(true)>"New retrospective"</button>
            </div>
            <When when=move || adding.get()>
                <NewRetro on_done=move || adding.set(false)/>
            </When>
            {let empty = Memo::new(move |_| retros().is_empty()); move || if empty.get() && !adding.get() {
                view! { <EmptyState title="No retrospectives yet"
                    prompt="After a milestone or a setback, give everyone sticky notes for four columns: what went well, what was hard, what we learned, what we will do. No blame."/> }.into_any()
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
    let id = retro.id;
    let title = retro.title.clone();
    let lessons = move || read(state, |p| lessons_of(p, id));
    view! {
        <article class="retro card" aria-labelledby=format!("retro-{id}")>
            <div class="page-head">
                <h3 id=format!("retro-{id}")>{retro.title.clone()} <span class="retro-date">{human_date(retro.date)}</span></h3>
                <ConfirmButton label="Delete" aria_label=format!("Delete retrospective {}", retro.title)
                    question=format!("Delete the retrospective “{}”? Its lessons stay in the library.", retro.title)
                    on_confirm=move || {
                        let title = title.clone();
                        state.edit(Some(format!("Deleted the retrospective “{title}”.")), move |p, now| { p.remove::<crate::model::learning::Retrospective>(id, now); });
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
    let title = RwSignal::new(String::new());
    let date = RwSignal::new(iso_date(today(state)));
    let errors = FormErrors::new("new-retro");
    let read = move |found: &mut Found| {
        let day = found.read("date", parse_input_date(&date.get_untracked()));
        let name = found.required("title", &title.get_untracked(), "Give the retrospective a name, e.g. “Spring review”.");
        Some(Retrospective::new(name, day?.unwrap_or_else(|| today(state)), state.now()))
    };
    let submit = submit_new(errors, read, move |retro| {
        state.edit(None, move |p, now| p.upsert(retro, now));
        on_done();
    });
    view! {
        <form class="card tool-form" on:submit=submit aria-label="New retrospective">
            <h3>"New retrospective"</h3>
            <TextField form=errors field="title" label="Name" value=title/>
            <DateField form=errors field="date" label="Date" value=date/>
            <SubmitCancel submit="Start retrospective" on_cancel=on_done/>
        </form>
    }
}
