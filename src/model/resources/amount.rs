//! Amounts of money or hours. Held as whole hundredths in an integer so that sums are exact
//! (no floating point ever touches money), and written to files as a decimal string.
use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A non-negative number with at most two decimal places, e.g. `12500` or `7.5`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal {
    hundredths: i64,
}

impl Decimal {
    pub const ZERO: Decimal = Decimal { hundredths: 0 };

    pub fn whole(n: i64) -> Decimal {
        Decimal { hundredths: n.saturating_mul(100) }
    }

    pub fn from_hundredths(hundredths: i64) -> Decimal {
        Decimal { hundredths }
    }

    pub fn is_zero(self) -> bool {
        self.hundredths == 0
    }

    /// Sums never overflow into nonsense: they stop at the largest value.
    pub fn saturating_add(self, other: Decimal) -> Decimal {
        Decimal { hundredths: self.hundredths.saturating_add(other.hundredths) }
    }

    /// Reads what a person typed: `12500`, `12,500`, `12 500`, `7.5` or `7,5` (a single comma
    /// followed by one or two digits is a decimal comma; otherwise commas group thousands).
    pub fn parse(text: &str) -> Result<Decimal, String> {
        let cleaned: String =
            text.chars().filter(|c| !c.is_whitespace() && *c != '_' && *c != '\'').collect();
        if cleaned.is_empty() {
            return Err("enter a number".into());
        }
        if cleaned.starts_with('-') {
            return Err("an amount cannot be negative".into());
        }
        let decimal_comma = !cleaned.contains('.')
            && cleaned.matches(',').count() == 1
            && cleaned.rsplit(',').next().is_some_and(|tail| (1..=2).contains(&tail.len()));
        let normal = if decimal_comma { cleaned.replace(',', ".") } else { cleaned.replace(',', "") };
        let (whole, frac) = normal.split_once('.').unwrap_or((&normal, ""));
        let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if (whole.is_empty() && frac.is_empty()) || !digits_only(whole) || !digits_only(frac) {
            return Err(format!("“{}” is not a number", text.trim()));
        }
        if frac.len() > 2 {
            return Err("use at most two decimal places".into());
        }
        let too_big = || "that number is too large".to_string();
        let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| too_big())? };
        let frac: i64 = format!("{frac:0<2}").parse().map_err(|_| too_big())?;
        whole
            .checked_mul(100)
            .and_then(|h| h.checked_add(frac))
            .map(Decimal::from_hundredths)
            .ok_or_else(too_big)
    }

    /// `12500`, `7.5`, `0.25`: what files and spreadsheets read back exactly.
    pub fn plain(self) -> String {
        let whole = self.hundredths / 100;
        match self.hundredths % 100 {
            0 => whole.to_string(),
            c if c % 10 == 0 => format!("{whole}.{}", c / 10),
            c => format!("{whole}.{c:02}"),
        }
    }

    /// `12,500` or `7.5`: for people.
    pub fn grouped(self) -> String {
        let plain = self.plain();
        let (whole, frac) = plain.split_once('.').map_or((plain.as_str(), None), |(w, f)| (w, Some(f)));
        let mut out = String::new();
        for (i, ch) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        if let Some(f) = frac {
            out.push('.');
            out.push_str(f);
        }
        out
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.plain())
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an amount as a decimal string such as \"12500.50\" or a whole number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
                Decimal::parse(v).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
                i64::try_from(v).map(Decimal::whole).map_err(|_| E::custom("that number is too large"))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
                Decimal::parse(&v.to_string()).map_err(E::custom)
            }
            // Hand-written files may hold 7.5 as a JSON number; its shortest text form is exact
            // for two decimal places.
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
                Decimal::parse(&v.to_string()).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// How much, of what: money (a currency code) or time (hours) or anything countable.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    pub value: Decimal,
    /// "USD", "EUR", "hours", …
    pub unit: String,
}

impl Amount {
    pub fn new(value: Decimal, unit: impl Into<String>) -> Amount {
        Amount { value, unit: unit.into() }
    }

