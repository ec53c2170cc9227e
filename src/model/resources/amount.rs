//! Amounts of money or hours with their unit, and sums per unit. The number is the shared
//! exact [`Decimal`] in hundredths, written to files as a decimal string.
use crate::model::text::Case;
use std::fmt;

use serde::{Deserialize, Serialize};

pub use crate::model::money::Decimal;

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
        self.unit.trim().lower()
    }

    /// The value as a number, for a sentence that writes it in its language.
    pub fn number(&self) -> f64 {
        crate::model::text::read_f64(&self.value.plain()).unwrap_or(0.0)
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
mod tests;
