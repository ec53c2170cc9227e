use super::*;
use crate::model::sample::sample;
use crate::model::time::at;
use serde_json::json;

fn now() -> DateTime<Utc> {
    at("2026-11-27T09:00:00Z")
}

fn exported() -> (Partnership, String) {
    let p = sample(now());
    let text = export_json(&p, now());
    (p, text)
}

fn with(f: impl FnOnce(&mut Value)) -> String {
    let (_, text) = exported();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    f(&mut v);
    v.to_string()
}

#[test]
fn export_then_import_gives_the_same_partnership() {
    let (p, text) = exported();
    let opened = open(&text).expect("own export opens");
    assert_eq!(opened.partnership, p);
    assert_eq!(opened.from_version, CURRENT);
    assert_eq!(opened.exported_at, now());
}

#[test]
fn compact_and_pretty_exports_open_the_same() {
    let p = sample(now());
    assert_eq!(open(&compact_json(&p, now())).unwrap().partnership, p);
}

#[test]
fn export_is_self_describing() {
    let (_, text) = exported();
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], FORMAT);
    assert_eq!(v["schema_version"], CURRENT);
    assert_eq!(v["exported_at"], "2026-11-27T09:00:00Z");
    assert_eq!(v["app_version"], APP_VERSION);
    assert_eq!(v["partnership"]["name"], crate::model::sample::SAMPLE_NAME);
}

#[test]
fn unknown_fields_are_kept_on_a_round_trip() {
    let text = with(|v| {
        v["partnership"]["future_tool"] = json!({"cards": [1, 2]});
        v["partnership"]["partners"][0]["pronouns"] = json!("they/them");
    });
    let opened = open(&text).unwrap();
    let again = export_json(&opened.partnership, now());
    let v: Value = serde_json::from_str(&again).unwrap();
    assert_eq!(v["partnership"]["future_tool"], json!({"cards": [1, 2]}));
    assert_eq!(v["partnership"]["partners"][0]["pronouns"], "they/them");
}

#[test]
fn a_newer_schema_version_is_refused() {
    let text = with(|v| v["schema_version"] = json!(CURRENT + 1));
    let err = open(&text).unwrap_err();
    assert_eq!(err, ImportError::NewerVersion { found: CURRENT + 1 });
    assert!(err.to_string().contains("newer version of Common Ground"));
}

#[test]
fn a_version_1_file_is_migrated() {
    let text = json!({
        "format": FORMAT, "schema_version": 1, "exported_at": "2025-05-01T12:00:00Z",
        "app_version": "0.0.1",
        "partnership": {
            "id": "6f1d7c1e-2b1a-4c55-9f49-0b8f0d7f3a10",
            "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-04-01T00:00:00Z",
            "title": "Old pilot",
            "partners": [{
                "id": "0c6a1b55-6d8f-4f7e-8b1c-1f0f1f5c9a01",
                "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z",
                "organisation": "Food Bank", "type": "charity"
            }]
        }
    })
    .to_string();
    let opened = open(&text).unwrap();
    assert_eq!(opened.from_version, 1);
    assert_eq!(opened.partnership.name, "Old pilot");
    assert_eq!(opened.partnership.partners[0].name, "Food Bank");
    assert_eq!(opened.partnership.partners[0].sector, crate::model::Sector::NonProfit);
}

#[test]
fn not_json_says_line_and_column() {
    let err = open("{\n  \"format\": \"common-ground/partnership\",\n  oops\n}").unwrap_err();
    match &err {
        ImportError::NotJson { line, column, .. } => assert_eq!((*line, *column), (3, 3)),
        other => panic!("expected NotJson, got {other:?}"),
    }
    assert!(err.to_string().starts_with("This is not a valid JSON file: at line 3, column 3"));
    let [_, es, fr] = crate::i18n::every_language();
    assert!(err.message().say(&es).starts_with("No es un archivo JSON válido: en la línea 3, columna 3: "));
    assert_eq!(ImportError::Empty.message().say(&fr), "Le fichier est vide.");
    let newer = ImportError::NewerVersion { found: 99 }.message().say(&es);
    assert!(newer.starts_with("Este archivo se hizo con una versión más reciente de Common Ground (versión de esquema 99)"), "{newer}");
}

