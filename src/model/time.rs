//! Time in the model is always passed in: nothing here reads a clock, so every rule that
//! depends on "today" is tested with a fixed date. The UI reads the browser clock in one place.
use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono::{Datelike, Timelike};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// Parses an RFC 3339 time. For tests and built-in data only: panics on a bad literal.
pub fn at(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .unwrap_or_else(|e| panic!("bad time literal {rfc3339:?}: {e}"))
        .with_timezone(&Utc)
}

/// Parses a `YYYY-MM-DD` date. For tests and built-in data only: panics on a bad literal.
pub fn date(ymd: &str) -> NaiveDate {
    parse_ymd(ymd).unwrap_or_else(|| panic!("bad date literal {ymd:?}"))
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// Dates are written and read by hand, never with chrono's `format` or `parse_from_str`:
// their general strftime machinery was tens of kilobytes of the bundle for a few fixed forms.

/// `YYYY-MM-DD` as chrono's `%Y-%m-%d` reads it: a year of four or more digits (with an
/// optional sign), a month and a day of one or two digits.
pub fn parse_ymd(s: &str) -> Option<NaiveDate> {
    let digits = |p: &str, len: std::ops::RangeInclusive<usize>| len.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'+') => (1, &s[1..]),
        Some(b'-') => (-1, &s[1..]),
        _ => (1, s),
    };
    let mut parts = rest.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !digits(y, 4..=6) || !digits(m, 1..=2) || !digits(d, 1..=2) {
        return None;
    }
    NaiveDate::from_ymd_opt(sign * y.parse::<i32>().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// "Dec 2026" (`short_year`: "Dec 26"), for months on charts and in tables.
pub fn month_year(d: NaiveDate, short_year: bool) -> String {
    let month = MONTHS[d.month0() as usize];
    if short_year {
        format!("{month} {:02}", d.year().rem_euclid(100))
    } else {
        format!("{month} {}", d.year())
    }
}

/// "December 2026".
pub fn long_month_year(d: NaiveDate) -> String {
    format!("{} {}", LONG_MONTHS[d.month0() as usize], d.year())
}

/// "2026-11-27T09:05:03Z", to the second.
pub fn second_stamp(t: DateTime<Utc>) -> String {
    format!("{}T{:02}:{:02}:{:02}Z", iso_date(t.date_naive()), t.hour(), t.minute(), t.second())
}

/// "27 Nov 2026, 09:05 UTC".
pub fn human_time(t: DateTime<Utc>) -> String {
    format!("{}, {:02}:{:02} UTC", human_date(t.date_naive()), t.hour(), t.minute())
}

/// Milliseconds since the Unix epoch (as JavaScript's `Date.now()` gives them) to a UTC time.
pub fn from_millis(ms: f64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms as i64).unwrap_or_default()
}

/// "27 Nov 2026": unambiguous in every locale.
pub fn human_date(d: NaiveDate) -> String {
    // By hand, as chrono's `%-d %b %Y` writes them: a report writes a date per reading, and
    // chrono's general formatter was a large part of its time.
    match d.year() {
        year @ 0..=9999 => format!("{} {} {year:04}", d.day(), MONTHS[d.month0() as usize]),
        year => format!("{} {} {year:+05}", d.day(), MONTHS[d.month0() as usize]),
    }
}

/// A `YYYY-MM-DD` string for file names and `<input type=date>`.
pub fn iso_date(d: NaiveDate) -> String {
    let mut out = [0u8; 10];
    match write_day(d, &mut out) {
        Some(()) => String::from_utf8_lossy(&out).into_owned(),
        // Years outside 0 to 9999 (never from the screens: see `limits`), as chrono writes them.
        None => d.to_string(),
    }
}

/// Reads the value of an `<input type=date>`: empty means no date. A date outside the years
/// [`super::limits`] allows is refused like a wrong one (a browser lets a year 0202 through).
pub fn parse_input_date(s: &str) -> Result<Option<NaiveDate>, crate::i18n::Msg> {
    use crate::i18n::{tr, Msg};
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let day = parse_ymd(s).ok_or_else(|| Msg::new(tr::problem::dates::NOT_A_DATE).text("text", s))?;
    match super::limits::date_problem(day) {
        None => Ok(Some(day)),
        Some(why) => Err(Msg::new(tr::problem::dates::OUT_OF_RANGE).text("text", s).said("why", why)),
    }
}

