//! How one partnership is laid out in storage, so that a small edit writes a small amount.
//!
//! The long lists (partners, goals, metrics, measurements, resource entries, community
//! inputs and responses, ideas, tombstones) are stored apart from the rest, in chunks of a
//! few hundred records, each under its own key: `cg.p.<id>.<list>.<n>.<tag>`. The rest of
//! the partnership (the *head*) stays in `cg.p.<id>` in the export envelope, with those lists
//! empty and an extra envelope field `stored_parts` giving the tag of every chunk:
//! `{"measurements": ["3f9a0c1d", …], …}`.
//!
//! A save compares each chunk with the copy kept from the last load or save (the *shadow*)
//! and writes only the chunks that differ, each under a fresh tag, then the head, then removes
//! the chunks the head no longer names. The head is written last, so whichever step fails
//! (quota), the stored head still names a complete, earlier set of chunks: storage never holds
//! half a save. A save that rewrites most chunks (a merge) may not have room for both sets;
//! it then replaces chunk by chunk within the same task, and on failure writes the removed
//! chunks back, so storage again ends as it was; against a tab killed midway, the store keeps
//! the new version in its journal first ([`BeforeSwap`], [`super::journal`]). Measurements,
//! by far the longest list, are stored as rows without field names ([`rows`]).
//!
//! A head without `stored_parts` (the layout before this one, or a partnership saved whole)
//! is a whole partnership and loads as it is; the next save splits it.
use std::any::Any;
use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{partnership_key, Backend, StorageError};
use crate::model::file::{compact_json_with, read, ImportError};
use crate::model::json_path;
use crate::model::record::new_id;
use crate::model::repair::{repair, Repairs};
use crate::model::validate::validate;
use crate::model::Partnership;

mod rows;
use rows::Measurements;

/// Records per chunk: a chunk of measurements is about 50 KB, other chunks less.
pub const CHUNK: usize = 400;

/// The envelope field that lists the chunks.
pub const PARTS_FIELD: &str = "stored_parts";

/// The version of this layout, in the head's `stored_layout` (none before it was given one:
/// version 1). A tab that meets a later version does not read or write that partnership: an
/// older build would take lists of a new shape for corruption and save empty ones over them.
pub const LAYOUT: u32 = 2;
const LAYOUT_FIELD: &str = "stored_layout";

/// One of the long lists stored apart.
trait StoredList {
    const NAME: &'static str;
    type Item: Clone + PartialEq + Serialize + DeserializeOwned + 'static;
    fn of(p: &mut Partnership) -> &mut Vec<Self::Item>;
    fn of_ref(p: &Partnership) -> &Vec<Self::Item>;
    fn encode(items: &[Self::Item]) -> String {
        serde_json::to_string(items).unwrap_or_else(|e| panic!("serialising records failed: {e}"))
    }
    fn decode(text: &str) -> Result<Vec<Self::Item>, String> {
        typed(text)
    }
}

/// Reads JSON text into `T`, naming the place of a mismatch.
fn typed<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    json_path::from_str(text).map_err(|e| e.to_string())
}

macro_rules! stored_list {
    ($ty:ident, $name:literal, $item:ty, |$p:ident| $place:expr) => {
        struct $ty;
        impl StoredList for $ty {
            const NAME: &'static str = $name;
            type Item = $item;
            fn of($p: &mut Partnership) -> &mut Vec<$item> {
                &mut $place
            }
            fn of_ref($p: &Partnership) -> &Vec<$item> {
                &$place
            }
        }
    };
}

/// Calls the macro `$m` once for each stored list, in one order for saving and loading.
macro_rules! every_list {
    ($m:ident) => {
        $m!(Partners);
        $m!(Goals);
        $m!(Metrics);
        $m!(Measurements);
        $m!(Entries);
        $m!(Inputs);
        $m!(Responses);
        $m!(Ideas);
        $m!(Tombstones);
    };
}

stored_list!(Partners, "partners", crate::model::Partner, |p| p.partners);
stored_list!(Goals, "goals", crate::model::goals::Goal, |p| p.goals);
stored_list!(Metrics, "metrics", crate::model::metrics::Metric, |p| p.metrics);
stored_list!(Entries, "resources.entries", crate::model::resources::Entry, |p| p.resources.entries);
stored_list!(Inputs, "community.inputs", crate::model::community::Input, |p| p.community.inputs);
stored_list!(Responses, "community.responses", crate::model::community::Response, |p| p.community.responses);
stored_list!(Ideas, "ideas.ideas", crate::model::ideas::Idea, |p| p.ideas.ideas);
stored_list!(Tombstones, "tombstones", crate::model::Tombstone, |p| p.tombstones);

