//! The pivot log: every change of strategy, when, and why, most recent first; each entry can
//! be corrected in place (with the fields the decision wrote it from).
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::ideas::{check_pivot, Pivot};
use crate::model::time::iso_date;
use crate::ui::form::{edit_callback, listed, open_record, save_record, DateField, Editing, EditingForm, Found, LongText, RecordForm};
use crate::ui::helpers::{peek, read};
use crate::ui::i18n::{t, tw, tw1, I18n};
use crate::ui::state::AppState;

#[component]
pub fn PivotLog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let editing = Editing::new();
    let log = move || {
        read(state, |p| {
            p.ideas
                .pivot_log()
                .into_iter()
                .map(|v| {
                    let from = v.experiment_id.and_then(|e| p.ideas.experiments.iter().find(|x| x.id == e)).map(|e| e.title.clone());
                    (v.clone(), from)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="pivot-log" aria-labelledby="pivot-log">
            <h2 id="pivot-log" tabindex="-1">{t(tr::ideas::PIVOT_LOG_HEADING)}</h2>
            {move || {
                let log = log();
                if log.is_empty() {
                    return view! { <p class="hint">{t(tr::ideas::PIVOTS_EMPTY)}</p> }.into_any();
                }
                view! {
                    // Focusable, so that a table wider than a phone scrolls from the keyboard too.
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="pivot-log">
                        <table class="pivot-table">
                            <thead><tr>
                                <th scope="col">{t(tr::ideas::COL_DATE)}</th><th scope="col">{t(tr::ideas::COL_CHANGED)}</th>
                                <th scope="col">{t(tr::ideas::WHY)}</th><th scope="col">{t(tr::ideas::COL_FROM)}</th>
                                <th scope="col"><span class="visually-hidden">{t(tr::metrics::ACTIONS)}</span></th>
                            </tr></thead>
                            <tbody>
                                {log.into_iter().map(|(v, from)| view! {
                                    <tr>
                                        <td class="nowrap">{tw(move |w| w.date(v.date))}</td>
                                        <td>{v.what_changed.clone()}</td>
                                        <td>{v.why}</td>
                                        <td>{from.unwrap_or_else(|| "–".into())}</td>
                                        <td><button type="button" class="edit-chrome" aria-label=tw1(|w, x| tr::ideas::edit_pivot(w, x), &v.what_changed)
                                            on:click={ let open = edit_callback(editing, v.id); move |_| open.run(()) }>{t(tr::form::EDIT)}</button></td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <EditingForm editing find={listed::<Pivot>} form={|pivot, done| view! { <PivotForm pivot on_done=done/> }}/>
        </section>
    }
}

/// A pivot's date, what changed and why, as the decision on its experiment wrote them.
#[component]
fn PivotForm(pivot: Pivot, on_done: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = expect_context::<I18n>();
    let date = RwSignal::new(iso_date(pivot.date));
    let what_changed = RwSignal::new(pivot.what_changed.clone());
    let why = RwSignal::new(pivot.why.clone());
    let (original, errors, guard) = open_record(pivot, false, "pivot", crate::i18n::tr::form::record::OTHER);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut found = Found::default();
        let mut draft = original.get_value();
        if let Some(d) = found.required_date("date", &date.get_untracked(), &i18n.now(|w| w.get(tr::problem::ideas::DECISION_DATE).to_string())) {
            draft.date = d;
        }
        (draft.what_changed, draft.why) = (what_changed.get_untracked().trim().to_string(), why.get_untracked().trim().to_string());
        found.extend(peek(state, |p| check_pivot(p, &draft)));
        if save_record(state, errors, found, guard, draft) {
            on_done.run(());
        }
    };
    view! {
        <RecordForm class="card voice-form" heading=t(tr::ideas::EDIT_PIVOT_HEADING) on_submit=submit guard is_new=false save_new=t(tr::form::SAVE_CHANGES) on_cancel=move || on_done.run(())>
            <DateField form=errors field="date" label=t(tr::ideas::DECIDED_ON_LABEL) value=date/>
            <LongText form=errors field="what_changed" label=t(tr::ideas::WHAT_CHANGES) value=what_changed rows=2/>
            <LongText form=errors field="why" label=t(tr::ideas::WHY) value=why rows=2/>
        </RecordForm>
    }
}
