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
