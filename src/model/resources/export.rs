//! The map as CSV for spreadsheets: one row per offer or need.
use chrono::{DateTime, Utc};

use super::{Entry, EntryKind};
use crate::model::csv;
use crate::model::time::iso_date;
use crate::model::Partnership;
use crate::model::order::sort_by_key;

const HEADER: [&str; 12] = [
    "Partner",
    "Kind",
    "Category",
    "Description",
    "Strength",
    "Level (1-3)",
    "Amount",
    "Unit",
    "Available from",
    "Available until",
    "Commitments",
    "Entry id",
];

/// Rows in partner-directory order, then category order, offers before needs. Amounts are
/// plain decimals (`12500.5`) so spreadsheets read them as numbers.
pub fn csv(p: &Partnership) -> String {
    let r = &p.resources;
    let cat_rank = |e: &Entry| r.ordered_categories().iter().position(|c| c.id == e.category_id);
    let partner_rank = |e: &Entry| p.partners.iter().position(|x| x.id == e.partner_id);
    let mut entries: Vec<&Entry> = r.entries.iter().collect();
    sort_by_key(&mut entries, |e| (partner_rank(e), cat_rank(e), e.kind == EntryKind::Need, e.created_at));
    let rows: Vec<Vec<String>> = entries
        .into_iter()
        .map(|e| {
            let commitments: Vec<String> = r
                .commitments_of_entry(e.id)
                .iter()
                .map(|c| match e.kind {
                    EntryKind::Offer => format!("to {}", p.partner_name(c.to_partner)),
                    EntryKind::Need => format!("from {}", p.partner_name(c.from_partner)),
                })
                .collect();
            vec![
                p.partner_name(e.partner_id),
                e.kind.label().to_string(),
                r.category_name(e.category_id),
                e.description.clone(),
                e.strength.key().to_string(),
                e.strength.level().to_string(),
                e.amount.as_ref().map(|a| a.value.plain()).unwrap_or_default(),
                e.amount.as_ref().map(|a| a.unit.trim().to_string()).unwrap_or_default(),
                e.available_from.map(iso_date).unwrap_or_default(),
                e.available_until.map(iso_date).unwrap_or_default(),
                commitments.join("; "),
                e.id.to_string(),
            ]
        })
        .collect();
    csv::table(&HEADER, &rows)
}

/// "riverside-food-security-partnership-resources-2026-11-27.csv"
pub fn csv_file_name(p: &Partnership, now: DateTime<Utc>) -> String {
    let date = iso_date(now.date_naive());
    let json = crate::model::file::file_name(p, now);
    let slug = json.strip_suffix(&format!("-{date}.json")).unwrap_or("partnership");
    format!("{slug}-resources-{date}.csv")
}
