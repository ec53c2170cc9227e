//! Validation reports every problem with its place (`partners[3].name`), never just the first,
//! so that someone fixing a file by hand sees the whole list at once.
pub use super::check::Problem;
use crate::i18n::tr;
use super::check::{Checker, Item};
use super::record::IdSet;
use super::Partnership;

/// Every problem in the partnership; empty means valid.
pub fn validate(p: &Partnership) -> Vec<Problem> {
    let mut c = Checker::with_deleted(p.tombstones.iter().map(|t| t.id).collect::<IdSet>());
    c.not_blank("name", &p.name, tr::problem::what::PARTNERSHIP_NAME);
    c.times("partnership", p.created_at, p.updated_at);
    c.unique_id("partnership", p.id);
    // Two partners with the same name are allowed here (groups merging files may both have
    // added one organisation); the partner form refuses them (`partners::check_partner`).
    for (i, partner) in p.partners.iter().enumerate() {
        let path = Item("partners", i);
        c.record(path, partner);
        c.not_blank(format!("{path}.name"), &partner.name, tr::problem::what::PARTNER_NAME);
        c.not_deleted(path, partner.id, tr::problem::what::THIS_PARTNER);
        c.date(path, "joined", partner.joined);
    }
    for (i, t) in p.tombstones.iter().enumerate() {
        c.date(Item("tombstones", i), "deleted_at", t.deleted_at.date_naive());
    }
    super::causes::check(&mut c, p);
    super::goals::check(&mut c, p);
    super::metrics::check(&mut c, p);
    super::charter::check(&mut c, &p.charter);
    super::checkins::check(&mut c, p);
    super::health::check(&mut c, p);
    super::community::check(p, &mut c);
    super::ideas::check(p, &mut c);
    super::resources::check(&mut c, p);
    super::stories::check(p, &mut c);
    super::learning::check(p, &mut c);
    super::sustainability::check(p, &mut c);
    super::report::check(&mut c, &p.report);
    c.problems
}

#[cfg(test)]
mod tests;
