//! Recording one reading, and the table of readings (the chart's text alternative).
use leptos::prelude::*;

use crate::ui::helpers::metric_amount as amount;
use crate::i18n::tr;
use crate::model::metrics::{add_measurements, parse_in, readings, series, Counting, Measurement, Metric};
use crate::model::time::iso_date;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::form::{submit_new, DateField, FormErrors, Found, NumberField, TextField};
use crate::ui::state::AppState;
use crate::ui::widgets::ConfirmButton;

#[component]
pub fn ReadingEntry(metric: Metric) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let date = RwSignal::new(iso_date(state.now().date_naive()));
    let value = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let errors = FormErrors::new("reading");
    let metric_id = metric.id;
    let read = move |found: &mut Found| {
        let d = found.required_date("date", &date.get_untracked(), &i.now(|w| w.get(tr::metrics::DATE_NEEDED).to_string()));
        let v = found.read("value", parse_in(&value.get_untracked(), tr::problem::fields::VALUE));
        let mut m = Measurement::new(metric_id, d?, v?, state.now());
        m.note = note.get_untracked().trim().to_string();
        Some(m)
    };
    let submit = submit_new(errors, read, move |m| {
        state.edit(None, move |p, now| add_measurements(p, vec![m], now));
        value.set(String::new());
        note.set(String::new());
    });
    let unit = metric.unit.clone();
    let value_label = tw(move |w| if unit.is_empty() { w.get(tr::metrics::VALUE).to_string() } else { tr::metrics::value_unit(w, &unit) });
    view! {
        <form class="card reading-form" aria-label=t(tr::metrics::ADD_MEASUREMENT_HEADING) on:submit=submit>
            <h2>{t(tr::metrics::ADD_MEASUREMENT_HEADING)}</h2>
            <DateField form=errors field="date" label=t(tr::metrics::DATE) value=date/>
            <NumberField form=errors field="value" label=value_label value=value/>
            <TextField form=errors field="note" label=t(tr::metrics::SOURCE_NOTE) value=note placeholder=t(tr::metrics::SOURCE_PLACEHOLDER)/>
            <button type="submit" class="primary">{t(tr::metrics::ADD_MEASUREMENT)}</button>
        </form>
    }
}

#[component]
pub fn ReadingTable(metric: Metric) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
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
            <h2>{t(tr::metrics::MEASUREMENTS)}</h2>
            {move || {
                let rows = rows();
                if rows.is_empty() {
                    return view! { <p class="hint">{t(tr::metrics::NO_MEASUREMENTS)}</p> }.into_any();
                }
                let metric = metric.clone();
                let name = metric.name.clone();
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t(tr::route::METRICS)>
                        <table class="reading-table">
                            <caption class="visually-hidden">{tw(move |w| tr::metrics::table_caption(w, &name))}</caption>
                            <thead><tr>
                                <th scope="col">{t(tr::metrics::DATE)}</th><th scope="col" class="num">{t(tr::metrics::VALUE)}</th>
                                {cumulative.then(|| view! { <th scope="col" class="num">{t(tr::metrics::RUNNING_TOTAL)}</th> })}
                                <th scope="col">{t(tr::metrics::SOURCE)}</th><th scope="col"><span class="visually-hidden">{t(tr::metrics::ACTIONS)}</span></th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|(r, total)| {
                                    let id = r.id;
                                    let (m, value, date) = (metric.clone(), r.value, r.date);
                                    let what = move |w: &crate::i18n::Words| tr::metrics::reading(w, &w.date(date), &amount(w, &m, value));
                                    let (m1, m2) = (metric.clone(), metric.clone());
                                    let what1 = what.clone();
                                    let what2 = what.clone();
                                    view! {
                                        <tr>
                                            <td>{tw(move |w| w.date(date))}</td>
                                            <td class="num">{tw(move |w| amount(w, &m1, value))}</td>
                                            {cumulative.then(|| view! { <td class="num">{tw(move |w| total.map(|t| amount(w, &m2, t)).unwrap_or_default())}</td> })}
                                            <td>{r.note.clone()}</td>
                                            <td><ConfirmButton label=t(tr::metrics::DELETE) aria_label=tw(move |w| tr::metrics::delete_reading(w, &what1(w)))
                                                question=tw(move |w| tr::metrics::delete_reading_question(w, &what2(w)))
                                                on_confirm=move || {
                                                    state.edit(Some(i.now(|w| tr::metrics::deleted_reading(w, &what(w)))), move |p, now| {
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
