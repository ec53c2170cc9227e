//! Measurements pasted from a spreadsheet or read from a CSV file, on a metric's page (rows
//! may name other metrics) or on the list of metrics (each row names its metric). Every bad
//! row is listed with its line; if any row is bad, nothing is saved.
use leptos::html;
use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::tr;
use crate::model::metrics::{add_measurements, import_measurements, RowError};
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;

/// `metric`: the page's metric, which rows naming none go to; `None` on the list of metrics.
#[component]
pub fn ImportReadings(metric: Option<Uuid>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let text = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<RowError>::new());
    let file_input = NodeRef::<html::Input>::new();
    let one = metric.is_some();

    // `file` is the file's name, or none for pasted text.
    let run = move |file: Option<String>, content: String| {
        let now = state.now();
        let result = state.current.with_untracked(|c| {
            c.as_ref().map(|p| import_measurements(&content, &p.metrics, metric, &p.measurements, now))
        });
        match result {
            Some(Ok(rows)) => {
                let n = rows.len() as i64;
                errors.set(Vec::new());
                text.set(String::new());
                let message = i.now(|w| match &file {
                    Some(f) => tr::metrics::imported_file(w, n, f),
                    None => tr::metrics::imported_pasted(w, n),
                });
                state.edit(Some(message), move |p, now| {
                    add_measurements(p, rows, now)
                });
            }
            Some(Err(errs)) => errors.set(errs),
            None => {}
        }
    };
    let on_file = move |_| {
        let Some(input) = file_input.get() else { return };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            let name = file.name();
            leptos::task::spawn_local(async move {
                match crate::files::read_text(file, state.max_file_bytes()).await {
                    Ok(content) => run(Some(name), content),
                    Err(why) => errors.set(vec![RowError { line: 0, message: why.into() }]),
                }
            });
        }
        input.set_value("");
    };
    view! {
        <form class="card import-form" aria-label=t(tr::metrics::IMPORT_FORM) on:submit=move |e| {
            e.prevent_default();
            run(None, text.get_untracked());
        }>
            <h2>{t(if one { tr::metrics::PASTE_OR_IMPORT } else { tr::metrics::IMPORT_ALL_HEADING })}</h2>
            <div class="field">
                <label for="import-text">{t(if one { tr::metrics::ROWS_LABEL } else { tr::metrics::IMPORT_ALL_ROWS })}</label>
                <textarea id="import-text" rows="5" class="mono" aria-describedby="import-errors"
                    placeholder=t(if one { tr::metrics::ROWS_PLACEHOLDER } else { tr::metrics::IMPORT_ALL_PLACEHOLDER })
                    prop:value=text on:input=move |e| text.set(event_target_value(&e))></textarea>
            </div>
            <div class="row-actions">
                <button type="submit" class="primary" disabled=move || text.with(|t| t.trim().is_empty())>{t(tr::metrics::IMPORT_PASTED)}</button>
                <button type="button" on:click=move |_| { if let Some(i) = file_input.get() { i.click(); } }>{t(tr::metrics::CHOOSE_FILE)}</button>
                <input type="file" accept=".csv,text/csv,text/plain" class="visually-hidden" tabindex="-1"
                    aria-label=t(tr::metrics::CHOOSE_FILE_LABEL) node_ref=file_input on:change=on_file/>
            </div>
            <div id="import-errors" role="alert" class="import-errors">
                {move || {
                    let errs = errors.get();
                    let n = errs.len();
                    (!errs.is_empty()).then(|| view! {
                        <p class="field-error">{tw(move |w| tr::metrics::nothing_imported(w, n as i64))}</p>
                        <ul>{errs.into_iter().map(|e| view! { <li>{tw(move |w| e.say(w))}</li> }).collect_view()}</ul>
                    })
                }}
            </div>
        </form>
    }
}
