use std::collections::BTreeMap;
use crate::model::Record;

use super::*;
use crate::model::sample::sample;
use crate::model::time::at;
use crate::model::{Partner, Sector};

fn now() -> DateTime<Utc> {
    at("2026-11-27T09:00:00Z")
}

fn saved_store() -> (Store<MemoryBackend>, Partnership, Index) {
    let store = Store::new(MemoryBackend::default());
    let mut p = sample(now());
    let mut index = Index::default();
    store.save(&mut p, &mut index, now()).unwrap();
    (store, p, index)
}

#[test]
fn a_saved_partnership_loads_back_equal() {
    let (store, p, index) = saved_store();
    assert_eq!(store.load(p.id, now()).unwrap(), p);
    assert_eq!(index.active, Some(p.id));
    let (read_index, note) = store.index(now());
    assert_eq!(read_index, index);
    assert_eq!(note, None);
}

#[test]
fn renaming_updates_the_index() {
    let (store, mut p, mut index) = saved_store();
    p.name = "Riverside Food Alliance".into();
    store.save(&mut p, &mut index, now()).unwrap();
    assert_eq!(store.index(now()).0.name_of(p.id), Some("Riverside Food Alliance"));
}

#[test]
fn corrupt_data_is_set_aside_not_overwritten() {
    let (store, p, _) = saved_store();
    let key = partnership_key(p.id);
    store.backend.set(&key, "{\"format\": \"common-ground/partnership\", \"sch").unwrap();
    let err = store.load(p.id, now()).unwrap_err();
    let LoadError::Corrupt { error, backup_key: Some(backup) } = err else {
        panic!("expected a corrupt load with a backup, got {err:?}")
    };
    assert!(matches!(error, ImportError::Truncated { .. }));
    // The head and every stored part go into one backup, by key.
    let kept: BTreeMap<String, String> = serde_json::from_str(&store.read(&backup).unwrap()).unwrap();
    assert_eq!(kept[&key], "{\"format\": \"common-ground/partnership\", \"sch");
    assert!(kept.len() > 5, "the parts are kept too: {:?}", kept.keys());
    assert_eq!(store.read(&key), None, "the unreadable original is moved, not left to be overwritten");
    assert_eq!(store.backend.keys().unwrap().iter().filter(|k| k.starts_with("cg.p.")).count(), 0);
    assert_eq!(store.backups(), vec![backup]);
}

#[test]
fn a_second_backup_at_the_same_time_does_not_overwrite_the_first() {
    let (store, p, _) = saved_store();
    let key = partnership_key(p.id);
    store.backend.set(&key, "first").unwrap();
    let _ = store.load(p.id, now());
    store.backend.set(&key, "second").unwrap();
    let _ = store.load(p.id, now());
    let backups = store.backups();
    assert_eq!(backups.len(), 2);
    let texts: Vec<String> = backups.iter().map(|k| store.read(k).unwrap()).collect();
    assert!(texts.iter().any(|t| t.contains("first")) && texts.contains(&"second".to_string()));
}

#[test]
fn when_even_the_backup_fails_the_original_stays() {
    let store = Store::new(MemoryBackend::with_quota(60));
    let id = uuid::Uuid::new_v4();
    let key = partnership_key(id);
    store.backend.set(&key, "garbage").unwrap();
    let err = store.load(id, now()).unwrap_err();
    assert!(matches!(err, LoadError::Corrupt { backup_key: None, .. }), "{err:?}");
    assert_eq!(store.read(&key).as_deref(), Some("garbage"));
}

#[test]
fn a_full_store_refuses_the_save_and_keeps_what_was_saved() {
    let (store, p, mut index) = saved_store();
    let used = store.usage().used_chars;
    let store = Store::new(MemoryBackend { quota_chars: Some(used + 10), ..store.backend });
    let mut bigger = p.clone();
    for i in 0..50 {
        bigger.upsert(Partner::new(format!("New partner {i}"), Sector::Other, now()), now());
    }
    assert_eq!(store.save(&mut bigger, &mut index, now()), Err(StorageError::QuotaExceeded));
    assert_eq!(store.load(p.id, now()).unwrap(), p, "the last good save is intact");
}

