use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};

use super::*;
use crate::model::generate::{partnership_of, SIZES};
use crate::model::sample::sample;
use crate::model::time::at;
use crate::model::Partnership;

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Body {
    partnership: Partnership,
}

/// What `serde_path_to_error` says of the same text, in the same words.
fn tracked<T: DeserializeOwned>(text: &str) -> Result<T, Mismatch> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| Mismatch { path: e.path().to_string(), message: message(e.inner()) })
}

/// Both readers on `text`: both read it, or both fail at the same place with the same words.
/// Returns whether it failed.
fn same<T: DeserializeOwned>(text: &str, what: &str) -> bool {
    match (from_str::<T>(text), tracked::<T>(text)) {
        (Ok(_), Ok(_)) => false,
        (Err(ours), Err(theirs)) => {
            assert_eq!(ours, theirs, "{what}\n{}", &text[..text.len().min(300)]);
            true
        }
        (ours, theirs) => panic!("{what}: ours {:?}, theirs {:?}", ours.err(), theirs.err()),
    }
}

#[test]
fn names_places_as_path_tracking_does() {
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        name: String,
        n: u32,
        pair: (u32, String),
    }
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Outer {
        items: Vec<Inner>,
        deep: Vec<Vec<u32>>,
    }
    let good = r#"{"items":[{"name":"a","n":1,"pair":[1,"x"]}],"deep":[[1],[2,3]]}"#;
    assert!(!same::<Outer>(good, "good"));
    for (text, path) in [
        (r#"{"items":[{"name":5,"n":1,"pair":[1,"x"]}],"deep":[]}"#, "items[0].name"),
        (r#"{"items":[{"name":"a","n":"1","pair":[1,"x"]}],"deep":[]}"#, "items[0].n"),
        (r#"{"items":[{"name":"a","pair":[1,"x"]}],"deep":[]}"#, "items[0]"),
        (r#"{"items":[{"name":"a","n":1,"pair":[1]}],"deep":[]}"#, "items[0].pair"),
        (r#"{"items":[{"name":"a","n":1,"pair":[1,2]}],"deep":[]}"#, "items[0].pair[1]"),
        (r#"{"items":[],"deep":[[1],[2,"3"]]}"#, "deep[1][1]"),
        (r#"{"items":[], "deep" : [ [1] , [ 2 , {} ] ] }"#, "deep[1][1]"),
        (r#"{"items":{},"deep":[]}"#, "items"),
        (r#"{"items":[],"deep":[],"items":[]}"#, "."),
        (r#"{"items":[{"na\"me":1,"name":"a","n":-1,"pair":[1,"x"]}],"deep":[]}"#, "items[0].n"),
        ("{\n  \"items\": [\n    {\"name\": \"é\", \"n\": 1, \"pair\": [1, 2]}\n  ],\n  \"deep\": []\n}", "items[0].pair[1]"),
        (r#"[]"#, "."),
        (r#"{}"#, "."),
    ] {
        assert!(same::<Outer>(text, text), "{text} should not read");
        assert_eq!(from_str::<Outer>(text).unwrap_err().path, path, "{text}");
    }
}

/// Every node of `v` by its JSON pointer.
fn pointers(v: &Value, here: String, out: &mut Vec<String>) {
    out.push(here.clone());
    match v {
        Value::Object(map) => map.iter().for_each(|(k, v)| pointers(v, format!("{here}/{k}"), out)),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| pointers(v, format!("{here}/{i}"), out)),
        _ => {}
    }
}

/// Every fifth node of a whole exported file replaced by a wrong kind of value (in turn, six
/// kinds), or with one of its fields taken out or its last element dropped, in compact and
/// indented text: the same place and words as path tracking gives, wherever the file stops
/// fitting.
#[test]
fn damaged_files_are_placed_as_path_tracking_places_them() {
    let now = at("2026-05-01T12:00:00Z");
    let kinds = [json!(5), json!("x"), json!({}), json!([]), json!(null), json!(-1.5)];
    let (mut tried, mut failed) = (0, 0);
    for (name, p) in [("sample", sample(now)), ("generated", partnership_of(SIZES.divided(400), 7, now))] {
        let file: Value = serde_json::from_str(&crate::model::file::export_json(&p, now)).unwrap();
        let mut all = Vec::new();
        pointers(&file, String::new(), &mut all);
        for (n, pointer) in all.iter().enumerate().filter(|(n, _)| n % 5 == 0) {
            let original = file.pointer(pointer).unwrap();
            let mut damaged = vec![kinds[n / 5 % 6].clone()];
            match original {
                Value::Object(map) if !map.is_empty() => {
                    let mut less = map.clone();
                    let key = map.keys().nth(n % map.len()).unwrap();
                    less.remove(key);
                    damaged.push(Value::Object(less));
                }
                Value::Array(items) if !items.is_empty() => damaged.push(Value::Array(items[..items.len() - 1].to_vec())),
                _ => {}
            }
            for (k, bad) in damaged.into_iter().enumerate() {
                let mut copy = file.clone();
                *copy.pointer_mut(pointer).unwrap() = bad;
                let text = if (n + k) % 2 == 0 {
                    serde_json::to_string(&copy).unwrap()
                } else {
                    serde_json::to_string_pretty(&copy).unwrap()
                };
                tried += 1;
                if same::<Body>(&text, &format!("{name} {pointer} damage {k}")) {
                    failed += 1;
                }
            }
        }
    }
    assert!(failed > 800, "only {failed} of {tried} damaged files failed to read");
}

/// Every file of the damaged-file corpus (`tests/corpus/`, made by `examples/make_corpus.rs`)
/// that is JSON: the same place and words as path tracking gives.
#[test]
fn the_corpus_is_placed_as_path_tracking_places_it() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let (mut tried, mut failed) = (0, 0);
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        if serde_json::from_str::<Value>(&text).is_err() {
            continue;
        }
        tried += 1;
        if same::<Body>(&text, &path.display().to_string()) {
            failed += 1;
        }
    }
    assert!(tried > 500 && failed > 100, "{failed} of {tried} corpus files did not read");
}

#[test]
fn a_place_inside_a_character_never_slices_it() {
    // Offsets in the middle of "é" (two bytes) and of "€" (three bytes), inside a key still
    // being read and inside a value.
    let text = r#"{"café": {"€uro": [1, "ü"]}}"#;
    for offset in 0..=text.len() + 2 {
        let place = path_at(text, offset);
        assert!(!place.is_empty(), "offset {offset}");
    }
    assert_eq!(path_at(text, text.find('1').unwrap()), "café.€uro[0]");
}
