//! The file format through the crate's public API, as another program would use it.
use common_ground::model::file::{export_json, open, ImportError, FORMAT};
use common_ground::model::migrate::CURRENT;
use common_ground::model::sample::sample;
use common_ground::model::time::at;
use common_ground::model::Sector;

#[test]
fn the_version_1_fixture_still_opens() {
    let text = include_str!("fixtures/v1-pilot.json");
    let opened = open(text).expect("schema 1 files keep loading");
    assert_eq!(opened.from_version, 1);
    let p = opened.partnership;
    assert_eq!(p.name, "Old pilot");
    assert_eq!(p.partners[0].name, "Food Bank");
    assert_eq!(p.partners[0].sector, Sector::NonProfit);
    assert_eq!(p.partners[0].contact_person, "Ann");
    assert_eq!(p.partners[1].sector, Sector::Other);
    assert_eq!(p.partners[1].notes, "Type in the old file: Faith group");
}

#[test]
fn a_migrated_file_exports_as_the_current_version_and_reopens_equal() {
    let p = open(include_str!("fixtures/v1-pilot.json")).unwrap().partnership;
    let text = export_json(&p, at("2026-11-27T09:00:00Z"));
    let again = open(&text).unwrap();
    assert_eq!(again.from_version, CURRENT);
    assert_eq!(again.partnership, p);
}

#[test]
fn every_export_of_the_sample_reopens_equal() {
    for day in 1..=28 {
        let now = at(&format!("2026-02-{day:02}T08:30:00Z"));
        let p = sample(now);
        assert_eq!(open(&export_json(&p, now)).unwrap().partnership, p);
    }
}

#[test]
fn random_cuts_of_a_file_never_open_and_never_panic() {
    let text = export_json(&sample(at("2026-11-27T09:00:00Z")), at("2026-11-27T09:00:00Z"));
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..500 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut cut = (seed as usize) % text.len();
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        match open(&text[..cut]) {
            Err(ImportError::Truncated { .. } | ImportError::Empty) => {}
            Err(other) => panic!("a cut at {cut} gave {other:?}"),
            Ok(_) => panic!("a cut at {cut} opened"),
        }
    }
    assert!(text.contains(FORMAT));
}
