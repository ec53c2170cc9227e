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

fn translations(code: &str) -> Translations {
    let path = format!("{}/locales/sample-{code}.json", env!("CARGO_MANIFEST_DIR"));
    read_translations(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A Spanish or French visitor sees the whole sample in their language: every text of the
/// sample has its translation, and no translation is left for a text the sample lost.
#[test]
fn every_text_of_the_sample_is_translated_into_spanish_and_french() {
    let texts = texts(&sample(at("2026-11-27T09:00:00Z")));
    assert!(texts.len() > 200, "the walk finds the sample's texts: {}", texts.len());
    for code in ["es", "fr"] {
        let tr = translations(code);
        let missing: Vec<&String> = texts.iter().filter(|t| !tr.contains_key(*t)).collect();
        assert!(missing.is_empty(), "sample-{code}.json lacks {missing:?}");
        let stale: Vec<&String> = tr.keys().filter(|k| !texts.contains(k)).collect();
        assert!(stale.is_empty(), "sample-{code}.json translates texts the sample no longer has: {stale:?}");
    }
}

#[test]
fn the_translated_sample_keeps_its_structure_and_names() {
    let now = at("2026-11-27T09:00:00Z");
    let english = sample(now);
    let es = translate(&english, &translations("es"));
    assert_eq!(validate(&es), vec![]);
    assert_eq!(es.name, "Alianza por la Seguridad Alimentaria de Riverside");
    assert_eq!(es.partners[0].name, english.partners[0].name, "organisations keep their names");
    assert_eq!(es.partners[0].contact_person, english.partners[0].contact_person);
    assert_eq!(es.partners[0].sector, english.partners[0].sector);
    assert_eq!((es.goals.len(), es.measurements.len()), (english.goals.len(), english.measurements.len()));
    assert_eq!(es.goals[0].id, english.goals[0].id);
    let fr = translate(&english, &translations("fr"));
    assert!(fr.charter.values.iter().any(|v| v == "Dignité"), "{:?}", fr.charter.values);
    // No English sentence is left: every text differs, except names and units that are the
    // same words in both languages.
    let same: Vec<String> = texts(&fr).into_iter().filter(|t| texts(&english).contains(t)).collect();
    assert!(same.iter().all(|t| ["kg", "Eastside, Riverside", "communication", "transport", "Expertise"].contains(&t.as_str())), "{same:?}");
}
