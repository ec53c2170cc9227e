//! "We did": the partnership's response to one input, shown and edited.
use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::tr;
use crate::model::community::{check_response, Response, ResponseStatus};
use crate::model::links::goal_choices;
use crate::ui::form::{linked_lines, FormErrors, LinkPicker, LongText, SelectField, TextField};
use crate::ui::i18n::{t, I18n};
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;
use crate::ui::widgets::When;

/// The status as a badge; "no response yet" looks the same as open on purpose.
#[component]
pub fn StatusBadge(status: ResponseStatus) -> impl IntoView {
    view! { <span class=format!("status status-{}", status.key())>{t(status.label_key())}</span> }
}

#[component]
pub fn ResponseView(response: Option<Response>) -> impl IntoView {
    match response {
        None => view! {
            <div class="we-did waiting">
                <p><StatusBadge status=ResponseStatus::Open/> " " {t(tr::community::NO_RESPONSE)}</p>
            </div>
        }
        .into_any(),
        Some(r) => view! {
            <div class=format!("we-did status-line-{}", r.status.key())>
                <p><StatusBadge status=r.status/> " "
                    {(!r.did.is_empty()).then(|| view! { <span class="label">{t(tr::community::WE_DID_LABEL)}" "</span>{r.did.clone()} })}
                </p>
                {(!r.reason.is_empty()).then(|| view! { <p class="reason"><span class="label">{t(tr::community::WHY_NOT_LABEL)}" "</span>{r.reason.clone()}</p> })}
                {linked_lines(r.goal_ids.clone(), Vec::new())}
            </div>
        }
        .into_any(),
    }
}

#[component]
pub fn ResponseForm(input_id: Uuid, response: Option<Response>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = expect_context::<I18n>();
    let existing = response.as_ref().map(|r| r.id);
    let original = response.unwrap_or_else(|| Response::new(input_id, "", ResponseStatus::InProgress, state.now()));
    let errors = FormErrors::new(format!("response-{input_id}"));
    let did = RwSignal::new(original.did.clone());
    let status = RwSignal::new(original.status);
    let reason = RwSignal::new(original.reason.clone());
    let goals = RwSignal::new(original.goal_ids.clone());
    let original = StoredValue::new(original);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.did = did.get_untracked().trim().to_string();
        draft.status = status.get_untracked();
        draft.goal_ids = goals.get_untracked();
        // A reason only belongs to "won't do"; keep none for the other statuses.
        draft.reason = if draft.status == ResponseStatus::WontDo { reason.get_untracked().trim().to_string() } else { String::new() };
        if errors.show(check_response(&draft)) {
            state.edit(None, move |p, now| p.upsert(draft, now));
            on_done();
        }
    };
    view! {
        <form class="voice-form inset response-form" on:submit=submit aria-label=t(tr::community::WE_DID_FORM)>
            <LongText form=errors field="did" label=t(tr::community::DID_LABEL) value=did rows=2/>
            <SelectField form=errors field="status" label=t(tr::community::STATUS) value=status/>
            <When when=move || status.get() == ResponseStatus::WontDo>
                <TextField form=errors field="reason" label=t(tr::community::WHY_NOT) value=reason/>
            </When>
            <LinkPicker form=errors field="goals" legend=t(tr::form::LINKED_GOALS) value=goals options=goal_choices removed=tr::form::REMOVED_GOAL empty=tr::form::NO_GOALS/>
            <div class="form-actions">
                <button type="submit" class="primary">{t(tr::community::SAVE_RESPONSE)}</button>
                <button type="button" on:click=move |_| on_done()>{t(tr::community::CANCEL)}</button>
                {existing.map(|rid| view! {
                    <ConfirmButton
                        label=t(tr::community::REMOVE_RESPONSE)
                        aria_label=t(tr::community::REMOVE_RESPONSE_LABEL)
                        question=t(tr::community::REMOVE_RESPONSE_QUESTION)
                        on_confirm=move || {
                            let removed = i18n.now(|w| w.get(tr::community::RESPONSE_REMOVED).to_string());
                            state.edit(Some(removed), move |p, now| { p.remove::<Response>(rid, now); });
                            on_done();
                        }
                    />
                })}
            </div>
        </form>
    }
}
