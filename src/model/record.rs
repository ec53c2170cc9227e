//! What every record has in common: a stable id, creation and edit times, and a place for
//! fields this version does not know (kept so that a file written by a newer app survives a
//! round trip through an older one untouched). Also the one way to declare a record type
//! ([`record!`]) and to add, change and remove top-level records ([`Listed`], with
//! `Partnership::upsert` and `Partnership::remove`).
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::stamp::Stamps;
use super::Partnership;

/// Fields a newer version wrote that this one does not understand (and the versions a
/// record went through, `history`); written back unchanged. Used as the map it holds.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Extra(pub Map<String, Value>);

impl Extra {
    pub fn new() -> Extra {
        Extra::default()
    }
}

/// Almost every record has none: two empty maps are equal at once (an edit compares every
/// record with its copy, so this is most of what comparing costs them).
impl PartialEq for Extra {
    fn eq(&self, other: &Extra) -> bool {
        self.0.is_empty() && other.0.is_empty() || self.0 == other.0
    }
}

impl std::ops::Deref for Extra {
    type Target = Map<String, Value>;
    fn deref(&self) -> &Map<String, Value> {
        &self.0
    }
}

impl std::ops::DerefMut for Extra {
    fn deref_mut(&mut self) -> &mut Map<String, Value> {
        &mut self.0
    }
}

pub trait Record {
    /// The tombstone kind, e.g. `"partner"`; also used in merge reviews.
    const KIND: &'static str;
    fn id(&self) -> Uuid;
    fn created_at(&self) -> DateTime<Utc>;
    fn updated_at(&self) -> DateTime<Utc>;
    /// Mark the record as edited now.
    fn touch(&mut self, now: DateTime<Utc>);
    /// The record's stamps (`at` in the file, see `model::stamp`).
    fn at_mut(&mut self) -> &mut Stamps;
}

/// Implements [`Record`] for a struct with `id`, `created_at` and `updated_at` fields.
#[macro_export]
macro_rules! impl_record {
    ($ty:ty, $kind:literal) => {
        impl $crate::model::record::Record for $ty {
            const KIND: &'static str = $kind;
            fn id(&self) -> uuid::Uuid {
                self.id
            }
            fn created_at(&self) -> chrono::DateTime<chrono::Utc> {
                self.created_at
            }
            fn updated_at(&self) -> chrono::DateTime<chrono::Utc> {
                self.updated_at
            }
            fn at_mut(&mut self) -> &mut $crate::model::stamp::Stamps {
                &mut self.at
            }
            fn touch(&mut self, now: chrono::DateTime<chrono::Utc>) {
                // Never earlier than the record's creation or last edit: a device whose clock
                // runs behind still makes a valid record (the edit's stamp orders it), a
                // millisecond after the last edit, so that the screens, which know a record's
                // version by this time, still see that it changed.
                let now = $crate::model::record::after(now, self.updated_at).max(self.created_at);
                if self.updated_at != now {
                    $crate::model::record::remember_version(&mut self.extra, self.updated_at);
                    self.updated_at = now;
                }
            }
        }
    };
}

/// The time of an edit made at `now` to something last changed at `last`: `now`, or just
/// after `last` when the clock runs behind it (an equal time is the same moment, as when a
/// new record is first stored).
pub fn after(now: DateTime<Utc>, last: DateTime<Utc>) -> DateTime<Utc> {
    if now < last {
        last + chrono::TimeDelta::milliseconds(1)
    } else {
        now
    }
}

