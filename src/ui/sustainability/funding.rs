//! Funding sources: add, edit, delete. Amounts are typed as text and read exactly into
//! minor units by the model.
use crate::model::text::Case;
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::money::{format_amount, parse_amount, Money};
use crate::model::sustainability::{check_funding, FundingSource, FundingStatus};
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::i18n::{t, tw};
use crate::ui::state::AppState;
use crate::ui::form::{open_record, save_record, CheckField, DateField, EditDelete, Found, MoneyField, PartnerSelect, TextField, RecordForm};
use crate::ui::helpers::{peek, read};
use crate::ui::widgets::EmptyState;
use crate::ui::keyed::keyed;
use crate::ui::widgets::When;

#[component]
pub fn FundingSources() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The source being edited, as it was when its form opened: the form stays open (with
    // what was typed) when another tab changes the list.
    let editing = RwSignal::new(None::<FundingSource>);
    let adding = RwSignal::new(false);
    let sources = move || read(state, |p| p.sustainability.funding.clone());
    view! {
        <section class="tool-section" aria-labelledby="funding-heading">
            <div class="page-head">
                <h2 id="funding-heading">{t(tr::sustainability::FUNDING)}</h2>
                <button type="button" class="primary" on:click=move |_| { editing.set(None); adding.set(true); }>{t(tr::sustainability::ADD_FUNDING)}</button>
            </div>
            <When when=move || adding.get()>
                <FundingForm source=None on_done=move || adding.set(false)/>
            </When>
            {move || editing.get().map(|s| view! { <FundingForm source=Some(s) on_done=move || editing.set(None)/> })}
            {let empty = Memo::new(move |_| sources().is_empty()); move || if empty.get() && !adding.get() {
                view! { <EmptyState title=t(tr::sustainability::FUNDING_EMPTY_TITLE)
                    prompt=t(tr::sustainability::FUNDING_EMPTY_PROMPT)/> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t(tr::route::SUSTAINABILITY)>
                        <table class="funding-table">
                            <caption class="visually-hidden">{t(tr::sustainability::FUNDING)}</caption>
                            <thead><tr>
                                <th scope="col">{t(tr::sustainability::FUNDER)}</th><th scope="col" class="num">{t(tr::sustainability::AMOUNT)}</th><th scope="col">{t(tr::sustainability::PERIOD)}</th>
                                <th scope="col">{t(tr::sustainability::RESTRICTED)}</th><th scope="col">{t(tr::sustainability::STATUS)}</th><th scope="col"><span class="visually-hidden">{t(tr::sustainability::ACTIONS)}</span></th>
                            </tr></thead>
                            <tbody>
                                {keyed(sources, |s| (s.id, s.updated_at), move |s| view! {
                                    <FundingRow source=s.clone() on_edit=Callback::new(move |_| { adding.set(false); editing.set(Some(s.clone())); })/>
                                })}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn FundingRow(source: FundingSource, on_edit: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = source.id;
    let partner = source.partner_id;
    let is_partner = move || read(state, |p| partner.is_some_and(|pid| p.partners.iter().any(|x| x.id == pid)));
    let funder = source.funder.clone();
    let (start, end) = (source.start, source.end);
    let period = tw(move |w| match (start, end) {
        (Some(a), Some(b)) => tr::sustainability::range(w, &w.date(b), &w.date(a)),
        (Some(a), None) => tr::sustainability::from(w, &w.date(a)),
        (None, Some(b)) => tr::sustainability::until(w, &w.date(b)),
        (None, None) => w.get(tr::sustainability::NOT_DATED).to_string(),
    });
    let (minor, currency) = (source.amount.minor, source.amount.currency.clone());
    view! {
        <tr class:hoped=source.status == FundingStatus::HopedFor>
            <th scope="row">{source.funder.clone()}
                <When when=is_partner>" "<span class="badge">{t(tr::sustainability::A_PARTNER)}</span></When>
            </th>
            <td class="num">{tw(move |w| w.money(minor, &currency))}</td>
            <td>{period}</td>
            <td>{t(if source.restricted { tr::sustainability::RESTRICTED } else { tr::sustainability::UNRESTRICTED })}</td>
            <td>{t(source.status.label_key())}</td>
            <td class="row-actions">
                <EditDelete edit_label={ let f = funder.clone(); tw(move |w| tr::sustainability::edit_funding(w, &f)) }
                    delete_label={ let f = funder.clone(); tw(move |w| tr::sustainability::delete_funding(w, &f)) }
                    question={ let f = funder.clone(); tw(move |w| tr::sustainability::delete_funding_question(w, &f)) }
                    deleted=tw(move |w| tr::sustainability::deleted_funding(w, &funder)) on_edit
                    delete=move |p, now| { p.remove::<crate::model::sustainability::FundingSource>(id, now); }/>
            </td>
        </tr>
    }
}

#[component]
fn FundingForm(source: Option<FundingSource>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_new = source.is_none();
    // A new source starts in the currency most used so far, so one-currency partnerships
    // never type it twice.
    let usual = read(state, |p| p.sustainability.funding.last().map(|f| f.amount.currency.clone())).unwrap_or_else(|| "EUR".into());
    let original = source.unwrap_or_else(|| FundingSource::new("", Money::new(0, &usual), state.now()));
    let funder = RwSignal::new(original.funder.clone());
    let amount = RwSignal::new(if is_new { String::new() } else { format_amount(original.amount.minor, &original.amount.currency) });
    let currency = RwSignal::new(original.amount.currency.clone());
    let start = RwSignal::new(original.start.map(iso_date).unwrap_or_default());
    let end = RwSignal::new(original.end.map(iso_date).unwrap_or_default());
    let restricted = RwSignal::new(original.restricted);
    let hoped = RwSignal::new(original.status == FundingStatus::HopedFor);
    let partner = RwSignal::new(original.partner_id);
    let (original, errors, guard) = open_record(original, is_new, "funding", crate::i18n::tr::form::record::FUNDING_SOURCE);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut found = Found::default();
        let mut draft = original.get_value();
        draft.funder = funder.get_untracked().trim().to_string();
        draft.partner_id = partner.get_untracked();
        // Picking the partner is enough: its name is the funder's unless one was typed.
        if draft.funder.is_empty() {
            let pid = draft.partner_id;
            draft.funder = peek(state, |p| p.partners.iter().find(|x| Some(x.id) == pid).map(|x| x.name.clone())).unwrap_or_default();
        }
        draft.amount.currency = currency.get_untracked().trim().upper();
        if let Some(minor) = found.read("amount", parse_amount(&amount.get_untracked(), &draft.amount.currency)) {
            draft.amount.minor = minor;
        }
        if let Some(d) = found.read("start", parse_input_date(&start.get_untracked())) {
            draft.start = d;
        }
        if let Some(d) = found.read("end", parse_input_date(&end.get_untracked())) {
            draft.end = d;
        }
        draft.restricted = restricted.get_untracked();
        draft.status = if hoped.get_untracked() { FundingStatus::HopedFor } else { FundingStatus::Confirmed };
        found.extend(check_funding(&draft));
        if save_record(state, errors, found, guard, draft) {
            on_done();
        }
    };
    view! {
        <RecordForm class="card tool-form" heading=t(if is_new { tr::sustainability::NEW_FUNDING } else { tr::sustainability::EDIT_FUNDING_HEADING }) in_section=true on_submit=submit guard is_new save_new=t(tr::sustainability::SAVE_FUNDING) on_cancel=on_done>
            <TextField form=errors field="funder" label=t(tr::sustainability::FUNDER) value=funder/>
            <PartnerSelect form=errors field="partner" label=t(tr::sustainability::FUNDER_PARTNER) value=partner none=t(tr::sustainability::NOT_A_PARTNER)/>
            <MoneyField form=errors field="amount" label=t(tr::sustainability::AMOUNT_PERIOD) amount currency currency_label=t(tr::sustainability::CURRENCY_ISO)/>
            <DateField form=errors field="start" label=t(tr::sustainability::START) value=start/>
            <DateField form=errors field="end" label=t(tr::sustainability::END) value=end/>
            <CheckField form=errors field="restricted" label=t(tr::sustainability::RESTRICTED_CHECK) value=restricted/>
            <CheckField form=errors field="hoped" label=t(tr::sustainability::HOPED_CHECK) value=hoped/>
        </RecordForm>
    }
}
