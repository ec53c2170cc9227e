//! Who has signed the charter, who must confirm again after an edit, and who has not signed.
use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::tr;
use crate::model::charter::SignOffState;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::ui::keyed::keyed;
use crate::ui::widgets::When;

#[derive(Clone, PartialEq)]
struct Row {
    partner: Uuid,
    name: String,
    state: SignOffState,
}

fn rows(state: AppState) -> Memo<Vec<Row>> {
    Memo::new(move |_| {
        state.current.with(|c| {
            c.as_ref().map_or_else(Vec::new, |p| {
                p.partners
                    .iter()
                    .map(|x| Row { partner: x.id, name: x.name.clone(), state: p.charter.state_of(x.id) })
                    .collect()
            })
        })
    })
}

/// Visible at the top of the page while any signature covers an older text.
#[component]
pub fn ReconfirmBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let waiting = Memo::new(move |_| {
        state.current.with(|c| c.as_ref().map_or(0, |p| p.charter.summary(&p.partners).needs_reconfirmation))
    });
    view! {
        <When when=move || { waiting.get() > 0 }>
            <p class="banner banner-warning" data-testid="reconfirm-banner">
                <strong>{t(tr::charter::RECONFIRM_NEEDED)}</strong>" "
                {tw(move |w| tr::charter::reconfirm_banner(w, waiting.get() as i64))}
            </p>
        </When>
    }
}

#[component]
pub fn SignOffs() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = rows(state);
    view! {
        <section class="sign-offs" aria-labelledby="signoffs-heading">
            <h2 id="signoffs-heading">{t(tr::charter::SIGN_OFF)}</h2>
            <When when=move || rows.with(|r| !r.is_empty()) fallback=|| view! {
                <p class="hint">{t(tr::charter::SIGN_OFF_HINT)}</p>
            }>
                <div class="table-wrap" tabindex="0" role="region" aria-label=t(tr::route::CHARTER)>
                    <table class="signoff-table">
                        <thead><tr><th scope="col">{t(tr::charter::PARTNER)}</th><th scope="col">{t(tr::charter::STATUS)}</th><th scope="col">{t(tr::charter::ACTION)}</th></tr></thead>
                        <tbody>
                            {keyed(move || rows.get(), |r| (r.partner, format!("{:?}", r.state)), |row| view! { <SignOffRow row=row/> })}
                        </tbody>
                    </table>
                </div>
            </When>
        </section>
    }
}

#[component]
fn SignOffRow(row: Row) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let id = row.partner;
    let name = row.name.clone();
    let sign = {
        let name = name.clone();
        move |_| {
            let name = name.clone();
            state.edit(Some(i.now(|w| tr::charter::signed_msg(w, &name))), move |p, now| p.charter.sign(id, now));
        }
    };
    let withdraw = {
        let name = name.clone();
        move |_| {
            let name = name.clone();
            state.edit(Some(i.now(|w| tr::charter::withdrew_msg(w, &name))), move |p, now| p.charter.withdraw(id, now));
        }
    };
    let named = move |f: fn(&crate::i18n::Words, &str) -> String| {
        let name = name.clone();
        tw(move |w| f(w, &name))
    };
    let (status, class, action) = match row.state {
        SignOffState::NotSigned => (t(tr::charter::NOT_SIGNED).into_any(), "status-none", view! {
            <button type="button" class="primary" aria-label=named(|w, n| tr::charter::sign_for(w, n)) on:click=sign>{t(tr::charter::SIGN)}</button>
        }.into_any()),
        SignOffState::Signed { on } => (tw(move |w| tr::charter::signed_on(w, &w.date(on))).into_any(), "status-ok", view! {
            <button type="button" aria-label=named(|w, n| tr::charter::withdraw_for(w, n)) on:click=withdraw>{t(tr::charter::WITHDRAW)}</button>
        }.into_any()),
        SignOffState::NeedsReconfirmation { signed_on } => (
            tw(move |w| tr::charter::signed_before_last_edit(w, &w.date(signed_on))).into_any(),
            "status-warn",
            view! {
                <button type="button" class="primary" aria-label=named(|w, n| tr::charter::confirm_for(w, n)) on:click=sign>{t(tr::charter::CONFIRM_AGAIN)}</button>
            }.into_any(),
        ),
    };
    view! {
        <tr>
            <th scope="row">{row.name.clone()}</th>
            <td><span class=format!("signoff-status {class}")>{status}</span></td>
            <td>{action}</td>
        </tr>
    }
}
