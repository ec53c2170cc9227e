use super::*;

const ES: &str = include_str!("../../locales/es.json");
const FR: &str = include_str!("../../locales/fr.json");

fn es() -> Words {
    Words::from_json(Lang::Es, ES).unwrap()
}

fn fr() -> Words {
    Words::from_json(Lang::Fr, FR).unwrap()
}

#[test]
fn every_language_file_loads_with_this_builds_keys() {
    assert_eq!(es().get(tr::header::UNDO), "Deshacer");
    assert_eq!(fr().get(tr::header::UNDO), "Annuler");
    assert_eq!(Words::english().get(tr::header::UNDO), "Undo");
}

#[test]
fn a_stale_or_broken_language_file_is_refused_with_a_reason() {
    let stale = ES.replacen("\"undo\"", "\"undo_old\"", 1);
    assert_eq!(Words::from_json(Lang::Es, &stale).err().unwrap(), "es.json has other keys than this version of the app");
    assert!(Words::from_json(Lang::Es, "{\"app\": 3}").err().unwrap().contains("app: expected text"));
    assert!(Words::from_json(Lang::Es, "<html>").is_err());
}

#[test]
fn plurals_follow_each_languages_cldr_rules() {
    let en = Words::english();
    let signed = tr::charter::signed_before_edit;
    assert!(signed(&en, 1).starts_with("1 partner signed"));
    assert!(signed(&en, 0).starts_with("0 partners signed"));
    assert!(signed(&en, 12_000).starts_with("12,000 partners signed"));
    assert!(signed(&es(), 1).starts_with("1 socio firmó"));
    assert!(signed(&es(), 2).starts_with("2 socios firmaron"));
    assert!(signed(&es(), 1_000_000).starts_with("1.000.000 de socios firmaron"));
    // French counts zero as singular.
    assert!(signed(&fr(), 0).starts_with("0 partenaire a signé"));
    assert!(signed(&fr(), 1_000_000).starts_with("1\u{202f}000\u{202f}000 de partenaires ont signé"));
}

#[test]
fn numbers_are_grouped_as_each_language_writes_them() {
    assert_eq!(Words::english().integer(-5645), "-5,645");
    assert_eq!(es().integer(5645), "5645");
    assert_eq!(es().integer(56_450), "56.450");
    assert_eq!(fr().integer(5645), "5\u{202f}645");
    assert_eq!(fr().integer(7), "7");
}

#[test]
fn dates_and_decimals_are_written_as_each_language_writes_them() {
    let d = chrono::NaiveDate::from_ymd_opt(2026, 12, 14).unwrap();
    assert_eq!(Words::english().date(d), "14 Dec 2026");
    assert_eq!(es().date(d), "14 dic 2026");
    assert_eq!(fr().date(d), "14 déc. 2026");
    assert_eq!(Words::english().decimal(1234.5, 2), "1,234.5");
    assert_eq!(es().decimal(1234.5, 2), "1234,5");
    assert_eq!(es().decimal(-12345.25, 1), "-12.345,2");
    assert_eq!(fr().decimal(1234.56, 1), "1\u{202f}234,6");
    assert_eq!(fr().decimal(-0.001, 2), "0");
    assert_eq!(Words::english().decimal(3.0, 2), "3");
}

#[test]
fn parameters_are_filled_and_an_unknown_one_stays_visible() {
    assert_eq!(tr::app::title(&Words::english(), "Goals"), "Goals · Common Ground");
    assert_eq!(fill("{a} and {b}", &[("a", "x")]), "x and {b}");
    assert_eq!(fill("no braces", &[]), "no braces");
    assert_eq!(fill("broken {", &[]), "broken {");
}

#[test]
fn the_browsers_preferred_languages_choose_the_default() {
    assert_eq!(Lang::negotiate(["de-DE", "fr-CA", "en"]), Lang::Fr);
    assert_eq!(Lang::negotiate(["ES"]), Lang::Es);
    assert_eq!(Lang::negotiate(["de", "pt-BR"]), Lang::En);
    assert_eq!(Lang::negotiate([]), Lang::En);
}

#[test]
fn parameter_names_are_read_from_messages() {
    assert_eq!(params("{b} {a} {b}").unwrap(), ["a", "b"]);
    assert!(params("a } b").is_err());
    assert!(params("{Name}").is_err());
}

