//! The partner directory: who is in the partnership and in what role.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::record::{new_id, Extra};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    NonProfit,
    Corporate,
    Government,
    CommunityGroup,
    Funder,
    Academic,
    Other,
}

impl Sector {
    pub const ALL: [Sector; 7] = [
        Sector::NonProfit,
        Sector::Corporate,
        Sector::Government,
        Sector::CommunityGroup,
        Sector::Funder,
        Sector::Academic,
        Sector::Other,
    ];

    /// The name people use, e.g. "Community group".
    pub fn label(self) -> &'static str {
        match self {
            Sector::NonProfit => "Non-profit",
            Sector::Corporate => "Corporate",
            Sector::Government => "Government",
            Sector::CommunityGroup => "Community group",
            Sector::Funder => "Funder",
            Sector::Academic => "Academic",
            Sector::Other => "Other",
        }
    }

    /// The value stored in files (`non_profit`, …).
    pub fn key(self) -> &'static str {
        match self {
            Sector::NonProfit => "non_profit",
            Sector::Corporate => "corporate",
            Sector::Government => "government",
            Sector::CommunityGroup => "community_group",
            Sector::Funder => "funder",
            Sector::Academic => "academic",
            Sector::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|s| s.key() == key)
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

impl Partner {
    pub fn new(name: impl Into<String>, sector: Sector, now: DateTime<Utc>) -> Partner {
        Partner {
            id: new_id(),
            created_at: now,
            updated_at: now,
            name: name.into(),
            sector,
            contact_person: String::new(),
            role: String::new(),
            joined: None,
            notes: String::new(),
            extra: Extra::new(),
        }
    }
}

/// What stops `partner` from being saved among `others` (the partnership's partners, which
/// may include an older version of it). Paths are field names, for a form.
pub fn check_partner(partner: &Partner, others: &[Partner]) -> Vec<super::Problem> {
    let mut problems = Vec::new();
    let name = partner.name.trim();
    if name.is_empty() {
        problems.push(super::Problem::new("name", "Give the partner a name."));
    } else if others
        .iter()
        .any(|o| o.id != partner.id && o.name.trim().eq_ignore_ascii_case(name))
    {
        problems.push(super::Problem::new("name", format!("There is already a partner called “{name}”.")));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sector_keys_round_trip() {
        for s in Sector::ALL {
            assert_eq!(Sector::from_key(s.key()), Some(s));
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.key()));
        }
        assert_eq!(Sector::from_key("ngo"), None);
    }

    #[test]
    fn a_partner_needs_a_unique_name() {
        let now = crate::model::time::at("2026-03-01T10:00:00Z");
        let pantry = Partner::new("Pantry", Sector::NonProfit, now);
        let others = vec![pantry.clone()];
        assert_eq!(check_partner(&pantry, &others), vec![], "itself is not a duplicate");
        let blank = Partner::new("  ", Sector::Other, now);
        assert_eq!(check_partner(&blank, &others)[0].message, "Give the partner a name.");
        let twin = Partner::new("pantry", Sector::Other, now);
        assert_eq!(check_partner(&twin, &others)[0].path, "name");
    }

    #[test]
    fn sectors_are_counted_without_zeros() {
        let now = crate::model::time::at("2026-03-01T10:00:00Z");
        let ps = vec![
            Partner::new("A", Sector::Funder, now),
            Partner::new("B", Sector::NonProfit, now),
            Partner::new("C", Sector::Funder, now),
        ];
        assert_eq!(count_by_sector(&ps), vec![(Sector::NonProfit, 1), (Sector::Funder, 2)]);
    }
}
