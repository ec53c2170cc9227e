use super::*;
use std::collections::HashSet;
use crate::model::time::at;
use crate::model::{Partner, Sector};

fn t(day: u32) -> DateTime<Utc> {
    at(&format!("2026-03-{day:02}T10:00:00Z"))
}

/// A shared starting point: what one group exported and the other opened.
fn base() -> Partnership {
    let mut p = Partnership::new("Food for All", t(1));
    for name in ["Pantry", "Grocer", "Council"] {
        p.partners.push(Partner::new(name, Sector::Other, t(1)));
    }
    p
}

fn none() -> HashMap<String, Side> {
    HashMap::new()
}

fn rename(p: &mut Partnership, i: usize, name: &str, day: u32) {
    rename_at(p, i, name, t(day));
}

fn rename_at(p: &mut Partnership, i: usize, name: &str, when: DateTime<Utc>) {
    let mut partner = p.partners[i].clone();
    partner.name = name.into();
    p.upsert(partner, when);
}

/// Versions are told apart by their edit time, to the millisecond in the app; here each
/// side edits at its own hour so that two sides never edit at the same instant.
fn t_by(who: &str, day: u32) -> DateTime<Utc> {
    let hour = if who == "A" { 10 } else { 11 };
    at(&format!("2026-03-{day:02}T{hour}:00:00Z"))
}

fn names(p: &Partnership) -> Vec<String> {
    let mut v: Vec<String> = p.partners.iter().map(|x| x.name.clone()).collect();
    v.sort();
    v
}

/// Both sides renamed the Grocer: mine on day 3, theirs later, on day 4.
fn both_renamed_the_grocer() -> (Partnership, Partnership) {
    let mut mine = base();
    let mut theirs = mine.clone();
    rename(&mut mine, 1, "Grocer (mine)", 3);
    rename(&mut theirs, 1, "Grocer (theirs)", 4);
    (mine, theirs)
}

/// A copy of `p` that deleted its third partner (the Council) on day 3, and that partner's id.
fn without_the_council(p: &Partnership) -> (Partnership, Uuid) {
    let mut copy = p.clone();
    let id = copy.partners[2].id;
    copy.remove::<Partner>(id, t(3));
    (copy, id)
}

#[test]
fn a_record_only_they_have_is_added_with_its_origin() {
    let mine = base();
    let mut theirs = mine.clone();
    theirs.upsert(Partner::new("School", Sector::Academic, t(2)), t(2));
    let m = merge(&mine, &theirs, "East group", &none(), t(5)).unwrap();
    assert_eq!(m.count(ChangeKind::Added), 1);
    assert_eq!(m.changes[0].label, "School");
    assert_eq!(m.changes[0].list, "partners");
    let school = m.result.partners.iter().find(|p| p.name == "School").unwrap();
    assert_eq!(school.extra["origin"], "East group");
}

#[test]
fn their_edit_of_a_record_i_left_alone_is_taken() {
    let mine = base();
    let mut theirs = mine.clone();
    rename(&mut theirs, 0, "City Pantry", 3);
    let m = merge(&mine, &theirs, "", &none(), t(5)).unwrap();
    assert_eq!(m.count(ChangeKind::Updated), 1);
    assert_eq!(m.count(ChangeKind::Conflict), 0);
    assert!(names(&m.result).contains(&"City Pantry".to_string()));
}

#[test]
fn my_edit_of_a_record_they_left_alone_is_kept_silently() {
    let theirs = base();
    let mut mine = theirs.clone();
    rename(&mut mine, 0, "City Pantry", 3);
    let m = merge(&mine, &theirs, "", &none(), t(5)).unwrap();
    assert!(m.is_empty(), "{:?}", m.changes);
    assert!(names(&m.result).contains(&"City Pantry".to_string()));
}

