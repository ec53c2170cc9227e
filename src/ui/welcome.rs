//! What a first-time visitor sees: start empty, or try the sample.
use leptos::prelude::*;

use super::i18n::{t, LanguagePicker};
use super::state::AppState;
use crate::i18n::tr;

#[component]
pub fn Welcome() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = RwSignal::new(String::new());
    view! {
        <section class="welcome">
            <h1 tabindex="-1">{t(tr::app::NAME)}</h1>
            <p class="lead">{t(tr::welcome::LEAD)}</p>
            <p>{t(tr::welcome::NO_ACCOUNT)}</p>
            <div class="welcome-actions">
                <button type="button" class="primary big" on:click=move |_| state.open_sample()>
                    {t(tr::welcome::TRY_SAMPLE)}
                </button>
                <form class="start-empty" on:submit=move |e| {
                    e.prevent_default();
                    state.create(&name.get_untracked());
                }>
                    <label for="new-partnership-name">{t(tr::welcome::NAME_LABEL)}</label>
                    <input
                        id="new-partnership-name"
                        type="text"
                        placeholder=t(tr::welcome::NAME_PLACEHOLDER)
                        prop:value=name
                        on:input=move |e| name.set(event_target_value(&e))
                    />
                    <button type="submit" class="big">{t(tr::welcome::START_EMPTY)}</button>
                </form>
            </div>
            <p class="hint">{t(tr::welcome::FILE_HINT)}</p>
            <LanguagePicker/>
        </section>
    }
}
