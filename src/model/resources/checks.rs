//! What makes a resource map valid: for forms (`check_entry`, `check_category_name`) and for
//! whole files (`check`, called from `validate::validate` with JSON paths).
use crate::model::text::Case;
use std::collections::HashSet;

use uuid::Uuid;

use super::{Entry, EntryKind, ResourceMap};
use crate::model::check::Checker;
use crate::model::record::{IdMap, IdSet};
use crate::model::{Partnership, Problem};
use crate::model::check::Item;
use crate::i18n::{tr, Msg};

/// The trimmed name if it can be used for the category `id` (`None` for a new one).
pub fn check_category_name(map: &ResourceMap, id: Option<Uuid>, name: &str) -> Result<String, Problem> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Problem::new("name", tr::problem::resources::CATEGORY_NAME));
    }
    if map.categories.iter().any(|c| Some(c.id) != id && c.name.trim().eq_ignore_ascii_case(name)) {
        return Err(Problem::new("name", Msg::new(tr::problem::resources::CATEGORY_TAKEN).text("name", name)));
    }
    Ok(name.to_string())
}

/// What stops `entry` from being saved in `p`. Paths are field names, for a form.
pub fn check_entry(entry: &Entry, p: &Partnership) -> Vec<Problem> {
    let mut problems = Vec::new();
    if entry.description.trim().is_empty() {
        let what = match entry.kind {
            EntryKind::Offer => tr::problem::resources::OFFER_WHAT,
            EntryKind::Need => tr::problem::resources::NEED_WHAT,
        };
        problems.push(Problem::new("description", what));
    }
    if p.resources.category(entry.category_id).is_none() {
        problems.push(Problem::new("category", tr::problem::resources::CHOOSE_CATEGORY));
    }
    if p.partner(entry.partner_id).is_none() {
        problems.push(Problem::new("partner", tr::problem::resources::CHOOSE_PARTNER));
    }
    if let Some(a) = &entry.amount {
        if a.value.is_zero() {
            problems.push(Problem::new("amount", tr::problem::resources::AMOUNT_ZERO));
        }
        if a.unit.trim().is_empty() {
            problems.push(Problem::new("unit", tr::problem::resources::UNIT));
        }
    }
    if let (Some(from), Some(until)) = (entry.available_from, entry.available_until) {
        if until < from {
            problems.push(Problem::new("available_until", tr::problem::resources::END_BEFORE_START));
        }
    }
    problems
}

/// Adds every problem of the partnership's resource map to `c`.
pub fn check(c: &mut Checker, p: &Partnership) {
    let r = &p.resources;
    let mut names = HashSet::new();
    for (i, cat) in r.categories.iter().enumerate() {
        let path = Item("resources.categories", i);
        c.record(path, cat);
        c.not_blank(format!("{path}.name"), &cat.name, tr::problem::what::CATEGORY_NAME);
        let key = cat.name.trim().lower();
        if !key.is_empty() && !names.insert(key) {
            c.problem(format!("{path}.name"), Msg::new(tr::problem::resources::CATEGORY_TWICE).text("name", cat.name.trim()));
        }
        c.not_deleted(path, cat.id, tr::problem::what::THIS_CATEGORY);
    }
    // Looked up in maps, not by searching the lists: a large map's entries times its
    // categories, partners or commitments must not be what a file takes to open.
    let categories: IdSet = r.categories.iter().map(|c| c.id).collect();
    let partners: IdSet = p.partners.iter().map(|p| p.id).collect();
    let mut entries: IdMap<&Entry> = IdMap::default();
    for e in r.entries.iter().rev() {
        entries.insert(e.id, e);
    }
    for (i, e) in r.entries.iter().enumerate() {
        let path = Item("resources.entries", i);
        c.record(path, e);
        c.not_blank(format!("{path}.description"), &e.description, tr::problem::what::DESCRIPTION);
        if !categories.contains(&e.category_id) {
            c.problem(format!("{path}.category_id"), tr::problem::resources::NO_CATEGORY);
        }
        if !partners.contains(&e.partner_id) {
            c.problem(format!("{path}.partner_id"), tr::problem::resources::NO_PARTNER);
        }
        if let Some(a) = &e.amount {
            if a.value.is_zero() {
                c.problem(format!("{path}.amount.value"), tr::problem::resources::STORED_AMOUNT_ZERO);
            }
            c.not_blank(format!("{path}.amount.unit"), &a.unit, tr::problem::what::AMOUNT_UNIT);
        }
        if let (Some(from), Some(until)) = (e.available_from, e.available_until) {
            if until < from {
                c.problem(format!("{path}.available_until"), tr::problem::resources::ENDS_BEFORE);
            }
        }
        c.date(path, "available_from", e.available_from);
        c.date(path, "available_until", e.available_until);
        c.not_deleted(path, e.id, tr::problem::what::THIS_ENTRY);
    }
    let mut pairs = HashSet::new();
    for (i, k) in r.commitments.iter().enumerate() {
        let path = Item("resources.commitments", i);
        c.record(path, k);
        let sides = [
            ("offer_id", k.offer_id, EntryKind::Offer, "from_partner", k.from_partner),
            ("need_id", k.need_id, EntryKind::Need, "to_partner", k.to_partner),
        ];
        for (field, id, kind, partner_field, partner) in sides {
            match entries.get(&id) {
                None => c.problem(format!("{path}.{field}"), tr::problem::resources::NO_ENTRY),
                Some(e) if e.kind != kind => c.problem(format!("{path}.{field}"), match kind {
                    EntryKind::Offer => tr::problem::resources::NOT_AN_OFFER,
                    EntryKind::Need => tr::problem::resources::NOT_A_NEED,
                }),
                Some(e) if e.partner_id != partner => {
                    c.problem(format!("{path}.{partner_field}"), tr::problem::resources::NOT_ENTRYS_PARTNER)
                }
                Some(_) => {}
            }
        }
        c.date(path, "due", k.due);
        if k.from_partner == k.to_partner {
            c.problem(format!("{path}.to_partner"), tr::problem::resources::SELF_COMMITMENT);
        }
        if !pairs.insert((k.offer_id, k.need_id)) {
            c.problem(path.to_string(), tr::problem::resources::COMMITTED_TWICE);
        }
        c.not_deleted(path, k.id, tr::problem::what::THIS_COMMITMENT);
    }
}
