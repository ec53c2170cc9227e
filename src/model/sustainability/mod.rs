//! Sustaining the work after the first grant: funding sources and how concentrated they are,
//! the runway month by month, capacity built locally, and the engagement that continues when
//! the funding ends.
//!
//! Money is exact: integer minor units (cents) with an ISO 4217 code, summed in `i64`/`i128`,
//! never in floating point. Amounts in different currencies are never added together: every
//! total, share and index is per currency.
//!
//! **Concentration** is measured per currency over *confirmed* sources that have not ended by
//! today, with grants from the same funder (same name, ignoring case) counted together. The
//! Herfindahl–Hirschman index (HHI) is the sum of the squared percentage shares, from near 0
//! (many small funders) to 10,000 (one funder). Its reading uses the thresholds of the US
//! merger guidelines (2010): below 1,500 *diversified*, 1,500 to 2,500 *concentrated*, above
//! 2,500 *dependent*. Four equal funders give exactly 2,500 (concentrated); one funder with
//! more than half of the money always reads dependent. The headline is the currency group with
//! the most confirmed sources (ties: the larger total in minor units, then the code).
use crate::i18n::{tr, Key, Msg};
use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::check::Checker;
use super::money::{valid_currency, Money};
use super::text::escape_xml;
use super::Partnership;
use crate::model::check::Item;
use super::order::sort_by_key;

mod funding;
mod runway;
mod capacity;
mod sample;
pub use funding::*;
pub use runway::*;
pub use capacity::*;
pub use sample::*;

crate::section! {
    /// Funding, capacity and engagement (`partnership.sustainability`).
    pub struct Sustainability {
        pub funding: Vec<FundingSource>, pub capacity: Vec<CapacityItem>,
        pub engagement: Vec<EngagementMechanism>,
    } + extra
}

crate::listed!(FundingSource => sustainability.funding);
crate::listed!(CapacityItem => sustainability.capacity);
crate::listed!(EngagementMechanism => sustainability.engagement);

/// What stops a funding source from being saved, by form field.
pub fn check_funding(s: &FundingSource) -> Vec<super::Problem> {
    let mut out = Vec::new();
    if s.funder.trim().is_empty() {
        out.push(super::Problem::new("funder", tr::problem::funding::FUNDER));
    }
    if !valid_currency(&s.amount.currency) {
        out.push(super::Problem::new("currency", tr::problem::money::CURRENCY));
    }
    if s.amount.minor < 0 {
        out.push(super::Problem::new("amount", tr::problem::money::NEGATIVE));
    } else if !s.amount.in_range() {
        out.push(super::Problem::new("amount", super::money::too_large()));
    }
    if let (Some(a), Some(b)) = (s.start, s.end) {
        if b < a {
            out.push(super::Problem::new("end", tr::problem::funding::END_BEFORE_START));
        }
    }
    // The runway spreads an amount over its months: the years bound how many there are.
    for (field, day) in [("start", s.start), ("end", s.end)] {
        if let Some(why) = day.and_then(super::limits::date_problem) {
            out.push(super::Problem::new(field, Msg::new(tr::problem::funding::DATE).said("why", why)));
        }
    }
    out
}

/// Validation of `partnership.sustainability` for files.
pub fn check(p: &Partnership, c: &mut Checker) {
    for (i, s) in p.sustainability.funding.iter().enumerate() {
        let path = Item("sustainability.funding", i);
        c.record(path, s);
        for problem in check_funding(s) {
            let field = match problem.path.as_str() {
                "currency" => "amount.currency",
                "amount" => "amount.minor",
                other => other,
            };
            c.problem(format!("{path}.{field}"), problem.message);
        }
    }
    for (i, item) in p.sustainability.capacity.iter().enumerate() {
        let path = Item("sustainability.capacity", i);
        c.record(path, item);
        c.not_blank(format!("{path}.what"), &item.what, tr::problem::what::CHECKLIST_ITEM);
    }
    for (i, e) in p.sustainability.engagement.iter().enumerate() {
        let path = Item("sustainability.engagement", i);
        c.record(path, e);
        c.not_blank(format!("{path}.name"), &e.name, tr::problem::what::MECHANISM_NAME);
    }
}

#[cfg(test)]
mod tests;
