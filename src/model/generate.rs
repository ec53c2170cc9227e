//! Large, seeded partnerships for the performance benchmark: a coordinating organisation
//! with years of data, ten times what a busy group would type in. Deterministic for a seed
//! (ids too, see [`with_seeded_ids`]) so anyone can reproduce the numbers, and valid by the
//! model's own validation, because every record is made with its tool's constructors.
//!
//! It starts from the built-in sample (so the charter, meetings, health rounds, stories,
//! milestones and funding are the realistic scattering of the other tools) and tops the big
//! collections up to [`SIZES`].
use chrono::{DateTime, Duration, NaiveDate, Utc};
use uuid::Uuid;

use super::community::{Activity, ActivityKind, Input, Response, ResponseStatus};
use super::goals::{Goal, GoalStatus};
use super::ideas::{Author, Idea};
use super::metrics::{Counting, Direction, Measurement, Metric, MetricKind};
use super::record::{with_seeded_ids, Record};
use super::resources::{Entry, EntryKind, Strength};
use super::{Partner, Partnership, Sector};

/// How many records of each big collection a large partnership has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sizes {
    pub partners: usize,
    pub resource_entries: usize,
    pub goals: usize,
    pub metrics: usize,
    pub measurements: usize,
    pub community_inputs: usize,
    pub ideas: usize,
}

/// The sizes of issue 10: ten times a large partnership.
pub const SIZES: Sizes = Sizes {
    partners: 200,
    resource_entries: 2_000,
    goals: 50,
    metrics: 100,
    measurements: 20_000,
    community_inputs: 500,
    ideas: 300,
};

/// A tenth of [`SIZES`] (a little more than the sample), for quick runs in CI.
pub const SMALL: Sizes = Sizes {
    partners: 20,
    resource_entries: 200,
    goals: 8,
    metrics: 10,
    measurements: 2_000,
    community_inputs: 50,
    ideas: 30,
};

impl Sizes {
    /// Every size divided by `n` (at least 1), for a partnership that still fits somewhere.
    pub fn divided(self, n: usize) -> Sizes {
        let d = |x: usize| (x / n.max(1)).max(1);
        Sizes {
            partners: d(self.partners),
            resource_entries: d(self.resource_entries),
            goals: d(self.goals),
            metrics: d(self.metrics),
            measurements: d(self.measurements),
            community_inputs: d(self.community_inputs),
            ideas: d(self.ideas),
        }
    }
}

/// A small permuted congruential generator (PCG-XSH-RR 64/32): no dependency, same numbers on
/// every platform.
#[derive(Clone, Debug)]
pub struct Pcg(u64);

impl Pcg {
    pub fn new(seed: u64) -> Pcg {
        let mut rng = Pcg(seed.wrapping_add(0x853c_49e6_748f_ea9b));
        rng.next_u32();
        rng
    }

    pub fn next_u32(&mut self) -> u32 {
        let old = self.0;
        self.0 = old.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let xorshifted = (((old >> 18) ^ old) >> 27) as u32;
        xorshifted.rotate_right((old >> 59) as u32)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u32() as u64 * n as u64 >> 32) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// True with probability `percent` in 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const PLACES: [&str; 12] = [
    "Riverside", "Eastside", "Northgate", "Millbrook", "Harbour", "Oakfield", "Southbank", "Westmoor",
    "Kingsley", "Ashford", "Brookvale", "Elm Park",
];
const ORGS: [(&str, Sector); 12] = [
    ("Food Pantry", Sector::NonProfit),
    ("Youth Trust", Sector::NonProfit),
    ("Supermarkets", Sector::Corporate),
    ("Logistics Ltd", Sector::Corporate),
    ("Council Housing Team", Sector::Government),
    ("Primary School", Sector::Government),
    ("Tenants' Association", Sector::CommunityGroup),
    ("Mosque Kitchen", Sector::CommunityGroup),
    ("Community Foundation", Sector::Funder),
    ("Health Fund", Sector::Funder),
    ("College Nutrition Unit", Sector::Academic),
    ("Allotment Society", Sector::Other),
];
const PEOPLE: [&str; 10] = [
    "Amina Yusuf", "Tom Becker", "Sofia Rossi", "Kwame Mensah", "Mei Chen", "Ravi Patel", "Olga Novak",
    "Jamal Carter", "Lucía Gómez", "Hannah Schmidt",
];
const OFFERS: [&str; 8] = [
    "Volunteers for Saturday deliveries", "Cold storage space", "A van two days a week",
    "Meeting room in the evenings", "Data on school-meal uptake", "Grant for small projects",
    "Translation into three languages", "Training for pantry staff",
];
const NEEDS: [&str; 8] = [
    "Drivers for the holiday meal run", "Funding for a coordinator", "A warm hall in winter",
    "Survey helpers", "A stock-keeping system", "Introductions to families", "Evaluation advice",
    "Storage for dry goods",
];
const THEMES: [&str; 8] = ["prices", "transport", "opening hours", "dignity", "children", "fresh food", "language", "stigma"];
const SAID: [&str; 6] = [
    "The pantry closes before people finish work.",
    "Fresh vegetables are too expensive at the corner shop.",
    "Parents feel judged when they queue outside.",
    "The bus to the market stops running at six.",
    "Leaflets only come in English.",
    "Children are hungrier in the school holidays.",
];
const IDEAS: [&str; 6] = [
    "Evening pantry hours", "Community fridge", "Market voucher scheme", "Cooking club for teenagers",
    "Delivery by bike", "Holiday lunch club",
];

