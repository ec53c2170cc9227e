use super::*;
use crate::model::file::compact_json;
use crate::model::generate::{partnership_of, SIZES};
use crate::model::metrics::Measurement;
use crate::model::sample::sample;
use crate::model::time::at;
use crate::model::Record;
use crate::storage::{MemoryBackend, QUOTA_CHARS};

fn now() -> DateTime<Utc> {
    at("2026-11-27T09:00:00Z")
}

fn large() -> Partnership {
    partnership_of(SIZES, 1, now())
}

fn snapshot(b: &MemoryBackend) -> BTreeMap<String, String> {
    b.keys().unwrap().into_iter().map(|k| (k.clone(), b.get(&k).unwrap().unwrap())).collect()
}

fn stored_chars(b: &MemoryBackend) -> usize {
    snapshot(b).iter().map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count()).sum()
}

/// The large partnership saved in parts, with the shadow to save against next.
fn saved_large() -> (MemoryBackend, Partnership, Shadow) {
    let b = MemoryBackend::default();
    let mut p = large();
    let mut shadow = Shadow::default();
    save(&b, &mut p, &mut shadow, now(), None).unwrap();
    (b, p, shadow)
}

/// Changes every `step`th measurement's value.
fn nudge_measurements(p: &mut Partnership, step: usize) {
    for m in p.measurements.iter_mut().step_by(step) {
        m.value += 1.0;
        m.touch(now());
    }
}

/// Keys of chunks that the head does not name (left behind): there must be none.
fn orphans(b: &MemoryBackend, id: Uuid) -> Vec<String> {
    let head = b.get(&partnership_key(id)).unwrap().unwrap();
    let parts = serde_json::from_str::<PartsOnly>(&head).unwrap().stored_parts.unwrap_or_default();
    let named: Vec<String> =
        parts.iter().flat_map(|(l, tags)| tags.iter().enumerate().map(move |(n, t)| chunk_key(id, l, n, t))).collect();
    keys_of(b, id).into_iter().filter(|k| *k != partnership_key(id) && !named.contains(k)).collect()
}

#[test]
fn the_large_partnership_round_trips_and_fits_with_room_to_spare() {
    let b = MemoryBackend::with_quota(QUOTA_CHARS);
    let mut p = large();
    let whole = compact_json(&p, now()).encode_utf16().count();
    let mut shadow = Shadow::default();
    save(&b, &mut p, &mut shadow, now(), None).expect("the large partnership fits");
    let (back, _) = load(&b, p.id).unwrap();
    assert_eq!(back, p);
    let used = stored_chars(&b);
    assert!(used * 10 < QUOTA_CHARS * 8, "stored in {used} characters: over 80% of the quota");
    assert!(used < whole * 3 / 4, "parts ({used}) should be well under the whole JSON ({whole})");
}

#[test]
fn a_small_edit_writes_one_chunk_and_the_head() {
    let (b, mut p, mut shadow) = saved_large();
    let before = snapshot(&b);

    let metric = p.metrics[0].id;
    p.measurements.push(Measurement::new(metric, now().date_naive(), 42.0, now()));
    let written = save(&b, &mut p, &mut shadow, now(), None).unwrap();
    let after = snapshot(&b);
    let new_keys: Vec<&String> = after.keys().filter(|k| !before.contains_key(*k)).collect();
    assert_eq!(new_keys.len(), 1, "one measurement chunk rewritten: {new_keys:?}");
    assert!(new_keys[0].contains(".measurements."));
    assert!(written < 120_000, "wrote {written} characters for one measurement");
    assert!(orphans(&b, p.id).is_empty());

    // Changing one in the middle rewrites its chunk and removes the one it replaces.
    let before = snapshot(&b);
    p.measurements[5000].value += 1.0;
    p.measurements[5000].touch(now());
    save(&b, &mut p, &mut shadow, now(), None).unwrap();
    let after = snapshot(&b);
    assert_eq!(after.keys().filter(|k| !before.contains_key(*k)).count(), 1);
    assert_eq!(after.len(), before.len(), "the superseded chunk is removed");
    assert!(orphans(&b, p.id).is_empty());

    // Renaming a partner rewrites the partners' chunk only.
    p.partners[3].name = "Renamed".into();
    p.partners[3].touch(now());
    let written = save(&b, &mut p, &mut shadow, now(), None).unwrap();
    assert!(written < 120_000, "wrote {written} characters for a rename");
    assert_eq!(load(&b, p.id).unwrap().0, p);
}

#[test]
fn nothing_changed_writes_only_the_head() {
    let b = MemoryBackend::default();
    let mut p = sample(now());
    let mut shadow = Shadow::default();
    save(&b, &mut p, &mut shadow, now(), None).unwrap();
    let keys = b.keys().unwrap();
    save(&b, &mut p, &mut shadow, now(), None).unwrap();
    assert_eq!(b.keys().unwrap(), keys);
}

