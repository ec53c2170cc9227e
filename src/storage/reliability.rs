//! Storage never loses a partnership: mending on load, backups that reopen, saves racing
//! another tab that never write over it, and what a save writes the next load reads (a
//! property over random edit scripts).
use chrono::Duration;
use proptest::prelude::*;

use super::*;
use crate::model::metrics::Measurement;
use crate::model::resources::{Entry, EntryKind, Strength};
use crate::model::sample::sample;
use crate::model::time::at;
use crate::model::validate::validate;
use crate::model::{Partner, Record, Sector};

fn now() -> DateTime<Utc> {
    at("2026-11-27T09:00:00Z")
}

/// The walk-through: the sample exported on a laptop whose clock ran three years
/// ahead, imported here, a partner renamed with this clock (a form that sets the edit time).
fn saved_from_a_clock_ahead(store: &Store<MemoryBackend>) -> Partnership {
    let mut p = sample(now() + Duration::days(3 * 365));
    p.partners[0].name = "Renamed here".into();
    p.partners[0].updated_at = now();
    store.save(&mut p, &mut Index::default(), now()).unwrap();
    p
}

#[test]
fn a_partnership_from_a_clock_ahead_loads_mended_and_the_user_is_told() {
    let store = Store::new(MemoryBackend::default());
    let p = saved_from_a_clock_ahead(&store);
    let loaded = store.load(p.id, now()).expect("mended, not set aside");
    assert_eq!(loaded.partners[0].name, "Renamed here");
    assert!(validate(&loaded).is_empty());
    let notes = store.take_notes();
    assert_eq!(notes.len(), 1);
    assert!(notes[0].contains("1 edit date that came before the record's creation"), "{}", notes[0]);
    assert!(notes[0].contains("kept as a backup"), "{}", notes[0]);
    // The stored version is kept as a backup, and the mended one is what is stored now.
    assert_eq!(store.backups().len(), 1);
    let again = Store::new(&store.backend);
    assert_eq!(again.load(p.id, now()).unwrap(), loaded);
    assert!(again.take_notes().is_empty(), "mended once, not at every load");
    assert_eq!(again.index(now()).0.name_of(p.id), Some(p.name.as_str()), "still listed");
}

#[test]
fn a_backup_of_stored_parts_reopens_as_a_file() {
    let store = Store::new(MemoryBackend::default());
    let p = saved_from_a_clock_ahead(&store);
    store.load(p.id, now()).unwrap();
    let backup = store.read(&store.backups()[0]).unwrap();
    let export = parts::as_export(&backup).expect("a backup of parts").expect("reopens");
    let opened = crate::model::file::open(&export).unwrap();
    assert_eq!(opened.partnership.partners[0].name, "Renamed here");
    assert_eq!(opened.partnership.measurements.len(), p.measurements.len());
    assert!(parts::as_export("{\"format\": \"something else\"}").is_none(), "other files are not backups");
}

#[test]
fn a_backup_that_cannot_be_mended_says_why_rather_than_not_common_ground() {
    let store = Store::new(MemoryBackend::default());
    let mut p = sample(now());
    p.name = " ".into();
    store.save(&mut p, &mut Index::default(), now()).unwrap();
    let Err(LoadError::Corrupt { backup_key: Some(key), .. }) = store.load(p.id, now()) else { panic!("set aside") };
    let why = parts::as_export(&store.read(&key).unwrap()).unwrap().unwrap_err();
    assert!(why.to_string().contains("name"), "{why}");
}

