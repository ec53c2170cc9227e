//! The ranges every number and date keeps. Forms, CSV imports and files refuse what falls
//! outside them, with a sentence saying what, so that every sum, chart and month-by-month
//! calculation after them stays exact, finite and quick.
use chrono::{Datelike, NaiveDate};

use crate::i18n::{tr, Msg};

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
pub fn number_problem(value: f64) -> Option<Msg> {
    if !value.is_finite() {
        Some(tr::problem::limits::NOT_FINITE.into())
    } else if value.abs() > MAX_ABS {
        Some(Msg::new(tr::problem::limits::TOO_LARGE).int("most", MAX_WHOLE))
    } else {
        None
    }
}

/// Why `d` cannot be kept, if it cannot: outside [`FIRST_YEAR`] to [`LAST_YEAR`].
pub fn date_problem(d: NaiveDate) -> Option<Msg> {
    (!(FIRST_YEAR..=LAST_YEAR).contains(&d.year())).then(|| years(tr::problem::limits::YEARS))
}

/// A problem with what was typed in a field, naming the field: "Baseline: “x” is not a number."
pub fn in_field(field: crate::i18n::Key, why: Msg) -> Msg {
    Msg::new(tr::problem::fields::IN_FIELD).word("field", field).said("why", why)
}

/// A message about the years dates may fall in (`{first}`, `{last}`: years are not grouped).
pub fn years(k: crate::i18n::Key) -> Msg {
    Msg::new(k).text("first", FIRST_YEAR.to_string()).text("last", LAST_YEAR.to_string())
}

#[cfg(test)]
mod tests;
