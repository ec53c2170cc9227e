//! Engagement mechanisms: how the community stays involved, and whether that survives the
//! end of the funding.
use leptos::prelude::*;

use crate::model::sustainability::EngagementMechanism;
use crate::ui::state::AppState;
use crate::ui::form::{submit_added, AddForm, CheckField, FormErrors, Found, PartnerSelect, TextField};
use crate::ui::helpers::read;
use crate::ui::widgets::{ConfirmButton, EmptyState};

#[component]
pub fn Engagement() -> impl IntoView {
    let state = expect_context::<AppState>();
    let items = move || read(state, |p| p.sustainability.engagement.clone());
    view! {
        <section class="tool-section" aria-labelledby="engagement-heading">
            <h2 id="engagement-heading">"Engagement that continues"</h2>
            {move || if items().is_empty() {
                view! { <EmptyState title="No engagement mechanisms yet"
                    prompt="List the forums, boards and roles through which the community stays involved, and mark those that will carry on without the grant."/> }.into_any()
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
                                        view! { <span class="badge badge-ok">"Continues after funding"</span> }.into_any()
                                    } else {
                                        view! { <span class="badge badge-warn">"Ends with the funding"</span> }.into_any()
                                    }}
                                    <ConfirmButton label="Delete" aria_label=format!("Delete {}", e.name)
                                        question=format!("Delete “{}”?", e.name)
                                        on_confirm=move || state.edit(Some("Deleted the engagement mechanism.".into()), move |p, now| { p.remove::<EngagementMechanism>(id, now); })/>
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
    let name = RwSignal::new(String::new());
    let how = RwSignal::new(String::new());
    let owner = RwSignal::new(None);
    let continues = RwSignal::new(false);
    let errors = FormErrors::new("eng");
    let read = move |found: &mut Found| {
        let n = found.required("name", &name.get_untracked(), "Name the mechanism, e.g. “Monthly residents' forum”.");
        let mut m = EngagementMechanism::new(n, state.now());
        m.how = how.get_untracked().trim().to_string();
        m.owner = owner.get_untracked();
        m.continues_after_funding = continues.get_untracked();
        Some(m)
    };
    let submit = submit_added(state, errors, read, [name, how]);
    view! {
        <AddForm class="card tool-form" label="Add an engagement mechanism" heading="Add an engagement mechanism" button="Add mechanism" on_submit=submit>
            <TextField form=errors field="name" label="Name" value=name/>
            <TextField form=errors field="how" label="How it works" value=how/>
            <PartnerSelect form=errors field="owner" label="Looked after by" value=owner/>
            <CheckField form=errors field="continues" label="Continues after the funding ends" value=continues/>
        </AddForm>
    }
}
