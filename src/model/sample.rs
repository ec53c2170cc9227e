//! The built-in sample: a local food-security partnership of six organisations across
//! sectors, realistic enough to try every tool on. Dates are relative to `now` so the sample
//! always looks current.
use chrono::{DateTime, Duration, Utc};

use super::Partnership;

pub const SAMPLE_NAME: &str = "Riverside Food Security Partnership";

/// A fresh copy of the sample partnership, with new ids. Each tool builds its own records
/// (`add_sample` beside the tool); later tools refer to earlier ones, hence the order.
pub fn sample(now: DateTime<Utc>) -> Partnership {
    let start = now - Duration::days(30 * 18);
    let mut p = Partnership::new(SAMPLE_NAME, start);
    super::partners::add_sample(&mut p, now);
    super::resources::add_sample(&mut p, now);
    super::goals::add_sample(&mut p, now);
    super::charter::add_sample(&mut p, now);
    super::checkins::add_sample(&mut p, now);
    super::health::add_sample(&mut p, now);
    super::community::add_sample(&mut p, now);
    super::ideas::add_sample(&mut p, now);
    super::stories::add_sample(&mut p, now);
    super::learning::add_sample(&mut p, now);
    super::sustainability::add_sample(&mut p, now);
    p.updated_at = now;
    p
}

#[cfg(test)]
mod tests;