    /// Units match regardless of case and spacing, so "Hours" and "hours" add up.
    pub fn unit_key(&self) -> String {
        self.unit.trim().to_lowercase()
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.value.grouped(), self.unit.trim())
    }
}

/// Sums per unit, in the order units first appear: "30,000 USD + 40 hours".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totals(pub Vec<Amount>);

impl Totals {
    pub fn of<'a>(amounts: impl IntoIterator<Item = &'a Amount>) -> Totals {
        let mut out: Vec<Amount> = Vec::new();
        for a in amounts {
            match out.iter_mut().find(|t| t.unit_key() == a.unit_key()) {
                Some(t) => t.value = t.value.saturating_add(a.value),
                None => out.push(a.clone()),
            }
        }
        Totals(out)
    }

    pub fn in_unit(&self, unit_key: &str) -> Option<Decimal> {
        self.0.iter().find(|a| a.unit_key() == unit_key).map(|a| a.value)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Totals {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|a| a.to_string()).collect();
        f.write_str(&parts.join(" + "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_as_people_type_them() {
        assert_eq!(Decimal::parse("12500"), Ok(Decimal::whole(12500)));
        assert_eq!(Decimal::parse("12,500"), Ok(Decimal::whole(12500)));
        assert_eq!(Decimal::parse("12 500.50"), Ok(Decimal::from_hundredths(1_250_050)));
        assert_eq!(Decimal::parse("7,5"), Ok(Decimal::from_hundredths(750)));
        assert_eq!(Decimal::parse(".25"), Ok(Decimal::from_hundredths(25)));
        assert_eq!(Decimal::parse("1,234,567"), Ok(Decimal::whole(1_234_567)));
        assert!(Decimal::parse("-5").unwrap_err().contains("negative"));
        assert!(Decimal::parse("1.234").unwrap_err().contains("two decimal places"));
        assert!(Decimal::parse("ten").unwrap_err().contains("not a number"));
        assert!(Decimal::parse("").is_err());
        assert!(Decimal::parse("99999999999999999999").unwrap_err().contains("too large"));
    }

    #[test]
    fn amounts_are_written_exactly() {
        assert_eq!(Decimal::from_hundredths(1_250_050).plain(), "12500.5");
        assert_eq!(Decimal::from_hundredths(1_250_005).plain(), "12500.05");
        assert_eq!(Decimal::from_hundredths(1_250_050).grouped(), "12,500.5");
        assert_eq!(Decimal::whole(1_234_567).grouped(), "1,234,567");
        assert_eq!(Decimal::whole(999).grouped(), "999");
    }

    #[test]
    fn money_sums_are_exact_where_floats_are_not() {
        // 0.1 + 0.2 is not 0.3 in f64; in hundredths it is.
        let a = Amount::new(Decimal::parse("0.1").unwrap(), "USD");
        let b = Amount::new(Decimal::parse("0.2").unwrap(), "usd ");
        let c = Amount::new(Decimal::whole(40), "hours");
        let t = Totals::of([&a, &b, &c]);
        assert_eq!(t.in_unit("usd"), Some(Decimal::parse("0.3").unwrap()));
        assert_eq!(t.to_string(), "0.3 USD + 40 hours");
    }

    #[test]
    fn amounts_load_from_strings_and_numbers() {
        let from_str: Decimal = serde_json::from_str("\"12500.50\"").unwrap();
        let from_int: Decimal = serde_json::from_str("12500").unwrap();
        let from_float: Decimal = serde_json::from_str("7.5").unwrap();
        assert_eq!(from_str, Decimal::from_hundredths(1_250_050));
        assert_eq!(from_int, Decimal::whole(12500));
        assert_eq!(from_float, Decimal::from_hundredths(750));
        assert_eq!(serde_json::to_string(&from_str).unwrap(), "\"12500.5\"");
        assert!(serde_json::from_str::<Decimal>("\"-3\"").is_err());
        assert!(serde_json::from_str::<Decimal>("true").is_err());
    }
}
