//! The sample partnership's resource map: every partner offers and needs something; the food
//! bank's stock-system need is a gap (nobody offers technology), and funding depends on the
//! Harvest Foundation alone. Two matches are already agreed.
use chrono::{DateTime, Duration, Utc};

use super::{accept_match, Amount, Decimal, Entry, EntryKind, Strength};
use crate::model::Partnership;

use EntryKind::{Need, Offer};
use Strength::{Large, Medium, Small};

struct Seed {
    /// Index into the sample's partner list.
    partner: usize,
    kind: EntryKind,
    category: &'static str,
    description: &'static str,
    strength: Strength,
    amount: Option<(i64, &'static str)>,
    /// Days from today when it starts and ends being available.
    days: Option<(i64, i64)>,
}

const fn seed(partner: usize, kind: EntryKind, category: &'static str, description: &'static str, strength: Strength) -> Seed {
    Seed { partner, kind, category, description, strength, amount: None, days: None }
}

const SEEDS: [Seed; 24] = [
    // Riverside Food Bank
    seed(0, Offer, "Volunteers", "About 120 trained volunteers for sorting and deliveries", Large),
    seed(0, Offer, "Community knowledge", "Knows which east-side families are missing meals", Large),
    seed(0, Offer, "Facilities", "Two pantry sites with cold storage", Medium),
    Seed { amount: Some((30_000, "USD")), ..seed(0, Need, "Funding", "Wages for a second delivery driver", Medium) },
    seed(0, Need, "Technology", "A stock system that shows what each pantry holds", Medium),
    // FreshMart Groceries
    seed(1, Offer, "Facilities", "Meeting room and car park at the main store", Medium),
    seed(1, Offer, "Expertise", "Logistics and route planning", Medium),
    Seed { amount: Some((200, "hours")), ..seed(1, Offer, "Volunteers", "Staff volunteer days", Small) },
    seed(1, Need, "Data", "Evidence that donated food reaches families, for the annual report", Small),
    // City Council – Public Health
    seed(2, Offer, "Data", "Anonymised school-meal and benefits data", Large),
    seed(2, Offer, "Networks", "Links to social services and GP surgeries", Medium),
    seed(2, Need, "Community knowledge", "Which families benefits outreach is missing", Medium),
    // Eastside Tenants' Association
    seed(3, Offer, "Relationships", "Trusted by families who avoid official services", Large),
    seed(3, Offer, "Community knowledge", "The tenants' own survey of who struggles to eat", Medium),
    Seed { days: Some((20, 110)), ..seed(3, Need, "Facilities", "A warm hall for the Saturday market in winter", Medium) },
    Seed { amount: Some((2_000, "USD")), ..seed(3, Need, "Funding", "Small grants for market stallholders", Small) },
    // Harvest Foundation
    Seed {
        amount: Some((150_000, "USD")),
        days: Some((-365, 730)),
        ..seed(4, Offer, "Funding", "Three-year core grant", Large)
    },
    seed(4, Offer, "Networks", "Introductions to other regional funders", Small),
    seed(4, Need, "Data", "Outcome data for the quarterly reports", Medium),
    // University Nutrition Lab
    seed(5, Offer, "Expertise", "Evaluation design and the household survey", Large),
    seed(5, Offer, "Data", "Household food-security survey results, twice a year", Medium),
    seed(5, Need, "Relationships", "Introductions to families willing to be interviewed", Medium),
    Seed { amount: Some((40, "hours")), ..seed(5, Need, "Volunteers", "Survey helpers each round", Small) },
    seed(5, Need, "Facilities", "A quiet room for interviews", Small),
];

/// (offer, need) pairs of [`SEEDS`] indices the sample has already agreed.
const AGREED: [(usize, usize); 2] = [(16, 3), (20, 18)];

/// The sample's categories: its text is English, translated as a whole afterwards
/// (`locales/sample-<code>.json`), whatever the language of the screen that made it.
const CATEGORIES: [&str; 9] =
    ["Expertise", "Networks", "Funding", "Technology", "Community knowledge", "Relationships", "Facilities", "Volunteers", "Data"];

/// Adds the sample resource map to `p` (which holds the sample's partners), in place of the
/// categories a new partnership starts with.
pub fn add_sample(p: &mut Partnership, now: DateTime<Utc>) {
    p.resources.categories.clear();
    for name in CATEGORIES {
        let _ = p.resources.add_category(name, now);
    }
    let today = now.date_naive();
    let mut ids = Vec::new();
    for s in &SEEDS {
        let (Some(partner), Some(category)) = (
            p.partners.get(s.partner).map(|x| x.id),
            p.resources.categories.iter().find(|c| c.name == s.category).map(|c| c.id),
        ) else {
            ids.push(None);
            continue;
        };
        let mut e = Entry::new(partner, s.kind, category, s.description, s.strength, now);
        e.amount = s.amount.map(|(n, unit)| Amount::new(Decimal::whole(n), unit));
        if let Some((from, until)) = s.days {
            e.available_from = Some(today + Duration::days(from));
            e.available_until = Some(today + Duration::days(until));
        }
        ids.push(Some(e.id));
        p.upsert(e, now);
    }
    for (offer, need) in AGREED {
        if let (Some(Some(o)), Some(Some(n))) = (ids.get(offer), ids.get(need)) {
            let _ = accept_match(p, *o, *n, now);
        }
    }
}
