//! Who has signed the charter, who must confirm again after an edit, and who has not signed.
use leptos::prelude::*;
use uuid::Uuid;

use crate::model::charter::SignOffState;
use crate::model::time::human_date;
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
                <strong>"Re-confirmation needed: "</strong>
                {move || format!(
                    "the charter was edited after {} partner(s) signed it. Each must confirm the new text below.",
                    waiting.get()
                )}
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
            <h2 id="signoffs-heading">"Sign-off"</h2>
            <When when=move || rows.with(|r| !r.is_empty()) fallback=|| view! {
                <p class="hint">"Each partner signs here once the charter is agreed."</p>
            }>
                <div class="table-wrap">
                    <table class="signoff-table">
                        <thead><tr><th scope="col">"Partner"</th><th scope="col">"Status"</th><th scope="col">"Action"</th></tr></thead>
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
    let id = row.partner;
    let name = row.name.clone();
    let sign = {
        let name = name.clone();
        move |_| {
            let name = name.clone();
            state.edit(Some(format!("{name} signed the charter.")), move |p, now| p.charter.sign(id, now));
        }
    };
    let withdraw = {
        let name = name.clone();
        move |_| {
            let name = name.clone();
            state.edit(Some(format!("Took back {name}'s signature.")), move |p, now| p.charter.withdraw(id, now));
        }
    };
    let (status, class, action) = match row.state {
        SignOffState::NotSigned => ("Not signed".to_string(), "status-none", view! {
            <button type="button" class="primary" aria-label=format!("Sign for {name}") on:click=sign>"Sign"</button>
        }.into_any()),
        SignOffState::Signed { on } => (format!("Signed {}", human_date(on)), "status-ok", view! {
            <button type="button" aria-label=format!("Withdraw {name}'s signature") on:click=withdraw>"Withdraw"</button>
        }.into_any()),
        SignOffState::NeedsReconfirmation { signed_on } => (
            format!("Signed {}, before the last edit: must confirm again", human_date(signed_on)),
            "status-warn",
            view! {
                <button type="button" class="primary" aria-label=format!("Confirm again for {name}") on:click=sign>"Confirm again"</button>
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
