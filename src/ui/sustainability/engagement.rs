//! Engagement mechanisms: how the community stays involved, and whether that survives the
//! end of the funding. Each is edited in place or deleted.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::sustainability::EngagementMechanism;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::ui::form::{edit_callback, listed, open_record, submit_add_or_edit, AddOrEditForm, CheckField, EditDelete, Editing, EditingForm, Found, PartnerSelect, TextField};
use crate::ui::helpers::read;
use crate::ui::widgets::EmptyState;

#[component]
pub fn Engagement() -> impl IntoView {
    let state = expect_context::<AppState>();
    let items = move || read(state, |p| p.sustainability.engagement.clone());
    let editing = Editing::new();
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
                                    <span class="row-actions">
                                        <EditDelete edit_label={ let n = e.name.clone(); tw(move |w| tr::sustainability::edit_named(w, &n)) }
                                            delete_label={ let n = e.name.clone(); tw(move |w| tr::sustainability::delete_named(w, &n)) }
                                            question={ let n = e.name.clone(); tw(move |w| tr::sustainability::delete_named_question(w, &n)) }
                                            deleted=t(tr::sustainability::DELETED_MECHANISM) on_edit=edit_callback(editing, id)
                                            delete=move |p, now| { p.remove::<EngagementMechanism>(id, now); }/>
                                    </span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <EditingForm editing find={listed::<EngagementMechanism>} form={|mechanism, done| view! { <EngagementForm mechanism on_done=done/> }}/>
            <EngagementForm/>
        </section>
    }
}

/// Adds a mechanism; with `mechanism`, edits that one in place.
#[component]
fn EngagementForm(#[prop(optional)] mechanism: Option<EngagementMechanism>, #[prop(optional)] on_done: Option<Callback<()>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let is_new = mechanism.is_none();
    let new = move || EngagementMechanism::new("", state.now());
    let original = mechanism.unwrap_or_else(new);
    let name = RwSignal::new(original.name.clone());
    let how = RwSignal::new(original.how.clone());
    let owner = RwSignal::new(original.owner);
    let continues = RwSignal::new(original.continues_after_funding);
    let (original, errors, guard) = open_record(original, is_new, "eng", crate::i18n::tr::form::record::OTHER);
    let fill = move |m: &mut EngagementMechanism, found: &mut Found| {
        m.name = found.required("name", &name.get_untracked(), &i.now(|w| w.get(tr::sustainability::MECHANISM_NEEDED).to_string()));
        m.how = how.get_untracked().trim().to_string();
        m.owner = owner.get_untracked();
        m.continues_after_funding = continues.get_untracked();
    };
    let submit = submit_add_or_edit(state, errors, guard, is_new, original, new, fill, [name, how], on_done);
    view! {
        <AddOrEditForm class="card tool-form" is_new label=t(tr::sustainability::ADD_MECHANISM_HEADING) heading=t(tr::sustainability::ADD_MECHANISM_HEADING)
            edit_heading=t(tr::sustainability::EDIT_MECHANISM_HEADING) button=t(tr::sustainability::ADD_MECHANISM) guard on_submit=submit on_done>
            <TextField form=errors field="name" label=t(tr::sustainability::NAME) value=name/>
            <TextField form=errors field="how" label=t(tr::sustainability::HOW) value=how/>
            <PartnerSelect form=errors field="owner" label=t(tr::sustainability::LOOKED_AFTER_BY) value=owner/>
            <CheckField form=errors field="continues" label=t(tr::sustainability::CONTINUES_CHECK) value=continues/>
        </AddOrEditForm>
    }
}
