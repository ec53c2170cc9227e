//! Rating in an anonymous round, on the shared screen in turn or on one's own device. On the
//! shared screen each participant's ballot gets a fresh rater token and is put away once they
//! press "Done", so the next one starts blank and nobody's answers are ever shown. On one's
//! own device the browser keeps the token (a preference per round), so the same person finds
//! and changes their own answers there; the file then goes back to the facilitator.
use leptos::prelude::*;
use uuid::Uuid;

use super::entry::PartnerSheet;
use crate::i18n::tr;
use crate::model::health::new_rater;
use crate::ui::helpers::focus_section_soon;
use crate::ui::i18n::{t, tw};
use crate::ui::state::AppState;

/// This browser's rater token for `round`, made and kept the first time it is asked for.
fn device_rater(state: AppState, round: Uuid) -> Uuid {
    let key = format!("rater-{round}");
    state.pref(&key).and_then(|s| Uuid::parse_str(&s).ok()).unwrap_or_else(|| {
        let token = new_rater();
        state.set_pref(&key, &token.to_string());
        token
    })
}

#[component]
pub fn AnonymousEntry(round: Uuid) -> impl IntoView {
    let state = expect_context::<AppState>();
    // A device that has rated this round before opens on its own ballot.
    let on_device = RwSignal::new(state.pref(&format!("rater-{round}")).is_some());
    let shared_rater = RwSignal::new(new_rater());
    let answered = Memo::new(move |_| {
        state.current.with(|c| c.as_ref().and_then(|p| p.health.rounds.iter().find(|r| r.id == round)).map_or(0, |r| r.answered()))
    });
    let mode = move |device: bool, label| view! {
        <label>
            <input type="radio" name="anon-where" prop:checked=move || on_device.get() == device
                on:change=move |_| on_device.set(device)/>
            {t(label)}
        </label>
    };
    view! {
        <section class="rating-entry anonymous-entry" aria-labelledby="entry-heading">
            <h2 id="entry-heading" tabindex="-1">{t(tr::health::ENTER_RATINGS)}</h2>
            <p class="hint">{t(tr::health::anon::BADGE)}" "
                <strong data-testid="answered">{tw(move |w| tr::health::anon::answered(w, answered.get() as i64))}</strong></p>
            <fieldset class="choice">
                <legend>{t(tr::health::anon::WHERE)}</legend>
                {mode(false, tr::health::anon::SHARED)}
                {mode(true, tr::health::anon::DEVICE)}
            </fieldset>
            {move || if on_device.get() {
                view! {
                    <p class="hint">{t(tr::health::anon::DEVICE_HINT)}</p>
                    <PartnerSheet round=round partner=device_rater(state, round) name=None
                        button=tr::health::anon::SAVE_MINE on_saved=Callback::new(|()| {})/>
                }.into_any()
            } else {
                let rater = shared_rater.get();
                view! {
                    <p class="hint">{t(tr::health::anon::SHARED_HINT)}</p>
                    <PartnerSheet round=round partner=rater name=None button=tr::health::anon::DONE
                        on_saved=Callback::new(move |()| {
                            shared_rater.set(new_rater());
                            // The next participant starts at the top of a blank ballot.
                            focus_section_soon("entry-heading");
                        })/>
                }.into_any()
            }}
        </section>
    }
}
