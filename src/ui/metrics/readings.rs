//! Recording one reading, correcting one in place, and the table of readings (the chart's
//! text alternative).
use leptos::prelude::*;

use crate::ui::helpers::metric_amount as amount;
use crate::i18n::tr;
use crate::model::metrics::{add_measurements, parse_in, readings, series, Counting, Measurement, Metric};
use crate::model::time::iso_date;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::form::{edit_callback, listed, open_record, save_record, DateField, EditDelete, Editing, EditingForm, Found, NumberField, RecordForm, TextField};
use crate::ui::state::AppState;

/// Records a reading; with `reading`, edits that one in place (the same fields).
#[component]
pub fn ReadingForm(metric: Metric, #[prop(optional)] reading: Option<Measurement>, #[prop(optional)] on_done: Option<Callback<()>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let is_new = reading.is_none();
    let original = reading.unwrap_or_else(|| Measurement::new(metric.id, state.now().date_naive(), 0.0, state.now()));
    let date = RwSignal::new(iso_date(original.date));
    let value = RwSignal::new(if is_new { String::new() } else { original.value.to_string() });
    let note = RwSignal::new(original.note.clone());
    let (original, errors, guard) = open_record(original, is_new, "reading", crate::i18n::tr::form::record::OTHER);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut found = Found::default();
        let mut m = original.get_value();
        let d = found.required_date("date", &date.get_untracked(), &i.now(|w| w.get(tr::metrics::DATE_NEEDED).to_string()));
        let v = found.read("value", parse_in(&value.get_untracked(), tr::problem::fields::VALUE));
        if let (Some(d), Some(v)) = (d, v) {
            (m.date, m.value) = (d, v);
        }
        m.note = note.get_untracked().trim().to_string();
        if !is_new {
            if save_record(state, errors, found, guard, m) {
                on_done.inspect(|d| d.run(()));
            }
            return;
        }
        if errors.show(found) {
            let mut new = Measurement::new(m.metric_id, m.date, m.value, state.now());
            new.note = m.note;
            state.edit(None, move |p, now| add_measurements(p, vec![new], now));
            value.set(String::new());
            note.set(String::new());
        }
    };
    let unit = metric.unit.clone();
    let value_label = tw(move |w| if unit.is_empty() { w.get(tr::metrics::VALUE).to_string() } else { tr::metrics::value_unit(w, &unit) });
    let fields = view! {
        <DateField form=errors field="date" label=t(tr::metrics::DATE) value=date/>
        <NumberField form=errors field="value" label=value_label value=value/>
        <TextField form=errors field="note" label=t(tr::metrics::SOURCE_NOTE) value=note placeholder=t(tr::metrics::SOURCE_PLACEHOLDER)/>
    };
    if is_new {
        return view! {
            <form class="card reading-form" aria-label=t(tr::metrics::ADD_MEASUREMENT_HEADING) on:submit=submit>
                <h2>{t(tr::metrics::ADD_MEASUREMENT_HEADING)}</h2>
                {fields}
                <button type="submit" class="primary">{t(tr::metrics::ADD_MEASUREMENT)}</button>
            </form>
        }
        .into_any();
    }
    view! {
        <RecordForm class="card reading-form" heading=t(tr::metrics::EDIT_MEASUREMENT) on_submit=submit guard is_new save_new=t(tr::metrics::ADD_MEASUREMENT)
            on_cancel=move || { on_done.inspect(|d| d.run(())); }>
            {fields}
        </RecordForm>
    }
    .into_any()
}

#[component]
pub fn ReadingTable(metric: Metric) -> impl IntoView {
    let state = expect_context::<AppState>();
    let cumulative = metric.counting == Counting::Cumulative;
    let editing = Editing::new();
    let m = metric.clone();
    let form_metric = metric.clone();
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
                                    let (id, on_edit) = (r.id, edit_callback(editing, r.id));
                                    let (m, value, date) = (metric.clone(), r.value, r.date);
                                    let what = move |w: &crate::i18n::Words| tr::metrics::reading(w, &w.date(date), &amount(w, &m, value));
                                    let (m1, m2) = (metric.clone(), metric.clone());
                                    let (what1, what2, what3) = (what.clone(), what.clone(), what.clone());
                                    view! {
                                        <tr>
                                            <td>{tw(move |w| w.date(date))}</td>
                                            <td class="num">{tw(move |w| amount(w, &m1, value))}</td>
                                            {cumulative.then(|| view! { <td class="num">{tw(move |w| total.map(|t| amount(w, &m2, t)).unwrap_or_default())}</td> })}
                                            <td>{r.note.clone()}</td>
                                            <td class="row-actions"><EditDelete edit_label=tw(move |w| tr::metrics::edit_reading(w, &what3(w)))
                                                delete_label=tw(move |w| tr::metrics::delete_reading(w, &what1(w)))
                                                question=tw(move |w| tr::metrics::delete_reading_question(w, &what2(w)))
                                                deleted=tw(move |w| tr::metrics::deleted_reading(w, &what(w))) on_edit
                                                delete=move |p, now| { p.remove::<Measurement>(id, now); }/></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <EditingForm editing find={listed::<Measurement>}
                form={move |reading, done| view! { <ReadingForm metric=form_metric.clone() reading on_done=done/> }}/>
        </div>
    }
}