/// Tab A and tab B, neither knowing of the other, each add a resource category "Seeds": the
/// merge of both would hold two categories of one name, which no partnership may.
#[test]
fn a_save_that_cannot_merge_keeps_both_versions_and_says_so() {
    let backend = MemoryBackend::default();
    let (a, b) = (Store::new(&backend), Store::new(&backend));
    let mut in_a = sample(now());
    a.save(&mut in_a, &mut Index::default(), now()).unwrap();
    let mut in_b = b.load(in_a.id, now()).unwrap();
    let later = now() + Duration::minutes(5);
    let theirs = in_b.resources.add_category("Seeds", later).unwrap();
    in_b.touch(later);
    b.save_merging(&mut in_b, &mut Index::default(), later).unwrap();
    let mine = in_a.resources.add_category("Seeds", later).unwrap();
    in_a.touch(later);
    let saved = a.save_merging(&mut in_a, &mut Index::default(), later).unwrap();
    let Saved::KeptBoth { backup_key, why } = saved else { panic!("expected both kept, got {saved:?}") };
    assert!(why.contains("Seeds"), "{why}");
    let stored = Store::new(&backend).load(in_a.id, later).unwrap();
    assert!(stored.resources.categories.iter().any(|c| c.id == theirs), "tab B's save is not overwritten");
    assert_eq!(in_a, stored, "tab A now shows what is stored");
    let kept = crate::model::file::open(&backend.get(&backup_key).unwrap().unwrap()).unwrap().partnership;
    assert!(kept.resources.categories.iter().any(|c| c.id == mine), "tab A's version is kept as a backup that opens");
}

/// Their group added an offer for a partner this group deleted: a choice for that offer, not
/// a refusal of the whole merge.
#[test]
fn a_merged_entry_for_a_partner_deleted_here_is_a_choice_of_its_own() {
    use crate::model::merge::{merge, ChangeKind, Side};
    use std::collections::HashMap;
    let base = sample(now());
    let partner = base.partners[0].id;
    let later = now() + Duration::minutes(5);
    let mut mine = base.clone();
    mine.remove::<Partner>(partner, later);
    let mut theirs = base.clone();
    let category = theirs.resources.categories[0].id;
    let entry = Entry::new(partner, EntryKind::Offer, category, "Offered over there", Strength::Small, later);
    let entry_id = entry.id;
    theirs.upsert(entry, later);
    let m = merge(&mine, &theirs, "Their group", &HashMap::new(), later).expect("merged, not refused");
    let choice = m.changes.iter().find(|c| c.id == entry_id && c.kind == ChangeKind::Conflict).expect("a choice for the entry");
    assert_eq!(choice.default, Side::Theirs);
    assert_eq!(choice.from, "Their group");
    assert!(m.result.resources.entries.iter().any(|e| e.id == entry_id), "kept by default");
    assert!(m.result.partners.iter().any(|x| x.id == partner) && !m.result.is_deleted(partner), "its partner is back");
    let left_out = merge(&mine, &theirs, "", &HashMap::from([(choice.key(), Side::Mine)]), later).unwrap();
    assert!(left_out.result.resources.entries.iter().all(|e| e.id != entry_id));
    assert!(left_out.result.is_deleted(partner), "the partner stays deleted");
    assert!(validate(&left_out.result).is_empty());
}

/// One edit of a random script.
#[derive(Clone, Debug)]
enum Op {
    Rename(usize, u8),
    AddPartner(u8),
    DeletePartner(usize),
    Measure(usize, u16),
    Revalue(usize, i32),
    DeleteMeasurement(usize),
    /// An edit made on a clock `days` off, which dates it before its record was made.
    Skewed(usize, i64),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..20usize, any::<u8>()).prop_map(|(i, v)| Op::Rename(i, v)),
        1 => any::<u8>().prop_map(Op::AddPartner),
        1 => (0..20usize).prop_map(Op::DeletePartner),
        2 => (0..10usize, 1..600u16).prop_map(|(m, n)| Op::Measure(m, n)),
        2 => (0..2000usize, any::<i32>()).prop_map(|(i, v)| Op::Revalue(i, v)),
        1 => (0..2000usize).prop_map(Op::DeleteMeasurement),
        1 => (0..20usize, -2000..2000i64).prop_map(|(i, d)| Op::Skewed(i, d)),
    ]
}