/// A record's time in files and storage (`#[serde(with = "crate::model::time::stamp")]`):
/// the same text and the same errors as chrono's own serde, but the form every save and export
/// writes, `2026-11-27T09:00:00Z` or with a fraction of a second, is read and written by
/// hand, much faster: chrono's general parser was a large part of the time to open a large
/// file, its formatter a large part of each save (figures in the README).
pub mod stamp {
    use super::*;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        // chrono's words, so that a wrong value reads the same as before.
        d.deserialize_str(Text("an RFC 3339 formatted date and time string", |s| match utc_stamp(s) {
            Some(t) => Ok(t),
            None => s.parse::<DateTime<FixedOffset>>().map(|t| t.with_timezone(&Utc)).map_err(|e| e.to_string()),
        }))
    }

    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 30];
        match write_utc_stamp(t, &mut buf) {
            Some(text) => s.serialize_str(text),
            None => t.serialize(s),
        }
    }
}

/// [`stamp`] for an optional time (null when absent).
pub mod opt_stamp {
    use super::*;

    #[derive(serde::Serialize, serde::Deserialize)]
    struct Stamp(#[serde(with = "super::stamp")] DateTime<Utc>);

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        Option::<Stamp>::deserialize(d).map(|t| t.map(|Stamp(t)| t))
    }

    pub fn serialize<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        t.map(Stamp).serialize(s)
    }
}

/// A `YYYY-MM-DD` date like chrono's serde, the usual form by hand (see [`stamp`]).
pub mod day {
    use super::*;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(Text("a formatted date string", |s| match plain_day(s.as_bytes()) {
            Some(d) => Ok(d),
            None => s.parse::<NaiveDate>().map_err(|e| e.to_string()),
        }))
    }

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 10];
        match write_day(*d, &mut buf) {
            Some(()) => s.serialize_str(std::str::from_utf8(&buf).unwrap_or_default()),
            None => d.serialize(s),
        }
    }
}

/// A value written as text, read by a function; the words say what was expected when it
/// is not text at all.
struct Text<T>(&'static str, fn(&str) -> Result<T, String>);

impl<T> Visitor<'_> for Text<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
        (self.1)(s).map_err(E::custom)
    }
}

/// `n` as `width` ASCII digits into `out` (the caller keeps `n` below 10^width).
fn put(out: &mut [u8], mut n: u32) {
    for b in out.iter_mut().rev() {
        *b = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

/// `YYYY-MM-DD` for years 0 to 9999, as chrono writes them; `None` for other years.
fn write_day(d: NaiveDate, out: &mut [u8; 10]) -> Option<()> {
    let year = u32::try_from(d.year()).ok().filter(|y| *y <= 9999)?;
    put(&mut out[0..4], year);
    out[4] = b'-';
    put(&mut out[5..7], d.month());
    out[7] = b'-';
    put(&mut out[8..10], d.day());
    Some(())
}

/// A time as chrono's serde writes it (RFC 3339, `Z`, a fraction of 3, 6 or 9 digits only
/// when there is one); `None` for years outside 0 to 9999 and leap seconds.
fn write_utc_stamp<'a>(t: &DateTime<Utc>, out: &'a mut [u8; 30]) -> Option<&'a str> {
    let nanos = t.timestamp_subsec_nanos();
    if nanos >= 1_000_000_000 {
        return None;
    }
    let mut day = [0u8; 10];
    write_day(t.date_naive(), &mut day)?;
    out[..10].copy_from_slice(&day);
    out[10] = b'T';
    put(&mut out[11..13], t.hour());
    out[13] = b':';
    put(&mut out[14..16], t.minute());
    out[16] = b':';
    put(&mut out[17..19], t.second());
    let mut end = 19;
    let (value, width) = match nanos {
        0 => (0, 0),
        n if n % 1_000_000 == 0 => (n / 1_000_000, 3),
        n if n % 1_000 == 0 => (n / 1_000, 6),
        n => (n, 9),
    };
    if width > 0 {
        out[end] = b'.';
        put(&mut out[end + 1..end + 1 + width], value);
        end += 1 + width;
    }
    out[end] = b'Z';
    std::str::from_utf8(&out[..=end]).ok()
}

/// The number in ASCII digits `b`, if they are all digits.
fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
}

/// `YYYY-MM-DD`, exactly; `None` for anything else (chrono then decides).
fn plain_day(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(&b[0..4])? as i32, digits(&b[5..7])?, digits(&b[8..10])?)
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, exactly; `None` for anything else, such as an offset or
/// a leap second (chrono then decides).
pub fn utc_stamp(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    if b.len() < 20 || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[b.len() - 1] != b'Z' {
        return None;
    }
    let nanos = match &b[19..b.len() - 1] {
        [] => 0,
        [b'.', fraction @ ..] if (1..=9).contains(&fraction.len()) => digits(fraction)? * 10u32.pow(9 - fraction.len() as u32),
        _ => return None,
    };
    let time = NaiveTime::from_hms_nano_opt(digits(&b[11..13])?, digits(&b[14..16])?, digits(&b[17..19])?, nanos)?;
    Some(Utc.from_utc_datetime(&plain_day(&b[0..10])?.and_time(time)))
}

#[cfg(test)]
mod tests;