#[test]
fn a_damaged_index_is_rebuilt_from_the_partnerships() {
    let (store, p, _) = saved_store();
    store.backend.set(INDEX_KEY, "not json").unwrap();
    let (index, note) = store.index(now());
    assert_eq!(index.partnerships, vec![IndexEntry { id: p.id, name: p.name.clone() }]);
    assert_eq!(index.active, Some(p.id));
    assert!(note.unwrap().contains("rebuilt"));
    assert_eq!(store.backups().len(), 1);
    assert_eq!(store.read(&store.backups()[0]).as_deref(), Some("not json"));
}

#[test]
fn a_missing_index_is_rebuilt_too() {
    let (store, p, _) = saved_store();
    store.backend.remove(INDEX_KEY).unwrap();
    assert_eq!(store.index(now()).0.active, Some(p.id));
}

#[test]
fn deleting_removes_data_and_index_entry() {
    let (store, p, mut index) = saved_store();
    let mut other = sample(now());
    store.save(&mut other, &mut index, now()).unwrap();
    store.delete(p.id, &mut index).unwrap();
    assert_eq!(store.load(p.id, now()), Err(LoadError::Missing));
    assert_eq!(index.partnerships.len(), 1);
    assert_eq!(index.active, Some(other.id));
}

#[test]
fn usage_counts_keys_and_values_in_utf16_units() {
    let store = Store::new(MemoryBackend::default());
    store.backend.set("ab", "é😀").unwrap();
    assert_eq!(store.usage().used_chars, 2 + 3);
    assert!(store.usage().describe().starts_with("5 B of 5 MB used"));
}

#[test]
fn storage_keys_name_their_partnership() {
    let id = uuid::Uuid::new_v4();
    assert_eq!(partnership_id_of_key(&partnership_key(id)), Some(id));
    assert_eq!(partnership_id_of_key(INDEX_KEY), None);
}

#[test]
fn data_from_a_newer_app_is_left_untouched() {
    let (store, p, _) = saved_store();
    let key = partnership_key(p.id);
    let (ours, next) = (crate::model::migrate::CURRENT, crate::model::migrate::CURRENT + 1);
    let newer = store.read(&key).unwrap().replace(&format!("\"schema_version\":{ours}"), &format!("\"schema_version\":{next}"));
    store.backend.set(&key, &newer).unwrap();
    assert_eq!(store.load(p.id, now()), Err(LoadError::Newer { found: next }));
    assert_eq!(store.read(&key), Some(newer), "not moved aside");
    assert!(store.backups().is_empty());
}

/// Two tabs: two stores over one browser storage.
fn two_tabs(backend: &MemoryBackend) -> (Store<&MemoryBackend>, Store<&MemoryBackend>, Partnership, Partnership) {
    let a = Store::new(backend);
    let b = Store::new(backend);
    let mut p = sample(now());
    a.save(&mut p, &mut Index::default(), now()).unwrap();
    let in_b = b.load(p.id, now()).unwrap();
    (a, b, p, in_b)
}

#[test]
fn a_save_racing_another_tabs_save_merges_both() {
    let backend = MemoryBackend::default();
    let (a, b, mut in_a, mut in_b) = two_tabs(&backend);
    let later = at("2026-11-27T10:00:00Z");
    in_a.partners[0].name = "Renamed in tab A".into();
    in_a.partners[0].touch(later);
    assert!(matches!(a.save_merging(&mut in_a, &mut Index::default(), later).unwrap(), Saved::Saved));
    // Tab B has not heard of it and edits another record.
    in_b.goals[0].statement = "Changed in tab B".into();
    in_b.goals[0].touch(later);
    assert!(b.changed_elsewhere(in_b.id));
    let Saved::Merged { conflicts } = b.save_merging(&mut in_b, &mut Index::default(), later).unwrap() else { panic!("expected a merge") };
    assert_eq!(conflicts, 0);
    assert_eq!(in_b.partners[0].name, "Renamed in tab A", "tab B now holds tab A's change");
    let stored = a.load(in_a.id, later).unwrap();
    assert_eq!(stored.partners[0].name, "Renamed in tab A");
    assert_eq!(stored.goals[0].statement, "Changed in tab B");
    assert!(!b.changed_elsewhere(in_b.id));
}

