//! The clock, the stamps' text form and the seen vector.
use super::*;
use crate::model::time::at;

#[test]
fn the_clock_never_goes_back_and_never_repeats() {
    let mut c = Clock::new(7);
    let seen = Seen::default();
    let a = c.tick(&seen, at("2026-03-10T10:00:00Z"));
    // The wall clock jumps back an hour: the stamps still go up.
    let b = c.tick(&seen, at("2026-03-10T09:00:00Z"));
    let d = c.tick(&seen, at("2026-03-10T09:00:00Z"));
    assert!(a < b && b < d);
    assert_eq!(b.hlc >> 16, a.hlc >> 16, "same millisecond, next counter");
}

#[test]
fn the_clock_stamps_above_everything_seen_even_when_behind() {
    let mut seen = Seen::default();
    let ahead = Clock::new(1).tick(&seen, at("2029-01-01T00:00:00Z"));
    seen.note(ahead);
    let mine = Clock::new(2).tick(&seen, at("2026-01-01T00:00:00Z"));
    assert!(mine > ahead);
    assert!(seen.has_seen(ahead) && !seen.has_seen(mine));
    assert!(seen.has_seen(Stamp::NONE), "an unstamped value is everyone's starting point");
}

#[test]
fn stamps_and_vectors_read_back_what_they_write_and_refuse_nonsense() {
    let s = Stamp { hlc: (1_764_513_806_123u64 << 16) | 3, dev: 0x9f3a1c2b };
    assert_eq!(s.to_string(), "1764513806123.3.9f3a1c2b");
    assert_eq!(serde_json::from_str::<Stamp>("\"1764513806123.3.9f3a1c2b\"").unwrap(), s);
    for bad in ["\"\"", "\"1.2\"", "\"1.99999.a\"", "\"x.0.a\"", "\"1.0.zz\"", "\"1.0.a.b\"", "17"] {
        assert!(serde_json::from_str::<Stamp>(bad).is_err(), "{bad}");
    }
    let mut seen = Seen::default();
    seen.note(s);
    let text = serde_json::to_string(&seen).unwrap();
    assert_eq!(text, r#"{"9f3a1c2b":"1764513806123.3"}"#);
    assert_eq!(serde_json::from_str::<Seen>(&text).unwrap(), seen);
    let err = serde_json::from_str::<Seen>(r#"{"0":"1.0"}"#).unwrap_err().to_string();
    assert!(err.contains("seen"), "{err}");
}

#[test]
fn random_clocks_have_different_non_zero_devices() {
    let (a, b) = (Clock::random(), Clock::random());
    assert!(a.dev != 0 && b.dev != 0 && a.dev != b.dev);
}

#[test]
fn an_edit_stamps_only_the_fields_it_changed() {
    let now = at("2026-03-10T10:00:00Z");
    let before = crate::model::sample::sample(now);
    let mut after = before.clone();
    after.charter.vision = "Changed".into();
    after.partners[1].notes = "Changed".into();
    after.problem_tree.problem = "Changed".into();
    let s = record_edit(&before, &mut after, &mut Clock::new(3), now).expect("a change");
    let every = every_stamp(&after);
    let slots: Vec<(&str, &str)> = every.iter().map(|(rid, slot, _)| (rid.as_str(), slot.as_str())).collect();
    let charter = before.charter.id.to_string();
    let partner = before.partners[1].id.to_string();
    assert_eq!(slots.len(), 3, "{slots:?}");
    assert!(slots.contains(&(charter.as_str(), "vision")));
    assert!(slots.contains(&(partner.as_str(), "notes")));
    assert!(slots.contains(&("", "problem_tree.problem")));
    assert!(after.seen.has_seen(s));
    // Nothing changed: no stamp.
    let same = after.clone();
    assert_eq!(record_edit(&same, &mut after, &mut Clock::new(3), now), None);
}

#[test]
fn an_edit_of_a_nested_record_is_stamped_in_that_record() {
    let now = at("2026-03-10T10:00:00Z");
    let before = crate::model::sample::sample(now);
    let mut after = before.clone();
    let meeting = after.check_ins.meetings.iter().position(|m| !m.actions.is_empty()).expect("a meeting with actions");
    after.check_ins.meetings[meeting].actions[0].text = "Changed".into();
    let action = after.check_ins.meetings[meeting].actions[0].id.to_string();
    record_edit(&before, &mut after, &mut Clock::new(4), now).expect("a change");
    let every = every_stamp(&after);
    assert_eq!(every.len(), 1, "{every:?}");
    assert_eq!((every[0].0.as_str(), every[0].1.as_str()), (action.as_str(), "text"));
}

#[test]
fn a_file_with_a_malformed_stamp_opens_and_that_field_counts_as_unstamped() {
    let now = at("2026-03-10T10:00:00Z");
    let sample = crate::model::sample::sample(now);
    let mut json = crate::model::file::to_json_value(&sample);
    json["partners"][0]["at"] = serde_json::json!({ "notes": "not a stamp", "name": "1764513806123.0.9f3a1c2b" });
    let text = serde_json::json!({
        "format": crate::model::file::FORMAT, "schema_version": crate::model::migrate::CURRENT,
        "exported_at": "2026-03-10T10:00:00Z", "partnership": json,
    })
    .to_string();
    let opened = crate::model::file::open(&text).expect("opens");
    let stamps = slots_of(&crate::model::file::to_json_value(&opened.partnership)["partners"][0]);
    assert_eq!(stamps.len(), 1, "{stamps:?}");
    assert_eq!(stamps["name"].to_string(), "1764513806123.0.9f3a1c2b");
}

#[test]
fn stamps_read_any_at_and_keep_one_sorted_stamp_per_slot() {
    let read = |text: &str| serde_json::from_str::<Stamps>(text).unwrap();
    let s = read(r#"{"notes": "2.0.b", "name": "1.0.a", "x": 3, "notes": "3.0.c", "y": {"z": 1}}"#);
    assert_eq!(s.iter().map(|(slot, st)| (slot.to_string(), st.to_string())).collect::<Vec<_>>(), [
        ("name".to_string(), "1.0.a".to_string()),
        ("notes".to_string(), "3.0.c".to_string()),
    ]);
    assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"name":"1.0.a","notes":"3.0.c"}"#);
    for nothing in [r#""text""#, "[1, 2]", "null", "7", "{}"] {
        assert!(read(nothing).is_empty(), "{nothing}");
    }
    // A copy shares the stamps until one of them changes.
    let mut copy = s.clone();
    copy.insert("name", "4.0.d".parse().unwrap());
    copy.retain(|slot| slot != "notes");
    assert_eq!((s.len(), s.get("name").to_string()), (2, "1.0.a".to_string()));
    assert_eq!((copy.len(), copy.get("name").to_string()), (1, "4.0.d".to_string()));
    copy.remove("name");
    assert_eq!(copy, Stamps::default());
    assert!(copy.get("name").is_none());
}
