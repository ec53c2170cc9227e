//! The one place the UI reads the time. Tests can fix "now" by setting the `cg.prefs.now`
//! storage key to an RFC 3339 time before the page loads.
use chrono::{DateTime, Utc};
use std::cell::Cell;

thread_local! {
    static FIXED: Cell<Option<DateTime<Utc>>> = const { Cell::new(None) };
}

/// Fixes the clock (used at start-up when a test asked for it).
pub fn fix(at: DateTime<Utc>) {
    FIXED.with(|f| f.set(Some(at)));
}

pub fn now() -> DateTime<Utc> {
    FIXED
        .with(|f| f.get())
        .unwrap_or_else(|| crate::model::time::from_millis(js_sys::Date::now()))
}