#[test]
fn a_truncated_file_is_called_cut_off() {
    let (_, text) = exported();
    let cut = &text[..text.len() / 2];
    let err = open(cut).unwrap_err();
    assert!(matches!(err, ImportError::Truncated { .. }), "{err:?}");
    assert!(err.to_string().contains("cut off"));
}

#[test]
fn an_empty_file_is_refused() {
    assert_eq!(open("").unwrap_err(), ImportError::Empty);
    assert_eq!(open(" \n").unwrap_err(), ImportError::Empty);
}

#[test]
fn a_file_over_the_limit_is_refused_before_parsing() {
    let big = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(open(&big).unwrap_err(), ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1 });
}

#[test]
fn a_wrong_format_tag_is_refused() {
    let err = open(&with(|v| v["format"] = json!("trello-board"))).unwrap_err();
    assert_eq!(err, ImportError::NotCommonGround { found: Some("trello-board".into()) });
    let err = open("[1, 2, 3]").unwrap_err();
    assert_eq!(err, ImportError::NotCommonGround { found: None });
    let err = open(&with(|v| {
        v.as_object_mut().unwrap().remove("format");
    }))
    .unwrap_err();
    assert!(err.to_string().contains("no \"format\" field"));
}

#[test]
fn a_bad_schema_version_is_refused() {
    for bad in [json!("two"), json!(0), json!(-1), json!(1.5)] {
        let err = open(&with(|v| v["schema_version"] = bad.clone())).unwrap_err();
        assert!(matches!(err, ImportError::BadVersion { .. }), "{bad}: {err:?}");
    }
}

#[test]
fn a_wrong_type_names_its_path() {
    let err = open(&with(|v| v["partnership"]["partners"][3]["sector"] = json!("ngo"))).unwrap_err();
    match &err {
        ImportError::WrongShape { path, message } => {
            assert_eq!(path, "partnership.partners[3].sector");
            assert!(message.contains("unknown variant `ngo`"), "{message}");
        }
        other => panic!("expected WrongShape, got {other:?}"),
    }
    let err = open(&with(|v| v["partnership"]["partners"][1]["name"] = json!(42))).unwrap_err();
    assert_eq!(err.to_string(), "partnership.partners[1].name: expected text, found the number 42.");
}

#[test]
fn serdes_english_is_worded_in_the_readers_language_with_its_place() {
    let [_, es, fr] = crate::i18n::every_language();
    let err = open(&with(|v| v["partnership"]["partners"][1]["name"] = json!(42))).unwrap_err();
    assert_eq!(err.message().say(&es), "partnership.partners[1].name: se esperaba un texto, pero se encontró el número 42.");
    assert_eq!(err.message().say(&fr), "partnership.partners[1].name\u{a0}: on attendait un texte, on trouve le nombre 42.");
    let err = open(&with(|v| v["partnership"]["partners"][3]["sector"] = json!("ngo"))).unwrap_err();
    let said = err.message().say(&fr);
    assert!(said.starts_with("partnership.partners[3].sector\u{a0}: «\u{a0}ngo\u{a0}» ne fait pas partie des choix possibles (non_profit"), "{said}");
    let err = open(&with(|v| v["partnership"]["partners"][0]["joined"] = json!("2026-02-31"))).unwrap_err();
    assert_eq!(err.message().say(&es), "partnership.partners[0].joined: esta fecha u hora no existe.");
    // A syntax error keeps its line and column.
    let err = open("{\n  \"format\": \"common-ground/partnership\",\n  \"x\" 1\n}").unwrap_err();
    assert!(matches!(err, ImportError::NotJson { line: 3, .. }), "{err:?}");
    let said = err.message().say(&es);
    assert!(said.contains("línea 3") && said.contains("faltan los dos puntos (:)"), "{said}");
    // What no reader of serde's words knows stays as it was said.
    assert_eq!(crate::model::json_path::why("stored under a but says b"), "stored under a but says b");
    // Every English message of serde_json's that a file can cause is read back.
    for broken in ["[1,]", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "[1 2]", "tru", "{1:2}", "1 2", "-", "\"\\q\"", "\"a\u{1}\""] {
        let e = serde_json::from_str::<serde_json::Value>(broken).unwrap_err();
        let why = crate::model::json_path::why(&crate::model::json_path::message(&e));
        assert!(why.key().is_some(), "{broken}: {e} is left in English");
    }
}

