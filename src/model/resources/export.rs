//! The map as CSV for spreadsheets: one row per offer or need.
use chrono::{DateTime, Utc};

use super::{Entry, EntryKind};
use crate::i18n::Words;
use crate::model::csv;
use crate::model::time::iso_date;
use crate::model::Partnership;
use crate::model::order::sort_by_key;

/// The columns, worded in the interface's language.
const HEADER: [crate::i18n::Key; 12] = {
    use crate::i18n::tr::model::csv::resources;
    [
        resources::PARTNER, resources::KIND, resources::CATEGORY, resources::DESCRIPTION, resources::STRENGTH,
        resources::LEVEL, resources::AMOUNT, resources::UNIT, resources::AVAILABLE_FROM, resources::AVAILABLE_UNTIL,
        resources::COMMITMENTS, resources::ENTRY_ID,
    ]
};

/// Rows in partner-directory order, then category order, offers before needs. Amounts are
/// plain decimals (`12500.5`) so spreadsheets read them as numbers. Headers and words in the
/// interface's language.
pub fn csv(p: &Partnership) -> String {
    crate::i18n::with_current(|w| csv_in(p, w))
}

fn csv_in(p: &Partnership, w: &Words) -> String {
    use crate::i18n::tr::model::csv::resources;
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
                    EntryKind::Offer => resources::to(w, &p.partner_name(c.to_partner)),
                    EntryKind::Need => resources::from(w, &p.partner_name(c.from_partner)),
                })
                .collect();
            vec![
                p.partner_name(e.partner_id),
                w.get(e.kind.label_key()).to_string(),
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
    csv::table(&HEADER.map(|k| w.get(k)), &rows)
}

/// "riverside-food-security-partnership-resources-2026-11-27.csv"
pub fn csv_file_name(p: &Partnership, now: DateTime<Utc>) -> String {
    let date = iso_date(now.date_naive());
    let json = crate::model::file::file_name(p, now);
    let slug = json.strip_suffix(&format!("-{date}.json")).unwrap_or("partnership");
    format!("{slug}-resources-{date}.csv")
}
