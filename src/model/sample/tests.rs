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

/// The ids of a serialised partnership replaced by their order of appearance, so that two
/// copies with different ids compare equal when all else is.
fn without_ids(p: &Partnership) -> String {
    let text = serde_json::to_string(p).unwrap();
    let mut seen: Vec<String> = Vec::new();
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find('"') {
        out.push_str(&rest[..=i]);
        rest = &rest[i + 1..];
        let candidate = rest.get(..36).unwrap_or("");
        if uuid::Uuid::parse_str(candidate).is_ok() {
            let n = seen.iter().position(|s| s == candidate).unwrap_or_else(|| {
                seen.push(candidate.to_string());
                seen.len() - 1
            });
            out.push_str(&format!("id-{n}"));
            rest = &rest[36..];
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn the_sample_file_is_current() {
    let stored: serde_json::Value = serde_json::from_str(include_str!("../../../locales/sample.json")).unwrap();
    let now: serde_json::Value = serde_json::from_str(&file_text()).unwrap();
    let (a, b) = (from_file(&stored.to_string(), at(WRITTEN)).unwrap(), from_file(&now.to_string(), at(WRITTEN)).unwrap());
    assert!(without_ids(&a) == without_ids(&b), "locales/sample.json is stale: run `cargo run --example sample_file`");
}

#[test]
fn the_sample_from_its_file_is_the_sample_of_today_with_fresh_ids() {
    let file = file_text();
    for now in ["2026-01-15T10:00:00Z", "2026-11-30T23:59:59Z", "2027-03-01T00:00:01Z", "2031-07-04T12:34:56.789Z"] {
        let from = from_file(&file, at(now)).unwrap();
        let built = sample(at(now));
        assert_eq!(without_ids(&from), without_ids(&built), "at {now}");
        assert_eq!(validate(&from), vec![]);
        let again = from_file(&file, at(now)).unwrap();
        assert_ne!(from.id, again.id, "each copy has its own ids");
        assert!(from.partners.iter().all(|p| again.partners.iter().all(|q| q.id != p.id)));
    }
}

/// The shape `each_prose` takes to avoid a compiler fault: written with two parameters,
/// `fn walk(t, parent, field)` calling `walk(c, field, k)`, rustc 1.95 with optimisations
/// (cargo test --release, the wasm) hands the leaf `parent` "" instead of "b"; passed as one
/// pair it is right at every optimisation level.
#[test]
fn a_recursion_passing_its_field_on_as_the_next_parent_sees_the_right_parent() {
    enum Tree {
        Leaf,
        Node(Vec<(&'static str, Tree)>),
    }
    fn by_pair(t: &Tree, at: (&str, &str), out: &mut Vec<(String, String)>) {
        match t {
            Tree::Leaf => out.push((at.0.to_string(), at.1.to_string())),
            Tree::Node(children) => children.iter().for_each(|(k, c)| by_pair(c, (at.1, k), out)),
        }
    }
    let tree = Tree::Node(vec![("a", Tree::Node(vec![("b", Tree::Node(vec![("c", Tree::Leaf)]))]))]);
    let mut out = Vec::new();
    by_pair(&tree, ("", ""), &mut out);
    assert_eq!(out, [("b".to_string(), "c".to_string())]);
}
