//! "We did": the partnership's response to one input, shown and edited.
use leptos::prelude::*;
use uuid::Uuid;

use crate::model::community::{check_response, Response, ResponseStatus};
use crate::ui::form::{FormErrors, LongText, SelectField, TextField};
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;
use crate::ui::widgets::When;

/// The status as a badge; "no response yet" looks the same as open on purpose.
#[component]
pub fn StatusBadge(status: ResponseStatus) -> impl IntoView {
    view! { <span class=format!("status status-{}", status.key())>{status.label()}</span> }
}

#[component]
pub fn ResponseView(response: Option<Response>) -> impl IntoView {
    match response {
        None => view! {
            <div class="we-did waiting">
                <p><StatusBadge status=ResponseStatus::Open/> " No response yet."</p>
            </div>
        }
        .into_any(),
        Some(r) => view! {
            <div class=format!("we-did status-line-{}", r.status.key())>
                <p><StatusBadge status=r.status/> " "
                    {(!r.did.is_empty()).then(|| view! { <span class="label">"We did: "</span>{r.did.clone()} })}
                </p>
                {(!r.reason.is_empty()).then(|| view! { <p class="reason"><span class="label">"Why not: "</span>{r.reason.clone()}</p> })}
            </div>
        }
        .into_any(),
    }
}

#[component]
pub fn ResponseForm(input_id: Uuid, response: Option<Response>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let existing = response.as_ref().map(|r| r.id);
    let original = response.unwrap_or_else(|| Response::new(input_id, "", ResponseStatus::InProgress, state.now()));
    let errors = FormErrors::new(format!("response-{input_id}"));
    let did = RwSignal::new(original.did.clone());
    let status = RwSignal::new(original.status);
    let reason = RwSignal::new(original.reason.clone());
    let original = StoredValue::new(original);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.did = did.get_untracked().trim().to_string();
        draft.status = status.get_untracked();
        // A reason only belongs to "won't do"; keep none for the other statuses.
        draft.reason = if draft.status == ResponseStatus::WontDo { reason.get_untracked().trim().to_string() } else { String::new() };
        if errors.show(check_response(&draft)) {
            state.edit(None, move |p, now| p.upsert(draft, now));
            on_done();
        }
    };
    view! {
        <form class="voice-form inset response-form" on:submit=submit aria-label="We did">
            <LongText form=errors field="did" label="What the partnership did or decided" value=did rows=2/>
            <SelectField form=errors field="status" label="Status" value=status/>
            <When when=move || status.get() == ResponseStatus::WontDo>
                <TextField form=errors field="reason" label="Why not" value=reason/>
            </When>
            <div class="form-actions">
                <button type="submit" class="primary">"Save response"</button>
                <button type="button" on:click=move |_| on_done()>"Cancel"</button>
                {existing.map(|rid| view! {
                    <ConfirmButton
                        label="Remove response"
                        aria_label="Remove this response".to_string()
                        question="Remove the response?".to_string()
                        on_confirm=move || {
                            state.edit(Some("Removed the response.".into()), move |p, now| { p.remove::<Response>(rid, now); });
                            on_done();
                        }
                    />
                })}
            </div>
        </form>
    }
}
