//! Which version a load takes, given the stored parts and a journal entry; a save that
//! replaces chunk by chunk waits for its entry; a browser without a journal is said once.
use std::cell::Cell;

use chrono::Duration;

use super::*;
use crate::model::file::export_json;
use crate::model::metrics::Measurement;
use crate::model::sample::sample;
use crate::model::time::at;
use crate::storage::{Index, MemoryBackend, Saved};

fn now() -> DateTime<Utc> {
    at("2026-11-27T09:00:00Z")
}

/// A stored sample and, as an export file, a later version of it.
fn stored_and_entry() -> (MemoryBackend, Partnership, String) {
    let backend = MemoryBackend::default();
    let mut p = sample(now());
    parts::save(&backend, &mut p, &mut parts::Shadow::default(), now(), None).unwrap();
    let mut later = p.clone();
    later.name = "Saved later".into();
    let entry = export_json(&later, now());
    (backend, later, entry)
}

fn choice(backend: &MemoryBackend, id: Uuid, entry: &str) -> Choice {
    let head = backend.get(&partnership_key(id)).unwrap();
    choose(id, head.as_deref(), &parts::keys_of(backend, id), entry)
}

#[test]
fn a_whole_stored_version_is_taken_and_the_entry_is_not_needed() {
    let (backend, later, entry) = stored_and_entry();
    assert_eq!(choice(&backend, later.id, &entry), Choice::Stored);
    // A head that holds the whole partnership (the layout before parts) is whole too.
    let whole = MemoryBackend::default();
    let mut same_id = sample(now());
    same_id.id = later.id;
    whole.set(&partnership_key(later.id), &export_json(&same_id, now())).unwrap();
    assert_eq!(choice(&whole, later.id, &entry), Choice::Stored);
}

#[test]
fn a_half_replaced_version_is_finished_from_the_entry() {
    // The head goes first and comes back last: missing, the save stopped midway.
    let (backend, later, entry) = stored_and_entry();
    backend.remove(&partnership_key(later.id)).unwrap();
    assert_eq!(choice(&backend, later.id, &entry), Choice::Journal(Box::new(later.clone())));
    // A head naming a chunk that is gone: stopped while putting the old version back.
    let (backend, later, entry) = stored_and_entry();
    let chunk = parts::keys_of(&backend, later.id).into_iter().find(|k| k.contains(".measurements.")).unwrap();
    backend.remove(&chunk).unwrap();
    assert_eq!(choice(&backend, later.id, &entry), Choice::Journal(Box::new(later)));
}

#[test]
fn an_entry_that_cannot_be_read_or_is_another_partnership_is_not_taken() {
    let (backend, later, _) = stored_and_entry();
    backend.remove(&partnership_key(later.id)).unwrap();
    assert_eq!(choice(&backend, later.id, "{\"format\": \"common-gro"), Choice::Stored);
    assert_eq!(choice(&backend, later.id, &export_json(&sample(now()), now())), Choice::Stored);
}

/// A journal whose writes complete only when told, as IndexedDB's do later.
#[derive(Clone, Default)]
struct Slow {
    kept: MemoryJournal,
    writing: Rc<RefCell<BTreeMap<Uuid, String>>>,
    puts: Rc<Cell<usize>>,
}

impl Slow {
    fn complete(&self) {
        for (id, text) in std::mem::take(&mut *self.writing.borrow_mut()) {
            self.kept.put(id, text);
        }
    }
}

impl Journal for Slow {
    fn get(&self, id: Uuid) -> Option<String> {
        self.kept.get(id)
    }
    fn state(&self, id: Uuid) -> State {
        if self.writing.borrow().contains_key(&id) {
            State::Writing
        } else {
            self.kept.state(id)
        }
    }
    fn put(&self, id: Uuid, text: String) -> Put {
        self.puts.set(self.puts.get() + 1);
        self.writing.borrow_mut().insert(id, text);
        Put::Later(Waiter(Box::pin(async {})))
    }
    fn remove(&self, id: Uuid) {
        self.kept.remove(id);
    }
}