/// What this tab last read or wrote of one partnership: each list's chunks, as tags and copies
/// of their records, and their stored texts.
#[derive(Default)]
pub struct Shadow {
    lists: HashMap<&'static str, Box<dyn Any>>,
    /// Each chunk's text by key, as stored: a save that swaps chunks keeps the old text to
    /// write back on failure, and reading it back out of storage cost more than the save
    /// itself at the large size.
    texts: HashMap<String, String>,
    /// The head as last read or written: if the stored one differs, another tab saved since.
    head: Option<String>,
}

/// One list's chunks in the shadow.
type Chunks<T> = Vec<(String, Vec<T>)>;

impl Shadow {
    /// Whether `stored` is the head this tab last read or wrote.
    pub fn is_head(&self, stored: Option<&str>) -> bool {
        self.head.as_deref() == stored
    }

    fn chunks<L: StoredList>(&self) -> Option<&Chunks<L::Item>> {
        self.lists.get(L::NAME).and_then(|b| b.downcast_ref())
    }
    fn set<L: StoredList>(&mut self, chunks: Chunks<L::Item>) {
        self.lists.insert(L::NAME, Box::new(chunks));
    }
}

pub fn chunk_key(id: Uuid, list: &str, n: usize, tag: &str) -> String {
    format!("{}.{list}.{n}.{tag}", partnership_key(id))
}

/// Whether `key` is one of the chunks of partnership `id` (any tag).
pub fn is_chunk_of(id: Uuid, key: &str) -> bool {
    key.strip_prefix(&partnership_key(id)).is_some_and(|rest| rest.starts_with('.'))
}

fn fresh_tag() -> String {
    new_id().simple().to_string()[..8].to_string()
}

/// What storage holds before a save, as far as this tab knows it without reading it again:
/// the head, and the chunks' texts (the shadow's). A swapping save writes them back on failure.
struct Before<'a> {
    head: Option<&'a str>,
    chunks: &'a HashMap<String, String>,
}

/// A chunk to write: its key and text, and the key of the chunk it replaces.
struct Pending {
    key: String,
    text: String,
    replaces: Option<String>,
}

/// What a save rewrites of one list: the chunks rewritten (number, new tag) and how many there
/// are now. Applied to the shadow only once the head is written.
struct Written {
    changed: Vec<(usize, String)>,
    count: usize,
}

/// Works out, without writing, the chunks of list `L` that differ from the shadow. The list is
/// taken out of `p` (so that the head is written without it) and returned, to be put back.
fn plan_list<L: StoredList>(
    p: &mut Partnership,
    shadow: &Shadow,
    pending: &mut Vec<Pending>,
    past_end: &mut Vec<String>,
) -> (Vec<L::Item>, Written) {
    let id = p.id;
    let items = std::mem::take(L::of(p));
    let before = shadow.chunks::<L>();
    let mut written = Written { changed: Vec::new(), count: items.len().div_ceil(CHUNK) };
    for (n, records) in items.chunks(CHUNK).enumerate() {
        let old = before.and_then(|b| b.get(n));
        if old.is_some_and(|(_, copy)| copy.as_slice() == records) {
            continue;
        }
        let tag = fresh_tag();
        pending.push(Pending {
            key: chunk_key(id, L::NAME, n, &tag),
            text: L::encode(records),
            replaces: old.map(|(old_tag, _)| chunk_key(id, L::NAME, n, old_tag)),
        });
        written.changed.push((n, tag));
    }
    // Chunks past the new end are no longer named by the head.
    for (n, (tag, _)) in before.into_iter().flatten().enumerate().skip(written.count) {
        past_end.push(chunk_key(id, L::NAME, n, tag));
    }
    (items, written)
}

/// The tags of list `L` the head will name.
fn tags_after<L: StoredList>(shadow: &Shadow, written: &Written) -> Vec<String> {
    let before = shadow.chunks::<L>();
    let mut tags: Vec<String> =
        (0..written.count).map(|n| before.and_then(|b| b.get(n)).map(|(t, _)| t.clone()).unwrap_or_default()).collect();
    for (n, tag) in &written.changed {
        tags[*n] = tag.clone();
    }
    tags
}