#[test]
fn the_same_record_changed_in_both_tabs_keeps_the_later_edit_and_says_so() {
    let backend = MemoryBackend::default();
    let (a, b, mut in_a, mut in_b) = two_tabs(&backend);
    in_a.partners[0].name = "Earlier, in tab A".into();
    in_a.partners[0].touch(at("2026-11-27T10:00:00Z"));
    a.save_merging(&mut in_a, &mut Index::default(), now()).unwrap();
    in_b.partners[0].name = "Later, in tab B".into();
    in_b.partners[0].touch(at("2026-11-27T10:05:00Z"));
    let Saved::Merged { conflicts } = b.save_merging(&mut in_b, &mut Index::default(), now()).unwrap() else { panic!("expected a merge") };
    assert_eq!(conflicts, 1);
    assert_eq!(a.load(in_a.id, now()).unwrap().partners[0].name, "Later, in tab B");
}

#[test]
fn a_racing_save_never_writes_over_a_newer_version() {
    let backend = MemoryBackend::default();
    let (_, b, in_a, mut in_b) = two_tabs(&backend);
    let key = partnership_key(in_a.id);
    let (ours, next) = (crate::model::migrate::CURRENT, crate::model::migrate::CURRENT + 1);
    let newer = backend.get(&key).unwrap().unwrap().replacen(&format!("\"schema_version\":{ours}"), &format!("\"schema_version\":{next}"), 1);
    backend.set(&key, &newer).unwrap();
    in_b.name = "Should not be saved".into();
    assert!(matches!(b.save_merging(&mut in_b, &mut Index::default(), now()).unwrap(), Saved::NewerElsewhere(n) if n == next));
    assert_eq!(backend.get(&key).unwrap().unwrap(), newer);
}

/// Counts the reads that reach storage.
struct CountingReads {
    inner: MemoryBackend,
    reads: std::cell::RefCell<Vec<String>>,
}

impl Backend for CountingReads {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.reads.borrow_mut().push(key.to_string());
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.inner.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.inner.keys()
    }
}

#[test]
fn a_save_reads_only_the_stored_head_and_only_once_also_when_it_swaps() {
    let mut p = crate::model::generate::partnership_of(crate::model::generate::SIZES, 1, now());
    let backend = CountingReads { inner: MemoryBackend::with_quota(QUOTA_CHARS), reads: Default::default() };
    let store = Store::new(backend);
    let mut index = Index::default();
    store.save_merging(&mut p, &mut index, now()).unwrap();
    let head = partnership_key(p.id);
    let snapshot = |b: &MemoryBackend| -> BTreeMap<String, usize> {
        b.keys().unwrap().into_iter().map(|k| (k.clone(), b.get(&k).unwrap().unwrap().len())).collect()
    };
    for every_chunk in [false, true] {
        if every_chunk {
            for m in p.measurements.iter_mut() {
                m.value += 1.0;
                m.touch(now());
            }
            for e in p.resources.entries.iter_mut() {
                e.description.push('!');
                e.touch(now());
            }
        } else {
            p.partners[0].name = "Renamed".into();
            p.partners[0].touch(now());
        }
        let room = QUOTA_CHARS - store.usage().used_chars;
        let before = snapshot(&store.backend.inner);
        store.backend.reads.borrow_mut().clear();
        assert!(matches!(store.save_merging(&mut p, &mut index, now()), Ok(Saved::Saved)));
        assert_eq!(*store.backend.reads.borrow(), vec![head.clone()], "every chunk: {every_chunk}");
        let new: usize = snapshot(&store.backend.inner).iter().filter(|(k, _)| !before.contains_key(*k)).map(|(_, n)| n).sum();
        assert_eq!(new > room, every_chunk, "the rewrite cannot be written beside the old chunks: it swapped");
    }
    assert_eq!(store.load(p.id, now()).unwrap(), p);
}
