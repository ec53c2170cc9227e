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

/// `x` with exactly `decimals` digits after the point, as `format!("{:.*}", decimals, x)`
/// writes it: the exact binary value rounded half to even, `-0.0` for a negative that rounds
/// to zero, `inf`, `-inf` and `NaN` as they are.
///
/// By hand, from the bits, with integers only: the standard library's exact float formatter
/// (Grisu with a Dragon4 fallback and their tables) cost the wasm several KB.
pub fn fixed_point(x: f64, decimals: usize) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        return if negative { "-inf" } else { "inf" }.into();
    }
    let bits = x.to_bits();
    let (exp, frac) = (((bits >> 52) & 0x7ff) as i32, bits & ((1u64 << 52) - 1));
    let (mantissa, exp) = if exp == 0 { (frac, -1074) } else { (frac | 1 << 52, exp - 1075) };
    // x = mantissa × 2^exp; the digits are x × 10^decimals rounded to a whole number.
    let mut n = Big(vec![mantissa as u32, (mantissa >> 32) as u32]);
    for _ in 0..decimals {
        n.mul_add(10, 0);
    }
    if exp >= 0 {
        n.shift_left(exp as usize);
    } else {
        n.shift_right_rounding(exp.unsigned_abs() as usize);
    }
    let mut digits = n.decimal();
    if digits.len() <= decimals {
        digits.insert_str(0, &"0".repeat(decimals + 1 - digits.len()));
    }
    let mut out = String::with_capacity(digits.len() + 2);
    if negative {
        out.push('-');
    }
    let (whole, fraction) = digits.split_at(digits.len() - decimals);
    out.push_str(whole);
    if decimals > 0 {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// [`fixed_point`] in a format string: `format!("{}", Fixed(x, 1))` is `format!("{x:.1}")`.
#[derive(Clone, Copy)]
pub struct Fixed(pub f64, pub usize);

impl std::fmt::Display for Fixed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&fixed_point(self.0, self.1))
    }
}

/// A whole number of any size, in 32-bit limbs, lowest first: just what [`fixed_point`] needs.
struct Big(Vec<u32>);

impl Big {
    /// self × m + a.
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(m) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn shift_left(&mut self, bits: usize) {
        let (limbs, bits) = (bits / 32, bits % 32);
        if bits > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let v = (u64::from(*limb) << bits) | carry;
                *limb = v as u32;
                carry = v >> 32;
            }
            if carry > 0 {
                self.0.push(carry as u32);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    fn bit(&self, i: usize) -> bool {
        self.0.get(i / 32).is_some_and(|l| l >> (i % 32) & 1 == 1)
    }

    /// self ÷ 2^bits, rounded half to even.
    fn shift_right_rounding(&mut self, bits: usize) {
        let half = self.bit(bits - 1);
        let below = (0..bits - 1).any(|i| self.bit(i));
        let (limbs, rest) = (bits / 32, bits % 32);
        let mut out: Vec<u32> = self.0.iter().skip(limbs).copied().collect();
        if rest > 0 {
            for i in 0..out.len() {
                let high = out.get(i + 1).copied().unwrap_or(0);
                out[i] = (out[i] >> rest) | (high << (32 - rest));
            }
        }
        self.0 = out;
        let odd = self.0.first().is_some_and(|l| l & 1 == 1);
        if half && (below || odd) {
            let mut i = 0;
            loop {
                if i == self.0.len() {
                    self.0.push(1);
                    break;
                }
                let (v, over) = self.0[i].overflowing_add(1);
                self.0[i] = v;
                if !over {
                    break;
                }
                i += 1;
            }
        }
    }

    /// The number in decimal digits ("0" for zero).
    fn decimal(mut self) -> String {
        let mut groups = Vec::new();
        while self.0.iter().any(|&l| l != 0) {
            let mut rem = 0u64;
            for limb in self.0.iter_mut().rev() {
                let v = (rem << 32) | u64::from(*limb);
                *limb = (v / 1_000_000_000) as u32;
                rem = v % 1_000_000_000;
            }
            groups.push(rem as u32);
        }
        let mut out = String::new();
        for (i, g) in groups.iter().rev().enumerate() {
            let g = g.to_string();
            if i > 0 {
                out.push_str(&"0".repeat(9 - g.len()));
            }
            out.push_str(&g);
        }
        if out.is_empty() {
            out.push('0');
        }
        out
    }
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

#[cfg(test)]
mod tests;
