//! The offer/need form, used by the editor and by the workshop. Its fields live in a
//! [`Draft`] owned by the caller, so the workshop keeps half-typed text across steps.
use leptos::prelude::*;
use uuid::Uuid;

use super::super::state::AppState;
use crate::i18n::{tr, Lang};
use crate::ui::helpers::{focus_soon, peek};
use crate::ui::i18n::{t, I18n};
use crate::model::resources::{check_entry, Amount, Decimal, Entry, EntryKind, Strength};
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::form::{DateField, FormErrors, FormGuard, Found, GuardMessage, ListSelect, NumberField, PartnerSelect, SuggestField, TextField};

/// What the user has typed so far.
#[derive(Clone, Copy)]
pub struct Draft {
    pub partner: RwSignal<Option<Uuid>>,
    pub category: RwSignal<Option<Uuid>>,
    pub description: RwSignal<String>,
    pub strength: RwSignal<Strength>,
    pub amount: RwSignal<String>,
    pub unit: RwSignal<String>,
    pub from: RwSignal<String>,
    pub until: RwSignal<String>,
}

impl Draft {
    pub fn new(partner: Option<Uuid>, category: Option<Uuid>) -> Draft {
        Draft {
            partner: RwSignal::new(partner),
            category: RwSignal::new(category),
            description: RwSignal::new(String::new()),
            strength: RwSignal::new(Strength::Medium),
            amount: RwSignal::new(String::new()),
            unit: RwSignal::new(String::new()),
            from: RwSignal::new(String::new()),
            until: RwSignal::new(String::new()),
        }
    }

    pub fn of(e: &Entry) -> Draft {
        let d = Draft::new(Some(e.partner_id), Some(e.category_id));
        d.description.set(e.description.clone());
        d.strength.set(e.strength);
        if let Some(a) = &e.amount {
            d.amount.set(a.value.plain());
            d.unit.set(a.unit.clone());
        }
        d.from.set(e.available_from.map(iso_date).unwrap_or_default());
        d.until.set(e.available_until.map(iso_date).unwrap_or_default());
        d
    }

    /// What is typed, as plain values (reading tracks every field).
    pub fn values(&self) -> DraftValues {
        DraftValues {
            partner: self.partner.get(),
            category: self.category.get(),
            description: self.description.get(),
            strength: self.strength.get(),
            amount: self.amount.get(),
            unit: self.unit.get(),
            from: self.from.get(),
            until: self.until.get(),
        }
    }

    pub fn from_values(v: DraftValues) -> Draft {
        Draft {
            partner: RwSignal::new(v.partner),
            category: RwSignal::new(v.category),
            description: RwSignal::new(v.description),
            strength: RwSignal::new(v.strength),
            amount: RwSignal::new(v.amount),
            unit: RwSignal::new(v.unit),
            from: RwSignal::new(v.from),
            until: RwSignal::new(v.until),
        }
    }

    /// Ready for the next entry: the words go, the partner and category stay.
    fn clear(&self) {
        self.description.set(String::new());
        self.amount.set(String::new());
        self.unit.set(String::new());
        self.from.set(String::new());
        self.until.set(String::new());
        self.strength.set(Strength::Medium);
    }

    /// The draft applied to `e`; what could not be read goes to `found`, by field name.
    fn apply(&self, mut e: Entry, found: &mut Found) -> Entry {
        e.partner_id = self.partner.get_untracked().unwrap_or_default();
        e.category_id = self.category.get_untracked().unwrap_or_default();
        e.description = self.description.get_untracked().trim().to_string();
        e.strength = self.strength.get_untracked();
        let (amount, unit) = (self.amount.get_untracked(), self.unit.get_untracked());
        e.amount = None;
        if !amount.trim().is_empty() || !unit.trim().is_empty() {
            let value = Decimal::read(&amount);
            e.amount = found.read("amount", value).map(|v| Amount::new(v, unit.trim()));
        }
        if let Some(d) = found.read("available_from", parse_input_date(&self.from.get_untracked())) {
            e.available_from = d;
        }
        if let Some(d) = found.read("available_until", parse_input_date(&self.until.get_untracked())) {
            e.available_until = d;
        }
        e
    }
}

/// A draft's content outside the reactive system, to keep it while its screen is closed.
#[derive(Clone, Debug, Default)]
pub struct DraftValues {
    pub partner: Option<Uuid>,
    pub category: Option<Uuid>,
    pub description: String,
    pub strength: Strength,
    pub amount: String,
    pub unit: String,
    pub from: String,
    pub until: String,
}

