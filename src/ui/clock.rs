//! The one place the UI reads the time. Tests can fix "now" by setting the `cg.prefs.now`
//! storage key to an RFC 3339 time before the page loads; it then ticks a millisecond per reading.
use chrono::{DateTime, Utc};
use std::cell::Cell;

thread_local! {
    static FIXED: Cell<Option<DateTime<Utc>>> = const { Cell::new(None) };
}

/// Fixes the clock (used at start-up when a test asked for it).
pub fn fix(at: DateTime<Utc>) {
    FIXED.with(|f| f.set(Some(at)));
}

/// The time now. A fixed clock still moves on by a millisecond at each reading, so that
/// records edited one after another get different `updated_at`, as with a real clock.
pub fn now() -> DateTime<Utc> {
    match FIXED.with(|f| f.get()) {
        Some(at) => {
            let next = at + chrono::Duration::milliseconds(1);
            FIXED.with(|f| f.set(Some(next)));
            at
        }
        None => crate::model::time::from_millis(js_sys::Date::now()),
    }
}
