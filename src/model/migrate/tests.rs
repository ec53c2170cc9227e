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
