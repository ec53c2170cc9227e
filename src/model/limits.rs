//! The ranges every number and date keeps. Forms, CSV imports and files refuse what falls
//! outside them, with a sentence saying what, so that every sum, chart and month-by-month
//! calculation after them stays exact, finite and quick.
use chrono::{Datelike, NaiveDate};

use super::text::grouped;

/// The largest size of any number or amount, 10^15: far beyond any budget or count a
/// partnership keeps, small enough that a cent of it is exact and that sums of many never
/// overflow.
pub const MAX_ABS: f64 = 1e15;

/// [`MAX_ABS`] as a whole number, for exact amounts.
pub const MAX_WHOLE: i64 = 1_000_000_000_000_000;

/// The years a date may fall in: every real record of a partnership, with room either side,
/// and few enough months that a chart or a runway over all of them is small.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2200;

/// Why `value` cannot be kept, if it cannot: not finite, or beyond [`MAX_ABS`].
pub fn number_problem(value: f64) -> Option<String> {
    if !value.is_finite() {
        Some("is not a finite number".into())
    } else if value.abs() > MAX_ABS {
        Some(format!("is too large: numbers go up to {} either way", largest()))
    } else {
        None
    }
}

/// Why `d` cannot be kept, if it cannot: outside [`FIRST_YEAR`] to [`LAST_YEAR`].
pub fn date_problem(d: NaiveDate) -> Option<String> {
    (!(FIRST_YEAR..=LAST_YEAR).contains(&d.year()))
        .then(|| format!("is outside the years {FIRST_YEAR} to {LAST_YEAR}; check the year"))
}

/// "1,000,000,000,000,000", as messages write the limit.
pub fn largest() -> String {
    grouped(MAX_WHOLE.into())
}

#[cfg(test)]
mod tests;
