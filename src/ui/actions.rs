//! The Actions page: every commitment from every tool in one list (who does what by when),
//! filtered by partner, status, lateness and source, sorted by due date, marked done in
//! place, followed back to where it was agreed, downloaded as CSV and printed for the next
//! check-in. The list itself is `model::actions`.
use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::tr;
use crate::model::actions::{self, Action, Filter, Source};
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::routes::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::{EmptyState, ToolPage};

/// Where each kind of action is made and can be edited.
fn route_of(source: Source) -> Route {
    match source {
        Source::CheckIn => Route::CheckIns,
        Source::Commitment => Route::Resources,
        Source::Retrospective => Route::Milestones,
        Source::Plan => Route::Stories,
        Source::Community => Route::Community,
    }
}

#[component]
pub fn ActionsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let filter = RwSignal::new(Filter::owed());
    let today = move || state.now().date_naive();
    let everything = Memo::new(move |_| state.current.with(|c| c.as_ref().map(actions::all).unwrap_or_default()));
    let shown = Memo::new(move |_| {
        let (f, day) = (filter.get(), today());
        everything.with(|all| all.iter().filter(|a| f.keeps(a, day)).cloned().collect::<Vec<Action>>())
    });
    let partners = move || {
        state.current.with(|c| c.as_ref().map(|p| p.partners.iter().map(|x| (x.id, x.name.clone())).collect::<Vec<_>>()).unwrap_or_default())
    };
    let download = move |_| {
        let text = state.current.with_untracked(|c| {
            c.as_ref().map(|p| shown.with_untracked(|list| i.now(|w| actions::csv(p, list, w))))
        });
        let name = i.now(|w| format!("{}.csv", w.get(tr::actions::FILE_NAME)));
        if let Some(text) = text {
            if let Err(e) = crate::files::download(&name, "text/csv", &text) {
                state.fail(e);
            }
        }
    };
    let overdue = move || everything.with(|all| all.iter().filter(|a| a.is_overdue(today())).count());
    view! {
        <ToolPage class="tool-page followup-page" heading=t(tr::route::ACTIONS) lead_in=t(tr::actions::LEAD_IN)>
            <div class="followup-tools no-print">
                <fieldset class="followup-filters">
                    <legend>{t(tr::actions::FILTERS)}</legend>
                    <div class="followup-field">
                        <label for="followup-partner">{t(tr::actions::PARTNER)}</label>
                        <select id="followup-partner" on:change=move |e| {
                            let v = Uuid::parse_str(&event_target_value(&e)).ok();
                            filter.update(|f| f.partner = v);
                        }>
                            <option value="" selected=move || filter.with(|f| f.partner.is_none())>{t(tr::actions::EVERY_PARTNER)}</option>
                            {move || partners().into_iter().map(|(id, name)| view! {
                                <option value=id.to_string() selected=move || filter.with(|f| f.partner == Some(id))>{name}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="followup-field">
                        <label for="followup-status">{t(tr::actions::STATUS)}</label>
                        <select id="followup-status" on:change=move |e| {
                            let v = match event_target_value(&e).as_str() { "open" => Some(true), "done" => Some(false), _ => None };
                            filter.update(|f| f.open = v);
                        }>
                            <option value="open" selected=move || filter.with(|f| f.open == Some(true))>{t(tr::actions::SHOW_OPEN)}</option>
                            <option value="done" selected=move || filter.with(|f| f.open == Some(false))>{t(tr::actions::SHOW_DONE)}</option>
                            <option value="all" selected=move || filter.with(|f| f.open.is_none())>{t(tr::actions::SHOW_ALL)}</option>
                        </select>
                    </div>
                    <div class="followup-field">
                        <label for="followup-source">{t(tr::actions::SOURCE)}</label>
                        <select id="followup-source" on:change=move |e| {
                            let v = Source::from_key(&event_target_value(&e));
                            filter.update(|f| f.source = v);
                        }>
                            <option value="" selected=move || filter.with(|f| f.source.is_none())>{t(tr::actions::EVERY_SOURCE)}</option>
                            {Source::ALL.into_iter().map(|s| view! {
                                <option value=s.key() selected=move || filter.with(|f| f.source == Some(s))>{t(s.label_key())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="followup-field check">
                        <input type="checkbox" id="followup-overdue" prop:checked=move || filter.with(|f| f.overdue_only)
                            on:change=move |e| { let on = event_target_checked(&e); filter.update(|f| f.overdue_only = on); }/>
                        <label for="followup-overdue">{t(tr::actions::OVERDUE_ONLY)}</label>
                    </div>
                </fieldset>
                <div class="form-actions">
                    <button type="button" on:click=download>{t(tr::actions::CSV)}</button>
                    <button type="button" on:click=move |_| { let _ = window().print(); }>{t(tr::actions::PRINT)}</button>
                </div>
            </div>
            <p class="followup-summary" role="status">
                {tw(move |w| tr::actions::count(w, shown.with(Vec::len) as i64))}
                {move || (overdue() > 0).then(|| view! {
                    " · " <span class="flag flag-late">{tw(move |w| tr::actions::overdue_count(w, overdue() as i64))}</span>
                })}
            </p>
            {move || {
                if everything.with(Vec::is_empty) {
                    return view! { <EmptyState title=t(tr::actions::EMPTY_TITLE) prompt=t(tr::actions::EMPTY_PROMPT)/> }.into_any();
                }
                if shown.with(Vec::is_empty) {
                    return view! { <p class="empty-title">{t(tr::actions::NONE_MATCH)}</p> }.into_any();
                }
                view! { <ActionTable list=shown.get()/> }.into_any()
            }}
        </ToolPage>
    }
}

#[component]
fn ActionTable(list: Vec<Action>) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="followup-table">
                <thead><tr>
                    <th scope="col">{t(tr::actions::WHAT)}</th>
                    <th scope="col">{t(tr::actions::OWNER)}</th>
                    <th scope="col">{t(tr::actions::DUE)}</th>
                    <th scope="col">{t(tr::actions::STATUS)}</th>
                    <th scope="col">{t(tr::actions::FROM)}</th>
                    <th scope="col" class="no-print"><span class="visually-hidden">{t(tr::actions::MARK_DONE)}</span></th>
                </tr></thead>
                <tbody>
                    {list.into_iter().map(|a| view! { <ActionLine action=a/> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn ActionLine(action: Action) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let today = state.now().date_naive();
    let name = move |id: Uuid| state.current.with_untracked(|c| c.as_ref().map(|p| p.partner_name(id)).unwrap_or_default());
    let owner = action.owner.map(name);
    let for_partner = action.for_partner.map(name);
    let late = action.is_overdue(today);
    let Action { id, parent, source, status, due, .. } = action;
    let what = action.what.clone();
    let what_label = what.clone();
    let mark = move |_| {
        let message = i.now(|w| tr::actions::marked_done(w, &what));
        state.edit(Some(message), move |p, now| {
            actions::mark_done(p, source, parent, id, now.date_naive(), now);
        });
    };
    view! {
        <tr class:late=late>
            <th scope="row">
                {action.what.clone()}
                {for_partner.map(|to| view! { <span class="for-partner">" "{tw(move |w| tr::actions::for_partner(w, &to))}</span> })}
            </th>
            <td>{match owner { Some(o) => o.into_any(), None => t(tr::actions::NO_OWNER).into_any() }}</td>
            <td class="nowrap">
                {match due {
                    Some(d) => tw(move |w| w.date(d)).into_any(),
                    None => t(tr::actions::NO_DATE).into_any(),
                }}
                {late.then(|| view! { " " <span class="flag flag-late">{t(tr::actions::OVERDUE)}</span> })}
            </td>
            <td>{t(status.label_key())}</td>
            <td><a href=route_of(source).href()>{t(source.label_key())}</a></td>
            <td class="no-print">
                {status.is_open().then(|| view! {
                    <button type="button" on:click=mark
                        aria-label=tw(move |w| tr::actions::mark_done_label(w, &what_label))>{t(tr::actions::MARK_DONE)}</button>
                })}
            </td>
        </tr>
    }
}