/// A stored partnership with many measurements in storage with room for little more, and
/// the same with every measurement changed: a save that must replace chunk by chunk.
fn nearly_full(journal: Option<Box<dyn Journal>>) -> (Store<MemoryBackend>, Partnership, Index) {
    let memory = MemoryBackend::default();
    let mut p = sample(now());
    let metric = p.metrics[0].id;
    for k in 0..2000 {
        p.measurements.push(Measurement::new(metric, now().date_naive() - Duration::days(k), k as f64, now()));
    }
    let mut index = Index::default();
    Store::new(&memory).save(&mut p, &mut index, now()).unwrap();
    let used: usize = memory.items.borrow().iter().map(|(k, v)| k.len() + v.len()).sum();
    let store = Store::new(MemoryBackend { quota_chars: Some(used + 30_000), items: memory.items }).with_journal(journal);
    let mut p = store.load(p.id, now()).unwrap();
    for m in &mut p.measurements {
        m.value += 0.5;
    }
    (store, p, index)
}

#[test]
fn a_save_that_replaces_chunk_by_chunk_writes_nothing_until_its_entry_is_kept() {
    let slow = Slow::default();
    let (store, mut p, mut index) = nearly_full(Some(Box::new(slow.clone())));
    let before = store.backend.items.borrow().clone();
    let later = now() + Duration::hours(1);
    assert!(matches!(store.save_merging(&mut p, &mut index, later), Ok(Saved::Waiting(Some(_)))));
    assert_eq!(*store.backend.items.borrow(), before, "nothing written before the entry is kept");
    // Saving again meanwhile starts no second entry for the same version.
    assert!(matches!(store.save_merging(&mut p, &mut index, later), Ok(Saved::Waiting(None))));
    assert_eq!(slow.puts.get(), 1);
    slow.complete();
    assert!(matches!(store.save_merging(&mut p, &mut index, later), Ok(Saved::Saved)));
    assert!(slow.kept.entries.borrow().is_empty(), "the entry goes once the save is done");
    assert_eq!(Store::new(&store.backend).load(p.id, later).unwrap(), p);
    assert!(store.take_notes().is_empty());
}

#[test]
fn a_change_made_while_the_entry_is_written_is_kept_in_a_new_entry_before_the_save() {
    let slow = Slow::default();
    let (store, mut p, mut index) = nearly_full(Some(Box::new(slow.clone())));
    let later = now() + Duration::hours(1);
    assert!(matches!(store.save_merging(&mut p, &mut index, later), Ok(Saved::Waiting(Some(_)))));
    slow.complete();
    p.name = "Changed meanwhile".into();
    assert!(matches!(store.save_merging(&mut p, &mut index, later), Ok(Saved::Waiting(Some(_)))));
    slow.complete();
    assert!(matches!(store.save_merging(&mut p, &mut index, later), Ok(Saved::Saved)));
    assert_eq!(slow.puts.get(), 2);
    assert_eq!(Store::new(&store.backend).load(p.id, later).unwrap(), p);
}

#[test]
fn without_a_journal_such_saves_go_on_and_the_user_is_told_once() {
    let (store, mut p, mut index) = nearly_full(None);
    let later = now() + Duration::hours(1);
    assert!(matches!(store.save_merging(&mut p, &mut index, later), Ok(Saved::Saved)));
    let notes = store.take_notes();
    assert_eq!(notes.len(), 1);
    assert!(notes[0].contains("not crash-safe"), "{notes:?}");
    for m in &mut p.measurements {
        m.value += 1.0;
    }
    assert!(matches!(store.save_merging(&mut p, &mut index, later), Ok(Saved::Saved)));
    assert!(store.take_notes().is_empty(), "said once");
    assert_eq!(Store::new(&store.backend).load(p.id, later).unwrap(), p);
}

#[test]
fn a_load_finishes_an_interrupted_save_and_says_so() {
    let journal = MemoryJournal::default();
    let (store, p, _) = nearly_full(Some(Box::new(journal.clone())));
    // The tab was killed after the head and a few chunks went.
    journal.put(p.id, export_json(&p, now()));
    let keys = parts::keys_of(&store.backend, p.id);
    for key in keys.iter().filter(|k| !k.contains(".measurements.")).take(3) {
        store.backend.remove(key).unwrap();
    }
    store.backend.remove(&partnership_key(p.id)).unwrap();
    let fresh = Store::new(&store.backend).with_journal(Some(Box::new(journal.clone())));
    assert_eq!(fresh.load(p.id, now()).unwrap(), p);
    let notes = fresh.take_notes();
    assert!(notes.len() == 1 && notes[0].contains("was interrupted") && notes[0].contains("finished"), "{notes:?}");
    assert!(journal.entries.borrow().is_empty());
    assert_eq!(Store::new(&store.backend).load(p.id, now()).unwrap(), p, "stored whole again");
}
