//! Exact amounts of money (or hours): one decimal type for resource amounts and funding, with
//! one parser and one formatter. A value is a whole number of minor units (cents, hundredths
//! of an hour) and how many decimal places they have, summed in integers so that no floating
//! point ever touches money.
//!
//! Two shapes reach the file, and each stays as it was: a resource amount's value is a
//! decimal string (`"12500.5"`, see [`Decimal`]'s serde), a funding source's amount is
//! `{"minor": 1250050, "currency": "EUR"}` (see [`Money`]).
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::limits::{self, MAX_WHOLE};
use crate::i18n::{tr, Msg};
use super::text::grouped;

/// The most decimal places any value has (Kuwaiti dinars have three).
const MAX_PLACES: u32 = 3;

/// An exact decimal number: `minor` units of which `10^places` make one. Values with different
/// places compare by what they are worth (1.5 equals 1.50).
#[derive(Clone, Copy, Debug)]
pub struct Decimal {
    minor: i64,
    places: u32,
}

/// Why a typed amount was refused. Each form words it for its own field (see [`fmt::Display`]
/// for the resource form and the file reader, [`parse_amount`] for the funding form).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    Negative,
    /// Not a number at all; holds the text as typed, trimmed.
    NotANumber(String),
    /// More decimals than the value can hold.
    TooManyPlaces,
    TooLarge,
}

impl ParseError {
    /// What is wrong with a resource amount, worded by the screen.
    pub fn message(&self) -> Msg {
        match self {
            ParseError::Empty => tr::problem::decimal::EMPTY.into(),
            ParseError::Negative => tr::problem::decimal::NEGATIVE.into(),
            ParseError::NotANumber(text) => Msg::new(tr::problem::decimal::NOT_A_NUMBER).text("text", text.as_str()),
            ParseError::TooManyPlaces => tr::problem::decimal::PLACES.into(),
            ParseError::TooLarge => Msg::new(tr::problem::decimal::TOO_LARGE).int("most", MAX_WHOLE),
        }
    }
}

/// In English: the file reader's words (a file's errors name JSON paths, for whoever fixes it).
impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl Decimal {
    /// Zero hundredths, the empty total of resource amounts.
    pub const ZERO: Decimal = Decimal { minor: 0, places: 2 };

    /// `minor` units with `places` decimal places: `new(1250050, 2)` is 12,500.50.
    pub fn new(minor: i64, places: u32) -> Decimal {
        debug_assert!(places <= MAX_PLACES);
        Decimal { minor, places: places.min(MAX_PLACES) }
    }

    /// A whole number, in hundredths (resource amounts).
    pub fn whole(n: i64) -> Decimal {
        Decimal::new(n.saturating_mul(100), 2)
    }

    pub fn from_hundredths(hundredths: i64) -> Decimal {
        Decimal::new(hundredths, 2)
    }

    pub fn minor(self) -> i64 {
        self.minor
    }

    pub fn is_zero(self) -> bool {
        self.minor == 0
    }

    /// The value in units of `10^-MAX_PLACES`, to compare values of different places.
    fn key(self) -> i128 {
        self.minor as i128 * 10_i128.pow(MAX_PLACES - self.places)
    }

    /// Sums never overflow into nonsense: they stop at the largest value. Both sides have the
    /// same places (amounts in one unit).
    pub fn saturating_add(self, other: Decimal) -> Decimal {
        debug_assert_eq!(self.places, other.places);
        Decimal { minor: self.minor.saturating_add(other.minor), places: self.places }
    }

    /// Reads a resource amount as typed, in hundredths: see [`Decimal::parse_places`].
    pub fn parse(text: &str) -> Result<Decimal, String> {
        Decimal::parse_places(text, 2).map_err(|e| e.to_string())
    }

    /// [`Decimal::parse`] for the resource form's amount, saying what is wrong with it there.
    pub fn read(text: &str) -> Result<Decimal, Msg> {
        Decimal::parse_places(text, 2).map_err(|e| crate::model::limits::in_field(tr::problem::fields::AMOUNT, e.message()))
    }

    /// Reads what a person typed: `12500`, `12,500`, `12 500`, `12'500`, `7.5` or `7,5` (a
    /// single comma followed by one or two digits cannot group thousands, so it is a decimal
    /// comma; otherwise commas group thousands). At most `places` decimals.
    pub fn parse_places(text: &str, places: u32) -> Result<Decimal, ParseError> {
        let cleaned: String = text.chars().filter(|c| !c.is_whitespace() && *c != '_' && *c != '\'').collect();
        if cleaned.is_empty() {
            return Err(ParseError::Empty);
        }
        if cleaned.starts_with('-') {
            return Err(ParseError::Negative);
        }
        let decimal_comma = !cleaned.contains('.')
            && cleaned.matches(',').count() == 1
            && cleaned.rsplit(',').next().is_some_and(|tail| (1..=2).contains(&tail.len()));
        let normal = if decimal_comma { cleaned.replace(',', ".") } else { cleaned.replace(',', "") };
        let (whole, frac) = normal.split_once('.').unwrap_or((&normal, ""));
        let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if (whole.is_empty() && frac.is_empty()) || !digits_only(whole) || !digits_only(frac) {
            return Err(ParseError::NotANumber(text.trim().to_string()));
        }
        if frac.len() > places as usize {
            return Err(ParseError::TooManyPlaces);
        }
        let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| ParseError::TooLarge)? };
        let frac: i64 = format!("{frac:0<width$}", width = places as usize).parse().unwrap_or(0);
        if whole > MAX_WHOLE || (whole == MAX_WHOLE && frac > 0) {
            return Err(ParseError::TooLarge);
        }
        whole
            .checked_mul(10_i64.pow(places))
            .and_then(|w| w.checked_add(frac))
            .map(|minor| Decimal::new(minor, places))
            .ok_or(ParseError::TooLarge)
    }

    /// The one formatter: thousands separated or not, trailing zeros of the decimals kept or not.
    fn format(self, separators: bool, trim_zeros: bool) -> String {
        let scale = 10_i128.pow(self.places);
        let v = self.minor as i128;
        let sign = if v < 0 { "-" } else { "" };
        let whole = v.abs() / scale;
        let whole = if separators { grouped(whole) } else { whole.to_string() };
        let mut frac = match self.places {
            0 => String::new(),
            places => format!("{:0width$}", v.abs() % scale, width = places as usize),
        };
        if trim_zeros {
            frac.truncate(frac.trim_end_matches('0').len());
        }
        if frac.is_empty() { format!("{sign}{whole}") } else { format!("{sign}{whole}.{frac}") }
    }

    /// `12500`, `7.5`, `0.25`: what files and spreadsheets read back exactly.
    pub fn plain(self) -> String {
        self.format(false, true)
    }

    /// `12,500` or `7.5`: for people.
    pub fn grouped(self) -> String {
        self.format(true, true)
    }

    /// `12,500.50`: every decimal place shown, as money is written.
    pub fn fixed(self) -> String {
        self.format(true, false)
    }
}

