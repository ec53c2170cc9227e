//! The resource-mapping exercise for a shared screen: (1) each partner in turn names its
//! offers, (2) then its needs, (3) the map is revealed, (4) gaps and matches are discussed.
//! Large type, one thing at a time, the prompt always on screen. Where the group is (step and
//! whose turn) and any half-typed entry survive going back and forth, and leaving the screen.
use std::cell::{Cell, RefCell};

use leptos::prelude::*;

use super::super::routes::Route;
use super::super::state::AppState;
use super::super::widgets::EmptyState;
use super::form::{Draft, DraftValues, EntryForm};
use super::gaps::Gaps;
use super::heatmap::HeatMapTable;
use super::matches::Matches;
use crate::i18n::{tr, Key};
use crate::ui::helpers::{focus_soon, read};
use crate::model::resources::EntryKind;
use crate::ui::i18n::{t, tw};

use tr::resources::workshop;

/// Each step's name and the prompt read out to the room.
const STEPS: [(Key, Key); 4] = [
    (workshop::OFFERS, workshop::OFFERS_PROMPT),
    (workshop::NEEDS, workshop::NEEDS_PROMPT),
    (workshop::THE_MAP, workshop::THE_MAP_PROMPT),
    (workshop::GAPS_AND_MATCHES, workshop::GAPS_AND_MATCHES_PROMPT),
];

#[derive(Clone, Copy)]
struct Position {
    step: usize,
    offer_turn: usize,
    need_turn: usize,
}

thread_local! {
    static POSITION: Cell<Position> = const { Cell::new(Position { step: 0, offer_turn: 0, need_turn: 0 }) };
    // Half-typed entries, kept while the tab is open, so leaving the screen loses nothing.
    static OFFER_DRAFT: RefCell<DraftValues> = RefCell::new(DraftValues::default());
    static NEED_DRAFT: RefCell<DraftValues> = RefCell::new(DraftValues::default());
}

/// A draft restored from `store`, written back to it on every keystroke.
fn kept_draft(store: &'static std::thread::LocalKey<RefCell<DraftValues>>) -> Draft {
    let draft = Draft::from_values(store.with(|v| v.borrow().clone()));
    Effect::new(move || {
        let values = draft.values();
        store.with(|v| *v.borrow_mut() = values);
    });
    draft
}

#[component]
pub fn RoundTheTablePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let start = POSITION.with(Cell::get);
    let step = RwSignal::new(start.step);
    let offer_turn = RwSignal::new(start.offer_turn);
    let need_turn = RwSignal::new(start.need_turn);
    Effect::new(move || {
        let p = Position { step: step.get(), offer_turn: offer_turn.get(), need_turn: need_turn.get() };
        POSITION.with(|c| c.set(p));
    });
    let offer_draft = kept_draft(&OFFER_DRAFT);
    let need_draft = kept_draft(&NEED_DRAFT);
    let go = move |to: usize| {
        step.set(to.min(STEPS.len() - 1));
        focus_soon("main h1");
    };
    // A memo, so that adding an entry does not redraw the whole screen (and lose focus).
    let no_partners = Memo::new(move |_| read(state, |p| p.partners.is_empty()));
    view! {
        <section class="resource-workshop">
            {move || if no_partners.get() {
                view! {
                    <h1 tabindex="-1">{t(tr::route::RESOURCE_WORKSHOP)}</h1>
                    <EmptyState title=t(tr::resources::NO_PARTNERS) prompt=t(workshop::NO_PARTNERS_PROMPT)/>
                }.into_any()
            } else {
                view! {
                    <nav aria-label=t(workshop::STEPS)>
                        <ol class="steps">
                            {STEPS.iter().enumerate().map(|(i, &(name, _))| view! {
                                <li><button type="button" aria-current=move || (step.get() == i).then_some("step")
                                    on:click=move |_| go(i)>{tw(move |w| format!("{}. {}", w.integer(i as i128 + 1), w.get(name)))}</button></li>
                            }).collect_view()}
                        </ol>
                    </nav>
                    <h1 tabindex="-1">{tw(move |w| workshop::step_heading(w, w.get(STEPS[step.get()].0), &w.integer(step.get() as i128 + 1), &w.integer(STEPS.len() as i128)))}</h1>
                    <p class="prompt">{tw(move |w| w.get(STEPS[step.get()].1).to_string())}</p>
                    {move || match step.get() {
                        0 => view! { <Turns kind=EntryKind::Offer turn=offer_turn draft=offer_draft/> }.into_any(),
                        1 => view! { <Turns kind=EntryKind::Need turn=need_turn draft=need_draft/> }.into_any(),
                        2 => view! { <HeatMapTable/> }.into_any(),
                        _ => view! { <div class="discuss"><section><h2>{t(tr::resources::tab::GAPS)}</h2><Gaps/></section><section><h2>{t(tr::resources::tab::MATCHES)}</h2><Matches/></section></div> }.into_any(),
                    }}
                    <div class="step-nav">
                        <button type="button" class="big" disabled=move || step.get() == 0 on:click=move |_| go(step.get().saturating_sub(1))>{t(workshop::BACK)}</button>
                        {move || if step.get() + 1 < STEPS.len() {
                            view! { <button type="button" class="big primary" on:click=move |_| go(step.get() + 1)>
                                {tw(move |w| workshop::next(w, w.get(STEPS[(step.get() + 1).min(STEPS.len() - 1)].0)))}</button> }.into_any()
                        } else {
                            view! { <a class="button big primary" href=Route::Resources.href()>{t(workshop::FINISH)}</a> }.into_any()
                        }}
                    </div>
                }.into_any()
            }}
            <p class="leave"><a href=Route::Resources.href()>{t(workshop::LEAVE)}</a>" "{t(workshop::LEAVE_NOTE)}</p>
        </section>
    }
}