/// Adds (when `entry` is `None`) or edits an offer or need. `show_partner` is false in the
/// workshop, where whose turn it is decides the partner.
#[component]
pub fn EntryForm(
    draft: Draft,
    kind: EntryKind,
    entry: Option<Entry>,
    #[prop(default = true)] show_partner: bool,
    on_done: impl Fn() + 'static + Send + Sync + Copy,
    #[prop(optional)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let is_new = entry.is_none();
    let guard = FormGuard::new(entry.as_ref().map(|e| e.updated_at), crate::i18n::tr::form::record::OTHER);
    let base = StoredValue::new(entry.unwrap_or_else(|| Entry::new(Uuid::nil(), kind, Uuid::nil(), "", Strength::Medium, state.now())));
    let errors = FormErrors::new(format!("entry-{}", base.with_value(|e| e.id)));
    let categories = peek(state, |p| {
        p.resources.ordered_categories().into_iter().map(|c| (Some(c.id), c.name.clone())).collect::<Vec<_>>()
    });
    let description_selector = format!("#{}", errors.id("description"));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = Found::default();
        let e = draft.apply(base.get_value(), &mut found);
        found.extend(peek(state, |p| check_entry(&e, p)));
        if !errors.show(found) || (!is_new && guard.blocks_in(|p| &p.resources.entries, e.id)) {
            return;
        }
        state.edit(None, move |p, now| p.upsert(e, now));
        if is_new {
            draft.clear();
            base.update_value(|b| b.id = Uuid::new_v4());
            // Ready for the next one at once: round-the-table entry is fast typing.
            focus_soon(description_selector.clone());
        }
        on_done();
    };
    let has_details = !draft.amount.get_untracked().is_empty()
        || !draft.from.get_untracked().is_empty()
        || !draft.until.get_untracked().is_empty();
    use tr::resources::entries;
    let offer = kind == EntryKind::Offer;
    let title = t(match (is_new, offer) {
        (true, true) => entries::NEW_OFFER,
        (true, false) => entries::NEW_NEED,
        (false, true) => entries::EDIT_OFFER_HEADING,
        (false, false) => entries::EDIT_NEED_HEADING,
    });
    let (what, how) = if offer { (entries::WHAT_OFFERED, entries::HOW_MUCH_GIVEN) } else { (entries::WHAT_NEEDED, entries::HOW_BIG_NEED) };
    let submit_text = t(match (is_new, offer) {
        (false, _) => tr::form::SAVE_CHANGES,
        (true, true) => entries::ADD_OFFER,
        (true, false) => entries::ADD_NEED,
    });
    view! {
        <form class="card entry-form" on:submit=submit aria-label=title>
            {show_partner.then(|| view! { <PartnerSelect form=errors field="partner" label=t(entries::PARTNER) value=draft.partner none=t(entries::CHOOSE)/> })}
            // The options are words read when drawn, so they are drawn again in a new language
            // (what is chosen stays in the draft).
            {move || {
                let choose = i.with(|w| w.get(entries::CHOOSE).to_string());
                let options = std::iter::once((None, choose)).chain(categories.clone()).collect::<Vec<_>>();
                view! { <ListSelect form=errors field="category" label=t(entries::CATEGORY) value=draft.category options/> }
            }}
            <TextField form=errors field="description" label=t(what) value=draft.description wide=true/>
            {move || {
                // Strength with its level, the number people score with on the heat-map.
                let options = i.with(|w| Strength::ALL.into_iter().map(|s| (s, entries::strength_level(w, &w.integer(s.level().into()), w.get(s.label_key())))).collect::<Vec<_>>());
                view! { <ListSelect form=errors field="strength" label=t(how) value=draft.strength options/> }
            }}
            <details class="wide more-details" open=has_details>
                <summary>{t(entries::DETAILS)}</summary>
                <div class="detail-fields">
                    <NumberField form=errors field="amount" label=t(entries::AMOUNT) value=draft.amount/>
                    {move || view! { <SuggestField form=errors field="unit" label=t(entries::UNIT) value=draft.unit suggestions=units(i.lang())/> }}
                    <DateField form=errors field="available_from" label=t(entries::AVAILABLE_FROM) value=draft.from/>
                    <DateField form=errors field="available_until" label=t(entries::AVAILABLE_UNTIL) value=draft.until/>
                </div>
            </details>
            <GuardMessage guard/>
            <div class="form-actions wide">
                <button type="submit" class="primary">{submit_text}</button>
                {on_cancel.map(|c| view! { <button type="button" on:click=move |_| c.run(())>{t(tr::resources::CANCEL)}</button> })}
            </div>
        </form>
    }
}

/// The units suggested for an amount, in each language: currencies, then time (a unit is
/// typed text, so the suggestions are the language's words).
fn units(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["USD", "EUR", "GBP", "hours", "days"],
        Lang::Es => &["USD", "EUR", "GBP", "horas", "días"],
        Lang::Fr => &["USD", "EUR", "GBP", "heures", "jours"],
    }
}
