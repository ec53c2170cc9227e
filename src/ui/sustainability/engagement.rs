//! Engagement mechanisms: how the community stays involved, and whether that survives the
//! end of the funding.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::sustainability::EngagementMechanism;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::ui::form::{submit_added, AddForm, CheckField, FormErrors, Found, PartnerSelect, TextField};
use crate::ui::helpers::read;
use crate::ui::widgets::{ConfirmButton, EmptyState};

#[component]
pub fn Engagement() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let items = move || read(state, |p| p.sustainability.engagement.clone());
    view! {
        <section class="tool-section" aria-labelledby="engagement-heading">
            <h2 id="engagement-heading">{t(tr::sustainability::ENGAGEMENT)}</h2>
            {move || if items().is_empty() {
                view! { <EmptyState title=t(tr::sustainability::ENGAGEMENT_EMPTY_TITLE)
                    prompt=t(tr::sustainability::ENGAGEMENT_EMPTY_PROMPT)/> }.into_any()
            } else {
                view! {
                    <ul class="engagement-list">
                        {items().into_iter().map(|e| {
                            let id = e.id;
                            let owner = e.owner.map(|o| read(state, |p| p.partner_name(o)));
                            view! {
                                <li class="engagement">
                                    <div>
                                        <p class="engagement-name">{e.name.clone()}</p>
                                        <p class="hint">{[Some(e.how.clone()).filter(|h| !h.is_empty()), owner].into_iter().flatten().collect::<Vec<_>>().join(" · ")}</p>
                                    </div>
                                    {if e.continues_after_funding {
                                        view! { <span class="badge badge-ok">{t(tr::sustainability::CONTINUES)}</span> }.into_any()
                                    } else {
                                        view! { <span class="badge badge-warn">{t(tr::sustainability::ENDS)}</span> }.into_any()
                                    }}
                                    <ConfirmButton label=t(tr::sustainability::DELETE) aria_label={ let n = e.name.clone(); tw(move |w| tr::sustainability::delete_named(w, &n)) }
                                        question={ let n = e.name.clone(); tw(move |w| tr::sustainability::delete_named_question(w, &n)) }
                                        on_confirm=move || state.edit(Some(i.now(|w| w.get(tr::sustainability::DELETED_MECHANISM).to_string())), move |p, now| { p.remove::<EngagementMechanism>(id, now); })/>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <AddEngagement/>
        </section>
    }
}

#[component]
fn AddEngagement() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let name = RwSignal::new(String::new());
    let how = RwSignal::new(String::new());
    let owner = RwSignal::new(None);
    let continues = RwSignal::new(false);
    let errors = FormErrors::new("eng");
    let read = move |found: &mut Found| {
        let n = found.required("name", &name.get_untracked(), &i.now(|w| w.get(tr::sustainability::MECHANISM_NEEDED).to_string()));
        let mut m = EngagementMechanism::new(n, state.now());
        m.how = how.get_untracked().trim().to_string();
        m.owner = owner.get_untracked();
        m.continues_after_funding = continues.get_untracked();
        Some(m)
    };
    let submit = submit_added(state, errors, read, [name, how]);
    view! {
        <AddForm class="card tool-form" label=t(tr::sustainability::ADD_MECHANISM_HEADING) heading=t(tr::sustainability::ADD_MECHANISM_HEADING) button=t(tr::sustainability::ADD_MECHANISM) on_submit=submit>
            <TextField form=errors field="name" label=t(tr::sustainability::NAME) value=name/>
            <TextField form=errors field="how" label=t(tr::sustainability::HOW) value=how/>
            <PartnerSelect form=errors field="owner" label=t(tr::sustainability::LOOKED_AFTER_BY) value=owner/>
            <CheckField form=errors field="continues" label=t(tr::sustainability::CONTINUES_CHECK) value=continues/>
        </AddForm>
    }
}