/// Brings the shadow of list `L` up to what was written: copies only the rewritten chunks.
fn update_shadow<L: StoredList>(shadow: &mut Shadow, items: &[L::Item], written: &Written) {
    let mut chunks: Chunks<L::Item> = shadow
        .lists
        .remove(L::NAME)
        .and_then(|b| b.downcast::<Chunks<L::Item>>().ok())
        .map(|b| *b)
        .unwrap_or_default();
    chunks.truncate(written.count);
    for (n, tag) in &written.changed {
        let copy = items[n * CHUNK..((n + 1) * CHUNK).min(items.len())].to_vec();
        if *n < chunks.len() {
            chunks[*n] = (tag.clone(), copy);
        } else {
            chunks.push((tag.clone(), copy));
        }
    }
    shadow.set::<L>(chunks);
}

/// Writes the chunks, then the head. Side by side (`swap` false): every new chunk before any
/// old one goes, so a failure at any step leaves the old set whole. Swapping: the old head
/// first, then each old chunk just before its replacement, are removed, for a save that
/// rewrites most of a large partnership (or splits one stored whole) and cannot hold both in
/// the quota; on failure what was written is removed and what was removed written back. Either way a failed write leaves storage as it was. Returns the characters
/// written and the old chunks to remove once the head names the new ones.
fn write(
    backend: &dyn Backend,
    pending: &[Pending],
    head: (&str, &str),
    swap: bool,
    before: &Before,
) -> Result<(usize, Vec<String>), StorageError> {
    let mut written: Vec<&str> = Vec::new();
    let mut removed: Vec<(&str, String)> = Vec::new();
    let mut superseded = Vec::new();
    let roll_back = |written: &[&str], removed: &[(&str, String)]| {
        for key in written {
            let _ = backend.remove(key);
        }
        for (key, text) in removed {
            let _ = backend.set(key, text);
        }
    };
    let mut chars = 0;
    // The head goes too (it is written last anyway): a head in the earlier layout holds the
    // whole partnership, and its room is what the chunks need.
    if swap {
        if let Some(text) = before.head {
            backend.remove(head.0)?;
            removed.push((head.0, text.to_string()));
        }
    }
    for chunk in pending {
        if let Some(old) = &chunk.replaces {
            if swap {
                let text = match before.chunks.get(old) {
                    Some(text) => Some(text.clone()),
                    None => backend.get(old).ok().flatten(),
                };
                if let Some(text) = text {
                    if let Err(e) = backend.remove(old) {
                        roll_back(&written, &removed);
                        return Err(e);
                    }
                    removed.push((old, text));
                }
            } else {
                superseded.push(old.clone());
            }
        }
        if let Err(e) = backend.set(&chunk.key, &chunk.text) {
            roll_back(&written, &removed);
            return Err(e);
        }
        written.push(&chunk.key);
        chars += chunk.text.len();
    }
    if let Err(e) = backend.set(head.0, head.1) {
        roll_back(&written, &removed);
        return Err(e);
    }
    Ok((chars + head.1.len(), superseded))
}

/// Puts a list taken out for the head back into the partnership.
type PutBack = Box<dyn FnOnce(&mut Partnership)>;
/// Brings one list's shadow up to date after a successful save.
type UpdateShadow = Box<dyn FnOnce(&Partnership, &mut Shadow)>;

/// Saves `p` in parts, writing only what changed since `shadow`; on success the shadow is
/// updated and the number of characters written returned. On failure nothing stored changes,
/// and `p` and the shadow are as they were. `room`, if known, is how many characters storage
/// has free: a save that needs more replaces chunk by chunk at once (see [`write`]).
pub fn save(
    backend: &dyn Backend,
    p: &mut Partnership,
    shadow: &mut Shadow,
    now: DateTime<Utc>,
    room: Option<usize>,
) -> Result<usize, StorageError> {
    let stored = backend.get(&partnership_key(p.id)).ok().flatten();
    save_over(backend, p, shadow, now, room, stored, &mut |_| Ok(()))
}

/// Called with the new version before a save replaces chunk by chunk: an error stops the save
/// there, nothing written (the store keeps the new version in its journal first).
pub type BeforeSwap<'a> = &'a mut dyn FnMut(&Partnership) -> Result<(), StorageError>;

