//! The field-level merge: edits made on different devices, stamped as the app stamps them.
use super::*;
use crate::model::charter::SignOffState;
use crate::model::checkins::{Cadence, CadenceUnit};
use crate::model::stamp::{record_edit, Clock};
use crate::model::time::at;
use crate::model::{Partner, Sector};

pub(super) fn t(h: u32, m: u32) -> DateTime<Utc> {
    at(&format!("2026-03-10T{h:02}:{m:02}:00Z"))
}

/// One copy of the partnership on one device (a tab), editing as the app does: change,
/// then stamp what changed.
#[derive(Clone)]
pub(super) struct Device {
    pub p: Partnership,
    pub clock: Clock,
}

impl Device {
    pub fn new(p: &Partnership, dev: u64) -> Device {
        Device { p: p.clone(), clock: Clock::new(dev) }
    }

    pub fn edit(&mut self, now: DateTime<Utc>, f: impl FnOnce(&mut Partnership)) {
        let before = self.p.clone();
        f(&mut self.p);
        record_edit(&before, &mut self.p, &mut self.clock, now);
    }

    /// Merges another device's file into this copy with the defaults.
    pub fn take(&mut self, other: &Partnership, now: DateTime<Utc>) -> Merge {
        let m = merge(&self.p, other, "", &HashMap::new(), now).unwrap();
        self.p = m.result.clone();
        m
    }
}

pub(super) fn shared() -> Partnership {
    let mut p = Partnership::new("Food for All", t(9, 0));
    for name in ["Pantry", "Grocer", "Council", "School", "Clinic", "Library"] {
        p.partners.push(Partner::new(name, Sector::Other, t(9, 0)));
    }
    p.charter.mission = "Feed every family".into();
    p.charter.vision = "No one hungry".into();
    p
}

fn conflicts(m: &Merge) -> Vec<&Change> {
    m.changes.iter().filter(|c| c.kind == ChangeKind::Conflict).collect()
}

#[test]
fn ten_edits_on_two_devices_all_survive_without_a_conflict() {
    // The walk-through: two devices opened one file.
    let base = shared();
    let (p1, p2) = (base.partners[0].id, base.partners[1].id);
    let mut signed = base.clone();
    signed.charter.sign(p2, t(9, 0));
    let (mut a, mut b) = (Device::new(&signed, 0xa), Device::new(&signed, 0xb));
    a.edit(t(10, 0), |p| p.charter.mission = "Feed every family, every week".into());
    a.edit(t(10, 1), |p| {
        let mut partner = p.partners[0].clone();
        partner.contact_person = "Ana".into();
        p.upsert(partner, t(10, 1));
    });
    a.edit(t(10, 2), |p| p.charter.sign(p1, t(10, 2)));
    b.edit(t(11, 0), |p| p.charter.vision = "No one hungry in Riverside".into());
    b.edit(t(11, 1), |p| {
        let mut partner = p.partners[0].clone();
        partner.notes = "Open Saturdays".into();
        p.upsert(partner, t(11, 1));
    });
    b.edit(t(11, 2), |p| p.problem_tree.problem = "Families skip meals".into());
    b.edit(t(11, 3), |p| p.check_ins.cadence = Some(Cadence { every: 2, unit: CadenceUnit::Weeks }));
    b.edit(t(11, 4), |p| p.charter.sign(p2, at("2026-03-11T11:04:00Z")));
    let a_alone = a.p.clone();
    let m = a.take(&b.p, t(12, 0));
    assert!(conflicts(&m).is_empty(), "{:#?}", conflicts(&m));
    let r = &a.p;
    assert_eq!(r.charter.mission, "Feed every family, every week");
    assert_eq!(r.charter.vision, "No one hungry in Riverside");
    assert_eq!(r.partners[0].contact_person, "Ana");
    assert_eq!(r.partners[0].notes, "Open Saturdays");
    assert_eq!(r.problem_tree.problem, "Families skip meals");
    assert_eq!(r.check_ins.cadence, Some(Cadence { every: 2, unit: CadenceUnit::Weeks }));
    assert!(matches!(r.charter.state_of(p1), SignOffState::Signed { .. }));
    assert_eq!(r.charter.state_of(p2), SignOffState::Signed { on: crate::model::time::date("2026-03-11") });
    // And the other way round, the same partnership.
    let back = merge(&b.p, &a_alone, "", &HashMap::new(), t(12, 0)).unwrap();
    assert!(conflicts(&back).is_empty());
    assert_eq!(same(&back.result), same(&a.p));
}

