// One walk over a locale file, shared word for word by `build.rs` (which generates the keys
// from `locales/en.json` and checks the other languages) and by `Words::from_json` (which
// reads a language file in the browser): both must put the messages in the same order, since
// a message is found by its position, not by its name.
//
// A locale file is an object of objects; a leaf is a text, or a plural: an object whose keys
// are CLDR plural categories (`one`, `other`, …), with `other` always present.

/// The CLDR plural categories a plural message may give forms for.
pub const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// One message of a locale file: its dotted path and its text, or its plural forms.
pub struct Flat {
    pub path: String,
    pub text: Option<String>,
    pub forms: Vec<(String, String)>,
}

/// The messages of a locale file, ordered by path (segment by segment), or where it is wrong.
pub fn flatten(value: &serde_json::Value) -> Result<Vec<Flat>, String> {
    let mut out = Vec::new();
    walk(value, &mut Vec::new(), &mut out)?;
    Ok(out)
}

fn walk<'a>(value: &'a serde_json::Value, path: &mut Vec<&'a str>, out: &mut Vec<Flat>) -> Result<(), String> {
    use serde_json::Value;
    let here = || if path.is_empty() { "the top".to_string() } else { path.join(".") };
    match value {
        Value::String(s) if !path.is_empty() => {
            out.push(Flat { path: path.join("."), text: Some(s.clone()), forms: Vec::new() });
            Ok(())
        }
        Value::Object(map) if is_plural(map) => {
            let mut forms: Vec<(String, String)> = Vec::new();
            for (cat, form) in map {
                let Value::String(form) = form else { return Err(format!("{}.{cat}: a plural form must be text", here())) };
                forms.push((cat.clone(), form.clone()));
            }
            // In the map's order, which is sorted: serde_json's `Map` is a `BTreeMap` (a test
            // checks it), so no sort is compiled in here.
            out.push(Flat { path: path.join("."), text: None, forms });
            Ok(())
        }
        Value::Object(map) => {
            // Sorted already (a `BTreeMap`): the messages' positions do not depend on the file's order.
            for key in map.keys() {
                path.push(key);
                walk(&map[key.as_str()], path, out)?;
                path.pop();
            }
            Ok(())
        }
        _ => Err(format!("{}: expected text or a group of messages", here())),
    }
}

fn is_plural(map: &serde_json::Map<String, serde_json::Value>) -> bool {
    map.contains_key("other") && map.keys().all(|k| PLURAL_FORMS.contains(&k.as_str()))
}

/// The `{name}` parameters of a message, sorted, each once; or where a brace is unmatched.
pub fn params(text: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(format!("a lone '}}' in {text:?}"));
        }
        let Some(len) = rest[open + 1..].find('}') else { return Err(format!("a '{{' with no '}}' in {text:?}")) };
        let name = &rest[open + 1..open + 1 + len];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            return Err(format!("{{{name}}} in {text:?} is not a parameter name (lower case, digits, _)"));
        }
        out.push(name.to_string());
        rest = &rest[open + 2 + len..];
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// A fingerprint of the ordered paths (FNV-1a, 64 bits): a language file read in the browser
/// must have exactly the keys this build was made with, or it is stale.
pub fn fingerprint<'a>(paths: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in paths {
        for b in p.bytes().chain([0]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}
