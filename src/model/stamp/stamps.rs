//! A record's stamps as a typed field, read once when the record is read: the file keeps
//! them as `"at": {slot: "ms.n.devhex"}`, and reading that object into the record's `extra`
//! map and parsing the text again wherever a stamp was needed cost a large part of opening
//! a stamped partnership.
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use super::Stamp;

/// The stamps of one record's slots, sorted by slot. A record has few (most one), so a
/// sorted list; shared, because they change only when their record is edited: copying the
/// partnership (Undo keeps the version before every edit) copies no stamps, and comparing a
/// record with its copy compares them at once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Stamps(Option<Arc<Vec<(String, Stamp)>>>);

impl Stamps {
    pub fn is_empty(&self) -> bool {
        self.list().is_empty()
    }

    pub fn len(&self) -> usize {
        self.list().len()
    }

    fn list(&self) -> &[(String, Stamp)] {
        self.0.as_deref().map(Vec::as_slice).unwrap_or(&[])
    }

    /// The list to change (copied first if shared); [`Stamps::tidy`] after.
    fn list_mut(&mut self) -> &mut Vec<(String, Stamp)> {
        Arc::make_mut(self.0.get_or_insert_with(Default::default))
    }

    fn tidy(&mut self) {
        if self.is_empty() {
            self.0 = None;
        }
    }

    fn find(&self, slot: &str) -> Result<usize, usize> {
        self.list().binary_search_by(|(s, _)| s.as_str().cmp(slot))
    }

    /// The stamp of `slot` ([`Stamp::NONE`] when it has none).
    pub fn get(&self, slot: &str) -> Stamp {
        self.find(slot).map(|i| self.list()[i].1).unwrap_or(Stamp::NONE)
    }

    pub fn insert(&mut self, slot: &str, stamp: Stamp) {
        match self.find(slot) {
            Ok(i) if self.list()[i].1 == stamp => {}
            Ok(i) => self.list_mut()[i].1 = stamp,
            Err(i) => self.list_mut().insert(i, (slot.to_string(), stamp)),
        }
    }

    pub fn remove(&mut self, slot: &str) {
        if let Ok(i) = self.find(slot) {
            self.list_mut().remove(i);
            self.tidy();
        }
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        if !self.list().iter().all(|(s, _)| keep(s)) {
            self.list_mut().retain(|(s, _)| keep(s));
            self.tidy();
        }
    }

    /// Slot and stamp, in the order of slots.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Stamp)> + '_ {
        self.list().iter().map(|(s, t)| (s.as_str(), *t))
    }
}

/// The stamp of a slot that has one (panics otherwise, as a map does).
impl std::ops::Index<&str> for Stamps {
    type Output = Stamp;
    fn index(&self, slot: &str) -> &Stamp {
        let i = self.find(slot).unwrap_or_else(|_| panic!("no stamp for {slot}"));
        &self.list()[i].1
    }
}

impl Serialize for Stamps {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.list().iter().map(|(slot, stamp)| (slot, stamp)))
    }
}

/// Anything where a record's `at` is: an object of stamps, else (a hand-made or damaged
/// file) nothing stamped. An entry that is not a stamp counts as not stamped.
impl<'de> Deserialize<'de> for Stamps {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Stamps, D::Error> {
        d.deserialize_any(Reader(PhantomData))
    }
}

/// A value read whatever JSON holds it: what is not understood reads as nothing.
trait Lenient: Sized {
    fn nothing() -> Self;
    fn text(_: &str) -> Self {
        Self::nothing()
    }
    fn map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Self::nothing())
    }
}

impl Lenient for Stamps {
    fn nothing() -> Stamps {
        Stamps::default()
    }
    fn map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Stamps, A::Error> {
        let mut out = Vec::new();
        while let Some(slot) = map.next_key::<String>()? {
            if let Some(stamp) = map.next_value::<MaybeStamp>()?.0 {
                out.push((slot, stamp));
            }
        }
        // Written sorted; a hand-made file may not be (then the last of a repeated slot wins).
        if !out.windows(2).all(|w| w[0].0 < w[1].0) {
            out.reverse();
            crate::model::order::sort_by(&mut out, |a, b| a.0.cmp(&b.0));
            out.dedup_by(|a, b| a.0 == b.0);
        }
        Ok(Stamps((!out.is_empty()).then(|| Arc::new(out))))
    }
}

/// One entry of `at`: a stamp, or nothing when it is not one.
struct MaybeStamp(Option<Stamp>);

impl Lenient for MaybeStamp {
    fn nothing() -> MaybeStamp {
        MaybeStamp(None)
    }
    fn text(s: &str) -> MaybeStamp {
        MaybeStamp(s.parse().ok())
    }
}

impl<'de> Deserialize<'de> for MaybeStamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<MaybeStamp, D::Error> {
        d.deserialize_any(Reader(PhantomData))
    }
}

struct Reader<T>(PhantomData<T>);

impl<'de, T: Lenient> Visitor<'de> for Reader<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("stamps")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
        Ok(T::text(s))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::map(map)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(T::nothing())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<T, E> {
        Ok(T::nothing())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<T, E> {
        Ok(T::nothing())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<T, E> {
        Ok(T::nothing())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<T, E> {
        Ok(T::nothing())
    }
    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        Ok(T::nothing())
    }
}
