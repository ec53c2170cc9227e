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

/// This tab's clock for stamping edits (see `model::stamp`). The device id is kept in the
/// tab's session storage: a reload keeps it, another tab (which may edit at the same
/// moment) gets its own.
pub fn tab_clock() -> crate::model::stamp::Clock {
    use crate::model::stamp::Clock;
    const KEY: &str = "cg.device";
    let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    let kept = storage.as_ref().and_then(|s| s.get_item(KEY).ok().flatten()).and_then(|hex| u64::from_str_radix(&hex, 16).ok());
    match kept {
        Some(dev) if dev != 0 => Clock::new(dev),
        _ => {
            let clock = Clock::random();
            if let Some(s) = storage {
                let _ = s.set_item(KEY, &format!("{:x}", clock.dev));
            }
            clock
        }
    }
}
