//! Measurements pasted from a spreadsheet or read from a CSV file. Every bad row is listed
//! with its line; if any row is bad, nothing is saved.
use leptos::html;
use leptos::prelude::*;

use crate::model::metrics::{add_measurements, import_measurements, Metric, RowError};
use crate::ui::state::AppState;

#[component]
pub fn ImportReadings(metric: Metric) -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<RowError>::new());
    let file_input = NodeRef::<html::Input>::new();
    let metric = StoredValue::new(metric);

    let run = move |source: String, content: String| {
        let now = state.now();
        let result = state.current.with_untracked(|c| {
            c.as_ref().map(|p| metric.with_value(|m| import_measurements(&content, m, &p.measurements, now)))
        });
        match result {
            Some(Ok(rows)) => {
                let n = rows.len();
                errors.set(Vec::new());
                text.set(String::new());
                state.edit(Some(format!("Imported {n} measurement{} from {source}.", if n == 1 { "" } else { "s" })), move |p, now| {
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
                    Ok(content) => run(name, content),
                    Err(why) => errors.set(vec![RowError { line: 0, message: why.into() }]),
                }
            });
        }
        input.set_value("");
    };
    view! {
        <form class="card import-form" aria-label="Import measurements" on:submit=move |e| {
            e.prevent_default();
            run("the pasted text".into(), text.get_untracked());
        }>
            <h2>"Paste or import"</h2>
            <div class="field">
                <label for="import-text">"Rows of date,value,note"</label>
                <textarea id="import-text" rows="5" class="mono" aria-describedby="import-errors"
                    placeholder="2026-01-31,1250,pantry sheets\n2026-02-28,1310,pantry sheets"
                    prop:value=text on:input=move |e| text.set(event_target_value(&e))></textarea>
            </div>
            <div class="row-actions">
                <button type="submit" class="primary" disabled=move || text.with(|t| t.trim().is_empty())>"Import pasted rows"</button>
                <button type="button" on:click=move |_| { if let Some(i) = file_input.get() { i.click(); } }>"Choose a CSV file…"</button>
                <input type="file" accept=".csv,text/csv,text/plain" class="visually-hidden" tabindex="-1"
                    aria-label="Choose a CSV file of measurements" node_ref=file_input on:change=on_file/>
            </div>
            <div id="import-errors" role="alert" class="import-errors">
                {move || {
                    let errs = errors.get();
                    (!errs.is_empty()).then(|| view! {
                        <p class="field-error">{format!("Nothing was imported: {} row{} to fix.", errs.len(), if errs.len() == 1 { "" } else { "s" })}</p>
                        <ul>{errs.into_iter().map(|e| view! { <li>{crate::ui::i18n::tw(move |w| e.say(w))}</li> }).collect_view()}</ul>
                    })
                }}
            </div>
        </form>
    }
}
