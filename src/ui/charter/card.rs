//! The charter's line on the overview: how far the sign-off has got.
use leptos::prelude::*;

use crate::ui::routes::Route;
use crate::ui::state::AppState;

#[component]
pub fn CharterCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let info = Memo::new(move |_| {
        state.current.with(|c| c.as_ref().map(|p| (p.charter.is_blank(), p.charter.summary(&p.partners))))
    });
    view! {
        <article class="card trust-card" data-testid="charter-card">
            <h2><a href=Route::Charter.href()>"Charter"</a></h2>
            {move || match info.get() {
                None | Some((true, _)) => view! {
                    <p>"No charter yet. "<a href=Route::Charter.href()>"Agree your mission, values and ground rules"</a>"."</p>
                }.into_any(),
                Some((false, s)) => view! {
                    <p class="big-number">{format!("{} of {}", s.signed, s.partners)}</p>
                    <p>"partners have signed the current text."</p>
                    {(s.needs_reconfirmation > 0).then(|| view! {
                        <p class="flag flag-warn">{format!("{} must confirm again after an edit.", s.needs_reconfirmation)}</p>
                    })}
                    {(s.not_signed > 0).then(|| view! { <p>{format!("{} not signed yet.", s.not_signed)}</p> })}
                    {s.all_signed().then(|| view! { <p class="flag flag-ok">"Everyone has signed."</p> })}
                }.into_any(),
            }}
        </article>
    }
}
