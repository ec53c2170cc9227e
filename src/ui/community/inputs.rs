//! What was heard in one activity ("you said") and what the partnership did ("we did").
use leptos::prelude::*;
use uuid::Uuid;

use super::response::{ResponseForm, ResponseView};
use crate::i18n::tr;
use crate::ui::helpers::{chips, join_tags, read};
use crate::model::community::{check_input, known_themes, parse_tags, Input};
use crate::ui::form::{open_record, save_record, EditDelete, LongText, RecordForm, TagsField, TextField};
use crate::ui::i18n::{t, tw, tw1};
use crate::ui::state::AppState;
use crate::ui::keyed::keyed;

#[component]
pub fn InputList(activity_id: Uuid, activity_title: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let adding = RwSignal::new(false);
    let heard = move || {
        read(state, |p| {
            let responses = p.community.responses_by_input();
            p.community
                .inputs_of(activity_id)
                .into_iter()
                .map(|i| (i.clone(), responses.get(&i.id).map(|r| (*r).clone())))
                .collect::<Vec<_>>()
        })
    };
    let count = move || heard().len();
    view! {
        <div class="heard">
            <h4>{tw(move |w| tr::community::heard_heading(w, &w.integer(count() as i128)))}</h4>
            {move || (count() == 0 && !adding.get()).then(|| view! {
                <p class="hint">{t(tr::community::HEARD_EMPTY)}</p>
            })}
            <ul class="input-list">
                {keyed(heard, |(i, _)| i.id, |pair| view! { <InputRow input=pair.0/> })}
            </ul>
            {move || if adding.get() {
                view! { <InputForm input=Input::new(activity_id, "", state.now()) is_new=true on_done=move || adding.set(false)/> }.into_any()
            } else {
                view! {
                    <button type="button" aria-label=tw1(|w, x| tr::community::add_heard_label(w, x), &activity_title)
                        on:click=move |_| adding.set(true)>{t(tr::community::ADD_HEARD)}</button>
                }.into_any()
            }}
        </div>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Show,
    Edit,
    Respond,
}

#[component]
fn InputRow(input: Input) -> impl IntoView {
    let state = expect_context::<AppState>();
    let mode = RwSignal::new(Mode::Show);
    let input_id = input.id;
    // Follows the record by id through a memo, so the card redraws when (and only when) it
    // changes, whatever its updated_at says (the clock can be fixed).
    let current = Memo::new(move |_| {
        read(state, |p| {
            let c = &p.community;
            c.inputs.iter().find(|i| i.id == input_id).map(|i| (i.clone(), c.response_to(input_id).cloned()))
        })
    });
    move || {
        let Some((i, response)) = current.get() else { return ().into_any() };
        let unanswered = response.is_none();
        let id = i.id;
        let short: String = i.said.chars().take(40).collect();
        match mode.get() {
            Mode::Edit => view! { <li><InputForm input=i is_new=false on_done=move || mode.set(Mode::Show)/></li> }.into_any(),
            Mode::Respond => view! {
                <li class="input-row">
                    <p class="said">{i.said.clone()}</p>
                    <ResponseForm input_id=id response=response.clone() on_done=move || mode.set(Mode::Show)/>
                </li>
            }.into_any(),
            Mode::Show => view! {
                <li class="input-row">
                    <div class="you-said">
                        <p class="said"><span class="label">{t(tr::community::YOU_SAID)}" "</span>{i.said.clone()}</p>
                        {(!i.quote.is_empty()).then(|| view! { <blockquote>{tw1(|w, x| tr::community::quote(w, x), &i.quote)}</blockquote> })}
                        {(!i.themes.is_empty()).then(|| view! {
                            <p class="themes">{chips(&i.themes)}</p>
                        })}
                    </div>
                    <ResponseView response=response.clone()/>
                    <div class="row-actions">
                        <button type="button" class=if unanswered { "primary" } else { "" }
                            aria-label=tw1(|w, x| tr::community::respond_label(w, x), &short) on:click=move |_| mode.set(Mode::Respond)>
                            {t(if unanswered { tr::community::RESPOND } else { tr::community::EDIT_RESPONSE })}
                        </button>
                        <EditDelete edit_label=tw1(|w, x| tr::community::edit_input(w, x), &short) delete_label=tw1(|w, x| tr::community::delete_input(w, x), &short)
                            question=t(tr::community::DELETE_INPUT_QUESTION) on_edit=Callback::new(move |_| mode.set(Mode::Edit))
                            deleted=t(tr::community::INPUT_DELETED) delete=move |p, now| { p.remove::<crate::model::community::Input>(id, now); }/>
                    </div>
                </li>
            }.into_any(),
        }
    }
}

#[component]
fn InputForm(input: Input, is_new: bool, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let said = RwSignal::new(input.said.clone());
    let themes = RwSignal::new(join_tags(&input.themes));
    let quote = RwSignal::new(input.quote.clone());
    let (original, errors, guard) = open_record(input, is_new, "input", crate::i18n::tr::form::record::HEARD);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.said = said.get_untracked().trim().to_string();
        draft.themes = parse_tags(&themes.get_untracked());
        draft.quote = quote.get_untracked().trim().to_string();
        if save_record(state, errors, check_input(&draft), guard, draft) {
            on_done();
        }
    };
    view! {
        <RecordForm class="voice-form inset" heading=t(if is_new { tr::community::HEARD_FORM } else { tr::community::EDIT_HEARD }) unheaded=true
            on_submit=submit guard is_new save_new=t(tr::community::SAVE_HEARD) on_cancel=on_done>
            <LongText form=errors field="said" label=t(tr::community::SAID_LABEL) value=said rows=2/>
            <TagsField form=errors field="themes" label=t(tr::community::THEMES_LABEL) value=themes known=known_themes placeholder=t(tr::community::THEMES_PLACEHOLDER)/>
            <TextField form=errors field="quote" label=t(tr::community::QUOTE_OPTIONAL) value=quote/>
        </RecordForm>
    }
}
