//! Small text helpers every tool and the report share: escaping for SVG and HTML, thousands
//! separators, lists in words, plurals. Plain functions with no knowledge of any tool, so any
//! module can use them without importing another tool.

/// Escapes text for XML and HTML (element content and quoted attributes).
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A whole number with thousands separators: 5645 → "5,645".
pub fn grouped(n: i128) -> String {
    // English's grouping: the one grouping code is the languages' (`i18n`).
    crate::i18n::Lang::En.integer(n)
}

/// "a, b and c".
pub fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "1 reading", "3 readings".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The first letter in capitals: "a baseline" → "A baseline", "élan" → "Élan".
pub fn capitalise(s: &str) -> String {
    let first = s.chars().next().map_or(0, char::len_utf8);
    let mut out = upper(&s[..first]);
    out.push_str(&s[first..]);
    out
}

/// `s` in small letters, by Unicode's full case mapping ("ÉCOLE" → "école"), as
/// `str::to_lowercase`. Use this rather than the standard library's: in the browser the
/// browser's own `toLowerCase` maps the letters beyond ASCII, so that the wasm carries no case
/// tables (the lower and upper tables were 11 KB gzipped of the download, measured).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    #[cfg(target_arch = "wasm32")]
    return String::from(js_sys::JsString::from(s).to_lower_case());
    #[cfg(not(target_arch = "wasm32"))]
    s.to_lowercase()
}

/// `s` in capitals, by Unicode's full case mapping ("straße" → "STRASSE"), as
/// `str::to_uppercase`; in the browser by its own `toUpperCase` (see [`lower`]).
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    #[cfg(target_arch = "wasm32")]
    return String::from(js_sys::JsString::from(s).to_upper_case());
    #[cfg(not(target_arch = "wasm32"))]
    s.to_uppercase()
}

/// [`lower`] and [`upper`] as methods: `name.lower()`.
pub trait Case {
    fn lower(&self) -> String;
    fn upper(&self) -> String;
}

impl Case for str {
    fn lower(&self) -> String {
        lower(self)
    }
    fn upper(&self) -> String {
        upper(self)
    }
}

/// A number written as the standard library reads one (`str::parse::<f64>`): an optional
/// sign, digits with an optional point, an optional exponent, or `inf`, `infinity`, `nan`
/// in any case. `None` for anything else (spaces included).
///
/// Read with serde_json's number reader, which the wasm has for files anyway, rather than the
/// standard library's, whose tables cost 8 KB gzipped. The two agree exactly for numbers of
/// up to 15 significant digits with exponents within ±22 (all anyone types); beyond that
/// serde_json may round the last binary digit differently. A number too large for `f64` is
/// infinite and one too small is zero, as the standard library reads them.
pub fn read_f64(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |v: f64| if negative { -v } else { v };
    match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Some(signed(f64::INFINITY)),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(fraction) || whole.len() + fraction.len() == 0 {
        return None;
    }
    // The same number in JSON's grammar: no sign but a minus, no leading zeros, digits on
    // both sides of a point.
    let mut json = String::with_capacity(s.len() + 2);
    json.push_str(match whole.trim_start_matches('0') {
        "" => "0",
        w => w,
    });
    if !fraction.is_empty() {
        json.push('.');
        json.push_str(fraction);
    }
    if let Some(e) = exponent {
        let e_digits = e.strip_prefix(['+', '-']).unwrap_or(e);
        if e_digits.is_empty() || !digits(e_digits) {
            return None;
        }
        json.push('e');
        json.push_str(e);
    }
    match serde_json::from_str::<f64>(&json) {
        Ok(v) => Some(signed(v)),
        // Only a number too large to hold fails once the grammar is right.
        Err(_) => Some(signed(f64::INFINITY)),
    }
}

#[cfg(test)]
mod tests;