/// A large partnership of `sizes`, the same for the same seed and `now`.
pub fn partnership_of(sizes: Sizes, seed: u64, now: DateTime<Utc>) -> Partnership {
    with_seeded_ids(seed, || {
        let mut rng = Pcg::new(seed);
        let mut p = super::sample::sample(now);
        p.name = format!("Greater Riverside Food Network (generated, seed {seed})");
        add_partners(&mut p, &mut rng, sizes.partners, now);
        add_entries(&mut p, &mut rng, sizes.resource_entries, now);
        add_metrics(&mut p, &mut rng, sizes.metrics, sizes.measurements, now);
        add_goals(&mut p, &mut rng, sizes.goals, now);
        add_inputs(&mut p, &mut rng, sizes.community_inputs, now);
        add_ideas(&mut p, &mut rng, sizes.ideas, now);
        stamp_every_record(&mut p, now);
        p.updated_at = now;
        p
    })
}

/// Stamps one field of records as if each had been edited once, on one of ten devices:
/// every record but the measurements, and one measurement in twenty (readings are entered,
/// rarely corrected). These are the stamps a partnership carries after long use, so that
/// sizes and merge times count them.
fn stamp_every_record(p: &mut Partnership, now: DateTime<Utc>) {
    use super::stamp::{set_slots, Clock, Stamps};
    use serde_json::Value;
    struct Stamper {
        clocks: Vec<Clock>,
        seen: super::stamp::Seen,
        now: DateTime<Utc>,
        n: usize,
    }
    impl Stamper {
        fn walk(&mut self, v: &mut Value, every: usize) {
            match v {
                Value::Object(o) => {
                    if o.contains_key("id") {
                        self.n += 1;
                        let field = o.keys().find(|k| !super::stamp::shape::META.contains(&k.as_str())).cloned();
                        if let Some(field) = field.filter(|_| self.n % every == 0) {
                            let stamp = self.clocks[self.n % 10].tick(&self.seen, self.now);
                            self.seen.note(stamp);
                            let mut at = Stamps::default();
                            at.insert(&field, stamp);
                            set_slots(o, &at);
                        }
                    }
                    for (k, child) in o.iter_mut() {
                        let every = if k == "measurements" { 20 } else { every };
                        self.walk(child, every);
                    }
                }
                Value::Array(a) => a.iter_mut().for_each(|x| self.walk(x, every)),
                _ => {}
            }
        }
    }
    let mut json = super::file::to_json_value(p);
    let mut s = Stamper { clocks: (1..=10).map(Clock::new).collect(), seen: p.seen.clone(), now, n: 0 };
    s.walk(&mut json, 1);
    if let Ok(stamped) = serde_json::from_str::<Partnership>(&json.to_string()) {
        *p = stamped;
        p.seen = s.seen;
    }
}

/// The benchmark's large partnership: [`SIZES`].
pub fn large_partnership(seed: u64, now: DateTime<Utc>) -> Partnership {
    partnership_of(SIZES, seed, now)
}

/// A time in the past year or so, before `now`.
fn earlier(rng: &mut Pcg, now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::minutes(60 + rng.below(400 * 24 * 60) as i64)
}

