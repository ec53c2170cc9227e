//! Who changed which field, and what each copy has seen: what a field-level merge decides by.
//!
//! Every edit made in a tab gets one [`Stamp`]: a hybrid logical clock reading (HLC: the
//! wall clock in milliseconds and a counter, never lower than any stamp this copy has seen)
//! and the tab's random device id. The fields the edit changed ("slots") are stamped with it
//! in the record itself, under `at` (`{"notes": "1764513806123.0.9f3a1c2b"}`; the
//! partnership's own fields in [`Partnership::at`](super::Partnership)), so that stamps are
//! stored and saved with their record; fields never edited since the record was made, or
//! since the file came from an older version, have no stamp ([`Stamp::NONE`]).
//!
//! [`Partnership::seen`](super::Partnership) is a version vector: for each device, the latest
//! stamp of it this copy includes. "Copy X has seen stamp s" is `seen_X[s.dev] >= s.hlc`.
//! A merge keeps, for each field, the value whose stamp the other copy has already seen
//! (it is the newer one), and shows a conflict only when neither copy has seen the other's
//! stamp and the values differ. Clocks only order edits that did not see each other: a device
//! whose clock runs ahead cannot make its stamps win over edits made after them, and one
//! whose clock runs behind still stamps above everything it has seen.
use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

mod diff;
pub mod shape;
mod stamps;
pub use diff::record_edit;
pub use stamps::Stamps;


/// An HLC reading and the device that made it. Ordered by time, then device.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp {
    /// Milliseconds since 1970 shifted left by 16 bits, plus a counter for edits in the same
    /// millisecond (or made while the wall clock is behind what was seen).
    pub hlc: u64,
    /// The tab that made the edit (48 random bits; 0 is no device).
    pub dev: u64,
}

const COUNTER_BITS: u32 = 16;
const DEV_MASK: u64 = (1 << 48) - 1;

impl Stamp {
    /// Not stamped: the value a record was made with, or one from before stamps existed.
    pub const NONE: Stamp = Stamp { hlc: 0, dev: 0 };

    pub fn is_none(&self) -> bool {
        *self == Stamp::NONE
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{:x}", self.hlc >> COUNTER_BITS, self.hlc & 0xffff, self.dev)
    }
}

fn parse_hlc(ms: &str, n: &str) -> Option<u64> {
    let (ms, n) = (ms.parse::<u64>().ok()?, n.parse::<u64>().ok()?);
    (ms < 1 << 47 && n <= 0xffff).then_some(ms << COUNTER_BITS | n)
}

impl std::str::FromStr for Stamp {
    type Err = ();
    fn from_str(s: &str) -> Result<Stamp, ()> {
        let mut parts = s.split('.');
        let (Some(ms), Some(n), Some(dev), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(());
        };
        let hlc = parse_hlc(ms, n).ok_or(())?;
        let dev = u64::from_str_radix(dev, 16).map_err(|_| ())?;
        (dev <= DEV_MASK).then_some(Stamp { hlc, dev }).ok_or(())
    }
}

/// Reads a string with `parse`, naming what was expected when it fails.
struct Text<F>(&'static str, F);

impl<'de, T, F: FnOnce(&str) -> Option<T>> Visitor<'de> for Text<F> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
        (self.1)(s).ok_or_else(|| E::invalid_value(de::Unexpected::Str(s), &self.0))
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Stamp, D::Error> {
        d.deserialize_str(Text("a stamp like 1764513806123.0.9f3a1c2b", |s: &str| s.parse().ok()))
    }
}

/// The key of a record's stamps ([`Stamps`]: `notes`, `sign_offs/<partner>`, ...) in its
/// JSON; the partnership's own ones (`name`, `problem_tree.problem`, `check_ins.cadence`) are
/// in [`Partnership::at`](super::Partnership).
pub const AT: &str = "at";

/// The stamps a record's JSON carries; a malformed entry counts as not stamped.
pub fn slots_of(record: &serde_json::Value) -> Stamps {
    slots_in(record.get(AT))
}

/// The stamps of a record's `at` object.
pub fn slots_in(at: Option<&serde_json::Value>) -> Stamps {
    let mut out = Stamps::default();
    if let Some(serde_json::Value::Object(o)) = at {
        for (slot, s) in o {
            if let Some(stamp) = s.as_str().and_then(|s| s.parse::<Stamp>().ok()) {
                out.insert(slot, stamp);
            }
        }
    }
    out
}