#[test]
fn a_save_that_hits_the_quota_changes_nothing_stored() {
    let (b, p, _) = saved_large();
    let before = snapshot(&b);
    // Room for a few chunks, not for the longer notes given to every 20th measurement.
    let b = MemoryBackend { quota_chars: Some(stored_chars(&b) + 150_000), ..b };
    let original = p.clone();
    let mut edited = p.clone();
    for m in edited.measurements.iter_mut().step_by(20) {
        m.note = "A much longer note than before, ".repeat(8);
        m.touch(now());
    }
    let (_, mut shadow_copy) = load(&b, p.id).unwrap();
    assert_eq!(save(&b, &mut edited, &mut shadow_copy, now(), None), Err(StorageError::QuotaExceeded));
    assert_eq!(snapshot(&b), before, "storage is exactly as before the failed save");
    assert_eq!(load(&b, p.id).unwrap().0, original);
    assert_eq!(edited.measurements.len(), original.measurements.len(), "the lists are put back");
    // Once there is room, the same shadow saves it all correctly.
    let b = MemoryBackend { quota_chars: None, ..b };
    save(&b, &mut edited, &mut shadow_copy, now(), None).unwrap();
    assert_eq!(load(&b, p.id).unwrap().0, edited);
    assert!(orphans(&b, p.id).is_empty());
}

#[test]
fn rewriting_nearly_everything_near_the_quota_replaces_chunk_by_chunk() {
    let (b, mut p, mut shadow) = saved_large();
    // Far too little room for a second copy (as after a merge that touches every chunk).
    let b = MemoryBackend { quota_chars: Some(stored_chars(&b) + 20_000), ..b };
    nudge_measurements(&mut p, 100);
    for e in p.resources.entries.iter_mut().step_by(100) {
        e.description.push('!');
        e.touch(now());
    }
    save(&b, &mut p, &mut shadow, now(), None).expect("replaced chunk by chunk");
    assert_eq!(load(&b, p.id).unwrap().0, p);
    assert!(orphans(&b, p.id).is_empty());
}

#[test]
fn a_whole_partnership_from_the_earlier_layout_loads_and_is_split_on_save() {
    let b = MemoryBackend::default();
    let mut p = sample(now());
    b.set(&partnership_key(p.id), &compact_json(&p, now())).unwrap();
    let (back, mut shadow) = load(&b, p.id).unwrap();
    assert_eq!(back, p);
    save(&b, &mut p, &mut shadow, now(), None).unwrap();
    assert!(keys_of(&b, p.id).len() > 5);
    assert!(b.get(&partnership_key(p.id)).unwrap().unwrap().contains(PARTS_FIELD));
    assert_eq!(load(&b, p.id).unwrap().0, p);
}

#[test]
fn two_tabs_saving_in_turn_leave_a_complete_partnership_and_no_orphans() {
    let b = MemoryBackend::default();
    let mut first = sample(now());
    let mut tab_a = Shadow::default();
    save(&b, &mut first, &mut tab_a, now(), None).unwrap();
    let (mut second, mut tab_b) = load(&b, first.id).unwrap();

    // Tab B saves; tab A has not heard of it yet and saves over it.
    second.partners[0].name = "Renamed in tab B".into();
    second.partners[0].touch(now());
    save(&b, &mut second, &mut tab_b, now(), None).unwrap();
    first.goals[0].statement = "Changed in tab A".into();
    first.goals[0].touch(now());
    save(&b, &mut first, &mut tab_a, now(), None).unwrap();

    let (stored, _) = load(&b, first.id).unwrap();
    assert_eq!(stored, first, "the last save wins whole, never a mix of parts");
    assert!(orphans(&b, first.id).is_empty(), "{:?}", orphans(&b, first.id));
}

#[test]
fn a_missing_part_is_named() {
    let b = MemoryBackend::default();
    let mut p = sample(now());
    save(&b, &mut p, &mut Shadow::default(), now(), None).unwrap();
    let key = keys_of(&b, p.id).into_iter().find(|k| k.contains(".metrics.")).unwrap();
    b.remove(&key).unwrap();
    let Err(LoadFailure::Unreadable { error, keys }) = load(&b, p.id) else { panic!("expected unreadable") };
    assert!(error.to_string().contains(&key), "{error}");
    assert!(error.to_string().contains("missing"), "{error}");
    assert!(keys.contains(&partnership_key(p.id)));
}

#[test]
fn a_damaged_part_is_named_with_the_place_inside_it() {
    let b = MemoryBackend::default();
    let mut p = sample(now());
    save(&b, &mut p, &mut Shadow::default(), now(), None).unwrap();
    let key = keys_of(&b, p.id).into_iter().find(|k| k.contains(".measurements.")).unwrap();
    let text = b.get(&key).unwrap().unwrap().replacen("\"rows\":[[\"", "\"rows\":[[7,\"", 1);
    b.set(&key, &text).unwrap();
    let Err(LoadFailure::Unreadable { error, .. }) = load(&b, p.id) else { panic!("expected unreadable") };
    assert!(error.to_string().contains("rows[0]"), "{error}");
}