fn add_partners(p: &mut Partnership, rng: &mut Pcg, total: usize, now: DateTime<Utc>) {
    let mut n = 0;
    while p.partners.len() < total {
        n += 1;
        let (kind, sector) = *rng.pick(&ORGS);
        let name = format!("{} {kind} {n}", rng.pick(&PLACES));
        let t = earlier(rng, now);
        let mut partner = Partner::new(name, sector, t);
        partner.contact_person = rng.pick(&PEOPLE).to_string();
        partner.role = "Member of the network".into();
        partner.joined = Some(t.date_naive());
        p.partners.push(partner);
    }
}

fn add_entries(p: &mut Partnership, rng: &mut Pcg, total: usize, now: DateTime<Utc>) {
    let partners: Vec<Uuid> = p.partners.iter().map(|x| x.id).collect();
    let categories: Vec<Uuid> = p.resources.categories.iter().map(|c| c.id).collect();
    while p.resources.entries.len() < total && !categories.is_empty() {
        let (kind, text) = if rng.chance(55) { (EntryKind::Offer, rng.pick(&OFFERS)) } else { (EntryKind::Need, rng.pick(&NEEDS)) };
        let strength = *rng.pick(&[Strength::Small, Strength::Medium, Strength::Large]);
        let entry = Entry::new(*rng.pick(&partners), kind, *rng.pick(&categories), *text, strength, earlier(rng, now));
        p.resources.entries.push(entry);
    }
}

fn add_metrics(p: &mut Partnership, rng: &mut Pcg, total: usize, readings: usize, now: DateTime<Utc>) {
    let today = now.date_naive();
    let mut fresh = Vec::new();
    while p.metrics.len() < total {
        let n = p.metrics.len() + 1;
        let outcome = rng.chance(40);
        let kind = if outcome { MetricKind::Outcome } else { MetricKind::Output };
        let mut m = Metric::new(format!("{} indicator {n}", rng.pick(&PLACES)), kind, earlier(rng, now));
        m.unit = if outcome { "% of households".into() } else { "meals".into() };
        m.direction = Direction::Increase;
        m.counting = if outcome { Counting::PerPeriod } else { Counting::Cumulative };
        let base = if outcome { 40.0 + rng.below(30) as f64 } else { 0.0 };
        m.baseline_value = Some(base);
        m.baseline_date = Some(today - Duration::days(3 * 365));
        m.target_value = Some(if outcome { base + 20.0 } else { 50_000.0 });
        m.target_date = Some(today + Duration::days(365));
        fresh.push(m.id);
        p.metrics.push(m);
    }
    if fresh.is_empty() {
        return;
    }
    // Weekly readings, most metrics several years deep: what a coordinating body accumulates.
    let start: NaiveDate = today - Duration::days(3 * 365);
    let mut i = 0;
    while p.measurements.len() < readings {
        let metric = fresh[i % fresh.len()];
        let week = (i / fresh.len()) as i64;
        let date = start + Duration::days(week * 7 % (3 * 365));
        let value = (100.0 + rng.below(5_000) as f64 / 10.0).round();
        let mut m = Measurement::new(metric, date, value, now - Duration::days(1 + rng.below(300) as i64));
        if rng.chance(20) {
            m.note = "Monthly return from the pantries".into();
        }
        p.measurements.push(m);
        i += 1;
    }
}

fn add_goals(p: &mut Partnership, rng: &mut Pcg, total: usize, now: DateTime<Utc>) {
    let partners: Vec<Uuid> = p.partners.iter().map(|x| x.id).collect();
    let metrics: Vec<Uuid> = p.metrics.iter().map(|m| m.id).collect();
    let today = now.date_naive();
    while p.goals.len() < total {
        let place = rng.pick(&PLACES);
        let mut g = Goal::new(format!("Fewer families in {place} go without a hot meal (goal {})", p.goals.len() + 1), earlier(rng, now));
        g.target_group = "families with children".into();
        g.place = place.to_string();
        g.status = *rng.pick(&[GoalStatus::Draft, GoalStatus::Active, GoalStatus::Active, GoalStatus::Achieved]);
        g.owner_ids = vec![*rng.pick(&partners), *rng.pick(&partners)];
        g.owner_ids.dedup();
        g.metric_ids = vec![*rng.pick(&metrics)];
        g.start = Some(today - Duration::days(200));
        g.end = Some(today + Duration::days(500));
        g.serves_mission = true;
        p.goals.push(g);
    }
}

