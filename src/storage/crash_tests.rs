//! A save that fails (quota) or stops (the tab killed) at any one of its writes: after a
//! restart the partnership is the old or the new version, and is listed. Every kind of save
//! is run once to count its writes, then once per write failing there, then stopping there.
//! The journal's writes count too: a save that replaces chunk by chunk keeps the new version
//! there first ([`super::journal`]).
use std::cell::Cell;
use std::rc::Rc;

use chrono::Duration;

use super::*;
use crate::model::metrics::Measurement;
use crate::model::sample::sample;
use crate::model::time::at;

fn now() -> DateTime<Utc> {
    at("2026-11-27T09:00:00Z")
}

/// Counts the writes of a save, to localStorage and the journal alike, and fails write number
/// `at` (`stop` false: that one write, as a full quota does) or stops there (`stop` true: it
/// and every later write, as a tab killed mid-save).
struct Writes {
    done: Cell<usize>,
    at: usize,
    stop: bool,
}

/// A backend over shared storage whose writes are counted by `writes`.
struct Flaky<'a> {
    inner: &'a MemoryBackend,
    writes: Rc<Writes>,
    /// Texts removed during the save, so that putting one back is known as such.
    restores: std::cell::RefCell<BTreeMap<String, String>>,
}

/// The journal beside it, whose writes are counted with the backend's.
struct FlakyJournal {
    inner: MemoryJournal,
    writes: Rc<Writes>,
    /// How many entries were put, to show that a kind of save used the journal.
    puts: Rc<Cell<usize>>,
}

impl Journal for FlakyJournal {
    fn get(&self, id: Uuid) -> Option<String> {
        self.inner.get(id)
    }
    fn state(&self, id: Uuid) -> journal::State {
        self.inner.state(id)
    }
    fn put(&self, id: Uuid, text: String) -> journal::Put {
        if let Err(e) = self.writes.write(false) {
            return journal::Put::Failed(e);
        }
        self.puts.set(self.puts.get() + 1);
        self.inner.put(id, text)
    }
    fn remove(&self, id: Uuid) {
        if self.writes.write(false).is_ok() {
            self.inner.remove(id);
        }
    }
}

impl Writes {
    /// Counts a write and fails it if it is the one. A full quota never refuses putting back
    /// the text a key held a moment ago (the room was just freed): only a stop does.
    fn write(&self, restoring: bool) -> Result<(), StorageError> {
        let n = self.done.get();
        self.done.set(n + 1);
        if (n == self.at && !(restoring && !self.stop)) || (self.stop && n > self.at) {
            return Err(if self.stop { StorageError::Other("stopped".into()) } else { StorageError::QuotaExceeded });
        }
        Ok(())
    }
}

impl Backend for Flaky<'_> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.writes.write(self.restores.borrow().get(key).is_some_and(|v| v == value))?;
        self.inner.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        if let Some(text) = self.inner.get(key)? {
            self.restores.borrow_mut().insert(key.to_string(), text);
        }
        self.writes.write(false)?;
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.inner.keys()
    }
}

/// One kind of save: what is stored first, then what the tab does.
struct Kind {
    name: &'static str,
    /// Stores the partnership (and anything else) before; returns its id.
    before: fn(&Store<&MemoryBackend>) -> Uuid,
    /// Whether storage has room for little more than what is stored: a save that rewrites
    /// most of it must then replace part by part.
    nearly_full: bool,
    /// The tab's change and save, through the flaky backend: the new version, and the one
    /// stored just before the save if another tab stored it meanwhile.
    save: fn(&Store<&Flaky>, Uuid) -> Option<(Partnership, Option<Partnership>)>,
}

fn stored_sample(store: &Store<&MemoryBackend>) -> Uuid {
    let mut other = Partnership::new("Another partnership", now());
    let mut index = Index::default();
    store.save(&mut other, &mut index, now()).unwrap();
    let mut p = sample(now());
    store.save(&mut p, &mut index, now()).unwrap();
    p.id
}

