//! The sample partnership's metrics and a year of readings; data, not rules.
use super::*;

/// Deterministic wobble for the sample's readings, so that they look measured, not drawn.
const WOBBLE: [f64; 12] = [0.4, -0.6, 0.9, -0.2, 0.3, -0.8, 0.6, 0.1, -0.4, 0.7, -0.3, 0.2];

pub(crate) struct SampleMetrics {
    pub food_secure: Uuid,
    pub parcels: Uuid,
    pub meals: Uuid,
    pub surplus: Uuid,
}

/// The sample's four metrics (two outcomes, two outputs) with a year of monthly readings
/// ending a few days before `now`: one on track, one at risk, one off track, one falling
/// as it should.
pub(crate) fn add_sample(p: &mut Partnership, now: DateTime<Utc>) -> SampleMetrics {
    let today = now.date_naive();
    let baseline = today - chrono::Duration::days(365);
    let month = |i: i64| baseline + chrono::Duration::days(30 * i);
    let mut make = |name: &str, kind, unit: &str, dir, counting, base: f64, target: f64, target_days: i64| {
        let mut m = Metric::new(name, kind, now);
        m.unit = unit.into();
        m.direction = dir;
        m.counting = counting;
        m.baseline_value = Some(base);
        m.baseline_date = Some(baseline);
        m.target_value = Some(target);
        m.target_date = Some(baseline + chrono::Duration::days(target_days));
        let id = m.id;
        p.metrics.push(m);
        id
    };
    use Counting::*;
    use Direction::*;
    let food_secure = make("Households food-secure", MetricKind::Outcome, "% of households", Increase, PerPeriod, 62.0, 75.0, 730);
    let parcels = make("Families needing emergency food parcels", MetricKind::Outcome, "families a month", Decrease, PerPeriod, 480.0, 360.0, 730);
    let meals = make("Meals served at the pantries", MetricKind::Output, "meals", Increase, Cumulative, 0.0, 60000.0, 730);
    let surplus = make("Surplus food rescued", MetricKind::Output, "kg", Increase, Cumulative, 0.0, 32000.0, 545);
    let mut read = |metric: Uuid, value: &dyn Fn(i64) -> f64, note: &str| {
        for i in 1..=12 {
            let mut m = Measurement::new(metric, month(i), value(i), now);
            m.note = note.into();
            p.measurements.push(m);
        }
    };
    let w = |i: i64| WOBBLE[(i as usize - 1) % WOBBLE.len()];
    read(food_secure, &|i| ((62.0 + 0.33 * i as f64 + w(i)) * 10.0).round() / 10.0, "Monthly panel survey, Nutrition Lab");
    read(parcels, &|i| (480.0 - 5.5 * i as f64 + 10.0 * w(i)).round(), "Food bank parcel log");
    read(meals, &|i| (2550.0 + 20.0 * i as f64 + 150.0 * w(i)).round(), "Pantry sign-in sheets");
    read(surplus, &|i| (900.0 + 10.0 * i as f64 + 80.0 * w(i)).round(), "FreshMart delivery notes");
    SampleMetrics { food_secure, parcels, meals, surplus }
}