fn add_inputs(p: &mut Partnership, rng: &mut Pcg, total: usize, now: DateTime<Utc>) {
    let partners: Vec<Uuid> = p.partners.iter().map(|x| x.id).collect();
    let mut activities = Vec::new();
    for n in 0..(total / 20).max(1) {
        let kind = *rng.pick(&[ActivityKind::Survey, ActivityKind::FocusGroup, ActivityKind::TownHall, ActivityKind::Interview]);
        let t = earlier(rng, now);
        let mut a = Activity::new(kind, format!("{} listening session {}", rng.pick(&PLACES), n + 1), t);
        a.date = Some(t.date_naive());
        a.partner_ids = vec![*rng.pick(&partners)];
        a.participants = Some(10 + rng.below(60) as u32);
        activities.push(a.id);
        p.community.activities.push(a);
    }
    while p.community.inputs.len() < total {
        let t = earlier(rng, now);
        let mut input = Input::new(*rng.pick(&activities), *rng.pick(&SAID), t);
        input.themes = vec![rng.pick(&THEMES).to_string()];
        if rng.chance(40) {
            let status = *rng.pick(&[ResponseStatus::InProgress, ResponseStatus::Done]);
            p.community.responses.push(Response::new(input.id, "We changed the rota to match.", status, t));
        }
        p.community.inputs.push(input);
    }
}

fn add_ideas(p: &mut Partnership, rng: &mut Pcg, total: usize, now: DateTime<Utc>) {
    let partners: Vec<Uuid> = p.partners.iter().map(|x| x.id).collect();
    while p.ideas.ideas.len() < total {
        let mut idea = Idea::new(format!("{} in {}", rng.pick(&IDEAS), rng.pick(&PLACES)), earlier(rng, now));
        idea.description = "Raised at a listening session; worth trying for a month.".into();
        idea.author = if rng.chance(50) {
            Author::Partner { partner_id: *rng.pick(&partners) }
        } else {
            Author::Community { name: "a parent at the focus group".into() }
        };
        idea.tags = vec![rng.pick(&THEMES).to_string()];
        p.ideas.ideas.push(idea);
    }
}

/// Another group's copy of `p` after some weeks of work: a few percent of records edited
/// (partners renamed, resource entries reworded), new measurements, and deletions with
/// tombstones; all at `now`, which should be later than `p`'s times. For the merge benchmark.
pub fn modified_copy(p: &Partnership, seed: u64, now: DateTime<Utc>) -> Partnership {
    with_seeded_ids(seed ^ 0x5eed_c0de, || {
        let mut rng = Pcg::new(seed ^ 0x5eed_c0de);
        let mut q = p.clone();
        for i in 0..q.partners.len() {
            if rng.chance(3) {
                let mut partner = q.partners[i].clone();
                partner.name = format!("{} (renamed)", partner.name);
                q.upsert(partner, now);
            }
        }
        for i in 0..q.resources.entries.len() {
            if rng.chance(3) {
                let mut entry = q.resources.entries[i].clone();
                entry.description.push_str(" (updated)");
                q.upsert(entry, now);
            }
        }
        let metrics: Vec<Uuid> = q.metrics.iter().map(|m| m.id).collect();
        let new: Vec<Measurement> = (0..q.measurements.len() / 50)
            .map(|_| Measurement::new(*rng.pick(&metrics), now.date_naive(), rng.below(1_000) as f64, now))
            .collect();
        super::metrics::add_measurements(&mut q, new, now);
        let doomed: Vec<Uuid> = q.measurements.iter().filter(|_| rng.chance(1)).map(|m| m.id).collect();
        for id in doomed {
            q.remove::<Measurement>(id, now);
        }
        let ideas: Vec<Uuid> = q.ideas.ideas.iter().filter(|_| rng.chance(2)).map(|i| i.id).collect();
        for id in ideas {
            q.remove::<Idea>(id, now);
        }
        q.touch(now);
        // Stamped as the app stamps an edit, by a device of its own.
        super::stamp::record_edit(p, &mut q, &mut super::stamp::Clock::new(seed ^ 0xb0b), now);
        q
    })
}

#[cfg(test)]
mod tests;
