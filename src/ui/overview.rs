//! The partnership at a glance. Each item links to the tool it summarises.
use leptos::prelude::*;

use super::routes::Route;
use super::state::AppState;
use crate::model::partners::count_by_sector;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = move || state.current.with(|c| c.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    let partner_count = move || state.current.with(|c| c.as_ref().map_or(0, |p| p.partners.len()));
    let sectors = move || {
        state.current.with(|c| c.as_ref().map(|p| count_by_sector(&p.partners)).unwrap_or_default())
    };
    view! {
        <section class="overview">
            <h1 tabindex="-1">{name}</h1>
            <RenameForm/>
            <div class="cards">
                <article class="card">
                    <h2><a href=Route::Partners.href()>"Partners"</a></h2>
                    {move || if partner_count() == 0 {
                        view! {
                            <p>"No partners yet. "
                               <a href=Route::Partners.href()>"Add the organisations around the table"</a>
                               "."</p>
                        }.into_any()
                    } else {
                        view! {
                            <p class="big-number">{partner_count}</p>
                            <ul class="sector-list">
                                {move || sectors().into_iter().map(|(s, n)| view! {
                                    <li><span class=format!("sector-dot sector-{}", s.key())></span>
                                        {format!("{} {}", n, s.label())}</li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </article>
                <super::charter::CharterCard/>
                <super::checkins::CheckInsCard/>
                <super::health::HealthCard/>
                <super::goals::GoalsCard/>
                <super::community::VoiceCards/>
                <super::resources::ResourcesCard/>
                <super::report::OverviewCards/>
                <article class="card edit-chrome">
                    <h2>"Storage"</h2>
                    <p>{move || state.usage.get().describe()}</p>
                    <p>"Export regularly to keep a copy outside this browser."</p>
                </article>
            </div>
        </section>
    }
}

#[component]
fn RenameForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    view! {
        {move || if editing.get() {
            view! {
                <form class="inline-form" on:submit=move |e| {
                    e.prevent_default();
                    if let Some(id) = state.current.with_untracked(|c| c.as_ref().map(|p| p.id)) {
                        state.rename(id, &draft.get_untracked());
                    }
                    editing.set(false);
                }>
                    <label for="rename-partnership">"Partnership name"</label>
                    <input id="rename-partnership" type="text" required
                        prop:value=draft on:input=move |e| draft.set(event_target_value(&e))/>
                    <button type="submit">"Save name"</button>
                    <button type="button" on:click=move |_| editing.set(false)>"Cancel"</button>
                </form>
            }.into_any()
        } else {
            view! {
                <button type="button" class="link-button edit-chrome" on:click=move |_| {
                    draft.set(state.current.with_untracked(|c| c.as_ref().map(|p| p.name.clone()).unwrap_or_default()));
                    editing.set(true);
                }>"Rename partnership"</button>
            }.into_any()
        }}
    }
}