#[test]
fn both_editing_a_record_is_a_conflict_the_later_edit_winning_by_default() {
    let (mine, theirs) = both_renamed_the_grocer();
    let m = merge(&mine, &theirs, "", &none(), t(5)).unwrap();
    assert_eq!(m.count(ChangeKind::Conflict), 1);
    let c = &m.changes[0];
    assert_eq!(c.default, Side::Theirs);
    assert_eq!(c.fields, ["name"]);
    assert_eq!(c.mine.as_ref().unwrap(), "Grocer (mine)");
    assert_eq!(c.theirs.as_ref().unwrap(), "Grocer (theirs)");
    assert!(names(&m.result).contains(&"Grocer (theirs)".to_string()));
    let chosen = HashMap::from([(c.key(), Side::Mine)]);
    let m = merge(&mine, &theirs, "", &chosen, t(5)).unwrap();
    assert!(names(&m.result).contains(&"Grocer (mine)".to_string()));
}

#[test]
fn after_a_conflict_merging_either_file_again_is_quiet() {
    let (mine, theirs) = both_renamed_the_grocer();
    let merged = merge(&mine, &theirs, "", &none(), t(5)).unwrap().result;
    assert!(merge(&merged, &theirs, "", &none(), t(6)).unwrap().is_empty());
    assert!(merge(&merged, &mine, "", &none(), t(6)).unwrap().is_empty());
}

#[test]
fn a_deletion_wins_over_an_unchanged_record() {
    let mine = base();
    let (theirs, id) = without_the_council(&mine);
    let m = merge(&mine, &theirs, "", &none(), t(5)).unwrap();
    assert_eq!(m.count(ChangeKind::Deleted), 1);
    assert!(m.result.partner(id).is_none());
    assert!(m.result.is_deleted(id));
}

#[test]
fn a_deleted_record_never_comes_back_from_an_older_file() {
    let old = base();
    let (mine, id) = without_the_council(&old);
    let m = merge(&mine, &old, "", &none(), t(5)).unwrap();
    assert!(m.is_empty());
    assert!(m.result.partner(id).is_none());
}

#[test]
fn a_record_edited_after_the_other_side_deleted_it_is_a_conflict_that_keeps_it() {
    let mut mine = base();
    let mut theirs = mine.clone();
    let id = mine.partners[0].id;
    theirs.remove::<Partner>(id, t(3));
    rename(&mut mine, 0, "Pantry (edited later)", 4);
    for (a, b) in [(&mine, &theirs), (&theirs, &mine)] {
        let m = merge(a, b, "", &none(), t(5)).unwrap();
        assert_eq!(m.count(ChangeKind::Conflict), 1);
        assert!(m.result.partner(id).is_some(), "kept by default");
        assert!(!m.result.is_deleted(id), "and no longer listed as deleted");
    }
    let chosen = HashMap::from([(choice_key(id, None), Side::Theirs)]);
    let m = merge(&mine, &theirs, "", &chosen, t(5)).unwrap();
    assert!(m.result.partner(id).is_none(), "the user chose the deletion");
}

#[test]
fn nested_record_lists_are_merged_not_replaced() {
    // A tool of the future: a list of meetings, each with action items.
    let mut mine = base();
    let meeting = serde_json::json!({
        "id": "11111111-1111-4111-8111-111111111111",
        "created_at": "2026-03-01T10:00:00Z", "updated_at": "2026-03-01T10:00:00Z",
        "title": "Kick-off",
        "items": [{"id": "22222222-2222-4222-8222-222222222222",
                   "created_at": "2026-03-01T10:00:00Z", "updated_at": "2026-03-01T10:00:00Z",
                   "text": "Book the hall"}]
    });
    mine.extra.insert("meetings".into(), Value::Array(vec![meeting]));
    let mut theirs = mine.clone();
    let item = serde_json::json!({"id": "33333333-3333-4333-8333-333333333333",
        "created_at": "2026-03-02T10:00:00Z", "updated_at": "2026-03-02T10:00:00Z", "text": "Invite the press"});
    theirs.extra["meetings"][0]["items"].as_array_mut().unwrap().push(item);
    mine.extra["meetings"][0]["title"] = "Kick-off meeting".into();
    mine.extra["meetings"][0]["updated_at"] = "2026-03-03T10:00:00Z".into();
    mine.extra["meetings"][0]["history"] = serde_json::json!(["2026-03-01T10:00:00Z"]);
    let m = merge(&mine, &theirs, "", &none(), t(5)).unwrap();
    let meetings = &m.result.extra["meetings"];
    assert_eq!(meetings[0]["title"], "Kick-off meeting");
    assert_eq!(meetings[0]["items"].as_array().unwrap().len(), 2);
    assert_eq!(m.count(ChangeKind::Added), 1);
    assert_eq!(m.changes[0].list, "meetings.items");
}