/// Writes `slots` into a record's JSON (removes `at` when empty).
pub fn set_slots(record: &mut serde_json::Map<String, serde_json::Value>, slots: &Stamps) {
    if slots.is_empty() {
        record.remove(AT);
    } else {
        let o = crate::model::order::object_of(slots.iter().map(|(k, s)| (k.to_string(), serde_json::Value::String(s.to_string()))));
        record.insert(AT.into(), serde_json::Value::Object(o));
    }
}

/// The latest stamp of each device that a copy includes (a version vector).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Seen(pub BTreeMap<u64, u64>);

impl Seen {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether a copy with this vector includes the edit stamped `s` (or a later one of the
    /// same device). An unstamped value is the one every copy started from.
    pub fn has_seen(&self, s: Stamp) -> bool {
        s.is_none() || self.0.get(&s.dev).is_some_and(|&h| h >= s.hlc)
    }

    pub fn note(&mut self, s: Stamp) {
        if !s.is_none() {
            let h = self.0.entry(s.dev).or_insert(0);
            *h = (*h).max(s.hlc);
        }
    }

    /// Everything either vector has seen.
    pub fn join(&mut self, other: &Seen) {
        for (&dev, &hlc) in &other.0 {
            self.note(Stamp { hlc, dev });
        }
    }

    /// The highest reading seen from any device: the clock never stamps below it.
    pub fn latest(&self) -> u64 {
        self.0.values().copied().max().unwrap_or(0)
    }
}

impl Serialize for Seen {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(dev, hlc)| {
            (format!("{dev:x}"), format!("{}.{}", hlc >> COUNTER_BITS, hlc & 0xffff))
        }))
    }
}

impl<'de> Deserialize<'de> for Seen {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Seen, D::Error> {
        let raw = BTreeMap::<String, String>::deserialize(d)?;
        let mut out = BTreeMap::new();
        for (dev, hlc) in raw {
            let parsed = u64::from_str_radix(&dev, 16).ok().filter(|d| *d != 0 && *d <= DEV_MASK).zip(
                hlc.split_once('.').and_then(|(ms, n)| parse_hlc(ms, n)),
            );
            let Some((dev, hlc)) = parsed else {
                return Err(de::Error::custom(format!("seen: {dev:?}: {hlc:?} is not a device and a clock reading")));
            };
            out.insert(dev, hlc);
        }
        Ok(Seen(out))
    }
}

/// Every stamp in a partnership: (record id, slot, stamp), the partnership's own under "".
/// For tests and checks; merges read each record's stamps where they are.
pub fn every_stamp(p: &super::Partnership) -> Vec<(String, String, Stamp)> {
    let mut out: Vec<_> = p.at.iter().map(|(slot, s)| (String::new(), slot.to_string(), s)).collect();
    let mut json = super::file::to_json_value(p);
    if let serde_json::Value::Object(o) = &mut json {
        o.remove(AT);
        o.remove("id");
    }
    shape::each_record(&json, &mut |id, record| {
        out.extend(slots_of(record).iter().map(|(slot, s)| (id.to_string(), slot.to_string(), s)));
    });
    out
}

/// A tab's clock: its device id and the last reading it gave out.
#[derive(Clone, Debug)]
pub struct Clock {
    pub dev: u64,
    last: u64,
}

impl Clock {
    /// A clock for device `dev` (any non-zero number below 2^48; [`Clock::random`] makes one).
    pub fn new(dev: u64) -> Clock {
        Clock { dev: (dev & DEV_MASK).max(1), last: 0 }
    }

    /// A clock with a fresh random device id (one per tab).
    pub fn random() -> Clock {
        let bytes = super::record::new_id().into_bytes();
        let mut dev = 0u64;
        for b in &bytes[..6] {
            dev = dev << 8 | u64::from(*b);
        }
        Clock::new(dev)
    }

    /// The next stamp: after the wall clock `now`, after everything `seen`, after the last
    /// one this clock gave.
    pub fn tick(&mut self, seen: &Seen, now: DateTime<Utc>) -> Stamp {
        let wall = (now.timestamp_millis().clamp(0, (1 << 47) - 1) as u64) << COUNTER_BITS;
        let floor = self.last.max(seen.latest());
        self.last = if wall > floor { wall } else { floor + 1 };
        Stamp { hlc: self.last, dev: self.dev }
    }
}

#[cfg(test)]
mod tests;
