//! The partner directory: who is in the partnership and in what role.
use crate::i18n::{tr, Msg};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};



crate::choice_enum! {
    #[derive(Hash, PartialOrd, Ord, Serialize, Deserialize)] #[serde(rename_all = "snake_case")]
    pub enum Sector {
        NonProfit = ("non_profit", "Non-profit"), Corporate = ("corporate", "Corporate"),
        Government = ("government", "Government"),
        CommunityGroup = ("community_group", "Community group"), Funder = ("funder", "Funder"),
        Academic = ("academic", "Academic"), Other = ("other", "Other"),
    }
}

crate::record! {
    pub struct Partner("partner") {
        pub name: String,
        pub sector: Sector,
        #[serde(default)]
        pub contact_person: String,
        /// The partner's role in the partnership, e.g. "lead convener", "data partner".
        #[serde(default)]
        pub role: String,
        #[serde(default)]
        pub joined: Option<NaiveDate>,
        #[serde(default)]
        pub notes: String,
    }
}

crate::listed!(Partner => partners {
    /// Its offers, needs and commitments leave the resource map with it.
    fn cascade(removed: &Partner, p: &mut super::Partnership, now: DateTime<Utc>) {
        super::resources::forget_partner(p, removed.id, now);
    }
});

impl Partner {
    pub fn new(name: impl Into<String>, sector: Sector, now: DateTime<Utc>) -> Partner {
        crate::new_record!(now, Partner {
            name: name.into(),
            sector,
            contact_person: String::new(),
            role: String::new(),
            joined: None,
            notes: String::new(),
        })
    }
}

/// What stops `partner` from being saved among `others` (the partnership's partners, which
/// may include an older version of it). Paths are field names, for a form.
pub fn check_partner(partner: &Partner, others: &[Partner]) -> Vec<super::Problem> {
    let mut problems = Vec::new();
    let name = partner.name.trim();
    if name.is_empty() {
        problems.push(super::Problem::new("name", tr::problem::partners::NAME));
    } else if others
        .iter()
        .any(|o| o.id != partner.id && o.name.trim().eq_ignore_ascii_case(name))
    {
        problems.push(super::Problem::new("name", Msg::new(tr::problem::partners::NAME_TAKEN).text("name", name)));
    }
    problems
}

/// How many partners there are of each sector, in [`Sector::ALL`] order, leaving out zeros.
pub fn count_by_sector(partners: &[Partner]) -> Vec<(Sector, usize)> {
    Sector::ALL
        .into_iter()
        .map(|s| (s, partners.iter().filter(|p| p.sector == s).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

// The sample's six organisations across sectors (see `super::sample`).
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

/// The sample's partners, each joined some months before `now`.
pub fn add_sample(p: &mut super::Partnership, now: DateTime<Utc>) {
    for seed in &PARTNERS {
        let joined_at = now - Duration::days(30 * seed.months_ago);
        let mut partner = Partner::new(seed.name, seed.sector, joined_at);
        partner.contact_person = seed.contact.into();
        partner.role = seed.role.into();
        partner.joined = Some(joined_at.date_naive());
        partner.notes = seed.notes.into();
        p.partners.push(partner);
    }
}

#[cfg(test)]
mod tests;
