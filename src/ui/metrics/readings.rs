//! Recording one reading, and the table of readings (the chart's text alternative).
use leptos::prelude::*;

use crate::model::metrics::{add_measurements, parse_in, readings, series, Counting, Measurement, Metric};
use crate::model::time::{human_date, iso_date};
use crate::ui::form::{submit_new, DateField, FormErrors, Found, NumberField, TextField};
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;

#[component]
pub fn ReadingEntry(metric: Metric) -> impl IntoView {
    let state = expect_context::<AppState>();
    let date = RwSignal::new(iso_date(state.now().date_naive()));
    let value = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let errors = FormErrors::new("reading");
    let metric_id = metric.id;
    let read = move |found: &mut Found| {
        let d = found.required_date("date", &date.get_untracked(), "Give the date of the reading.");
        let v = found.read("value", parse_in(&value.get_untracked(), crate::i18n::tr::problem::fields::VALUE));
        let mut m = Measurement::new(metric_id, d?, v?, state.now());
        m.note = note.get_untracked().trim().to_string();
        Some(m)
    };
    let submit = submit_new(errors, read, move |m| {
        state.edit(None, move |p, now| add_measurements(p, vec![m], now));
        value.set(String::new());
        note.set(String::new());
    });
    let unit = if metric.unit.is_empty() { String::new() } else { format!(" ({})", metric.unit) };
    view! {
        <form class="card reading-form" aria-label="Add a measurement" on:submit=submit>
            <h2>"Add a measurement"</h2>
            <DateField form=errors field="date" label="Date" value=date/>
            <NumberField form=errors field="value" label=format!("Value{unit}") value=value/>
            <TextField form=errors field="note" label="Source note" value=note placeholder="e.g. pantry sign-in sheets"/>
            <button type="submit" class="primary">"Add measurement"</button>
        </form>
    }
}

#[component]
pub fn ReadingTable(metric: Metric) -> impl IntoView {
    let state = expect_context::<AppState>();
    let cumulative = metric.counting == Counting::Cumulative;
    let m = metric.clone();
    let rows = move || {
        state.current.with(|c| {
            c.as_ref()
                .map(|p| {
                    let totals = series(&m, &p.measurements);
                    readings(&p.measurements, m.id)
                        .into_iter()
                        .map(|r| {
                            let total = totals.iter().find(|(d, _)| *d == r.date).map(|(_, v)| *v);
                            (r.clone(), total)
                        })
                        .rev()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <div class="card readings">
            <h2>"Measurements"</h2>
            {move || {
                let rows = rows();
                if rows.is_empty() {
                    return view! { <p class="hint">"No measurements yet: add the first one above, or paste them from a spreadsheet."</p> }.into_any();
                }
                let metric = metric.clone();
                view! {
                    <div class="table-wrap">
                        <table class="reading-table">
                            <caption class="visually-hidden">{format!("Measurements of {}, newest first", metric.name)}</caption>
                            <thead><tr>
                                <th scope="col">"Date"</th><th scope="col" class="num">"Value"</th>
                                {cumulative.then(|| view! { <th scope="col" class="num">"Running total"</th> })}
                                <th scope="col">"Source"</th><th scope="col"><span class="visually-hidden">"Actions"</span></th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|(r, total)| {
                                    let id = r.id;
                                    let what = format!("{} on {}", metric.amount(r.value), human_date(r.date));
                                    let what2 = what.clone();
                                    view! {
                                        <tr>
                                            <td>{human_date(r.date)}</td>
                                            <td class="num">{metric.amount(r.value)}</td>
                                            {cumulative.then(|| view! { <td class="num">{total.map(|t| metric.amount(t)).unwrap_or_default()}</td> })}
                                            <td>{r.note.clone()}</td>
                                            <td><ConfirmButton label="Delete" aria_label=format!("Delete the measurement {what}")
                                                question=format!("Delete {what}?")
                                                on_confirm=move || {
                                                    let w = what2.clone();
                                                    state.edit(Some(format!("Deleted the measurement {w}.")), move |p, now| {
                                                        p.remove::<crate::model::metrics::Measurement>(id, now);
                                                    });
                                                }/></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </div>
    }
}
