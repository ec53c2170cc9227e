//! Writes `tests/corpus/`: bad and odd files made from an export of the sample, one class of
//! damage per file name prefix, for `tests/corpus.rs`, the fuzzer (`examples/fuzz.rs`) and the
//! browser test (`e2e/corpus.test.mjs`). Deterministic: the sample's random ids are renumbered
//! in order of appearance, so running it again writes the same files.
//!
//!     cargo run --example make_corpus
//!
//! File names say the class first: `truncated-`, `not-utf8-`, `wrong-type-`, `missing-`,
//! `duplicate-id-`, `bad-id-`, `date-`, `huge-`, `deep-`, `unknown-`, `version-`, `payload-`.
//! `payload-` and `unknown-` files must open; `truncated-` and `not-utf8-` must not; the others
//! either open as a valid partnership or give a clear error.
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use common_ground::model::file::{export_json, open};
use common_ground::model::sample::sample;
use common_ground::model::time::at;
use serde_json::{json, Value};

/// Text that would run or make a link if any screen rendered user text as HTML.
const PAYLOADS: [&str; 3] = [
    "<img src=x onerror=\"document.body.dataset.pwned=1\">",
    "<script>document.body.dataset.pwned=1</script><b>bold?</b>",
    "javascript:document.body.dataset.pwned=1",
];

struct Corpus {
    dir: PathBuf,
    count: usize,
}

impl Corpus {
    fn bytes(&mut self, name: &str, bytes: &[u8]) {
        assert!(bytes.len() < 1_100_000, "{name} is too large to commit");
        let safe: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '.' { c } else { '-' })
            .collect();
        fs::write(self.dir.join(safe), bytes).expect("write corpus file");
        self.count += 1;
    }
    fn json(&mut self, name: &str, v: &Value) {
        // Compact: a few hundred files stay a few megabytes in the repository.
        let text = serde_json::to_string(v).expect("serialise");
        self.bytes(&format!("{name}.json"), text.as_bytes());
    }
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create tests/corpus");
    let mut c = Corpus { dir, count: 0 };

    let now = at("2026-11-27T09:00:00Z");
    let raw: Value = serde_json::from_str(&export_json(&sample(now), now)).expect("sample exports");
    let base = renumber(raw);
    let text = serde_json::to_string_pretty(&base).expect("serialise");
    assert!(open(&text).is_ok(), "the renumbered sample opens");
    c.json("ok-sample", &base);

    // The per-field classes start from a small copy (every list cut to its first record) so
    // that hundreds of files stay small; it is checked to open, so each file has one fault.
    let small = shrink(&base);
    let small_text = serde_json::to_string(&small).expect("serialise");
    if let Err(e) = open(&small_text) {
        panic!("the shrunk sample does not open: {e}");
    }
    c.json("ok-small", &small);
    let kinds = record_kinds(&small);
    truncated(&mut c, &text);
    not_utf8(&mut c, &text);
    wrong_types(&mut c, &small, &kinds);
    missing(&mut c, &small, &kinds);
    duplicate_ids(&mut c, &small, &kinds);
    bad_ids(&mut c, &small, &kinds);
    dates(&mut c, &small, &kinds);
    let kinds = record_kinds(&base);
    huge(&mut c, &base);
    deep(&mut c, &base);
    unknown(&mut c, &small, &record_kinds(&small));
    versions(&mut c, &base);
    payloads(&mut c, &base, &kinds);
    println!("wrote {} files to tests/corpus/ ({} record kinds)", c.count, kinds.len());
}

/// Every list cut to its first element where that leaves a valid file (a cut that leaves
/// references pointing nowhere is undone), and the tombstones emptied.
fn shrink(v: &Value) -> Value {
    fn lists(v: &Value, at: &str, out: &mut Vec<String>) {
        match v {
            Value::Array(a) => {
                out.push(at.to_string());
                a.iter().enumerate().for_each(|(i, x)| lists(x, &format!("{at}/{i}"), out));
            }
            Value::Object(o) => o.iter().for_each(|(k, x)| lists(x, &format!("{at}/{k}"), out)),
            _ => {}
        }
    }
    let mut v = v.clone();
    if let Some(t) = v.pointer_mut("/partnership/tombstones") {
        *t = json!([]);
    }
    let mut all = Vec::new();
    lists(&v, "", &mut all);
    for p in all {
        let Some(old) = v.pointer(&p).cloned() else { continue };
        if let Some(Value::Array(a)) = v.pointer_mut(&p) {
            a.truncate(1);
        }
        if open(&serde_json::to_string(&v).unwrap_or_default()).is_err() {
            if let Some(x) = v.pointer_mut(&p) {
                *x = old;
            }
        }
    }
    // Long prose cut to a few words (ids and dates are short and stay).
    let mut texts = Vec::new();
    string_pointers(&v, "", &mut texts);
    for p in texts {
        let Some(Value::String(old)) = v.pointer(&p).cloned() else { continue };
        if old.chars().count() > 24 {
            if let Some(x) = v.pointer_mut(&p) {
                *x = json!(old.chars().take(24).collect::<String>());
            }
            if open(&serde_json::to_string(&v).unwrap_or_default()).is_err() {
                if let Some(x) = v.pointer_mut(&p) {
                    *x = json!(old);
                }
            }
        }
    }
    v
}

