//! The gap analysis in plain sentences, grouped by kind, ready to read out to the room.
use leptos::prelude::*;

use super::super::state::AppState;
use super::NothingMapped;
use crate::i18n::{tr, Msg};
use crate::ui::helpers::read;
use crate::ui::i18n::{t, tw};
use crate::model::resources::{findings, FindingKind};

#[component]
pub fn Gaps() -> impl IntoView {
    let state = expect_context::<AppState>();
    let empty = Memo::new(move |_| read(state, |p| p.resources.entries.is_empty()));
    let all = move || read(state, findings);
    view! {
        {move || if empty.get() { view! { <NothingMapped/> }.into_any() } else {
            let found = all();
            if found.is_empty() {
                return view! { <p class="all-clear">{t(tr::resources::NO_GAPS)}</p> }.into_any();
            }
            view! {
                <div class="gaps">
                    {FindingKind::ALL.into_iter().filter_map(|kind| {
                        let texts: Vec<Msg> = found.iter().filter(|f| f.kind == kind).map(|f| f.text.clone()).collect();
                        (!texts.is_empty()).then(|| view! {
                            <section class=format!("card finding finding-{}", kind as u8)>
                                <h2>{t(kind.heading())}</h2>
                                <ul>{texts.into_iter().map(|m| view! { <li>{tw(move |w| m.say(w))}</li> }).collect_view()}</ul>
                            </section>
                        })
                    }).collect_view()}
                </div>
            }.into_any()
        }}
    }
}
