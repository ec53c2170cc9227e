//! The partner × category heat-map: a real table (its headers are the text alternative),
//! each cell a button that shows what is behind it; arrow keys move between cells.
use leptos::prelude::*;
use uuid::Uuid;

use super::super::state::AppState;
use super::editor::entry_meta;
use super::NothingMapped;
use crate::i18n::tr;
use crate::ui::helpers::{focus, read};
use crate::model::resources::{heat_map, EntryKind, Strength};
use crate::ui::i18n::{t, tw, I18n};

#[component]
pub fn HeatMapView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let empty = Memo::new(move |_| read(state, |p| p.resources.entries.is_empty()));
    view! {
        {move || if empty.get() { view! { <NothingMapped/> }.into_any() } else { view! { <HeatMapTable/> }.into_any() }}
    }
}

#[component]
pub fn HeatMapTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let map = Memo::new(move |_| read(state, |p| Some(heat_map(p))));
    let selected = RwSignal::new(None::<(Uuid, Uuid)>);
    // Only the cells whose state changes hear of a new selection (not every cell of the grid).
    let is_selected = leptos::reactive::computed::Selector::new(move || selected.get());
    // Arrow keys move focus across the grid; Tab still leaves it.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some((rows, cols)) = map.with_untracked(|m| m.as_ref().map(|m| (m.partners.len(), m.categories.len()))) else { return };
        let target = event_target::<web_sys::Element>(&ev);
        let Some(at) = target.get_attribute("data-cell") else { return };
        let Some((r, c)) = at.split_once('-').and_then(|(r, c)| Some((r.parse::<usize>().ok()?, c.parse::<usize>().ok()?))) else { return };
        let (r, c) = match ev.key().as_str() {
            "ArrowUp" => (r.saturating_sub(1), c),
            "ArrowDown" => ((r + 1).min(rows - 1), c),
            "ArrowLeft" => (r, c.saturating_sub(1)),
            "ArrowRight" => (r, (c + 1).min(cols - 1)),
            "Home" => (r, 0),
            "End" => (r, cols - 1),
            _ => return,
        };
        ev.prevent_default();
        // The grid is not redrawn by moving, so focus can move at once.
        focus(&format!("[data-cell='{r}-{c}']"));
    };
    view! {
        <div class="heatmap-wrap">
            <table class="heatmap" on:keydown=on_key>
                <caption>{t(tr::resources::heatmap::CAPTION)}</caption>
                <thead><tr>
                    <th scope="col">{t(tr::resources::heatmap::PARTNER)}</th>
                    {move || map.with(|m| m.iter().flat_map(|m| m.categories.clone()).map(|(_, name)| view! { <th scope="col">{name}</th> }).collect_view())}
                </tr></thead>
                <tbody>
                    {move || map.with(|m| m.clone()).map(|m| m.partners.iter().enumerate().map(|(r, (pid, pname))| {
                        let pid = *pid;
                        view! {
                            <tr>
                                <th scope="row">{pname.clone()}</th>
                                {m.categories.iter().enumerate().map(|(c, (cid, cname))| {
                                    let cid = *cid;
                                    let cell = &m.cells[r][c];
                                    let said = cell.describe(pname, cname);
                                    let label = tw(move |w| said.say(w));
                                    let is_selected = is_selected.clone();
                                    let is_on = move || is_selected.selected(&Some((pid, cid)));
                                    view! {
                                        <td>
                                            <button type="button" class=format!("heat-cell heat-{}", cell.heat())
                                                data-cell=format!("{r}-{c}") aria-label=label aria-pressed=move || is_on().to_string()
                                                on:click=move |_| selected.update(|s| *s = if *s == Some((pid, cid)) { None } else { Some((pid, cid)) })>
                                                <CellText offers=cell.offers needs=cell.needs strongest=cell.strongest_offer/>
                                            </button>
                                        </td>
                                    }
                                }).collect_view()}
                            </tr>
                        }
                    }).collect_view())}
                </tbody>
            </table>
        </div>
        <Legend/>
        {move || selected.get().map(|(pid, cid)| view! { <CellDetails partner_id=pid category_id=cid/> })}
    }
}

/// What a cell shows in words, so colour is never the only signal.
#[component]
fn CellText(offers: usize, needs: usize, strongest: Option<Strength>) -> impl IntoView {
    view! {
        <span aria-hidden="true" class="cell-text">
            {if offers == 0 { (needs == 0).then(|| view! { <span class="cell-none">"–"</span> }).into_any() } else {
                view! { <span class="cell-offers">{offers}</span><span class="cell-strength">{strongest.map(|s| t(s.label_key()))}</span> }.into_any()
            }}
            {(needs > 0).then(|| view! { <span class="cell-needs">{tw(move |w| tr::resources::heatmap::needs(w, &w.integer(needs as i128)))}</span> })}
        </span>
    }
}

#[component]
fn Legend() -> impl IntoView {
    view! {
        <div class="heat-legend" aria-hidden="true">
            <span><i class="heat-cell heat-0"></i>{t(tr::resources::heatmap::NOTHING_OFFERED)}</span>
            <span><i class="heat-cell heat-1"></i>{t(tr::resources::heatmap::A_LITTLE)}</span>
            <span><i class="heat-cell heat-2"></i>{t(tr::resources::heatmap::A_FAIR_AMOUNT)}</span>
            <span><i class="heat-cell heat-3"></i>{t(tr::resources::heatmap::A_LOT)}</span>
            <span><i class="cell-needs">{tw(|w| tr::resources::heatmap::needs(w, &w.integer(1)))}</i>{t(tr::resources::heatmap::NEEDS_NAMED)}</span>
        </div>
    }
}

/// The offers and needs behind one cell.
#[component]
fn CellDetails(partner_id: Uuid, category_id: Uuid) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let content = move || i.with(|w| read(state, |p| {
        let title = format!("{} · {}", p.partner_name(partner_id), p.resources.category_name(category_id));
        let items: Vec<(EntryKind, String, String)> = p.resources.entries.iter()
            .filter(|e| e.partner_id == partner_id && e.category_id == category_id)
            .map(|e| (e.kind, e.description.clone(), entry_meta(w, p, e)))
            .collect();
        (title, items)
    }));
    view! {
        <section class="card cell-details" aria-live="polite">
            {move || {
                let (title, items) = content();
                view! {
                    <h2>{title}</h2>
                    {if items.is_empty() { view! { <p>{t(tr::resources::heatmap::EMPTY_CELL)}</p> }.into_any() } else {
                        view! { <ul>{items.into_iter().map(|(k, d, meta)| view! {
                            <li><strong>{t(if k == EntryKind::Offer { tr::resources::heatmap::OFFER } else { tr::resources::heatmap::NEED })}" "</strong>{d}<span class="entry-meta">{format!(" ({meta})")}</span></li>
                        }).collect_view()}</ul> }.into_any()
                    }}
                }
            }}
        </section>
    }
}
