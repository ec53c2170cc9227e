use super::*;

#[test]
fn markup_characters_are_escaped() {
    assert_eq!(escape_xml(r#"<a href="x">Tom & 'Jerry'</a>"#), "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
}

#[test]
fn thousands_are_grouped_with_commas() {
    assert_eq!(grouped(5645), "5,645");
    assert_eq!(grouped(100), "100");
    assert_eq!(grouped(-1_234_567), "-1,234,567");
}

#[test]
fn lists_read_as_a_sentence() {
    assert_eq!(join_and(&[]), "");
    assert_eq!(join_and(&["a baseline"]), "a baseline");
    assert_eq!(join_and(&["a", "b", "c"]), "a, b and c");
}

#[test]
fn plurals_and_capitals() {
    assert_eq!(plural(1, "reading", "readings"), "1 reading");
    assert_eq!(plural(0, "reading", "readings"), "0 readings");
    assert_eq!(capitalise("état"), "État");
    assert_eq!(capitalise(""), "");
}

#[test]
fn case_follows_unicode_as_the_standard_library_does() {
    for s in ["École", "ÉTAT", "straße", "Ωmega", "ǅ", "plain ascii", ""] {
        assert_eq!(lower(s), s.to_lowercase());
        assert_eq!(upper(s), s.to_uppercase());
    }
    assert_eq!(capitalise("ñandú"), "Ñandú");
    assert_eq!(capitalise("ßtraße"), "SStraße");
}

/// The standard library's case mapping compiles its Unicode tables into the wasm (11 KB
/// gzipped); the app goes through `lower` and `upper`, which ask the browser instead.
#[test]
fn no_code_maps_case_with_the_standard_library_tables() {
    fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("model/text.rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let in_tests = path.components().any(|c| c.as_os_str() == "tests") || path.ends_with("tests.rs");
                for (n, line) in text.lines().enumerate() {
                    let uses = [".to_lowercase()", ".to_uppercase()"].iter().any(|m| line.contains(m));
                    if uses && !in_tests && !line.trim_start().starts_with("//") {
                        found.push(format!("{}:{}", path.display(), n + 1));
                    }
                }
            }
        }
    }
    let mut found = Vec::new();
    walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
    assert!(found.is_empty(), "use model::text::lower/upper instead: {found:?}");
}

#[test]
fn numbers_read_as_the_standard_library_reads_them() {
    let same = |s: &str| {
        let ours = read_f64(s);
        let std = s.parse::<f64>().ok();
        match (ours, std) {
            (Some(a), Some(b)) => assert!(a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()), "{s}: {a} vs {b}"),
            (a, b) => assert_eq!(a, b, "{s}"),
        }
    };
    for s in [
        "0", "-0", "+0", "1250", "62.5", "-3", "+4.25", ".5", "5.", "-.5", "007", "00.10", "1e3", "1E-3", "2.5e+2",
        "1.e5", "123456789012345", "0.1", "0.3", "1e308", "1e309", "-1e400", "1e-400", "inf", "-Infinity", "NaN",
        "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "0x10", "1_000", "--1", "1e5.5", "∞",
    ] {
        same(s);
    }
    // Every short decimal a person types: up to 15 digits, exponents within ±22.
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..20_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let digits = (x % 999_999_999_999_999).to_string();
        let point = (x >> 50) as usize % (digits.len() + 1);
        let mut s = format!("{}.{}", &digits[..point], &digits[point..]);
        if x & 1 == 1 {
            s = format!("-{s}");
        }
        if x & 2 == 2 {
            s = format!("{s}e{}", ((x >> 40) % 15) as i64 - 7);
        }
        same(&s);
    }
}