#[test]
fn a_tool_only_they_use_arrives_whole() {
    let mine = base();
    let mut theirs = mine.clone();
    theirs.extra.insert("future_tool".into(), serde_json::json!([{
        "id": "44444444-4444-4444-8444-444444444444",
        "created_at": "2026-03-02T10:00:00Z", "updated_at": "2026-03-02T10:00:00Z", "title": "Fridge"}]));
    let m = merge(&mine, &theirs, "", &none(), t(5)).unwrap();
    assert_eq!(m.result.extra["future_tool"][0]["title"], "Fridge");
    assert_eq!(m.count(ChangeKind::Added), 1);
}

#[test]
fn my_identity_stays_and_a_different_name_is_a_choice() {
    let mine = base();
    let mut theirs = mine.duplicate("Their copy", t(2));
    theirs.name = "Their copy".into();
    let m = merge(&mine, &theirs, "", &none(), t(5)).unwrap();
    assert_eq!(m.result.id, mine.id);
    assert_eq!(m.count(ChangeKind::Conflict), 1);
    let c = &m.changes[0];
    assert_eq!((c.id, c.fields.as_slice()), (Uuid::nil(), &["name".to_string()][..]));
    let chosen = HashMap::from([(c.key(), Side::Mine)]);
    assert_eq!(merge(&mine, &theirs, "", &chosen, t(5)).unwrap().result.name, "Food for All");
}

// ---- properties, over many generated histories ----

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Applies a few random edits (rename, delete, add) to `p`; returns the ids of base records
/// it edited and deleted.
fn wander(p: &mut Partnership, rng: &mut Rng, day0: u32, who: &str) -> (HashSet<Uuid>, HashSet<Uuid>) {
    let mut edited = HashSet::new();
    let mut deleted = HashSet::new();
    for step in 0..rng.below(5) {
        let day = day0 + step as u32;
        match rng.below(3) {
            0 if !p.partners.is_empty() => {
                let i = rng.below(p.partners.len());
                let name = format!("{} by {who} on {day}", p.partners[i].name);
                edited.insert(p.partners[i].id);
                rename_at(p, i, &name, t_by(who, day));
            }
            1 if !p.partners.is_empty() => {
                let i = rng.below(p.partners.len());
                let id = p.partners[i].id;
                deleted.insert(id);
                p.remove::<Partner>(id, t_by(who, day));
            }
            _ => {
                let when = t_by(who, day);
                p.upsert(Partner::new(format!("New {who} {day}"), Sector::Other, when), when)
            }
        }
    }
    (edited, deleted)
}

fn records(p: &Partnership) -> Vec<(Uuid, String, DateTime<Utc>)> {
    let mut v: Vec<_> = p.partners.iter().map(|x| (x.id, x.name.clone(), x.updated_at)).collect();
    v.sort();
    v
}

fn stones(p: &Partnership) -> Vec<Uuid> {
    let mut v: Vec<Uuid> = p.tombstones.iter().map(|t| t.id).collect();
    v.sort();
    v
}

