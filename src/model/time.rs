//! Time in the model is always passed in: nothing here reads a clock, so every rule that
//! depends on "today" is tested with a fixed date. The UI reads the browser clock in one place.
use chrono::{DateTime, NaiveDate, Utc};

/// Parses an RFC 3339 time. For tests and built-in data only: panics on a bad literal.
pub fn at(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .unwrap_or_else(|e| panic!("bad time literal {rfc3339:?}: {e}"))
        .with_timezone(&Utc)
}

/// Parses a `YYYY-MM-DD` date. For tests and built-in data only: panics on a bad literal.
pub fn date(ymd: &str) -> NaiveDate {
    NaiveDate::parse_from_str(ymd, "%Y-%m-%d")
        .unwrap_or_else(|e| panic!("bad date literal {ymd:?}: {e}"))
}

/// Milliseconds since the Unix epoch (as JavaScript's `Date.now()` gives them) to a UTC time.
pub fn from_millis(ms: f64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms as i64).unwrap_or_default()
}

/// "27 Nov 2026": unambiguous in every locale.
pub fn human_date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// A `YYYY-MM-DD` string for file names and `<input type=date>`.
pub fn iso_date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Reads the value of an `<input type=date>`: empty means no date.
pub fn parse_input_date(s: &str) -> Result<Option<NaiveDate>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| format!("\"{s}\" is not a date; use YYYY-MM-DD"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_dates_accept_iso_and_empty() {
        assert_eq!(parse_input_date("2026-02-03"), Ok(Some(date("2026-02-03"))));
        assert_eq!(parse_input_date("  "), Ok(None));
        assert!(parse_input_date("03/02/2026").unwrap_err().contains("YYYY-MM-DD"));
    }

    #[test]
    fn human_dates_have_no_leading_zero() {
        assert_eq!(human_date(date("2026-02-03")), "3 Feb 2026");
    }

    #[test]
    fn millis_convert_to_utc() {
        assert_eq!(from_millis(0.0), at("1970-01-01T00:00:00Z"));
        assert_eq!(from_millis(1_800_000_000_000.0), at("2027-01-15T08:00:00Z"));
    }
}
