//! The Actions page: every commitment from every tool in one list (who does what by when),
//! filtered by partner, status, lateness and source, sorted by due date, marked done in
//! place, followed back to where it was agreed, downloaded as CSV and printed for the next
//! check-in. The list and its table are `model::actions`; the table is drawn as one piece of
//! markup with one click handler, which keeps the page small.
use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::{tr, Key};
use crate::model::actions::{self, Action, Filter, Source};
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::ui::widgets::{EmptyState, ToolPage};

#[component]
pub fn ActionsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    // The filter as signals of types the app already has (each new signal type costs the
    // bundle its own copy of the reactive code).
    let partner = RwSignal::new(String::new());
    let status = RwSignal::new("open".to_string());
    let source = RwSignal::new(String::new());
    let overdue_only = RwSignal::new(false);
    let filter = move || Filter {
        partner: partner.with(|v| Uuid::parse_str(v).ok()),
        open: status.with(|s| match s.as_str() { "open" => Some(true), "done" => Some(false), _ => None }),
        overdue_only: overdue_only.get(),
        source: source.with(|s| Source::from_key(s)),
    };
    let today = move || state.now().date_naive();
    // The actions shown, worked out where they are needed (tracked, or not for a click).
    let shown = move |p: &crate::model::Partnership, f: Filter| -> Vec<Action> {
        let day = today();
        actions::all(p).into_iter().filter(|a| f.keeps(a, day)).collect()
    };
    let download = move |_| {
        let f = untrack(filter);
        let text = state.current.with_untracked(|c| c.as_ref().map(|p| i.now(|w| actions::csv(p, &shown(p, f), w))));
        let name = i.now(|w| format!("{}.csv", w.get(tr::actions::FILE_NAME)));
        if let Some(text) = text {
            if let Err(e) = crate::files::download(&name, "text/csv", &text) {
                state.fail(e);
            }
        }
    };
    // One handler for every row's *Mark done* (the row's place in the list shown).
    let mark = move |e: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let Some(button) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("button[data-row]").ok().flatten()) else {
            return;
        };
        let row = button.get_attribute("data-row").and_then(|r| r.parse::<usize>().ok());
        let f = untrack(filter);
        let Some(a) = row.and_then(|r| state.current.with_untracked(|c| c.as_ref().and_then(|p| shown(p, f).into_iter().nth(r)))) else {
            return;
        };
        let message = i.now(|w| tr::actions::marked_done(w, &a.what));
        state.edit(Some(message), move |p, now| {
            actions::mark_done(p, a.source, a.parent, a.id, now.date_naive(), now);
        });
    };
    // (shown, overdue of all, any at all) for the summary and the empty states.
    let counts = move || {
        let f = filter();
        state.current.with(|c| match c {
            Some(p) => {
                let all = actions::all(p);
                let day = today();
                (all.iter().filter(|a| f.keeps(a, day)).count(), all.iter().filter(|a| a.is_overdue(day)).count(), !all.is_empty())
            }
            None => (0, 0, false),
        })
    };
    let table = move || {
        let f = filter();
        state.current.with(|c| c.as_ref().map(|p| i.with(|w| actions::table_html(p, &shown(p, f), w, today())))).unwrap_or_default()
    };
    let partners: Options = std::sync::Arc::new(move || {
        let mut options = vec![(String::new(), i.with(|w| w.get(tr::actions::EVERY_PARTNER).to_string()))];
        state.current.with(|c| {
            if let Some(p) = c {
                options.extend(p.partners.iter().map(|x| (x.id.to_string(), x.name.clone())));
            }
        });
        options
    });
    let statuses: Options = std::sync::Arc::new(move || {
        i.with(|w| {
            [("open", tr::actions::SHOW_OPEN), ("done", tr::actions::SHOW_DONE), ("all", tr::actions::SHOW_ALL)]
                .map(|(v, k)| (v.to_string(), w.get(k).to_string()))
                .to_vec()
        })
    });
    let sources: Options = std::sync::Arc::new(move || {
        i.with(|w| {
            let mut options = vec![(String::new(), w.get(tr::actions::EVERY_SOURCE).to_string())];
            options.extend(Source::ALL.map(|s| (s.key().to_string(), w.get(s.label_key()).to_string())));
            options
        })
    });
    view! {
        <ToolPage class="tool-page followup-page" heading=t(tr::route::ACTIONS) lead_in=t(tr::actions::LEAD_IN)>
            <div class="followup-tools no-print">
                <fieldset class="followup-filters">
                    <legend>{t(tr::actions::FILTERS)}</legend>
                    {filter_select("followup-partner", tr::actions::PARTNER, partners, partner)}
                    {filter_select("followup-status", tr::actions::STATUS, statuses, status)}
                    {filter_select("followup-source", tr::actions::SOURCE, sources, source)}
                    <div class="followup-field check">
                        <input type="checkbox" id="followup-overdue" prop:checked=overdue_only
                            on:change=move |e| overdue_only.set(event_target_checked(&e))/>
                        <label for="followup-overdue">{t(tr::actions::OVERDUE_ONLY)}</label>
                    </div>
                </fieldset>
                <div class="form-actions">
                    <button type="button" on:click=download>{t(tr::actions::CSV)}</button>
                    <button type="button" on:click=move |_| { let _ = window().print(); }>{t(tr::actions::PRINT)}</button>
                </div>
            </div>
            <p class="followup-summary" role="status">
                {tw(move |w| {
                    let (shown, overdue, _) = counts();
                    let mut s = tr::actions::count(w, shown as i64);
                    if overdue > 0 {
                        s.push_str(" · ");
                        s.push_str(&tr::actions::overdue_count(w, overdue as i64));
                    }
                    s
                })}
            </p>
            {move || {
                let (shown, _, any) = counts();
                if !any {
                    return view! { <EmptyState title=t(tr::actions::EMPTY_TITLE) prompt=t(tr::actions::EMPTY_PROMPT)/> }.into_any();
                }
                if shown == 0 {
                    return view! { <p class="empty-title">{t(tr::actions::NONE_MATCH)}</p> }.into_any();
                }
                view! { <div on:click=mark inner_html=table></div> }.into_any()
            }}
        </ToolPage>
    }
}

/// A filter's options, (value, text), worked out when drawn.
type Options = std::sync::Arc<dyn Fn() -> Vec<(String, String)> + Send + Sync>;

/// A labelled `<select>` of options bound to `value`; not generic, so the three filters are
/// compiled once.
fn filter_select(id: &'static str, label: Key, options: Options, value: RwSignal<String>) -> AnyView {
    view! {
        <div class="followup-field">
            <label for=id>{t(label)}</label>
            <select id=id prop:value=value on:change=move |e| value.set(event_target_value(&e))>
                {move || options().into_iter().map(|(v, text)| {
                    let selected = value.with_untracked(|x| *x == v);
                    view! { <option value=v selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
    .into_any()
}