/// Every key of `locales/en.json` is used somewhere in the code (a key nobody shows is a
/// translation nobody reads): written as `group::NAME` or `group::name(`.
#[test]
fn every_key_is_used_by_the_code() {
    fn sources(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/tests.rs") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut code = String::new();
    sources(std::path::Path::new("src"), &mut code);
    let en: serde_json::Value = serde_json::from_str(include_str!("../../locales/en.json")).unwrap();
    let unused: Vec<String> = flatten(&en)
        .unwrap()
        .into_iter()
        // A choice's label is looked up by its enum and key (the test below holds those).
        .filter(|m| !m.path.starts_with("choice."))
        .filter(|m| {
            let mut segs = m.path.rsplit('.');
            let (name, group) = (segs.next().unwrap(), segs.next().unwrap_or("tr"));
            let constant = format!("{group}::{}", name.to_uppercase());
            let function = format!("{group}::{name}(");
            !code.contains(&constant) && !code.contains(&function)
        })
        .map(|m| m.path)
        .collect();
    assert!(unused.is_empty(), "keys in locales/en.json that no code uses: {unused:?}");
}

/// Every value of every choice a form offers has its label, so `label_key` never fails; and
/// no label is left for a value that no longer exists.
#[test]
fn every_choice_has_its_label_and_every_label_its_choice() {
    use crate::model::{community, goals, ideas, metrics, report, resources, stories, sustainability, Sector};
    fn keys<T: Copy>(all: &[T], kind: &str, key: fn(T) -> &'static str, label: fn(T) -> Key, seen: &mut Vec<String>) {
        for v in all {
            assert!(crate::i18n::choice_label(kind, key(*v)).is_some(), "no label for {kind}::{}", key(*v));
            let _ = label(*v);
            seen.push(format!("{kind}.{}", key(*v)));
        }
    }
    let mut seen = Vec::new();
    macro_rules! check {
        ($($ty:ty),*) => {$(
            let name = stringify!($ty).rsplit("::").next().unwrap().trim();
            keys(&<$ty>::ALL, name, <$ty>::key, <$ty>::label_key, &mut seen);
        )*};
    }
    check!(
        Sector,
        metrics::Direction,
        metrics::Counting,
        metrics::MetricKind,
        goals::GoalStatus,
        community::ActivityKind,
        community::ResponseStatus,
        stories::Audience,
        stories::Frequency,
        resources::Strength,
        resources::CommitmentStatus,
        ideas::Decision,
        sustainability::CapacityArea,
        report::ReportAudience
    );
    let en: serde_json::Value = serde_json::from_str(include_str!("../../locales/en.json")).unwrap();
    let labels = flatten(&en).unwrap().into_iter().filter(|m| m.path.starts_with("choice.")).count();
    assert_eq!(labels, seen.len(), "locales/ have choice labels for values that do not exist");
}

#[test]
fn money_is_written_as_each_language_writes_it() {
    let en = Words::english();
    assert_eq!(en.money(1_250_050, "EUR"), "EUR 12,500.50");
    assert_eq!(es().money(1_250_050, "EUR"), "12.500,50\u{a0}EUR");
    assert_eq!(es().money(123_450, "EUR"), "1234,50\u{a0}EUR");
    assert_eq!(fr().money(1_250_050, "EUR"), "12\u{202f}500,50\u{a0}EUR");
    assert_eq!(fr().money(-50, "USD"), "-0,50\u{a0}USD");
    assert_eq!(en.money(1_250, "JPY"), "JPY 1,250");
}

#[test]
fn fixed_places_keep_their_zeros() {
    let en = Words::english();
    assert_eq!(en.fixed(2.0, 1), "2.0");
    assert_eq!(en.fixed(3.25, 1), "3.2");
    assert_eq!(en.fixed(1234.5, 2), "1,234.50");
    assert_eq!(fr().fixed(5.0, 1), "5,0");
    assert_eq!(es().fixed(-0.5, 1), "-0,5");
}

#[test]
fn a_locale_files_groups_are_read_in_sorted_order_whatever_the_files_order() {
    // `walk` relies on serde_json's `Map` being a `BTreeMap` (no `preserve_order`): the
    // messages' positions, which the generated keys are, must not follow the file's order.
    let a = flatten(&serde_json::from_str(r#"{"b": {"z": "1", "a": "2"}, "a": {"n": {"other": "x", "one": "y"}}}"#).unwrap()).unwrap();
    let paths: Vec<&str> = a.iter().map(|m| m.path.as_str()).collect();
    assert_eq!(paths, ["a.n", "b.a", "b.z"]);
    let forms: Vec<&str> = a[0].forms.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(forms, ["one", "other"]);
}