/// [`save`] when the caller has just read the stored head (`stored`: what the head key holds).
pub fn save_over(
    backend: &dyn Backend,
    p: &mut Partnership,
    shadow: &mut Shadow,
    now: DateTime<Utc>,
    room: Option<usize>,
    stored: Option<String>,
    before_swap: BeforeSwap,
) -> Result<usize, StorageError> {
    let head_key = partnership_key(p.id);
    // Another tab saved since this one last read or wrote: its chunks are not the ones the
    // shadow knows, so write everything, and afterwards sweep away chunks the head does not name.
    let stale = !shadow.is_head(stored.as_deref());
    if stale {
        *shadow = Shadow::default();
    }
    let mut pending = Vec::new();
    let mut past_end = Vec::new();
    let mut put_back: Vec<PutBack> = Vec::new();
    let mut updates: Vec<UpdateShadow> = Vec::new();
    let mut parts: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    macro_rules! list {
        ($l:ty) => {
            let (items, written) = plan_list::<$l>(p, shadow, &mut pending, &mut past_end);
            parts.insert(<$l>::NAME, tags_after::<$l>(shadow, &written));
            put_back.push(Box::new(move |p: &mut Partnership| *<$l>::of(p) = items));
            updates.push(Box::new(move |p: &Partnership, s: &mut Shadow| {
                update_shadow::<$l>(s, <$l>::of_ref(p), &written)
            }));
        };
    }
    every_list!(list);
    let mut head = compact_json_with(p, now, PARTS_FIELD, &parts);
    head.pop();
    head.push_str(&format!(",\"{LAYOUT_FIELD}\":{LAYOUT}}}"));
    for f in put_back {
        f(p);
    }

    let needed: usize = pending.iter().map(|c| c.text.len()).sum::<usize>() + head.len();
    let swap_first = room.is_some_and(|room| needed > room);
    let before = Before { head: stored.as_deref(), chunks: &shadow.texts };
    let mut swap = || before_swap(p).and_then(|()| write(backend, &pending, (&head_key, &head), true, &before));
    let result = if swap_first {
        swap()
    } else {
        match write(backend, &pending, (&head_key, &head), false, &before) {
            // Too little room for old and new side by side: replace chunk by chunk instead.
            Err(StorageError::QuotaExceeded) => swap(),
            other => other,
        }
    };
    let (chars, superseded) = result?;
    for update in updates {
        update(&*p, shadow);
    }
    shadow.head = Some(head);
    for key in superseded.iter().chain(&past_end) {
        let _ = backend.remove(key);
        shadow.texts.remove(key);
    }
    for chunk in pending {
        if let Some(old) = &chunk.replaces {
            shadow.texts.remove(old);
        }
        shadow.texts.insert(chunk.key, chunk.text);
    }
    if stale {
        let id = p.id;
        let named: Vec<String> = parts
            .iter()
            .flat_map(|(list, tags)| tags.iter().enumerate().map(move |(n, t)| chunk_key(id, list, n, t)))
            .collect();
        for key in keys_of(backend, id) {
            if key != head_key && !named.contains(&key) {
                let _ = backend.remove(&key);
            }
        }
    }
    Ok(chars)
}

/// Why a stored partnership could not be put together.
#[derive(Debug)]
pub enum LoadFailure {
    Missing,
    Storage(StorageError),
    /// Stored in a later layout, by a newer version of the app: left untouched.
    NewerLayout(u32),
    /// The head or a chunk cannot be read; `keys` are every key of the partnership found.
    Unreadable { error: ImportError, keys: Vec<String> },
}

/// The envelope's `stored_parts`, if the head has one.
#[derive(Deserialize)]
struct PartsOnly {
    #[serde(default)]
    stored_parts: Option<BTreeMap<String, Vec<String>>>,
    #[serde(default)]
    stored_layout: Option<u32>,
}

/// Loads partnership `id`: the head through the one door (size, format, version, migration,
/// typed read), then its chunks, then validation of the whole. Returns the shadow to save
/// against next.
pub fn load(backend: &dyn Backend, id: Uuid) -> Result<(Partnership, Shadow), LoadFailure> {
    load_mending(backend, id).map(|(p, shadow, _)| (p, shadow))
}

