//! The offer/need form, used by the editor and by the workshop. Its fields live in a
//! [`Draft`] owned by the caller, so the workshop keeps half-typed text across steps.
use leptos::prelude::*;
use uuid::Uuid;

use crate::ui::drafts::{FormGuard, GuardMessage};
use super::super::state::AppState;
use crate::ui::helpers::{focus_soon, peek};
use crate::model::resources::{check_entry, Amount, Decimal, Entry, EntryKind, Strength};
use crate::model::time::{iso_date, parse_input_date};
use crate::model::Problem;

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

    /// The draft applied to `base`, or the problems, by field name.
    fn apply(&self, mut e: Entry) -> Result<Entry, Vec<Problem>> {
        let mut problems = Vec::new();
        e.partner_id = self.partner.get_untracked().unwrap_or_default();
        e.category_id = self.category.get_untracked().unwrap_or_default();
        e.description = self.description.get_untracked().trim().to_string();
        e.strength = self.strength.get_untracked();
        let (amount, unit) = (self.amount.get_untracked(), self.unit.get_untracked());
        e.amount = None;
        if !amount.trim().is_empty() || !unit.trim().is_empty() {
            match Decimal::parse(&amount) {
                Ok(v) => e.amount = Some(Amount::new(v, unit.trim())),
                Err(why) => problems.push(Problem::new("amount", format!("Amount: {why}."))),
            }
        }
        for (field, text, slot) in [("available_from", self.from, &mut e.available_from), ("available_until", self.until, &mut e.available_until)] {
            match parse_input_date(&text.get_untracked()) {
                Ok(d) => *slot = d,
                Err(why) => problems.push(Problem::new(field, why)),
            }
        }
        if problems.is_empty() { Ok(e) } else { Err(problems) }
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
    let is_new = entry.is_none();
    let guard = FormGuard::new(entry.as_ref().map(|e| e.updated_at), "entry");
    let base = StoredValue::new(entry.unwrap_or_else(|| Entry::new(Uuid::nil(), kind, Uuid::nil(), "", Strength::Medium, state.now())));
    let fid = {
        let prefix = format!("entry-{}", base.with_value(|e| e.id));
        move |f: &str| format!("{prefix}-{f}")
    };
    let problems = RwSignal::new(Vec::<Problem>::new());
    let err = move |field: &'static str| move || problems.with(|ps| ps.iter().find(|p| p.path == field).map(|p| p.message.clone()));
    let invalid = move |field: &'static str| move || problems.with(|ps| ps.iter().any(|p| p.path == field)).then_some("true");
    let (partners, categories) = peek(state, |p| {
        (
            p.partners.iter().map(|x| (x.id, x.name.clone())).collect::<Vec<_>>(),
            p.resources.ordered_categories().iter().map(|c| (c.id, c.name.clone())).collect::<Vec<_>>(),
        )
    });
    let noun = kind.label().to_lowercase();
    let description_selector = format!("#{}", fid("description"));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let checked = draft.apply(base.get_value()).and_then(|e| {
            let ps = peek(state, |p| check_entry(&e, p));
            if ps.is_empty() { Ok(e) } else { Err(ps) }
        });
        match checked {
            Ok(e) => {
                problems.set(Vec::new());
                if !is_new && guard.blocks_in(|p| &p.resources.entries, e.id) {
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
            }
            Err(ps) => problems.set(ps),
        }
    };
    let has_details = !draft.amount.get_untracked().is_empty()
        || !draft.from.get_untracked().is_empty()
        || !draft.until.get_untracked().is_empty();
    let title = format!("{} {noun}", if is_new { "New" } else { "Edit" });
    let select_change = |sig: RwSignal<Option<Uuid>>| move |ev| sig.set(Uuid::parse_str(&event_target_value(&ev)).ok());
    view! {
        <form class="card entry-form" on:submit=submit aria-label=title.clone()>
            {show_partner.then(|| view! {
                <div class="field">
                    <label for=fid("partner")>"Partner"</label>
                    <select id=fid("partner") on:change=select_change(draft.partner) aria-invalid=invalid("partner")>
                        <option value="" selected=move || draft.partner.get().is_none()>"Choose…"</option>
                        {partners.into_iter().map(|(id, name)| view! {
                            <option value=id.to_string() selected=move || draft.partner.get() == Some(id)>{name}</option>
                        }).collect_view()}
                    </select>
                    <p class="field-error">{err("partner")}</p>
                </div>
            })}
            <div class="field">
                <label for=fid("category")>"Category"</label>
                <select id=fid("category") on:change=select_change(draft.category) aria-invalid=invalid("category")>
                    <option value="" selected=move || draft.category.get().is_none()>"Choose…"</option>
                    {categories.into_iter().map(|(id, name)| view! {
                        <option value=id.to_string() selected=move || draft.category.get() == Some(id)>{name}</option>
                    }).collect_view()}
                </select>
                <p class="field-error">{err("category")}</p>
            </div>
            <div class="field wide">
                <label for=fid("description")>{if kind == EntryKind::Offer { "What is offered" } else { "What is needed" }}</label>
                <input id=fid("description") type="text" prop:value=draft.description
                    on:input=move |e| draft.description.set(event_target_value(&e)) aria-invalid=invalid("description")/>
                <p class="field-error">{err("description")}</p>
            </div>
            <div class="field">
                <label for=fid("strength")>{if kind == EntryKind::Offer { "How much can be given" } else { "How big is the need" }}</label>
                <select id=fid("strength") on:change=move |e| if let Some(s) = Strength::from_key(&event_target_value(&e)) { draft.strength.set(s) }>
                    {Strength::ALL.into_iter().map(|s| view! {
                        <option value=s.key() selected=move || draft.strength.get() == s>{format!("{} ({})", s.label(), s.level())}</option>
                    }).collect_view()}
                </select>
            </div>
            <details class="wide more-details" open=has_details>
                <summary>"Amount and dates (optional)"</summary>
                <div class="detail-fields">
                    <div class="field">
                        <label for=fid("amount")>"Amount"</label>
                        <input id=fid("amount") type="text" inputmode="decimal" prop:value=draft.amount
                            on:input=move |e| draft.amount.set(event_target_value(&e)) aria-invalid=invalid("amount")/>
                        <p class="field-error">{err("amount")}</p>
                    </div>
                    <div class="field">
                        <label for=fid("unit")>"Unit (USD, hours…)"</label>
                        <input id=fid("unit") type="text" list=fid("units") prop:value=draft.unit
                            on:input=move |e| draft.unit.set(event_target_value(&e)) aria-invalid=invalid("unit")/>
                        <p class="field-error">{err("unit")}</p>
                    </div>
                    <div class="field">
                        <label for=fid("from")>"Available from"</label>
                        <input id=fid("from") type="date" prop:value=draft.from on:input=move |e| draft.from.set(event_target_value(&e))/>
                        <p class="field-error">{err("available_from")}</p>
                    </div>
                    <div class="field">
                        <label for=fid("until")>"Available until"</label>
                        <input id=fid("until") type="date" prop:value=draft.until on:input=move |e| draft.until.set(event_target_value(&e))/>
                        <p class="field-error">{err("available_until")}</p>
                    </div>
                </div>
                <datalist id=fid("units")>
                    <option value="USD"/><option value="EUR"/><option value="GBP"/><option value="hours"/><option value="days"/>
                </datalist>
            </details>
            <GuardMessage guard/>
            <div class="form-actions wide">
                <button type="submit" class="primary">{if is_new { format!("Add {noun}") } else { "Save changes".to_string() }}</button>
                {on_cancel.map(|c| view! { <button type="button" on:click=move |_| c.run(())>"Cancel"</button> })}
            </div>
        </form>
    }
}