#[test]
fn a_missing_field_names_its_path() {
    let err = open(&with(|v| {
        v["partnership"]["partners"][2].as_object_mut().unwrap().remove("name");
    }))
    .unwrap_err();
    assert_eq!(
        err,
        ImportError::WrongShape {
            path: "partnership.partners[2].name".into(),
            message: "this required field is missing".into()
        }
    );
    let err = open(&with(|v| {
        v.as_object_mut().unwrap().remove("partnership");
    }))
    .unwrap_err();
    assert_eq!(err.to_string(), "partnership: this required field is missing.");
}

#[test]
fn a_bad_date_names_its_path() {
    let err = open(&with(|v| v["partnership"]["partners"][0]["joined"] = json!("31/02/2026")))
        .unwrap_err();
    assert!(matches!(&err, ImportError::WrongShape { path, .. } if path == "partnership.partners[0].joined"), "{err:?}");
}

#[test]
fn an_invalid_partnership_lists_every_problem() {
    let err = open(&with(|v| {
        v["partnership"]["name"] = json!("");
        v["partnership"]["partners"][4]["name"] = json!(" ");
    }))
    .unwrap_err();
    match &err {
        ImportError::Invalid(problems) => assert_eq!(problems.len(), 2),
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert!(err.to_string().contains("partnership.partners[4].name"));
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let (p, text) = exported();
    assert_eq!(open(&format!("\u{feff}{text}")).unwrap().partnership, p);
}

#[test]
fn file_names_are_safe_slugs() {
    let mut p = sample(now());
    assert_eq!(file_name(&p, now()), "riverside-food-security-partnership-2026-11-27.json");
    p.name = "  Ça va / \"quoted\"?  ".into();
    assert_eq!(file_name(&p, now()), "ça-va-quoted-2026-11-27.json");
    p.name = "***".into();
    assert_eq!(file_name(&p, now()), "partnership-2026-11-27.json");
}

#[test]
fn the_exporting_group_is_named_in_the_file() {
    let p = sample(now());
    let opened = open(&export_json_by(&p, now(), Some(" East group "))).unwrap();
    assert_eq!(opened.exported_by.as_deref(), Some("East group"));
    assert_eq!(open(&export_json_by(&p, now(), Some(""))).unwrap().exported_by, None);
    assert!(!export_json(&p, now()).contains("exported_by"));
}

#[test]
fn bytes_that_are_not_utf8_are_refused_naming_the_byte() {
    let (_, text) = exported();
    let mut bytes = text.into_bytes();
    let at_byte = 40;
    bytes[at_byte] = 0xff;
    let e = open_bytes(&bytes).unwrap_err();
    assert_eq!(e, ImportError::NotUtf8 { byte: at_byte, line: 3 });
    assert!(e.to_string().contains("not a text file in UTF-8"));
    // The browser's reader keeps the bytes as the text: the same answer.
    assert_eq!(text_from_vec(bytes).unwrap_err(), e);
    let too_big = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(text_from_vec(too_big).unwrap_err(), ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1 });
}

#[test]
fn utf8_bytes_open_like_text() {
    let (p, text) = exported();
    assert_eq!(open_bytes(text.as_bytes()).unwrap().partnership, p);
    assert_eq!(text_from_vec(text.clone().into_bytes()).unwrap(), text);
}

#[test]
fn the_usual_file_is_read_in_one_pass_to_what_the_long_way_gives() {
    let p = crate::model::generate::partnership_of(crate::model::generate::SIZES, 10, now());
    let by = export_json_by(&p, now(), Some("North group"));
    // Pretty (fields in alphabetical order: the partnership before its version) and compact
    // (the version first).
    for text in [by.as_str(), &compact_json(&p, now()), &exported().1] {
        let fast = read_current(text).expect("an export of this version takes the one pass");
        assert_eq!(fast, read_long(text).unwrap());
    }
    assert_eq!(read_current(&by).unwrap().exported_by.as_deref(), Some("North group"));
    // Anything else goes the long way, which names the problem.
    for text in [
        with(|v| v["schema_version"] = json!(1)),
        with(|v| v["partnership"]["partners"][0]["sector"] = json!("guild")),
        with(|v| v["exported_at"] = json!("yesterday")),
        with(|v| v["format"] = json!("something/else")),
        format!("{}x", compact_json(&p, now())),
    ] {
        assert!(read_current(&text).is_none(), "took the one pass: {}", &text[..80]);
    }
}
