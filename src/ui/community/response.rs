//! "We did": the partnership's response to one input, shown and edited.
use leptos::prelude::*;
use uuid::Uuid;

use super::problem_at;
use crate::model::community::{check_response, Response, ResponseStatus};
use crate::model::validate::Problem;
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;

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
    let key = input_id;
    let fid = move |f: &str| format!("response-{key}-{f}");
    let did = RwSignal::new(original.did.clone());
    let status = RwSignal::new(original.status);
    let reason = RwSignal::new(original.reason.clone());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let original = StoredValue::new(original);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        draft.did = did.get_untracked().trim().to_string();
        draft.status = status.get_untracked();
        // A reason only belongs to "won't do"; keep none for the other statuses.
        draft.reason = if draft.status == ResponseStatus::WontDo { reason.get_untracked().trim().to_string() } else { String::new() };
        problems.set(check_response(&draft));
        if problems.with_untracked(|p| p.is_empty()) {
            state.edit(None, move |p, now| p.upsert(draft, now));
            on_done();
        }
    };
    let did_error = problem_at(problems, "did");
    let reason_error = problem_at(problems, "reason");
    view! {
        <form class="voice-form inset response-form" on:submit=submit aria-label="We did">
            <div class="field wide">
                <label for=fid("did")>"What the partnership did or decided"</label>
                <textarea id=fid("did") rows="2" prop:value=did on:input=move |e| did.set(event_target_value(&e))
                    aria-invalid=move || did_error().map(|_| "true") aria-describedby=fid("did-error")></textarea>
                <p class="field-error" id=fid("did-error")>{did_error}</p>
            </div>
            <div class="field">
                <label for=fid("status")>"Status"</label>
                <select id=fid("status") on:change=move |e| {
                    if let Some(s) = ResponseStatus::from_key(&event_target_value(&e)) { status.set(s); }
                }>
                    {ResponseStatus::ALL.into_iter().map(|s| view! {
                        <option value=s.key() selected=move || status.get() == s>{s.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <Show when=move || status.get() == ResponseStatus::WontDo>
                <div class="field">
                    <label for=fid("reason")>"Why not"</label>
                    <input id=fid("reason") type="text" prop:value=reason on:input=move |e| reason.set(event_target_value(&e))
                        aria-invalid=move || reason_error().map(|_| "true") aria-describedby=fid("reason-error")/>
                    <p class="field-error" id=fid("reason-error")>{reason_error}</p>
                </div>
            </Show>
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
