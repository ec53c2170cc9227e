use super::*;
use serde_json::json;

#[test]
fn v1_title_and_organisation_become_names() {
    let mut p = json!({"title": "Food for All", "partners": [
        {"organisation": "Pantry", "type": "Charity"},
        {"organisation": "City", "type": "Local council"},
        {"organisation": "Uni", "type": "University research group"},
    ]});
    migrate(&mut p, 1).unwrap();
    assert_eq!(p["name"], "Food for All");
    assert!(p.get("title").is_none());
    let sectors: Vec<&str> =
        p["partners"].as_array().unwrap().iter().map(|x| x["sector"].as_str().unwrap()).collect();
    assert_eq!(sectors, vec!["non_profit", "government", "academic"]);
    assert_eq!(p["partners"][0]["name"], "Pantry");
    assert!(p["partners"][0].get("type").is_none());
}

#[test]
fn v1_type_that_fits_no_sector_is_kept_in_notes() {
    let mut p = json!({"title": "X", "partners": [
        {"organisation": "Choir", "type": "Faith group", "notes": "Sings"}]});
    migrate(&mut p, 1).unwrap();
    assert_eq!(p["partners"][0]["sector"], "other");
    assert_eq!(p["partners"][0]["notes"], "Sings\nType in the old file: Faith group");
}

#[test]
fn current_version_is_left_alone() {
    let mut p = json!({"name": "X", "title": "kept as unknown"});
    let before = p.clone();
    migrate(&mut p, CURRENT).unwrap();
    assert_eq!(p, before);
}

#[test]
fn a_v1_partner_that_is_not_an_object_is_reported_with_its_place() {
    let mut p = json!({"title": "X", "partners": [{"organisation": "A"}, 7]});
    assert_eq!(migrate(&mut p, 1).unwrap_err(), "partnership.partners[1]: expected an object");
}

#[test]
fn v2_keeps_one_entry_per_partner_and_voter_the_last_one() {
    let a = "00000000-0000-4000-8000-00000000000a";
    let b = "00000000-0000-4000-8000-00000000000b";
    let mut p = json!({"name": "X",
        "charter": {"sign_offs": [
            {"partner": a, "revision": 1, "signed_on": "2026-01-01"},
            {"partner": b, "revision": 1, "signed_on": "2026-01-02"},
            {"partner": a, "revision": 2, "signed_on": "2026-02-01"}]},
        "health": {"rounds": [{"ratings": [{"partner": a, "scores": {"x": 1}}, {"partner": a, "scores": {"x": 4}}]}]},
        "ideas": {"rounds": [{"ballots": [{"voter": "Ana", "dots": []}, {"voter": "Ben", "dots": []}]}]}});
    migrate(&mut p, 2).unwrap();
    let signs = p["charter"]["sign_offs"].as_array().unwrap();
    assert_eq!(signs.len(), 2);
    assert_eq!((signs[0]["partner"].as_str(), signs[1]["revision"].as_u64()), (Some(b), Some(2)));
    assert_eq!(p["health"]["rounds"][0]["ratings"].as_array().unwrap().len(), 1);
    assert_eq!(p["health"]["rounds"][0]["ratings"][0]["scores"]["x"], 4);
    assert_eq!(p["ideas"]["rounds"][0]["ballots"].as_array().unwrap().len(), 2);
}

#[test]
fn a_v2_file_opens_and_merges_into_stamped_data() {
    use crate::model::file::{export_json, open};
    let now = crate::model::time::at("2026-03-01T09:00:00Z");
    let sample = crate::model::sample::sample(now);
    // The same partnership as schema 2 wrote it: no stamps, version 2.
    let text = export_json(&sample, now).replace(&format!("\"schema_version\": {CURRENT}"), "\"schema_version\": 2");
    assert!(text.contains("\"schema_version\": 2"));
    let opened = open(&text).unwrap();
    assert_eq!(opened.from_version, 2);
    assert_eq!(opened.partnership, sample);
    let mut mine = sample.clone();
    let before = mine.clone();
    mine.charter.vision = "Edited here".into();
    crate::model::stamp::record_edit(&before, &mut mine, &mut crate::model::stamp::Clock::new(5), now);
    let m = crate::model::merge::merge(&mine, &opened.partnership, "", &Default::default(), now).unwrap();
    assert!(m.is_empty(), "{:?}", m.changes);
    assert_eq!(m.result.charter.vision, "Edited here");
}

#[test]
fn v3_retrospective_cards_become_records_with_the_same_ids_on_every_device() {
    use crate::model::file::read;
    let retro = "00000000-0000-4000-8000-00000000003e";
    let file = json!({"format": crate::model::file::FORMAT, "schema_version": 3, "app_version": "0.1.0",
        "exported_at": "2026-11-27T09:00:00Z",
        "partnership": {"id": "00000000-0000-4000-8000-000000000033", "name": "X",
            "created_at": "2026-01-01T09:00:00Z", "updated_at": "2026-11-27T09:00:00Z",
            "learning": {"retrospectives": [{"id": retro, "title": "Autumn review", "date": "2026-10-13",
                "created_at": "2026-10-13T09:00:00Z", "updated_at": "2026-11-27T09:00:00Z",
                "went_well": ["Volunteers came", "Surplus doubled"], "was_hard": ["The van broke down"],
                "actions": []}]}}});
    let opened = read(&file.to_string()).unwrap();
    assert_eq!(opened.from_version, 3);
    let r = &opened.partnership.learning.retrospectives[0];
    let texts: Vec<&str> = r.went_well.iter().chain(&r.was_hard).map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["Volunteers came", "Surplus doubled", "The van broke down"]);
    let ids: std::collections::HashSet<_> = r.went_well.iter().chain(&r.was_hard).map(|c| c.id).collect();
    assert_eq!(ids.len(), 3);
    assert!(!ids.contains(&uuid::Uuid::parse_str(retro).unwrap()));
    assert!(ids.iter().all(|id| id.get_version_num() == 4));
    assert_eq!(r.went_well[0].created_at, r.created_at);
    // Another device updating the same file gets the same cards, so they merge as one.
    let again = read(&file.to_string()).unwrap().partnership;
    assert_eq!(again.learning.retrospectives[0], *r);
    assert!(crate::model::validate::validate(&opened.partnership).is_empty());
}