fn edit_and_save(
    store: &Store<&Flaky>,
    id: Uuid,
    f: impl FnOnce(&mut Partnership, DateTime<Utc>),
) -> Option<(Partnership, Option<Partnership>)> {
    let later = now() + Duration::hours(1);
    let (mut index, _) = store.index(later);
    let mut p = store.load(id, later).ok()?;
    f(&mut p, later);
    let _ = store.save_merging(&mut p, &mut index, later);
    Some((p, None))
}

fn kinds() -> Vec<Kind> {
    vec![
        Kind {
            name: "a new partnership's first save",
            nearly_full: false,
            before: |store| {
                stored_sample(store);
                Uuid::nil()
            },
            save: |store, _| {
                let mut p = sample(now());
                p.name = "Brand new".into();
                let (mut index, _) = store.index(now());
                let _ = store.save_merging(&mut p, &mut index, now());
                Some((p, None))
            },
        },
        Kind {
            name: "a small edit",
            nearly_full: false,
            before: stored_sample,
            save: |store, id| edit_and_save(store, id, |p, t| {
                let mut x = p.partners[0].clone();
                x.name = "Renamed".into();
                p.upsert(x, t);
            }),
        },
        Kind {
            name: "a rename of the partnership",
            nearly_full: false,
            before: stored_sample,
            save: |store, id| edit_and_save(store, id, |p, _| p.name = "Another name".into()),
        },
        Kind {
            name: "many measurements added",
            nearly_full: false,
            before: stored_sample,
            save: |store, id| edit_and_save(store, id, |p, t| {
                let metric = p.metrics[0].id;
                for k in 0..900 {
                    p.measurements.push(Measurement::new(metric, t.date_naive() - Duration::days(k), k as f64, t));
                }
            }),
        },
        Kind {
            name: "most measurements deleted",
            nearly_full: false,
            before: stored_sample,
            save: |store, id| edit_and_save(store, id, |p, t| {
                let ids: Vec<Uuid> = p.measurements.iter().skip(10).map(|m| m.id).collect();
                for id in ids {
                    p.remove::<Measurement>(id, t);
                }
            }),
        },
        Kind {
            name: "a save racing another tab's save (merged)",
            nearly_full: false,
            before: stored_sample,
            save: |store, id| {
                let later = now() + Duration::hours(1);
                let (mut index, _) = store.index(later);
                let mut p = store.load(id, later).ok()?;
                let other = Store::new(store.backend.inner);
                let mut theirs = other.load(id, later).unwrap();
                theirs.charter.mission = "From the other tab".into();
                other.save(&mut theirs, &mut Index::default(), later).unwrap();
                p.charter.vision = "From this tab".into();
                let _ = store.save_merging(&mut p, &mut index, later);
                Some((p, Some(theirs)))
            },
        },
        Kind {
            name: "a rewrite of most parts with storage nearly full (chunk by chunk)",
            nearly_full: true,
            before: |store| {
                let id = stored_sample(store);
                let mut p = store.load(id, now()).unwrap();
                let metric = p.metrics[0].id;
                for k in 0..2000 {
                    p.measurements.push(Measurement::new(metric, now().date_naive() - Duration::days(k), k as f64, now()));
                }
                store.save(&mut p, &mut Index::default(), now()).unwrap();
                id
            },
            save: |store, id| edit_and_save(store, id, |p, _| {
                for m in &mut p.measurements {
                    m.value += 0.5;
                }
            }),
        },
        Kind {
            name: "a load that mends (backup, then save)",
            nearly_full: false,
            before: |store| {
                let mut p = sample(now() + Duration::days(1000));
                p.partners[0].updated_at = now();
                store.save(&mut p, &mut Index::default(), now()).unwrap();
                p.id
            },
            save: |store, id| store.load(id, now()).ok().map(|p| (p, None)),
        },
    ]
}