#[test]
fn merge_properties_hold_over_generated_histories() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..400 {
        let start = base();
        let mut a = start.clone();
        let mut b = start.clone();
        // Days interleave so either side may edit later.
        let (da, db) = (2 + rng.below(3) as u32, 2 + rng.below(3) as u32);
        let (a_edit, a_del) = wander(&mut a, &mut rng, da, "A");
        let (b_edit, b_del) = wander(&mut b, &mut rng, db, "B");
        let ab = merge(&a, &b, "", &none(), t(20)).unwrap();
        let ba = merge(&b, &a, "", &none(), t(20)).unwrap();

        // Commutative on records and tombstones.
        assert_eq!(records(&ab.result), records(&ba.result));
        assert_eq!(stones(&ab.result), stones(&ba.result));

        // Idempotent: merging the same file again changes nothing.
        let again = merge(&ab.result, &b, "", &none(), t(21)).unwrap();
        assert!(again.is_empty(), "second merge changed {:?}", again.changes);
        assert_eq!(records(&again.result), records(&ab.result));

        // Conflicts exactly where both sides changed the same base record (an edit on one
        // side and an edit or deletion on the other; two deletions agree).
        let mut expected: Vec<Uuid> = start
            .partners
            .iter()
            .map(|p| p.id)
            .filter(|id| {
                let a_changed = a_edit.contains(id) || a_del.contains(id);
                let b_changed = b_edit.contains(id) || b_del.contains(id);
                let both_deleted = a_del.contains(id) && b_del.contains(id);
                let deleted_before_edit = |del: &Partnership, ed: &Partnership| {
                    // An edit made before the other side's deletion loses to it quietly.
                    let d = del.tombstones.iter().find(|t| t.id == *id).map(|t| t.deleted_at);
                    let e = ed.partner(*id).map(|p| p.updated_at);
                    matches!((d, e), (Some(d), Some(e)) if e <= d)
                };
                let quiet_delete = (a_del.contains(id) && !b_del.contains(id) && deleted_before_edit(&a, &b))
                    || (b_del.contains(id) && !a_del.contains(id) && deleted_before_edit(&b, &a));
                a_changed && b_changed && !both_deleted && !quiet_delete
            })
            .collect();
        expected.sort();
        let mut found: Vec<Uuid> =
            ab.changes.iter().filter(|c| c.kind == ChangeKind::Conflict).map(|c| c.id).collect();
        found.sort();
        assert_eq!(found, expected, "a={:?} {:?} b={:?} {:?} changes={:?}", records(&a), a.tombstones, records(&b), b.tombstones, ab.changes);

        // Tombstones are never resurrected: a record deleted on one side is gone unless the
        // other side edited it after the deletion.
        for id in a_del.iter().chain(&b_del) {
            let gone = ab.result.partner(*id).is_none();
            let edited_later = [&a, &b].iter().any(|side| {
                side.partner(*id).is_some_and(|p| {
                    [&a, &b].iter().any(|o| o.tombstones.iter().any(|t| t.id == *id && p.updated_at > t.deleted_at))
                })
            });
            assert!(gone || edited_later, "deleted record {id} came back: a={:?} {:?} b={:?} {:?} changes={:?}",
                records(&a), a.tombstones, records(&b), b.tombstones, ab.changes);
        }
    }
}

/// Leaving the records equal on both sides out of the JSON merge (for speed) gives exactly
/// what merging every record does: the same review, the same result.
fn same_as_merging_everything(a: &Partnership, b: &Partnership, choices: &HashMap<String, Side>, now: DateTime<Utc>) {
    let fast = merge(a, b, "Group B", choices, now).unwrap();
    let full = merge_with(a, b, "Group B", choices, now, false).unwrap();
    assert_eq!(fast.changes, full.changes);
    assert_eq!(fast.result, full.result);
}