/// One partner at a time names its offers (or needs); then the next partner.
#[component]
fn Turns(kind: EntryKind, turn: RwSignal<usize>, draft: Draft) -> impl IntoView {
    let state = expect_context::<AppState>();
    let partners = move || read(state, |p| p.partners.iter().map(|x| (x.id, x.name.clone())).collect::<Vec<_>>());
    let count = move || partners().len();
    let current = move || partners().get(turn.get().min(count().saturating_sub(1))).cloned();
    Effect::new(move || draft.partner.set(current().map(|(id, _)| id)));
    let listed = move || {
        let Some((id, _)) = current() else { return Vec::new() };
        read(state, |p| {
            p.resources.entries.iter().filter(|e| e.partner_id == id && e.kind == kind)
                .map(|e| format!("{} ({})", e.description, p.resources.category_name(e.category_id))).collect::<Vec<_>>()
        })
    };
    let name = move || current().map(|(_, n)| n).unwrap_or_default();
    let (question, so_far): (fn(&crate::i18n::Words, &str) -> String, _) = match kind {
        EntryKind::Offer => (|w, n| workshop::what_can_offer(w, n), workshop::OFFERS_SO_FAR),
        EntryKind::Need => (|w, n| workshop::what_does_need(w, n), workshop::NEEDS_SO_FAR),
    };
    let move_turn = move |step: isize| {
        turn.set((turn.get_untracked().min(count()) as isize + step).clamp(0, count() as isize - 1) as usize);
    };
    view! {
        <div class="turn">
            <p class="turn-count">{tw(move |w| workshop::turn_of(w, &w.integer(turn.get().min(count().saturating_sub(1)) as i128 + 1), &w.integer(count() as i128)))}</p>
            <h2 class="turn-partner">{tw(move |w| question(w, &name()))}</h2>
            <div class="turn-body">
                <EntryForm draft kind entry=None show_partner=false on_done=|| ()/>
                <div class="turn-list">
                    <h3>{t(so_far)}</h3>
                    {move || {
                        let items = listed();
                        if items.is_empty() { view! { <p class="hint">{t(workshop::NONE_YET)}</p> }.into_any() } else {
                            view! { <ul>{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }.into_any()
                        }
                    }}
                </div>
            </div>
            <div class="turn-nav">
                <button type="button" disabled=move || turn.get() == 0 on:click=move |_| move_turn(-1)>{t(workshop::PREVIOUS_PARTNER)}</button>
                <button type="button" disabled=move || { turn.get() + 1 >= count() } on:click=move |_| move_turn(1)>{t(workshop::NEXT_PARTNER)}</button>
            </div>
        </div>
    }
}
