//! Every file of `tests/corpus/` (made by `examples/make_corpus.rs`) through the import door,
//! as bytes, and through a merge with the sample when it opens: no panic; a clear error or a
//! valid partnership; payloads kept as plain text.
use std::collections::HashMap;
use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use common_ground::model::file::{open_bytes, to_json_value, ImportError, MAX_FILE_BYTES};
use common_ground::model::merge::merge;
use common_ground::model::sample::sample;
use common_ground::model::time::at;
use common_ground::model::validate::validate;

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(&dir)
        .expect("tests/corpus exists: run `cargo run --example make_corpus`")
        .filter_map(Result::ok)
        .map(|e| (e.file_name().to_string_lossy().into_owned(), fs::read(e.path()).expect("readable")))
        .collect();
    files.sort();
    files
}

/// What a user would be told must say what and, for a shape error, where.
fn assert_clear(name: &str, e: &ImportError) {
    let text = e.to_string();
    assert!(text.len() > 12, "{name}: message too short: {text:?}");
    match e {
        ImportError::WrongShape { path, message } => {
            assert!(!path.is_empty() && path != ".", "{name}: shape error without a place: {text}");
            assert!(!message.is_empty(), "{name}: shape error without a message");
            // Worded in the reader's language, not left in serde's English.
            assert!(common_ground::model::json_path::why(message).key().is_some(), "{name}: {message:?} is not worded");
        }
        ImportError::NotJson { message, .. } => {
            assert!(common_ground::model::json_path::why(message).key().is_some(), "{name}: {message:?} is not worded");
        }
        ImportError::Invalid(problems) => {
            assert!(!problems.is_empty(), "{name}: invalid without problems");
            for p in problems {
                assert!(!p.path.is_empty() && !p.message.to_string().is_empty(), "{name}: problem without place: {p:?}");
            }
        }
        _ => {}
    }
}

#[test]
fn the_corpus_has_at_least_200_files_of_every_class() {
    let files = corpus();
    assert!(files.len() >= 200, "only {} files", files.len());
    for class in [
        "truncated-", "not-utf8-", "wrong-type-", "missing-", "duplicate-id-", "bad-id-", "date-", "huge-",
        "deep-", "unknown-", "version-", "payload-",
    ] {
        assert!(files.iter().any(|(n, _)| n.starts_with(class)), "no {class} file");
    }
}

#[test]
fn every_corpus_file_gives_a_clear_error_or_a_valid_partnership_and_merges_without_panic() {
    let now = at("2026-11-27T09:00:00Z");
    let mine = sample(now);
    let (mut opened, mut refused) = (0, 0);
    for (name, bytes) in corpus() {
        let result = catch_unwind(AssertUnwindSafe(|| open_bytes(&bytes)))
            .unwrap_or_else(|_| panic!("{name}: opening panicked"));
        match result {
            Err(e) => {
                refused += 1;
                assert_clear(&name, &e);
                for class in ["payload-", "unknown-", "ok-"] {
                    assert!(!name.starts_with(class), "{name} must open, but: {e}");
                }
            }
            Ok(o) => {
                opened += 1;
                for class in ["truncated-", "not-utf8-"] {
                    assert!(!name.starts_with(class), "{name} must not open");
                }
                assert!(validate(&o.partnership).is_empty(), "{name}: opened but is not valid");
                for (a, b, label) in [(&mine, &o.partnership, "theirs into the sample"), (&o.partnership, &mine, "the sample into theirs")] {
                    let merged = catch_unwind(AssertUnwindSafe(|| merge(a, b, "corpus", &HashMap::new(), now)))
                        .unwrap_or_else(|_| panic!("{name}: merging {label} panicked"));
                    if let Ok(m) = merged {
                        assert!(validate(&m.result).is_empty(), "{name}: merge result ({label}) is not valid");
                    }
                }
            }
        }
    }
    println!("corpus: {opened} opened, {refused} refused with a clear message");
    assert!(opened > 20 && refused > 150);
}

#[test]
fn payload_files_keep_the_payload_as_plain_text() {
    for (name, bytes) in corpus().into_iter().filter(|(n, _)| n.starts_with("payload-")) {
        let p = open_bytes(&bytes).unwrap_or_else(|e| panic!("{name}: {e}")).partnership;
        let json = to_json_value(&p).to_string();
        let kept = ["<img src=x onerror=", "<script>", "javascript:document.body"]
            .iter()
            .any(|needle| json.contains(&needle.replace('"', "\\\"")));
        assert!(kept, "{name}: the payload was changed or lost");
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let mut big = b"{\"format\":\"common-ground/partnership\",\"x\":\"".to_vec();
    big.resize(MAX_FILE_BYTES + 10, b'a');
    big.extend_from_slice(b"\"}");
    let e = open_bytes(&big).unwrap_err();
    assert!(matches!(e, ImportError::TooLarge { .. }), "{e:?}");
    assert!(e.to_string().contains("MB"));
}