impl Default for Decimal {
    fn default() -> Decimal {
        Decimal::ZERO
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Decimal) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Decimal) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl Hash for Decimal {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

/// In a file, a resource amount's value: the [`Decimal::plain`] string, read back in hundredths.
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
                Decimal::parse(&v.to_string()).map_err(E::custom)
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

/// A funding amount: integer minor units of an ISO 4217 currency, as the file holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    pub minor: i64,
    pub currency: String,
}

impl Money {
    pub fn new(minor: i64, currency: &str) -> Money {
        Money { minor, currency: currency.to_string() }
    }

    /// The number, with the currency's decimal places.
    pub fn value(&self) -> Decimal {
        currency_value(self.minor, &self.currency)
    }

    /// Whether the amount is within [`limits::MAX_WHOLE`] units of its currency either way
    /// (a file's minor units are not read through [`parse_amount`]).
    pub fn in_range(&self) -> bool {
        let most = i128::from(MAX_WHOLE) * 10_i128.pow(minor_digits(&self.currency));
        i128::from(self.minor).abs() <= most
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&format_money(self.minor, &self.currency))
    }
}

/// Decimal places of a currency's minor unit (ISO 4217); 2 unless listed.
pub fn minor_digits(currency: &str) -> u32 {
    match currency {
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX"
        | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
        _ => 2,
    }
}

/// A currency code is three capital letters (ISO 4217 form).
pub fn valid_currency(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// An amount in minor units as a decimal with its currency's places.
pub fn currency_value(minor: i64, currency: &str) -> Decimal {
    Decimal::new(minor, minor_digits(currency))
}

/// Reads an amount as typed ("12,500.50", "12500", "0.5") into exact minor units of
/// `currency`, with the funding form's sentences for what is wrong.
pub fn parse_amount(text: &str, currency: &str) -> Result<i64, Msg> {
    let digits = minor_digits(currency);
    Decimal::parse_places(text, digits).map(Decimal::minor).map_err(|e| match e {
        ParseError::Empty => tr::problem::money::ENTER.into(),
        ParseError::Negative => tr::problem::money::NEGATIVE.into(),
        ParseError::NotANumber(text) => Msg::new(tr::problem::money::NOT_AN_AMOUNT).text("text", text),
        ParseError::TooManyPlaces if digits == 0 => Msg::new(tr::problem::money::NO_DECIMALS).text("currency", currency),
        ParseError::TooManyPlaces => Msg::new(tr::problem::money::PLACES).text("currency", currency).int("n", digits),
        ParseError::TooLarge => too_large(),
    })
}

/// "That amount is too large: amounts go up to 1,000,000,000,000,000."
pub fn too_large() -> Msg {
    Msg::new(tr::problem::money::TOO_LARGE).int("most", limits::MAX_WHOLE)
}

/// The amount's number with thousands separators, e.g. "12,500.50" (no currency).
pub fn format_amount(minor: i64, currency: &str) -> String {
    currency_value(minor, currency).fixed()
}

/// "EUR 12,500.50": the code first, so that no symbol is mistaken for another currency.
pub fn format_money(minor: i64, currency: &str) -> String {
    format!("{currency} {}", format_amount(minor, currency))
}

#[cfg(test)]
mod tests;