/// What two copies must agree on: everything but the time of the merge itself.
pub(super) fn same(p: &Partnership) -> Partnership {
    let mut p = p.clone();
    p.updated_at = p.created_at;
    p
}

#[test]
fn the_same_field_changed_on_both_is_one_conflict_with_both_values() {
    let base = shared();
    let (mut a, mut b) = (Device::new(&base, 0xa), Device::new(&base, 0xb));
    a.edit(t(10, 0), |p| p.charter.vision = "A's vision".into());
    b.edit(t(11, 0), |p| p.charter.vision = "B's vision".into());
    let m = merge(&a.p, &b.p, "", &HashMap::new(), t(12, 0)).unwrap();
    let c = conflicts(&m);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].fields, ["vision"]);
    assert_eq!(c[0].mine, Some(Value::String("A's vision".into())));
    assert_eq!(c[0].theirs, Some(Value::String("B's vision".into())));
    assert_eq!(c[0].default, Side::Theirs, "the later stamp");
    assert_eq!(m.result.charter.vision, "B's vision");
    let keep_mine = HashMap::from([(c[0].key(), Side::Mine)]);
    let chosen = merge(&a.p, &b.p, "", &keep_mine, t(12, 0)).unwrap().result;
    assert_eq!(chosen.charter.vision, "A's vision");
    // The choice holds: merging B's file again is quiet, and B takes the choice over.
    assert!(merge(&chosen, &b.p, "", &HashMap::new(), t(13, 0)).unwrap().is_empty());
    let at_b = merge(&b.p, &chosen, "", &HashMap::new(), t(13, 0)).unwrap();
    assert!(conflicts(&at_b).is_empty());
    assert_eq!(at_b.result.charter.vision, "A's vision");
}

#[test]
fn an_edit_made_after_seeing_the_other_wins_whatever_the_clocks_say() {
    let base = shared();
    let (mut a, mut b) = (Device::new(&base, 0xa), Device::new(&base, 0xb));
    // A's clock runs three years ahead.
    let ahead = at("2029-03-10T10:00:00Z");
    a.edit(ahead, |p| p.charter.vision = "From the future".into());
    b.take(&a.p, t(11, 0));
    // B, with a right clock, edits the same field after seeing A's edit: B's is newer.
    b.edit(t(11, 5), |p| p.charter.vision = "Corrected".into());
    let m = a.take(&b.p, t(12, 0));
    assert!(conflicts(&m).is_empty());
    assert_eq!(a.p.charter.vision, "Corrected");
    // A device whose clock runs behind is not ignored either.
    let behind = at("2020-01-01T00:00:00Z");
    let mut c = Device::new(&a.p, 0xc);
    c.edit(behind, |p| p.charter.vision = "From the past, but after".into());
    let m = a.take(&c.p, t(13, 0));
    assert!(conflicts(&m).is_empty());
    assert_eq!(a.p.charter.vision, "From the past, but after");
}

#[test]
fn six_partners_signing_and_rating_on_six_devices_add_up() {
    let mut base = shared();
    let round = crate::model::health::HealthRound::new("Spring", crate::model::time::date("2026-03-10"), t(9, 0));
    let round_id = round.id;
    base.health.rounds.push(round);
    let partners: Vec<Uuid> = base.partners.iter().map(|p| p.id).collect();
    let mut facilitator = Device::new(&base, 0xf);
    let devices: Vec<Device> = partners
        .iter()
        .enumerate()
        .map(|(i, &partner)| {
            let mut d = Device::new(&base, 0x100 + i as u64);
            d.edit(t(10, i as u32), |p| {
                p.charter.sign(partner, t(10, i as u32));
                let scores = std::collections::BTreeMap::from([("trust".to_string(), 1 + (i as u8 % 5))]);
                p.health.rounds[0].set_ratings(partner, scores, t(10, i as u32)).unwrap();
            });
            d
        })
        .collect();
    for d in &devices {
        let m = facilitator.take(&d.p, t(12, 0));
        assert!(conflicts(&m).is_empty(), "{:#?}", conflicts(&m));
    }
    let p = &facilitator.p;
    assert_eq!(p.charter.summary(&p.partners).signed, 6);
    let round = p.health.rounds.iter().find(|r| r.id == round_id).unwrap();
    assert_eq!(round.ratings.len(), 6);
    // Taking the same files again changes nothing.
    for d in &devices {
        assert!(facilitator.take(&d.p, t(13, 0)).is_empty());
    }
}