/// Runs one kind with write `at` failing or stopping; checks the outcome after a restart.
/// Returns how many writes the save made.
fn run(kind: &Kind, at: usize, stop: bool) -> usize {
    let memory = MemoryBackend::default();
    let id = (kind.before)(&Store::new(&memory));
    let quota = kind.nearly_full.then(|| used(&memory) + 30_000);
    let memory = MemoryBackend { quota_chars: quota, items: memory.items };
    // The old version as a tab would read it, from a copy (a load may itself write).
    let copy = MemoryBackend::default();
    *copy.items.borrow_mut() = memory.items.borrow().clone();
    let old = (id != Uuid::nil()).then(|| Store::new(&copy).load(id, now()).unwrap());
    let writes = Rc::new(Writes { done: Cell::new(0), at, stop });
    let flaky = Flaky { inner: &memory, writes: Rc::clone(&writes), restores: Default::default() };
    let journal = MemoryJournal::default();
    let puts = Rc::new(Cell::new(0));
    let beside = FlakyJournal { inner: journal.clone(), writes: Rc::clone(&writes), puts: Rc::clone(&puts) };
    let store = Store::new(&flaky).with_journal(Some(Box::new(beside)));
    let new = (kind.save)(&store, id);
    let writes = writes.done.get();
    let Some((new, theirs)) = new else { panic!("{}: the save did not run", kind.name) };
    let old = theirs.or(old);
    if at == usize::MAX {
        // Only a save that replaces chunk by chunk keeps a journal entry, and it goes after.
        assert_eq!(puts.get(), usize::from(kind.nearly_full), "{}: journal entries written", kind.name);
        assert!(journal.entries.borrow().is_empty(), "{}: the journal entry is left", kind.name);
    }
    // A restart: a fresh tab over what storage and the journal hold.
    let fresh = Store::new(&memory).with_journal(Some(Box::new(journal)));
    let (index, _) = fresh.index(now());
    let case = format!("{} with write {at} {}", kind.name, if stop { "stopping" } else { "failing" });
    let loaded = fresh.load(new.id, now());
    match (&loaded, &old) {
        // A first save that stopped before its head: nothing of it is stored, as before.
        (Err(LoadError::Missing), None) => {
            assert!(index.name_of(new.id).is_none(), "{case}: listed but not stored");
            return writes;
        }
        (Ok(got), old) => assert!(
            *got == new || old.as_ref() == Some(got),
            "{case}: stored is neither the old nor the new version"
        ),
        (Err(e), _) => panic!("{case}: {e}"),
    }
    assert!(index.name_of(new.id).is_some(), "{case}: stored but not listed");
    for other in store.backend.inner.keys().unwrap().iter().filter_map(|k| partnership_id_of_key(k)) {
        assert!(index.name_of(other).is_some(), "{case}: another partnership is not listed");
    }
    writes
}

fn used(memory: &MemoryBackend) -> usize {
    memory.items.borrow().iter().map(|(k, v)| k.len() + v.len()).sum()
}

#[test]
fn every_kind_of_save_failing_at_any_write_leaves_the_old_or_the_new_version_listed() {
    for kind in kinds() {
        let writes = run(&kind, usize::MAX, false);
        assert!(writes > 0, "{} writes nothing", kind.name);
        for at in 0..writes {
            run(&kind, at, false);
        }
    }
}

/// Including the save that replaces part by part because storage cannot hold the old and the
/// new version side by side: stopped midway, localStorage holds neither whole, and the next
/// load finishes it from the journal.
#[test]
fn every_kind_of_save_stopping_at_any_write_leaves_the_old_or_the_new_version_listed() {
    for kind in kinds() {
        let writes = run(&kind, usize::MAX, true);
        for at in 0..writes {
            run(&kind, at, true);
        }
    }
}
