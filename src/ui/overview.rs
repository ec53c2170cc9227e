//! The partnership at a glance. Each item links to the tool it summarises.
use leptos::prelude::*;

use super::routes::Route;
use super::state::AppState;
use crate::i18n::{tr, Words};
use crate::model::partners::count_by_sector;
use crate::storage::Usage;
use crate::ui::i18n::{t, tw};

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
                    <h2><a href=Route::Partners.href()>{t(tr::route::PARTNERS)}</a></h2>
                    {move || if partner_count() == 0 {
                        view! {
                            <p>{t(tr::overview::NO_PARTNERS)}" "
                               <a href=Route::Partners.href()>{t(tr::overview::ADD_PARTNERS)}</a>
                               "."</p>
                        }.into_any()
                    } else {
                        view! {
                            <p class="big-number">{partner_count}</p>
                            <ul class="sector-list">
                                {move || sectors().into_iter().map(|(s, n)| view! {
                                    <li><span class=format!("sector-dot sector-{}", s.key())></span>
                                        {tw(move |w| tr::overview::sector_count(w, &w.integer(n as i128), w.get(s.label_key())))}</li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </article>
                <ActionsCard/>
                <super::charter::CharterCard/>
                <super::checkins::CheckInsCard/>
                <super::health::HealthCard/>
                <super::goals::GoalsCard/>
                <super::community::VoiceCards/>
                <super::resources::ResourcesCard/>
                <super::report::OverviewCards/>
                <article class="card edit-chrome">
                    <h2>{t(tr::overview::STORAGE)}</h2>
                    <p>{tw(move |w| usage_text(w, &state.usage.get()))}</p>
                    <p>{t(tr::overview::EXPORT_HINT)}</p>
                </article>
            </div>
        </section>
    }
}

/// What is still owed across every tool, and how much of it is late (issue 21).
#[component]
fn ActionsCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let counts = move || {
        let today = state.now().date_naive();
        state.current.with(|c| {
            c.as_ref().map_or((0, 0), |p| {
                let all = crate::model::actions::all(p);
                (all.iter().filter(|a| a.status.is_open()).count(), all.iter().filter(|a| a.is_overdue(today)).count())
            })
        })
    };
    view! {
        <article class="card">
            <h2><a href=Route::Actions.href()>{t(tr::route::ACTIONS)}</a></h2>
            <p>{tw(move |w| tr::overview::actions_owed(w, counts().0 as i64))}</p>
            {move || (counts().1 > 0).then(|| view! {
                <p class="card-alert"><a href=Route::Actions.href()>{tw(move |w| tr::overview::actions_overdue(w, counts().1 as i64))}</a></p>
            })}
        </article>
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
                    <label for="rename-partnership">{t(tr::overview::NAME_LABEL)}</label>
                    <input id="rename-partnership" type="text" required
                        prop:value=draft on:input=move |e| draft.set(event_target_value(&e))/>
                    <button type="submit">{t(tr::overview::SAVE_NAME)}</button>
                    <button type="button" on:click=move |_| editing.set(false)>{t(tr::overview::CANCEL)}</button>
                </form>
            }.into_any()
        } else {
            view! {
                <button type="button" class="link-button edit-chrome" on:click=move |_| {
                    draft.set(state.current.with_untracked(|c| c.as_ref().map(|p| p.name.clone()).unwrap_or_default()));
                    editing.set(true);
                }>{t(tr::overview::RENAME)}</button>
            }.into_any()
        }}
    }
}

/// "1.2 MB of 5 MB used (24%)", in the current language (a character of storage counted
/// as a byte, as people expect).
fn usage_text(w: &Words, u: &Usage) -> String {
    const MB: usize = 1_048_576;
    let used = match u.used_chars {
        n if n < 1024 => tr::overview::size_b(w, &w.integer(n as i128)),
        n if n < MB => tr::overview::size_kb(w, &w.decimal(n as f64 / 1024.0, 0)),
        n => tr::overview::size_mb(w, &w.decimal(n as f64 / MB as f64, 1)),
    };
    let quota = tr::overview::size_mb(w, &w.integer((u.quota_chars / MB) as i128));
    let percent = tr::overview::percent(w, &w.decimal(u.fraction() * 100.0, 0));
    tr::overview::storage_used(w, &percent, &quota, &used)
}
