//! The charter's line on the overview: how far the sign-off has got.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::ui::i18n::{t, tw};
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
            <h2><a href=Route::Charter.href()>{t(tr::route::CHARTER)}</a></h2>
            {move || match info.get() {
                None | Some((true, _)) => view! {
                    <p>{t(tr::charter::CARD_NONE)}" "<a href=Route::Charter.href()>{t(tr::charter::CARD_AGREE)}</a>"."</p>
                }.into_any(),
                Some((false, s)) => {
                    let (signed, partners, again, not_signed) = (s.signed, s.partners, s.needs_reconfirmation, s.not_signed);
                    view! {
                        <p class="big-number">{tw(move |w| tr::charter::card_signed_of(w, &w.integer(partners as i128), &w.integer(signed as i128)))}</p>
                        <p>{t(tr::charter::CARD_SIGNED_CAPTION)}</p>
                        {(again > 0).then(|| view! {
                            <p class="flag flag-warn">{tw(move |w| tr::charter::card_confirm_again(w, again as i64))}</p>
                        })}
                        {(not_signed > 0).then(|| view! { <p>{tw(move |w| tr::charter::card_not_signed(w, not_signed as i64))}</p> })}
                        {s.all_signed().then(|| view! { <p class="flag flag-ok">{t(tr::charter::CARD_ALL_SIGNED)}</p> })}
                    }.into_any()
                }
            }}
        </article>
    }
}
