//! The built-in sample: a local food-security partnership of six organisations across
//! sectors, realistic enough to try every tool on. Dates are relative to `now` so the sample
//! always looks current.
use chrono::{DateTime, Duration, Utc};

use super::{Partner, Partnership, Sector};

pub const SAMPLE_NAME: &str = "Riverside Food Security Partnership";

struct PartnerSeed {
    name: &'static str,
    sector: Sector,
    contact: &'static str,
    role: &'static str,
    months_ago: i64,
    notes: &'static str,
}

const PARTNERS: [PartnerSeed; 6] = [
    PartnerSeed {
        name: "Riverside Food Bank",
        sector: Sector::NonProfit,
        contact: "Amara Okafor",
        role: "Lead convener; runs the two food pantries",
        months_ago: 18,
        notes: "Trusted by families on the east side; volunteer base of about 120.",
    },
    PartnerSeed {
        name: "FreshMart Groceries",
        sector: Sector::Corporate,
        contact: "Daniel Weiss",
        role: "Surplus food donor and logistics",
        months_ago: 15,
        notes: "Three stores in town; refrigerated van available on weekdays.",
    },
    PartnerSeed {
        name: "Riverside City Council – Public Health",
        sector: Sector::Government,
        contact: "Priya Raman",
        role: "Data, permits and links to social services",
        months_ago: 18,
        notes: "Can share anonymised school-meal and benefits data.",
    },
    PartnerSeed {
        name: "Eastside Tenants' Association",
        sector: Sector::CommunityGroup,
        contact: "Luis Herrera",
        role: "Community voice; hosts the Saturday market",
        months_ago: 12,
        notes: "Meets monthly in the Eastside community hall.",
    },
    PartnerSeed {
        name: "Harvest Foundation",
        sector: Sector::Funder,
        contact: "Grace Lin",
        role: "Core funder (three-year grant)",
        months_ago: 14,
        notes: "Reports due each quarter; interested in outcome data.",
    },
    PartnerSeed {
        name: "Riverside University Nutrition Lab",
        sector: Sector::Academic,
        contact: "Dr. Samuel Mensah",
        role: "Evaluation partner",
        months_ago: 9,
        notes: "Runs the household food-security survey twice a year.",
    },
];

/// A fresh copy of the sample partnership, with new ids.
pub fn sample(now: DateTime<Utc>) -> Partnership {
    let start = now - Duration::days(30 * 18);
    let mut p = Partnership::new(SAMPLE_NAME, start);
    for seed in &PARTNERS {
        let joined_at = now - Duration::days(30 * seed.months_ago);
        let mut partner = Partner::new(seed.name, seed.sector, joined_at);
        partner.contact_person = seed.contact.into();
        partner.role = seed.role.into();
        partner.joined = Some(joined_at.date_naive());
        partner.notes = seed.notes.into();
        p.partners.push(partner);
    }
    super::resources::add_sample(&mut p, now);
    super::goals::add_sample(&mut p, now);
    super::charter::add_sample(&mut p, now);
    super::checkins::add_sample(&mut p, now);
    super::health::add_sample(&mut p, now);
    super::community::add_sample(&mut p, now);
    super::ideas::add_sample(&mut p, now);
    super::stories::add_sample(&mut p, now);
    p.updated_at = now;
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::partners::count_by_sector;
    use crate::model::time::at;
    use crate::model::validate::validate;

    #[test]
    fn the_sample_is_valid() {
        assert_eq!(validate(&sample(at("2026-11-27T09:00:00Z"))), vec![]);
    }

    #[test]
    fn the_sample_spans_at_least_five_sectors() {
        let p = sample(at("2026-11-27T09:00:00Z"));
        assert!((5..=6).contains(&p.partners.len()));
        assert!(count_by_sector(&p.partners).len() >= 5);
    }
}
