//! Generates the message keys from `locales/en.json` (`$OUT_DIR/keys.rs`, included by
//! `src/i18n/mod.rs`) and checks every other language against it, so that a missing key, an
//! extra one, or a parameter one language has and another lacks fails the build with the
//! place named. English is compiled in; the other languages are files the app downloads.
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

include!("src/i18n/flatten.rs");

/// Languages beside English, each `locales/<code>.json`.
const OTHERS: [&str; 2] = ["es", "fr"];

const KEYWORDS: [&str; 12] = ["as", "box", "fn", "for", "if", "in", "loop", "match", "mod", "move", "type", "use"];

fn main() {
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=src/i18n/flatten.rs");
    let en = read("en");
    let mut errors = Vec::new();
    for code in OTHERS {
        compare(&en, &read(code), code, &mut errors);
    }
    if !errors.is_empty() {
        panic!("\nlocales/ do not agree with locales/en.json:\n  {}\n", errors.join("\n  "));
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("keys.rs");
    std::fs::write(out, generate(&en)).unwrap();
}

fn read(code: &str) -> Vec<Flat> {
    let path = format!("locales/{code}.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    flatten(&value).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The parameters a message uses, in any of its forms.
fn all_params(m: &Flat) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for text in m.text.iter().chain(m.forms.iter().map(|(_, f)| f)) {
        out.extend(params(text).map_err(|e| format!("{}: {e}", m.path))?);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn compare(en: &[Flat], other: &[Flat], code: &str, errors: &mut Vec<String>) {
    let theirs: BTreeMap<&str, &Flat> = other.iter().map(|m| (m.path.as_str(), m)).collect();
    let ours: BTreeMap<&str, &Flat> = en.iter().map(|m| (m.path.as_str(), m)).collect();
    for m in en {
        let Some(t) = theirs.get(m.path.as_str()) else {
            errors.push(format!("{code}.json has no {}", m.path));
            continue;
        };
        if m.text.is_some() != t.text.is_some() {
            errors.push(format!("{code}.json: {} is a plural in one language and a text in the other", m.path));
        }
        match (all_params(m), all_params(t)) {
            (Ok(a), Ok(b)) if a != b => {
                errors.push(format!("{code}.json: {} has parameters {b:?}, English has {a:?}", m.path))
            }
            (Err(e), _) => errors.push(format!("en.json: {e}")),
            (_, Err(e)) => errors.push(format!("{code}.json: {e}")),
            _ => {}
        }
    }
    for path in theirs.keys().filter(|p| !ours.contains_key(*p)) {
        errors.push(format!("{code}.json has {path}, which en.json does not"));
    }
}

/// A tree of modules, one per path segment; leaves are messages (their index).
#[derive(Default)]
struct Node {
    children: BTreeMap<String, Node>,
    leaf: Option<usize>,
}

fn generate(en: &[Flat]) -> String {
    let mut s = String::new();
    writeln!(s, "pub const COUNT: usize = {};", en.len()).unwrap();
    writeln!(s, "pub const FINGERPRINT: u64 = {};", fingerprint(en.iter().map(|m| m.path.as_str()))).unwrap();
    writeln!(s, "#[cfg(not(target_arch = \"wasm32\"))]\npub static EN: [Raw; COUNT] = [").unwrap();
    for m in en {
        match &m.text {
            Some(t) => writeln!(s, "    Raw::Text({t:?}),").unwrap(),
            None => writeln!(s, "    Raw::Plural(&{:?}),", m.forms).unwrap(),
        }
    }
    writeln!(s, "];").unwrap();
    let mut root = Node::default();
    for (i, m) in en.iter().enumerate() {
        let mut node = &mut root;
        for seg in m.path.split('.') {
            assert!(
                seg.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                    && !seg.starts_with(|c: char| c.is_ascii_digit())
                    && !KEYWORDS.contains(&seg),
                "locales/en.json: {:?} in {} is not a lower-case Rust name",
                seg,
                m.path
            );
            node = node.children.entry(seg.to_string()).or_default();
        }
        node.leaf = Some(i);
    }
    write_choices(&mut s, en);
    writeln!(s, "/// One module per group of `locales/en.json`, one item per message.\npub mod tr {{").unwrap();
    write_node(&mut s, &root, en, 1);
    writeln!(s, "}}").unwrap();
    s
}

fn write_node(s: &mut String, node: &Node, en: &[Flat], depth: usize) {
    let pad = "    ".repeat(depth);
    let up = "super::".repeat(depth);
    for (name, child) in &node.children {
        if let Some(i) = child.leaf {
            let m = &en[i];
            let params = all_params(m).unwrap();
            let doc = m.text.clone().unwrap_or_else(|| m.forms.iter().find(|(c, _)| c == "other").unwrap().1.clone());
            writeln!(s, "{pad}/// {}", doc.replace('\n', " ")).unwrap();
            // Every message is also a key, so that the model can name one with its parameters
            // (`Msg::new(tr::problem::money::PLACES)`) and the screen words it later.
            writeln!(s, "{pad}pub const {}: {up}Key = {up}Key({i});", name.to_uppercase()).unwrap();
            if m.text.is_some() && params.is_empty() {
            } else if m.text.is_none() {
                assert!(params.iter().any(|p| p == "n"), "locales/en.json: the plural {} must use {{n}}", m.path);
                let rest: Vec<&String> = params.iter().filter(|p| *p != "n").collect();
                let args: String = rest.iter().map(|p| format!(", {p}: &str")).collect();
                let pairs: String = rest.iter().map(|p| format!("(\"{p}\", {p}), ")).collect();
                writeln!(s, "{pad}pub fn {name}(w: &{up}Words, n: i64{args}) -> String {{ w.plural({up}Key({i}), n, &[{pairs}]) }}").unwrap();
            } else {
                let args: String = params.iter().map(|p| format!(", {p}: &str")).collect();
                let pairs: String = params.iter().map(|p| format!("(\"{p}\", {p}), ")).collect();
                writeln!(s, "{pad}pub fn {name}(w: &{up}Words{args}) -> String {{ w.fill({up}Key({i}), &[{pairs}]) }}").unwrap();
            }
        }
        if !child.children.is_empty() {
            writeln!(s, "{pad}pub mod {name} {{").unwrap();
            write_node(s, child, en, depth + 1);
            writeln!(s, "{pad}}}").unwrap();
        }
    }
}

/// The labels of the model's choices (`choice.<enum>.<key>`, the enum's name in snake case and
/// the value's stored key) looked up by the enum's Rust name and the key, so that
/// `choice_enum!` can name its label's message without a line per value.
fn write_choices(s: &mut String, en: &[Flat]) {
    writeln!(s, "/// The message of a choice's label: `(\"MetricKind\", \"outcome\")` is `choice.metric_kind.outcome`.").unwrap();
    writeln!(s, "pub fn choice_label(kind: &str, key: &str) -> Option<Key> {{\n    Some(match (kind, key) {{").unwrap();
    for (i, m) in en.iter().enumerate() {
        let segs: Vec<&str> = m.path.split('.').collect();
        if let ["choice", kind, key] = segs[..] {
            let camel: String = kind.split('_').map(|w| w[..1].to_uppercase() + &w[1..]).collect();
            writeln!(s, "        ({camel:?}, {key:?}) => Key({i}),").unwrap();
        }
    }
    writeln!(s, "        _ => return None,\n    }})\n}}").unwrap();
}
