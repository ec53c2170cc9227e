//! Older files keep loading: each schema version has one step that turns it into the next,
//! applied to the raw JSON before it is read into the typed model.
//!
//! | version | what changed |
//! |---|---|
//! | 1 | the first prototype: `title` for the partnership's name; partners had `organisation` and a free-text `type` |
//! | 2 | `name`; partners have `name` and a fixed `sector` (non_profit, corporate, …) |
//! | 3 | field-level merging: `at` (stamps) on records and the partnership, `seen`, and tombstone `stamp` (all optional); a charter's sign-offs and terms, a health round's ratings and a voting round's ballots hold one entry per partner (or voter) |
//! | 4 | a retrospective's "went well" and "was hard" cards are records (`id`, `text`, stamps) instead of bare texts, so cards from several devices merge |
use crate::model::text::Case;
use serde_json::{Map, Value};

/// The schema version this app writes.
pub const CURRENT: u32 = 4;
/// The oldest schema version this app still reads.
pub const OLDEST: u32 = 1;

/// Brings `partnership` (the JSON object under the file's `partnership` key) from schema
/// version `from` up to [`CURRENT`]. Errors name the place and what was unexpected.
pub fn migrate(partnership: &mut Value, from: u32) -> Result<(), String> {
    let mut version = from;
    while version < CURRENT {
        match version {
            1 => v1_to_v2(partnership)?,
            2 => v2_to_v3(partnership),
            3 => v3_to_v4(partnership),
            v => return Err(format!("no migration from schema version {v}")),
        }
        version += 1;
    }
    Ok(())
}

fn v1_to_v2(p: &mut Value) -> Result<(), String> {
    let obj = p.as_object_mut().ok_or("partnership: expected an object")?;
    rename(obj, "title", "name");
    if let Some(partners) = obj.get_mut("partners") {
        let list = partners.as_array_mut().ok_or("partnership.partners: expected a list")?;
        for (i, partner) in list.iter_mut().enumerate() {
            let partner = partner
                .as_object_mut()
                .ok_or_else(|| format!("partnership.partners[{i}]: expected an object"))?;
            rename(partner, "organisation", "name");
            if let Some(kind) = partner.remove("type") {
                let text = kind.as_str().unwrap_or_default().to_string();
                let sector = sector_from_v1_type(&text);
                partner.insert("sector".into(), Value::String(sector.into()));
                // A type that fits no sector is kept in the notes, never dropped.
                if sector == "other" && !text.trim().is_empty() {
                    let notes = partner.get("notes").and_then(Value::as_str).unwrap_or("");
                    let sep = if notes.is_empty() { "" } else { "\n" };
                    let kept = format!("{notes}{sep}Type in the old file: {}", text.trim());
                    partner.insert("notes".into(), Value::String(kept));
                }
            }
        }
    }
    Ok(())
}

/// Schema 3 merges a charter's sign-offs and terms, a round's ratings and ballots entry by
/// entry, keyed by partner (or voter). Schema 2 never wrote two entries for one key, but a
/// hand-edited file could: the last one is kept, as the screens of schema 2 showed it. The
/// new fields (`at`, `seen`) are optional: a file without them merges by its records'
/// versions until its fields are edited again.
fn v2_to_v3(p: &mut Value) {
    let dedupe = |list: Option<&mut Value>, key: &str| {
        if let Some(Value::Array(items)) = list {
            let mut seen = std::collections::HashSet::new();
            let mut kept: Vec<Value> = Vec::with_capacity(items.len());
            for item in items.drain(..).rev() {
                let k = item.get(key).map(Value::to_string);
                if k.is_none() || seen.insert(k) {
                    kept.push(item);
                }
            }
            kept.reverse();
            *items = kept;
        }
    };
    if let Some(charter) = p.get_mut("charter") {
        dedupe(charter.get_mut("sign_offs"), "partner");
        dedupe(charter.get_mut("partner_terms"), "partner");
    }
    for (section, list, key) in [("health", "ratings", "partner"), ("ideas", "ballots", "voter")] {
        let rounds = p.get_mut(section).and_then(|s| s.get_mut("rounds")).and_then(Value::as_array_mut);
        for round in rounds.into_iter().flatten() {
            dedupe(round.get_mut(list), key);
        }
    }
}

/// Schema 4 gives each retrospective card an id. The id is derived from the retrospective's
/// id, the column and the card's place, not drawn at random: two devices that update the
/// same old file get the same cards, which then merge instead of appearing twice. A card
/// takes its retrospective's creation time (when it was written is not known).
fn v3_to_v4(p: &mut Value) {
    let retros = p.get_mut("learning").and_then(|l| l.get_mut("retrospectives")).and_then(Value::as_array_mut);
    for retro in retros.into_iter().flatten() {
        let base = retro.get("id").and_then(Value::as_str).and_then(|s| uuid::Uuid::parse_str(s).ok()).map(|u| u.as_u128());
        let made = retro.get("created_at").cloned().unwrap_or(Value::Null);
        for (column, name) in [(1u128, "went_well"), (2, "was_hard")] {
            let Some(Value::Array(cards)) = retro.get_mut(name) else { continue };
            for (i, card) in cards.iter_mut().enumerate() {
                let Value::String(text) = card else { continue };
                // Only bits below the variant and version bits change, so the id stays a v4 uuid.
                let id = base.map_or_else(super::record::new_id, |b| uuid::Uuid::from_u128(b ^ (column << 40 | (i as u128 + 1))));
                let mut o = Map::new();
                o.insert("id".into(), Value::String(id.to_string()));
                o.insert("created_at".into(), made.clone());
                o.insert("updated_at".into(), made.clone());
                o.insert("text".into(), Value::String(std::mem::take(text)));
                *card = Value::Object(o);
            }
        }
    }
}

fn rename(obj: &mut Map<String, Value>, from: &str, to: &str) {
    if !obj.contains_key(to) {
        if let Some(v) = obj.remove(from) {
            obj.insert(to.to_string(), v);
        }
    }
}

/// The prototype let people type anything; these are the words they used.
fn sector_from_v1_type(text: &str) -> &'static str {
    let t = text.lower();
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    if has(&["ngo", "non-profit", "nonprofit", "non profit", "charity", "not-for-profit"]) {
        "non_profit"
    } else if has(&["business", "company", "corporate", "corporation", "private"]) {
        "corporate"
    } else if has(&["government", "council", "public", "municipal", "agency"]) {
        "government"
    } else if has(&["community"]) {
        "community_group"
    } else if has(&["funder", "foundation", "philanthrop", "donor"]) {
        "funder"
    } else if has(&["university", "academic", "research", "college", "school"]) {
        "academic"
    } else {
        "other"
    }
}

#[cfg(test)]
mod tests;