/// Replaces every UUID by a counter in order of appearance, keeping references intact.
fn renumber(v: Value) -> Value {
    fn walk(v: Value, map: &mut HashMap<String, String>) -> Value {
        match v {
            Value::String(s) if uuid::Uuid::parse_str(&s).is_ok() && s.len() == 36 => {
                let n = map.len() + 1;
                Value::String(map.entry(s).or_insert_with(|| format!("00000000-0000-4000-8000-{n:012x}")).clone())
            }
            Value::Array(a) => Value::Array(a.into_iter().map(|x| walk(x, map)).collect()),
            Value::Object(o) => Value::Object(o.into_iter().map(|(k, x)| (k, walk(x, map))).collect()),
            other => other,
        }
    }
    walk(v, &mut HashMap::new())
}

/// Every list of records (objects with an `id`) by its path with indices left out, e.g.
/// `partnership.resources.entries`, with the JSON pointer of its first record.
fn record_kinds(root: &Value) -> BTreeMap<String, String> {
    fn walk(v: &Value, kind: &str, pointer: &str, out: &mut BTreeMap<String, String>) {
        match v {
            Value::Object(o) => {
                for (k, x) in o {
                    walk(x, &format!("{kind}.{k}"), &format!("{pointer}/{}", k.replace('~', "~0").replace('/', "~1")), out);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    if x.get("id").is_some() && kind != ".partnership.tombstones" {
                        out.entry(kind.trim_start_matches('.').to_string()).or_insert_with(|| format!("{pointer}/{i}"));
                    }
                    walk(x, kind, &format!("{pointer}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    walk(root, "", "", &mut out);
    out.insert("partnership".into(), "/partnership".into());
    out
}

fn short(kind: &str) -> String {
    kind.trim_start_matches("partnership").trim_start_matches('.').replace('.', "-").replace('_', "-")
}

fn with(base: &Value, pointer: &str, f: impl FnOnce(&mut Value)) -> Value {
    let mut v = base.clone();
    if let Some(target) = v.pointer_mut(pointer) {
        f(target);
    }
    v
}

fn truncated(c: &mut Corpus, text: &str) {
    let len = text.len();
    for i in 0..30 {
        let mut cut = len * i / 30 + (i * 7919) % 97;
        cut = cut.min(len - 1);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        c.bytes(&format!("truncated-{i:02}-at-{cut}.json"), &text.as_bytes()[..cut]);
    }
}

fn not_utf8(c: &mut Corpus, text: &str) {
    let b = text.as_bytes();
    for (i, at) in [0, 1, 57, b.len() / 3, b.len() / 2, b.len() - 2].into_iter().enumerate() {
        let mut bytes = b.to_vec();
        bytes[at] = 0xff;
        c.bytes(&format!("not-utf8-{i:02}-byte-{at}.json"), &bytes);
    }
    // The same file saved as Latin-1 (é as one byte), as UTF-16 with its byte order mark,
    // and files that are not text at all.
    let latin1: Vec<u8> = text.replace("Riverside", "Rivérside").chars().map(|ch| ch as u32 as u8).collect();
    c.bytes("not-utf8-latin1.json", &latin1);
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(text.encode_utf16().take(4000).flat_map(|u| u.to_le_bytes()));
    c.bytes("not-utf8-utf16le.json", &utf16);
    c.bytes("not-utf8-png.json", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89");
    c.bytes("not-utf8-xlsx.json", b"PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0\xb7\xfc\x9f\xa8[xl/workbook.xml");
    c.bytes("not-utf8-lone-surrogate.json", b"{\"format\": \"\xed\xa0\x80\"}");
}

/// The same value as another JSON type.
fn wrong(v: &Value) -> Value {
    match v {
        Value::String(_) => json!(42),
        Value::Number(_) => json!("forty-two"),
        Value::Bool(_) => json!("yes"),
        Value::Array(_) => json!({ "0": "not a list" }),
        Value::Object(_) => json!(["not", "an", "object"]),
        Value::Null => json!(true),
    }
}

fn fields(base: &Value, pointer: &str) -> Vec<String> {
    base.pointer(pointer).and_then(Value::as_object).map(|o| o.keys().cloned().collect()).unwrap_or_default()
}

fn wrong_types(c: &mut Corpus, base: &Value, kinds: &BTreeMap<String, String>) {
    for (kind, pointer) in kinds {
        for field in fields(base, pointer) {
            let v = with(base, pointer, |r| {
                let old = r[&field].clone();
                r[&field] = wrong(&old);
            });
            c.json(&format!("wrong-type-{}-{field}", short(kind)), &v);
        }
    }
    // And at the top: the envelope's fields, and a file that is JSON but not an object.
    for field in fields(base, "") {
        let v = with(base, "", |r| {
            let old = r[&field].clone();
            r[&field] = wrong(&old);
        });
        c.json(&format!("wrong-type-envelope-{field}"), &v);
    }
    c.bytes("wrong-type-top-list.json", b"[1, 2, 3]");
    c.bytes("wrong-type-top-string.json", b"\"common-ground/partnership\"");
    c.bytes("wrong-type-top-null.json", b"null");
}

fn missing(c: &mut Corpus, base: &Value, kinds: &BTreeMap<String, String>) {
    for (kind, pointer) in kinds {
        for field in fields(base, pointer) {
            let v = with(base, pointer, |r| {
                r.as_object_mut().map(|o| o.remove(&field));
            });
            c.json(&format!("missing-{}-{field}", short(kind)), &v);
        }
    }
    for field in fields(base, "") {
        let v = with(base, "", |r| {
            r.as_object_mut().map(|o| o.remove(&field));
        });
        c.json(&format!("missing-envelope-{field}"), &v);
    }
    c.bytes("missing-everything.json", b"{}");
    c.bytes("missing-empty-file.json", b"");
    c.bytes("missing-only-spaces.json", b"  \n\t ");
}

fn parent_list(pointer: &str) -> (String, usize) {
    let (list, i) = pointer.rsplit_once('/').unwrap_or(("", "0"));
    (list.to_string(), i.parse().unwrap_or(0))
}

fn duplicate_ids(c: &mut Corpus, base: &Value, kinds: &BTreeMap<String, String>) {
    let mut first_other: Option<(String, String)> = None;
    for (kind, pointer) in kinds.iter().filter(|(k, _)| k.as_str() != "partnership") {
        let (list, i) = parent_list(pointer);
        let v = with(base, &list, |l| {
            if let Some(a) = l.as_array_mut() {
                let copy = a[i].clone();
                a.push(copy);
            }
        });
        c.json(&format!("duplicate-id-{}", short(kind)), &v);
        // The same id in two different tools.
        let id = base.pointer(&format!("{pointer}/id")).cloned();
        if let (Some(id), Some((other_kind, other_ptr))) = (id.clone(), first_other.as_ref()) {
            let v = with(base, &format!("{other_ptr}/id"), |x| *x = id);
            c.json(&format!("duplicate-id-{}-and-{}", short(other_kind), short(kind)), &v);
        }
        if first_other.is_none() {
            first_other = Some((kind.to_string(), pointer.to_string()));
        }
    }
}

fn bad_ids(c: &mut Corpus, base: &Value, kinds: &BTreeMap<String, String>) {
    let bad = [json!("not-a-uuid"), json!(""), json!("{00000000-0000-4000-8000-000000000001}"), json!(7)];
    for (kind, pointer) in kinds {
        for (j, b) in bad.iter().enumerate() {
            if j > 0 && kind.as_str() != "partnership.partners" && kind.as_str() != "partnership" {
                continue;
            }
            let v = with(base, &format!("{pointer}/id"), |x| *x = b.clone());
            c.json(&format!("bad-id-{}-{j}", short(kind)), &v);
        }
    }
    // A reference (a field ending in _id) that is no UUID, or points nowhere.
    let text = serde_json::to_string(base).unwrap_or_default();
    for (j, field) in ["partner_id", "owner_id", "goal_id", "metric_id"].iter().enumerate() {
        if text.contains(&format!("\"{field}\"")) {
            let s = replace_first_value(&text, field, "\"nobody\"");
            c.bytes(&format!("bad-id-ref-{j}-{field}.json"), s.as_bytes());
            let s = replace_first_value(&text, field, "\"00000000-0000-4000-8000-00000000ffff\"");
            c.bytes(&format!("bad-id-dangling-{j}-{field}.json"), s.as_bytes());
        }
    }
}

/// Replaces the value of the first `"field": "…"` in compact JSON text.
fn replace_first_value(text: &str, field: &str, new: &str) -> String {
    let key = format!("\"{field}\":\"");
    match text.find(&key) {
        Some(i) => {
            let start = i + key.len() - 1;
            let end = text[start + 1..].find('"').map(|e| start + e + 2).unwrap_or(start);
            format!("{}{new}{}", &text[..start], &text[end..])
        }
        None => text.to_string(),
    }
}

fn dates(c: &mut Corpus, base: &Value, kinds: &BTreeMap<String, String>) {
    let odd = [
        ("year-10000", json!("+10000-01-01T00:00:00Z")),
        ("year-0", json!("0000-01-01T00:00:00Z")),
        ("month-13", json!("2026-13-45T00:00:00Z")),
        ("no-zone", json!("2026-01-01T00:00:00")),
        ("date-only", json!("2026-01-01")),
        ("number", json!(1_700_000_000)),
        ("far-future", json!("9999-12-31T23:59:59Z")),
        ("leap-second", json!("2026-06-30T23:59:60Z")),
    ];
    for (kind, pointer) in kinds.iter().step_by(4) {
        for (j, (label, d)) in odd.iter().enumerate() {
            let field = if j % 2 == 0 { "created_at" } else { "updated_at" };
            let v = with(base, &format!("{pointer}/{field}"), |x| *x = d.clone());
            c.json(&format!("date-{}-{field}-{label}", short(kind)), &v);
        }
        let v = with(base, pointer, |r| r["updated_at"] = json!("1999-01-01T00:00:00Z"));
        c.json(&format!("date-{}-updated-before-created", short(kind)), &v);
    }
    for (label, d) in odd {
        c.json(&format!("date-exported-at-{label}"), &with(base, "/exported_at", |x| *x = d));
    }
    // Every other date-like text field the sample has (meeting days, due dates…).
    let text = serde_json::to_string(base).unwrap_or_default();
    for field in ["date", "due", "held_on", "at", "day", "start", "end", "deadline"] {
        if text.contains(&format!("\"{field}\":\"")) {
            c.bytes(&format!("date-field-{field}-bad.json"), replace_first_value(&text, field, "\"2026-02-30\"").as_bytes());
            c.bytes(&format!("date-field-{field}-huge.json"), replace_first_value(&text, field, "\"99999-01-01\"").as_bytes());
        }
    }
}

fn huge(c: &mut Corpus, base: &Value) {
    let long = "Lorem ipsum dolor sit amet. ".repeat(30_000); // 840 KB
    c.json("huge-name", &with(base, "/partnership/name", |x| *x = json!(long)));
    c.json("huge-partner-notes", &with(base, "/partnership/partners/0", |r| r["notes"] = json!(long)));
    c.json("huge-unknown-string", &with(base, "/partnership", |r| r["later_tool_text"] = json!(long)));
    let zeros: Vec<u8> = vec![0; 100_000];
    c.json("huge-number-list", &with(base, "/partnership", |r| r["partners"] = json!(zeros)));
    // Many small, valid records: a big partnership must still open.
    let many = with(base, "/partnership/partners", |l| {
        if let Some(a) = l.as_array_mut() {
            let first = a[0].clone();
            for n in 0..2500 {
                let mut p = first.clone();
                p["id"] = json!(format!("10000000-0000-4000-8000-{n:012x}"));
                p["name"] = json!(format!("Partner {n}"));
                a.push(p);
            }
        }
    });
    c.json("huge-2500-partners", &many);
    c.bytes("huge-number.json", format!("{{\"format\":\"common-ground/partnership\",\"schema_version\":{}}}", "9".repeat(5000)).as_bytes());
    c.bytes("huge-whitespace.json", format!("{}{}", " ".repeat(800_000), serde_json::to_string(base).unwrap_or_default()).as_bytes());
}

fn deep(c: &mut Corpus, base: &Value) {
    for depth in [100, 127, 129, 1000, 100_000] {
        let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        c.bytes(&format!("deep-top-arrays-{depth}.json"), nested.as_bytes());
        let text = serde_json::to_string(base).unwrap_or_default();
        let inner = text.replacen("\"partnership\":{", &format!("\"partnership\":{{\"later\":{nested},"), 1);
        c.bytes(&format!("deep-unknown-field-{depth}.json"), inner.as_bytes());
    }
    let objects = format!("{}1{}", "{\"a\":".repeat(5000), "}".repeat(5000));
    c.bytes("deep-objects-5000.json", objects.as_bytes());
    c.bytes("deep-unclosed-100000.json", "[".repeat(100_000).as_bytes());
}

fn unknown(c: &mut Corpus, base: &Value, kinds: &BTreeMap<String, String>) {
    for (kind, pointer) in kinds {
        let v = with(base, pointer, |r| {
            r["from_a_later_version"] = json!({ "note": "kept as it is", "list": [1, 2, 3] });
        });
        c.json(&format!("unknown-{}", short(kind)), &v);
    }
    let v = with(base, "", |r| r["signature"] = json!("abc"));
    c.json("unknown-envelope", &v);
    let v = with(base, "/partnership", |r| r["a_tool_from_the_future"] = json!([{ "id": "x", "odd": true }]));
    c.json("unknown-partnership-tool", &v);
}

fn versions(c: &mut Corpus, base: &Value) {
    for (label, version) in [
        ("0", json!(0)), ("99", json!(99)), ("future-huge", json!(4_294_967_296u64)), ("negative", json!(-1)),
        ("fraction", json!(1.5)), ("text", json!("2")), ("null", Value::Null),
    ] {
        c.json(&format!("version-{label}"), &with(base, "/schema_version", |x| *x = version));
    }
    c.json("version-wrong-format", &with(base, "/format", |x| *x = json!("common-ground/partnership-v2")));
    let v1: Value = serde_json::from_str(include_str!("../tests/fixtures/v1-pilot.json")).expect("fixture");
    c.json("version-1-pilot", &v1);
    c.json("version-1-no-partners", &with(&v1, "/partnership", |r| {
        r.as_object_mut().map(|o| o.remove("partners"));
    }));
    c.json("version-1-partners-not-list", &with(&v1, "/partnership/partners", |x| *x = json!("Food Bank")));
    c.json("version-1-unknown-type", &with(&v1, "/partnership/partners/0/type", |x| *x = json!(12)));
    c.json("version-1-title-missing", &with(&v1, "/partnership", |r| {
        r.as_object_mut().map(|o| o.remove("title"));
    }));
    c.json("version-1-payload", &with(&v1, "/partnership/partners/0/organisation", |x| *x = json!(PAYLOADS[0])));
    c.json("version-1-as-2", &with(&v1, "/schema_version", |x| *x = json!(2)));
}

/// Payloads in every text field: each string is replaced, and kept only if the file still
/// opens (ids, dates and choices from a fixed list must stay as they are).
fn payloads(c: &mut Corpus, base: &Value, kinds: &BTreeMap<String, String>) {
    for (k, payload) in PAYLOADS.iter().enumerate() {
        let mut v = base.clone();
        let mut pointers = Vec::new();
        string_pointers(&v["partnership"], "/partnership", &mut pointers);
        let mut kept = 0;
        for p in &pointers {
            let Some(old) = v.pointer(p).cloned() else { continue };
            if let Some(x) = v.pointer_mut(p) {
                *x = json!(payload);
            }
            let text = serde_json::to_string(&v).unwrap_or_default();
            if open(&text).is_ok() {
                kept += 1;
            } else if let Some(x) = v.pointer_mut(p) {
                *x = old;
            }
        }
        println!("payload {k}: in {kept} of {} text fields", pointers.len());
        c.json(&format!("payload-everywhere-{k}"), &v);
        // One file per tool too, so a failure names the tool.
        if k == 0 {
            for (kind, pointer) in kinds {
                let mut one = base.clone();
                for p in pointers.iter().filter(|p| p.starts_with(&format!("{pointer}/"))) {
                    if let (Some(x), Some(y)) = (one.pointer_mut(p), v.pointer(p)) {
                        *x = y.clone();
                    }
                }
                if one != *base && kind.as_str() != "partnership" {
                    c.json(&format!("payload-{}", short(kind)), &one);
                }
            }
        }
    }
}

fn string_pointers(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::String(_) => out.push(at.to_string()),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| string_pointers(x, &format!("{at}/{i}"), out)),
        Value::Object(o) => o.iter().for_each(|(k, x)| string_pointers(x, &format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out)),
        _ => {}
    }
}