#[test]
fn leaving_equal_records_out_changes_nothing_on_a_generated_partnership() {
    use crate::model::generate::{modified_copy, partnership_of, SMALL};
    let now = at("2026-11-27T09:00:00Z");
    let later = at("2026-12-20T09:00:00Z");
    let p = partnership_of(SMALL, 3, now);
    let mut q = modified_copy(&p, 3, later);
    // Conflicts too: both sides edit some of the same records.
    let mut mine = p.clone();
    for i in (0..mine.partners.len()).step_by(4) {
        let name = format!("{} (ours)", mine.partners[i].name);
        rename_at(&mut mine, i, &name, at("2026-12-10T09:00:00Z"));
    }
    q.resources.entries.reverse();
    for (a, b) in [(&p, &q), (&q, &p), (&mine, &q), (&q, &mine)] {
        same_as_merging_everything(a, b, &none(), later);
        let flipped: HashMap<String, Side> = merge(a, b, "", &none(), later)
            .unwrap()
            .changes
            .iter()
            .map(|c| (c.key(), if c.default == Side::Mine { Side::Theirs } else { Side::Mine }))
            .collect();
        same_as_merging_everything(a, b, &flipped, later);
    }
}

#[test]
fn leaving_equal_records_out_changes_nothing_over_generated_histories() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for _ in 0..200 {
        let start = base();
        let (mut a, mut b) = (start.clone(), start.clone());
        let (da, db) = (2 + rng.below(3) as u32, 2 + rng.below(3) as u32);
        wander(&mut a, &mut rng, da, "A");
        wander(&mut b, &mut rng, db, "B");
        same_as_merging_everything(&a, &b, &none(), t(20));
        same_as_merging_everything(&b, &a, &none(), t(20));
        let ab = merge(&a, &b, "", &none(), t(20)).unwrap().result;
        same_as_merging_everything(&ab, &b, &none(), t(21));
        same_as_merging_everything(&start, &ab, &none(), t(21));
    }
}

#[test]
fn records_are_labelled_by_their_name_and_a_measurement_by_its_value_and_date() {
    let id = "0b7e6a52-7c1d-4e8a-9a53-2f0e7d6c1a11";
    assert_eq!(label_of(&serde_json::json!({ "id": id, "name": "Riverside Food Bank" })), "Riverside Food Bank");
    assert_eq!(label_of(&serde_json::json!({ "id": id, "text": "  ", "summary": "Met in March" })), "Met in March");
    let reading = label_of(&serde_json::json!({ "id": id, "date": "2026-03-01", "value": 12500.5 }));
    assert_eq!(reading, "12,500.5 on 1 Mar 2026");
    let [_, es, fr] = crate::i18n::every_language();
    assert_eq!(reading.say(&es), "12.500,5 el 1 mar 2026");
    assert_eq!(reading.say(&fr), "12\u{202f}500,5 le 1 mars 2026");
    assert_eq!(label_of(&serde_json::json!({ "id": id })), id);
}

#[test]
fn the_review_words_the_partnerships_fields_in_each_language() {
    let [en, es, fr] = crate::i18n::every_language();
    let p = crate::model::sample::sample(crate::model::time::at("2026-11-27T09:00:00Z"));
    let pantry = p.partners[0].id;
    let cases = [
        ("name", ["name", "nombre", "nom"]),
        ("check_ins.cadence", ["How often the partners meet", "Con qué frecuencia se reúnen los socios", "La fréquence des réunions entre partenaires"]),
        ("vision", ["vision", "visión", "vision"]),
        ("ground_rules", ["ground rules", "normas de funcionamiento", "règles de fonctionnement"]),
    ];
    for (slot, said) in cases {
        let m = slot_msg(&p, slot);
        assert_eq!([m.say(&en), m.say(&es), m.say(&fr)], said.map(String::from), "{slot}");
    }
    // The partnership's own fields, as a conflict on one of them is titled.
    assert_eq!(slot_label("name").say(&fr), "Le nom du partenariat");
    assert_eq!(slot_label("report.introduction").say(&es), "Introducción");
    let sign_off = slot_msg(&p, &format!("sign_offs/{pantry}"));
    let name = p.partner_name(pantry);
    assert_eq!(sign_off.say(&es), format!("firma de {name}"));
    assert_eq!(sign_off.say(&fr), format!("signature de {name}"));
    // A field the review has no word for is shown by its name in the file, not dropped.
    assert_eq!(slot_msg(&p, "revealed_at").say(&fr), "revealed at");
}
