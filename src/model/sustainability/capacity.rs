//! Capacity built locally (a checklist by area) and the engagement that continues after funding.
use super::*;

crate::choice_enum! {
    #[derive(Hash, Serialize, Deserialize)] #[serde(rename_all = "snake_case")]
    pub enum CapacityArea {
        SkillsTransferred = ("skills_transferred", "Skills transferred"),
        PeopleTrained = ("people_trained", "People trained"),
        LocalLeadership = ("local_leadership", "Local leadership"),
    }
}

crate::record! {
    /// One line of the local-capacity checklist.
    pub struct CapacityItem("capacity_item") {
        pub area: CapacityArea,
        pub what: String,
        #[serde(default)]
        pub done: bool,
        /// How many people, where it counts people.
        #[serde(default)]
        pub people: Option<u32>,
    }
}

impl CapacityItem {
    pub fn new(area: CapacityArea, what: impl Into<String>, now: DateTime<Utc>) -> CapacityItem {
        crate::new_record!(now, CapacityItem {
            area,
            what: what.into(),
            done: false,
            people: None,
        })
    }
}

/// Done and total items per area, in [`CapacityArea::ALL`] order.
pub fn capacity_progress(items: &[CapacityItem]) -> Vec<(CapacityArea, usize, usize)> {
    CapacityArea::ALL
        .into_iter()
        .map(|a| {
            let of_area = items.iter().filter(|i| i.area == a);
            (a, of_area.clone().filter(|i| i.done).count(), of_area.count())
        })
        .collect()
}

crate::record! {
    /// A way the community stays engaged, and whether it continues when the funding ends.
    pub struct EngagementMechanism("engagement_mechanism") {
        pub name: String,
        #[serde(default)]
        pub how: String,
        #[serde(default)]
        pub owner: Option<Uuid>,
        #[serde(default)]
        pub continues_after_funding: bool,
    }
}

impl EngagementMechanism {
    pub fn new(name: impl Into<String>, now: DateTime<Utc>) -> EngagementMechanism {
        crate::new_record!(now, EngagementMechanism {
            name: name.into(),
            how: String::new(),
            owner: None,
            continues_after_funding: false,
        })
    }
}