/// Declares a record struct: the derives, the common header (`id`, `created_at`,
/// `updated_at`, in that order, so files keep their field order), the given fields, the
/// record's stamps (`at`, written before the `extra` fields as when it was one of them), the
/// `extra` fields a newer version wrote, and the [`Record`] impl (see [`impl_record!`]).
///
/// ```ignore
/// crate::record! {
///     /// A cause in the problem tree.
///     pub struct Cause("cause") {
///         pub text: String,
///         #[serde(default)]
///         pub parent: Option<Uuid>,
///     }
/// }
/// ```
#[macro_export]
macro_rules! record {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident($kind:literal) {
            $($(#[$fmeta:meta])* $fvis:vis $field:ident: $fty:ty),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        $vis struct $name {
            pub id: uuid::Uuid,
            #[serde(with = "crate::model::time::stamp")]
            pub created_at: chrono::DateTime<chrono::Utc>,
            #[serde(with = "crate::model::time::stamp")]
            pub updated_at: chrono::DateTime<chrono::Utc>,
            $($(#[$fmeta])* $fvis $field: $fty,)*
            #[serde(default, skip_serializing_if = "crate::model::stamp::Stamps::is_empty")]
            pub at: $crate::model::stamp::Stamps,
            #[serde(flatten)]
            pub extra: $crate::model::record::Extra,
        }
        $crate::impl_record!($name, $kind);
    };
}

/// A new record of a [`record!`] type: a fresh id, both stamps at `now`, the given fields and
/// nothing unknown kept, so that constructors name only what is theirs:
/// `crate::new_record!(now, Goal { title: title.into(), status: GoalStatus::Draft })`.
#[macro_export]
macro_rules! new_record {
    ($now:expr, $name:ident { $($field:ident $(: $value:expr)?),* $(,)? }) => {{
        let now = $now;
        $name {
            id: $crate::model::record::new_id(),
            created_at: now,
            updated_at: now,
            $($field $(: $value)?,)*
            at: $crate::model::stamp::Stamps::default(),
            extra: $crate::model::record::Extra::new(),
        }
    }};
}

/// A section of the partnership (`partnership.learning`, ...): lists that older files may
/// lack, so every field defaults, and with `+ extra` the unknown keys a newer version wrote.
#[macro_export]
macro_rules! section {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $($(#[$fmeta:meta])* $fvis:vis $field:ident: $fty:ty),* $(,)?
        } $(+ $extra:ident)?
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        $vis struct $name {
            $($(#[$fmeta])* #[serde(default)] $fvis $field: $fty,)*
            $(#[serde(flatten)] pub $extra: $crate::model::record::Extra,)?
        }
    };
}

/// How many earlier versions a record remembers (see [`remember_version`]).
pub const HISTORY_DEPTH: usize = 8;

/// Records that a record's version `updated_at` is being replaced by an edit. The list of
/// earlier versions (`history` in the file: their `updated_at` times, oldest first) is how a
/// merge tells "they edited the version I already have" from "we both edited it". It lives
/// in `extra` so that every record type keeps it without a field of its own.
pub fn remember_version(extra: &mut Extra, updated_at: DateTime<Utc>) {
    let stamp = Value::String(updated_at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true));
    let list = extra.entry("history").or_insert_with(|| Value::Array(Vec::new()));
    if !list.is_array() {
        *list = Value::Array(Vec::new());
    }
    if let Value::Array(items) = list {
        if items.last() != Some(&stamp) {
            items.push(stamp);
        }
        if items.len() > HISTORY_DEPTH {
            let cut = items.len() - HISTORY_DEPTH;
            items.drain(..cut);
        }
    }
}

/// What is left of a deleted record, so that a merge never brings it back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tombstone {
    pub id: Uuid,
    pub kind: String,
    #[serde(with = "crate::model::time::stamp")]
    pub deleted_at: DateTime<Utc>,
    /// The deleting edit's stamp (see [`super::stamp`]); none in files of schema 2.
    #[serde(default, skip_serializing_if = "super::stamp::Stamp::is_none")]
    pub stamp: super::stamp::Stamp,
}

/// A new random (v4) id, or the next seeded one inside [`with_seeded_ids`].
pub fn new_id() -> Uuid {
    SEEDED_IDS.with(|cell| match cell.get() {
        Some(state) => {
            let (next, id) = seeded_id(state);
            cell.set(Some(next));
            id
        }
        None => Uuid::new_v4(),
    })
}

thread_local! {
    // Only the benchmark's generator sets this, so that a seed always gives the same file.
    static SEEDED_IDS: std::cell::Cell<Option<u64>> = const { std::cell::Cell::new(None) };
}

/// Runs `f` with every [`new_id`] drawn from a generator seeded with `seed` (deterministic
/// test and benchmark data); outside it ids are random again.
pub fn with_seeded_ids<T>(seed: u64, f: impl FnOnce() -> T) -> T {
    let before = SEEDED_IDS.with(|c| c.replace(Some(seed)));
    let out = f();
    SEEDED_IDS.with(|c| c.set(before));
    out
}

// splitmix64 twice: well-mixed bits, shaped as a version-4 UUID.
fn seeded_id(state: u64) -> (u64, Uuid) {
    let mix = |mut z: u64| {
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let a = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let b = a.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let bits = ((mix(a) as u128) << 64) | mix(b) as u128;
    (b, uuid::Builder::from_random_bytes(bits.to_be_bytes()).into_uuid())
}

/// A record kept in one of the partnership's top-level lists: what
/// [`Partnership::upsert`] and [`Partnership::remove`] add, change and remove. Declare it
/// with [`listed!`].
pub trait Listed: Record + Sized {
    /// The list of the partnership that holds records of this type.
    fn list(p: &Partnership) -> &Vec<Self>;
    fn list_mut(p: &mut Partnership) -> &mut Vec<Self>;
    /// Runs on the stamped record just before it takes its place, for what the new version
    /// changes elsewhere in the partnership. Nothing by default.
    fn before_upsert(&mut self, _p: &mut Partnership, _now: DateTime<Utc>) {}
    /// Runs after the record left its list and its tombstone was laid: what goes with it,
    /// or must forget it. Nothing by default.
    fn cascade(_removed: &Self, _p: &mut Partnership, _now: DateTime<Utc>) {}
}

/// Implements [`Listed`] for a record type kept at `p.<path>`, with optional hooks:
/// `crate::listed!(Goal => goals);` or
/// `crate::listed!(Partner => partners { fn cascade(...) { ... } });`.
#[macro_export]
macro_rules! listed {
    ($ty:ty => $($path:ident).+ $({ $($hooks:tt)* })?) => {
        impl $crate::model::record::Listed for $ty {
            fn list(p: &$crate::model::Partnership) -> &Vec<Self> {
                &p.$($path).+
            }
            fn list_mut(p: &mut $crate::model::Partnership) -> &mut Vec<Self> {
                &mut p.$($path).+
            }
            $($($hooks)*)?
        }
    };
}

/// Removes the record with `id` from `list`, returning it. The caller records the tombstone
/// (see [`Partnership::remove`]), so the list type stays plain data.
pub fn take_by_id<T: Record>(list: &mut Vec<T>, id: Uuid) -> Option<T> {
    let pos = list.iter().position(|r| r.id() == id)?;
    Some(list.remove(pos))
}

pub fn find<T: Record>(list: &[T], id: Uuid) -> Option<&T> {
    list.iter().find(|r| r.id() == id)
}

pub fn find_mut<T: Record>(list: &mut [T], id: Uuid) -> Option<&mut T> {
    list.iter_mut().find(|r| r.id() == id)
}

/// Ids are random: a cheap mix of their bytes is hash enough (the standard SipHash was a
/// large part of a merge's time; the README's performance section has the figure).
#[derive(Default)]
pub struct IdHasher(u64);

impl IdHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(23) ^ word).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

impl std::hash::Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        // An id is one write of 16 bytes: two words, without the general loop's copies.
        if let Ok(id) = <[u8; 16]>::try_from(bytes) {
            let id = u128::from_le_bytes(id);
            self.mix(id as u64);
            self.mix((id >> 64) as u64);
            return;
        }
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
    }
    // The length written before an id's bytes.
    fn write_usize(&mut self, n: usize) {
        self.mix(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by record id, with [`IdHasher`].
pub type IdMap<V> = std::collections::HashMap<Uuid, V, std::hash::BuildHasherDefault<IdHasher>>;
/// A set of record ids, with [`IdHasher`].
pub type IdSet = std::collections::HashSet<Uuid, std::hash::BuildHasherDefault<IdHasher>>;

#[cfg(test)]
mod tests;