#[test]
fn measurements_keep_every_field_exactly() {
    let b = MemoryBackend::default();
    let mut p = sample(now());
    let metric = p.metrics[0].id;
    let mut m = Measurement::new(metric, now().date_naive(), 0.1 + 0.2, at("2026-01-02T03:04:05.123456789Z"));
    m.touch(at("2026-02-03T04:05:06.5Z"));
    m.note = "A note with \"quotes\" and ünïcödé".into();
    m.extra.insert("from_a_newer_version".into(), serde_json::json!({"kept": [1, 2]}));
    p.measurements.push(m);
    save(&b, &mut p, &mut Shadow::default(), now(), None).unwrap();
    assert_eq!(load(&b, p.id).unwrap().0, p);
}

#[test]
fn deleting_records_shrinks_the_parts_without_leaving_any_behind() {
    let (b, mut p, mut shadow) = saved_large();
    let chunks_before = keys_of(&b, p.id).len();
    p.measurements.truncate(1000);
    p.resources.entries.clear();
    p.resources.commitments.clear();
    save(&b, &mut p, &mut shadow, now(), None).unwrap();
    assert!(keys_of(&b, p.id).len() < chunks_before);
    assert!(orphans(&b, p.id).is_empty());
    assert_eq!(load(&b, p.id).unwrap().0, p);
}

#[test]
fn knowing_the_room_left_a_large_rewrite_swaps_at_once_and_still_keeps_storage_whole() {
    let (b, mut p, mut shadow) = saved_large();
    let used = stored_chars(&b);
    let b = MemoryBackend { quota_chars: Some(used + 20_000), ..b };
    nudge_measurements(&mut p, 100);
    save(&b, &mut p, &mut shadow, now(), Some(20_000)).expect("swapped from the start");
    assert_eq!(load(&b, p.id).unwrap().0, p);
    assert!(orphans(&b, p.id).is_empty());
    // Too little room even for swapping: refused, and storage is as it was.
    let before = snapshot(&b);
    let mut bigger = p.clone();
    for m in bigger.measurements.iter_mut().step_by(10) {
        m.note = "A much longer note than before, ".repeat(4);
        m.touch(now());
    }
    assert_eq!(save(&b, &mut bigger, &mut shadow, now(), Some(20_000)), Err(StorageError::QuotaExceeded));
    assert_eq!(snapshot(&b), before);
    assert_eq!(load(&b, p.id).unwrap().0, p);
}

#[test]
fn a_whole_partnership_near_the_quota_is_split_by_swapping_its_head_out() {
    let b = MemoryBackend::default();
    let mut p = large();
    let whole = compact_json(&p, now());
    b.set(&partnership_key(p.id), &whole).unwrap();
    let (_, mut shadow) = load(&b, p.id).unwrap();
    // Room for the whole text and a little more, not for the parts beside it.
    let b = MemoryBackend { quota_chars: Some(whole.len() + 300_000), ..b };
    save(&b, &mut p, &mut shadow, now(), None).expect("split by swapping the whole head out");
    assert_eq!(load(&b, p.id).unwrap().0, p);
    assert!(orphans(&b, p.id).is_empty());
}

/// The shadow's chunk texts are exactly what storage holds (a swap writes them back on failure).
fn assert_texts_match(b: &MemoryBackend, id: Uuid, shadow: &Shadow) {
    let stored: BTreeMap<String, String> =
        snapshot(b).into_iter().filter(|(k, _)| is_chunk_of(id, k)).collect();
    let kept: BTreeMap<String, String> = shadow.texts.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    assert_eq!(kept.keys().collect::<Vec<_>>(), stored.keys().collect::<Vec<_>>());
    assert!(kept == stored, "a kept chunk text differs from the stored one");
}

#[test]
fn the_shadow_keeps_the_stored_text_of_every_chunk_through_saves_swaps_and_loads() {
    let (b, mut p, mut shadow) = saved_large();
    assert_texts_match(&b, p.id, &shadow);
    // A small edit, a deletion that shortens a list, then a swap near the quota.
    p.partners[0].name = "Renamed".into();
    p.partners[0].touch(now());
    p.measurements.truncate(p.measurements.len() - 500);
    save(&b, &mut p, &mut shadow, now(), None).unwrap();
    assert_texts_match(&b, p.id, &shadow);
    let b = MemoryBackend { quota_chars: Some(stored_chars(&b) + 20_000), ..b };
    nudge_measurements(&mut p, 100);
    save(&b, &mut p, &mut shadow, now(), Some(20_000)).expect("swapped");
    assert_texts_match(&b, p.id, &shadow);
    let (_, loaded) = load(&b, p.id).unwrap();
    assert_texts_match(&b, p.id, &loaded);
}