fn apply(p: &mut Partnership, op: &Op, now: DateTime<Utc>) {
    let n = p.partners.len().max(1);
    match *op {
        Op::Rename(i, v) => {
            if let Some(mut x) = p.partners.get(i % n).cloned() {
                x.name = format!("Partner {v}");
                p.upsert(x, now);
            }
        }
        Op::AddPartner(v) => p.upsert(Partner::new(format!("New {v}"), Sector::Other, now), now),
        Op::DeletePartner(i) => {
            if let Some(id) = p.partners.get(i % n).map(|x| x.id) {
                if p.resources.entries.iter().all(|e| e.partner_id != id) {
                    p.remove::<Partner>(id, now);
                }
            }
        }
        Op::Measure(m, count) => {
            let Some(metric) = p.metrics.get(m % p.metrics.len().max(1)).map(|x| x.id) else { return };
            for k in 0..count {
                let day = now.date_naive() - Duration::days(i64::from(k));
                p.measurements.push(Measurement::new(metric, day, f64::from(k), now));
            }
        }
        Op::Revalue(i, v) => {
            let len = p.measurements.len();
            if len > 0 {
                let mut x = p.measurements[i % len].clone();
                x.value = f64::from(v) / 100.0;
                p.upsert(x, now);
            }
        }
        Op::DeleteMeasurement(i) => {
            let len = p.measurements.len();
            if len > 0 {
                let id = p.measurements[i % len].id;
                p.remove::<Measurement>(id, now);
            }
        }
        Op::Skewed(i, days) => {
            if let Some(x) = p.partners.get_mut(i % n) {
                x.notes = format!("edited {days} days off");
                x.updated_at = now + Duration::days(days);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Every save, whole or in part, loads back: equal when valid, mended (and valid) when an
    /// edit on a wrong clock left a problem, in this tab and in a tab opened afresh.
    #[test]
    fn what_a_save_writes_the_next_load_reads(ops in proptest::collection::vec(op(), 1..12)) {
        let store = Store::new(MemoryBackend::default());
        let mut p = sample(now());
        let mut index = Index::default();
        store.save(&mut p, &mut index, now()).unwrap();
        for (k, op) in ops.iter().enumerate() {
            let at = now() + Duration::minutes(k as i64 + 1);
            apply(&mut p, op, at);
            store.save(&mut p, &mut index, at).unwrap();
            let fresh = Store::new(&store.backend);
            let loaded = fresh.load(p.id, at);
            prop_assert!(loaded.is_ok(), "{:?} after {:?}", loaded.err(), &ops[..=k]);
            let loaded = loaded.unwrap();
            prop_assert!(validate(&loaded).is_empty());
            if validate(&p).is_empty() {
                prop_assert!(loaded == p, "loaded differs after {:?}", &ops[..=k]);
            } else {
                prop_assert_eq!(fresh.take_notes().len(), 1);
                p = loaded;
                store.forget(p.id);
            }
            let listed = fresh.index(at).0;
            prop_assert_eq!(listed.name_of(p.id), Some(p.name.as_str()));
        }
    }
}

#[test]
fn a_tab_meeting_a_newer_storage_layout_neither_reads_nor_writes_it() {
    let backend = MemoryBackend::default();
    let (a, b) = (Store::new(&backend), Store::new(&backend));
    let mut p = sample(now());
    a.save(&mut p, &mut Index::default(), now()).unwrap();
    let mut in_b = b.load(p.id, now()).unwrap();
    let key = partnership_key(p.id);
    let head = backend.get(&key).unwrap().unwrap();
    assert!(head.ends_with(&format!(",\"stored_layout\":{}}}", parts::LAYOUT)), "a head names its layout");
    // A newer build stores the partnership in layout 3 (lists of a shape this build does not know).
    let newer = head.replace(&format!("\"stored_layout\":{}", parts::LAYOUT), "\"stored_layout\":3");
    backend.set(&key, &newer).unwrap();
    assert_eq!(Store::new(&backend).load(p.id, now()), Err(LoadError::NewerLayout { found: 3 }));
    in_b.name = "Edited in the older tab".into();
    let saved = b.save_merging(&mut in_b, &mut Index::default(), now()).unwrap();
    let Saved::NewerLayoutElsewhere(why) = saved else { panic!("expected a refusal, got {saved:?}") };
    assert!(why.contains("Reload this page"), "{why}");
    assert_eq!(backend.get(&key).unwrap().unwrap(), newer, "nothing written over it");
    assert!(b.backups().is_empty(), "nothing set aside either");
}