#[test]
fn ratings_of_one_partner_on_two_devices_merge_statement_by_statement() {
    let mut base = shared();
    let mut round = crate::model::health::HealthRound::new("Spring", crate::model::time::date("2026-03-10"), t(9, 0));
    let partner = base.partners[0].id;
    round.set_ratings(partner, [("trust".to_string(), 3), ("roles".to_string(), 3)].into(), t(9, 0)).unwrap();
    base.health.rounds.push(round);
    let (mut a, mut b) = (Device::new(&base, 0xa), Device::new(&base, 0xb));
    let rate = |d: &mut Device, key: &str, score: u8, now| {
        d.edit(now, |p| {
            let mut scores = p.health.rounds[0].ratings[0].scores.clone();
            scores.insert(key.to_string(), score);
            p.health.rounds[0].set_ratings(partner, scores, now).unwrap();
        })
    };
    rate(&mut a, "trust", 5, t(10, 0));
    rate(&mut b, "roles", 1, t(11, 0));
    let m = a.take(&b.p, t(12, 0));
    assert!(conflicts(&m).is_empty(), "{:#?}", conflicts(&m));
    let scores = &a.p.health.rounds[0].ratings[0].scores;
    assert_eq!((scores["trust"], scores["roles"]), (5, 1));
}

#[test]
fn a_signature_taken_back_on_one_device_stays_taken_back() {
    let mut base = shared();
    let partner = base.partners[0].id;
    base.charter.sign(partner, t(9, 0));
    let (mut a, b) = (Device::new(&base, 0xa), Device::new(&base, 0xb));
    a.edit(t(10, 0), |p| p.charter.withdraw(partner, t(10, 0)));
    let m = a.take(&b.p, t(12, 0));
    assert!(m.is_empty());
    assert_eq!(a.p.charter.state_of(partner), SignOffState::NotSigned);
    let mut b = b;
    b.take(&a.p, t(12, 0));
    assert_eq!(b.p.charter.state_of(partner), SignOffState::NotSigned);
}

#[test]
fn ballots_of_different_voters_add_up() {
    use crate::model::ideas::{Dots, Idea};
    let mut base = shared();
    let idea = Idea::new("Saturday market", t(9, 0));
    let idea_id = idea.id;
    base.ideas.ideas.push(idea);
    let voters: Vec<String> = ["Ana", "Ben", "Chi"].iter().map(|s| s.to_string()).collect();
    let round = base.start_round("Which first?", 3, &voters, t(9, 0)).unwrap();
    let mut facilitator = Device::new(&base, 0xf);
    for (i, v) in voters.iter().enumerate() {
        let mut d = Device::new(&base, 0x10 + i as u64);
        d.edit(t(10, i as u32), |p| p.cast_dots(round, v, &[Dots { idea_id, dots: 1 + i as u32 }], t(10, i as u32)).unwrap());
        assert!(conflicts(&facilitator.take(&d.p, t(12, 0))).is_empty());
    }
    let r = facilitator.p.ideas.rounds.iter().find(|r| r.id == round).unwrap();
    assert_eq!(r.ballots.len(), 3);
}

#[test]
fn a_file_of_schema_two_merges_into_stamped_data() {
    // Their copy has no stamps (made by the previous version); mine edited since.
    let base = shared();
    let mut a = Device::new(&base, 0xa);
    a.edit(t(10, 0), |p| p.charter.vision = "Stamped".into());
    let mut old = base.clone();
    let mut partner = old.partners[2].clone();
    partner.notes = "From the old app".into();
    old.upsert(partner, t(11, 0));
    let m = a.take(&old, t(12, 0));
    assert!(conflicts(&m).is_empty(), "{:#?}", conflicts(&m));
    assert_eq!(a.p.charter.vision, "Stamped");
    assert_eq!(a.p.partners[2].notes, "From the old app");
}