/// [`load`], saying what was mended on the way ([`crate::model::repair`]): a partnership with
/// problems the app can mend loads mended, and only one it cannot is unreadable.
pub fn load_mending(backend: &dyn Backend, id: Uuid) -> Result<(Partnership, Shadow, Repairs), LoadFailure> {
    let key = partnership_key(id);
    let text = backend.get(&key).map_err(LoadFailure::Storage)?.ok_or(LoadFailure::Missing)?;
    let unreadable = |error: ImportError| LoadFailure::Unreadable { error, keys: keys_of(backend, id) };
    let only = serde_json::from_str::<PartsOnly>(&text).ok();
    if let Some(found) = only.as_ref().and_then(|h| h.stored_layout).filter(|v| *v > LAYOUT) {
        return Err(LoadFailure::NewerLayout(found));
    }
    let mut p = read(&text).map_err(unreadable)?.partnership;
    let parts = only.and_then(|h| h.stored_parts);
    let mut shadow = Shadow { head: Some(text.clone()), ..Shadow::default() };
    if let Some(parts) = parts {
        macro_rules! list {
            ($l:ty) => {
                load_list::<$l>(backend, &mut p, &parts, &mut shadow).map_err(|e| unreadable(e))?;
            };
        }
        every_list!(list);
    }
    let problems = validate(&p);
    let mut repairs = Repairs::default();
    if !problems.is_empty() {
        (p, repairs) = repair(&p, problems).map_err(|left| unreadable(ImportError::Invalid(left)))?;
    }
    if p.id != id {
        return Err(unreadable(ImportError::WrongShape {
            path: "partnership.id".into(),
            message: format!("stored under {id} but says {}", p.id),
        }));
    }
    Ok((p, shadow, repairs))
}

fn load_list<L: StoredList>(
    backend: &dyn Backend,
    p: &mut Partnership,
    parts: &BTreeMap<String, Vec<String>>,
    shadow: &mut Shadow,
) -> Result<(), ImportError> {
    let Some(tags) = parts.get(L::NAME) else { return Ok(()) };
    let id = p.id;
    let mut items = std::mem::take(L::of(p));
    let mut chunks: Chunks<L::Item> = Vec::with_capacity(tags.len());
    for (n, tag) in tags.iter().enumerate() {
        let key = chunk_key(id, L::NAME, n, tag);
        let place = |message: String| ImportError::WrongShape { path: format!("stored part {key}"), message };
        let text = match backend.get(&key) {
            Ok(Some(text)) => text,
            Ok(None) => return Err(place("it is missing from the browser's storage".into())),
            Err(e) => return Err(place(e.to_string())),
        };
        let records = L::decode(&text).map_err(place)?;
        items.extend(records.iter().cloned());
        chunks.push((tag.clone(), records));
        shadow.texts.insert(key, text);
    }
    *L::of(p) = items;
    shadow.set::<L>(chunks);
    Ok(())
}

/// A backup of a partnership stored in parts (a JSON object of every part's text by key, as
/// the store sets one aside) as an export file, so that it opens like any other: `None` when
/// `text` is not such a backup, else the file or why its parts do not make a partnership.
pub fn as_export(text: &str) -> Option<Result<String, ImportError>> {
    let texts: BTreeMap<String, String> = serde_json::from_str(text).ok()?;
    let id = texts.keys().find_map(|k| super::partnership_id_of_key(k))?;
    let backend = super::MemoryBackend::default();
    for (key, text) in &texts {
        let _ = backend.set(key, text);
    }
    Some(match load_mending(&backend, id) {
        Ok((p, _, _)) => Ok(crate::model::file::export_json(&p, p.updated_at)),
        Err(LoadFailure::Unreadable { error, .. }) => Err(error),
        Err(_) => Err(ImportError::Empty),
    })
}

/// The keys of the chunks a stored head names (none for a head holding the whole
/// partnership), or `None` when the head cannot be read.
pub fn named_keys(id: Uuid, head: &str) -> Option<Vec<String>> {
    let parts = serde_json::from_str::<PartsOnly>(head).ok()?.stored_parts.unwrap_or_default();
    Some(parts.iter().flat_map(|(list, tags)| tags.iter().enumerate().map(move |(n, t)| chunk_key(id, list, n, t))).collect())
}

/// Every key that belongs to partnership `id`: its head and chunks.
pub fn keys_of(backend: &dyn Backend, id: Uuid) -> Vec<String> {
    let head = partnership_key(id);
    backend.keys().unwrap_or_default().into_iter().filter(|k| *k == head || is_chunk_of(id, k)).collect()
}

#[cfg(test)]
mod tests;
