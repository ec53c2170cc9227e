//! Where a metric stands: its readings and series, progress toward the target, the on-track
//! judgement against time, and the trend toward the target date.
use super::*;

/// The measurements of one metric, oldest first (ties in the order they were recorded).
pub fn readings(measurements: &[Measurement], metric_id: Uuid) -> Vec<&Measurement> {
    let mut out: Vec<&Measurement> = measurements.iter().filter(|m| m.metric_id == metric_id).collect();
    sort_by_key(&mut out, |m| (m.date, m.created_at));
    out
}

/// The value over time as the chart draws it: a running total from the baseline for a
/// cumulative metric (readings before the baseline date are part of the baseline and are
/// not added again), each reading as it is for a per-period one.
pub fn series(metric: &Metric, measurements: &[Measurement]) -> Vec<(NaiveDate, f64)> {
    series_of(metric, &readings(measurements, metric.id))
}

/// Every metric's [`readings`], found in one pass over the measurements: asking `readings`
/// for each metric went through every measurement once per metric, which dominated redrawing
/// the overview of a large partnership after a change.
pub struct ByMetric<'a>(IdMap<Vec<&'a Measurement>>);

impl<'a> ByMetric<'a> {
    pub fn new(measurements: impl IntoIterator<Item = &'a Measurement>) -> ByMetric<'a> {
        let mut by: IdMap<Vec<&Measurement>> = IdMap::default();
        for m in measurements {
            by.entry(m.metric_id).or_default().push(m);
        }
        // A stable sort of each in the order recorded: what `readings` gives.
        for rs in by.values_mut() {
            sort_by_key(rs, |m| (m.date, m.created_at));
        }
        ByMetric(by)
    }

    /// The readings of one metric, oldest first.
    pub fn of(&self, metric_id: Uuid) -> &[&'a Measurement] {
        self.0.get(&metric_id).map(Vec::as_slice).unwrap_or_default()
    }

    /// [`assess`] with this index.
    pub fn assess(&self, metric: &Metric, today: NaiveDate) -> Assessment {
        assess_of(metric, self.of(metric.id), today)
    }
}

/// [`series`] of the metric's readings (oldest first).
pub fn series_of(metric: &Metric, rs: &[&Measurement]) -> Vec<(NaiveDate, f64)> {
    match metric.counting {
        Counting::PerPeriod => rs.iter().map(|m| (m.date, m.value)).collect(),
        Counting::Cumulative => {
            let mut total = metric.start_value().unwrap_or(0.0);
            rs.iter()
                .filter(|m| metric.baseline_date.is_none_or(|b| m.date >= b))
                .map(|m| {
                    total += m.value;
                    (m.date, total)
                })
                .collect()
        }
    }
}

/// Where the metric stands now: the running total, or the latest reading.
pub fn current_value(metric: &Metric, measurements: &[Measurement]) -> Option<f64> {
    series(metric, measurements).last().map(|(_, v)| *v)
}

/// How far from the baseline toward the target the metric has come: 0 at the baseline,
/// 1 at the target, above 1 past it, below 0 when it moved the wrong way. `None` without a
/// baseline, a target, a reading, or when the target equals the baseline.
pub fn progress(metric: &Metric, measurements: &[Measurement]) -> Option<f64> {
    let start = metric.start_value()?;
    let target = metric.target_value?;
    let now = current_value(metric, measurements)?;
    share_of_the_way(start, target, now)
}

/// How far `now` is from `start` to `target`, as a fraction (1 is there). A target a hair's
/// breadth from the baseline would make a reading an endless multiple of the way; past a
/// thousand times either way the figure means nothing, so it stops there and stays finite.
fn share_of_the_way(start: f64, target: f64, now: f64) -> Option<f64> {
    let span = target - start;
    (span != 0.0).then(|| ((now - start) / span).clamp(-1000.0, 1000.0))
}

/// Thresholds for the on-track judgement, as fractions of the progress expected by now.
pub const ON_TRACK_AT: f64 = 0.9;
pub const AT_RISK_AT: f64 = 0.6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Track {
    /// No measurement has been recorded yet.
    NoData,
    /// Baseline, target value or dates are missing, so there is nothing to compare with.
    NeedsTarget,
    Reached,
    OnTrack,
    AtRisk,
    OffTrack,
}

impl Track {
    /// The standing's name: a message, for the screen to word in its language (`t(x.label_key())`).
    pub fn label_key(self) -> Key {
        match self {
            Track::NoData => tr::model::standing::NO_DATA,
            Track::NeedsTarget => tr::model::standing::NEEDS_TARGET,
            Track::Reached => tr::model::standing::REACHED,
            Track::OnTrack => tr::model::standing::ON_TRACK,
            Track::AtRisk => tr::model::standing::AT_RISK,
            Track::OffTrack => tr::model::standing::OFF_TRACK,
        }
    }

    /// In English (files, logs, tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn label(self) -> &'static str {
        crate::i18n::english(self.label_key())
    }
    /// For CSS classes and tests.
    pub fn key(self) -> &'static str {
        match self {
            Track::NoData => "no-data",
            Track::NeedsTarget => "needs-target",
            Track::Reached => "reached",
            Track::OnTrack => "on-track",
            Track::AtRisk => "at-risk",
            Track::OffTrack => "off-track",
        }
    }
}

/// A metric's standing, with the numbers behind it so the screen can explain it.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub track: Track,
    pub current: Option<f64>,
    pub progress: Option<f64>,
    /// The share of the way that the straight path from baseline to target had covered by
    /// the last reading.
    pub expected: Option<f64>,
    /// The date of the last reading: progress is only known as of then.
    pub as_of: Option<NaiveDate>,
    /// One sentence for people, worded by whoever shows it.
    pub explanation: Msg,
}

/// On track or not, judged against time.
///
/// The straight path from (baseline date, baseline) to (target date, target) says how far
/// along the metric should be at any date. At the date of the latest reading we compare
/// progress with that expected share: at least 90 % of it is *on track*, at least 60 % *at
/// risk*, less *off track*. We judge as of the last reading rather than today, because a
/// survey run twice a year would otherwise look worse every day between surveys. Once the
/// target date has passed (on `today`) without the target being reached, it is *off track*.
pub fn assess(metric: &Metric, measurements: &[Measurement], today: NaiveDate) -> Assessment {
    assess_of(metric, &readings(measurements, metric.id), today)
}

/// [`assess`] from the metric's readings (oldest first).
fn assess_of(metric: &Metric, rs: &[&Measurement], today: NaiveDate) -> Assessment {
    let s = series_of(metric, rs);
    let current = s.last().map(|(_, v)| *v);
    let as_of = s.last().map(|(d, _)| *d);
    // What `progress` works out, from the series already made.
    let progress = match (metric.start_value(), metric.target_value, current) {
        (Some(start), Some(target), Some(now)) => share_of_the_way(start, target, now),
        _ => None,
    };
    use tr::model::standing;
    let mut a = Assessment { track: Track::NoData, current, progress, expected: None, as_of, explanation: standing::NO_READINGS.into() };
    let Some(as_of) = as_of else {
        return a;
    };
    let (Some(_), Some(target), Some(start_date), Some(end_date), Some(progress)) =
        (metric.start_value(), metric.target_value, metric.baseline_date, metric.target_date, progress)
    else {
        a.track = Track::NeedsTarget;
        a.explanation = needs_target_reason(metric);
        return a;
    };
    // A share of the way as the language writes a percentage ("32%", "32 %").
    let pct = |f: f64| Msg::new(tr::metrics::PERCENT).int("value", (f * 100.0).round() as i128);
    if progress >= 1.0 {
        a.track = Track::Reached;
        a.explanation = Msg::new(standing::REACHED_WHY).amount("target", target, &metric.unit);
        return a;
    }
    if today > end_date {
        a.track = Track::OffTrack;
        a.explanation = Msg::new(standing::PASSED).date("date", end_date).said("percent", pct(progress.max(0.0)));
        return a;
    }
    let total = (end_date - start_date).num_days().max(1) as f64;
    let expected = ((as_of - start_date).num_days() as f64 / total).clamp(0.0, 1.0);
    a.expected = Some(expected);
    a.track = if expected <= 0.0 || progress >= ON_TRACK_AT * expected {
        Track::OnTrack
    } else if progress >= AT_RISK_AT * expected {
        Track::AtRisk
    } else {
        Track::OffTrack
    };
    a.explanation = Msg::new(standing::SO_FAR).date("date", as_of).said("expected", pct(expected)).said("percent", pct(progress));
    a
}

fn needs_target_reason(metric: &Metric) -> Msg {
    use tr::model::standing::{self, missing};
    let missing: Vec<Msg> = [
        (metric.start_value().is_none(), missing::BASELINE_VALUE),
        (metric.baseline_date.is_none(), missing::BASELINE_DATE),
        (metric.target_value.is_none(), missing::TARGET_VALUE),
        (metric.target_date.is_none(), missing::TARGET_DATE),
    ]
    .into_iter()
    .filter(|(gone, _)| *gone)
    .map(|(_, k)| k.into())
    .collect();
    if missing.is_empty() {
        return standing::SAME_AS_BASELINE.into();
    }
    Msg::new(standing::GIVE).list("list", missing, false)
}

/// Where the measurements so far point: the least-squares line through the baseline and
/// the readings, read at the target date. `None` with fewer than three points (too few to
/// call a trend) or without a baseline or target date.
pub fn trend_at_target(metric: &Metric, measurements: &[Measurement]) -> Option<f64> {
    let start_date = metric.baseline_date?;
    let end_date = metric.target_date?;
    let mut points: Vec<(f64, f64)> = vec![(0.0, metric.start_value()?)];
    points.extend(series(metric, measurements).into_iter().map(|(d, v)| ((d - start_date).num_days() as f64, v)));
    if points.len() < 3 {
        return None;
    }
    let n = points.len() as f64;
    let mx = points.iter().map(|p| p.0).sum::<f64>() / n;
    let my = points.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = points.iter().map(|p| (p.0 - mx).powi(2)).sum();
    if sxx == 0.0 {
        return None;
    }
    let slope = points.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum::<f64>() / sxx;
    let x = (end_date - start_date).num_days() as f64;
    Some(my + slope * (x - mx))
}

/// The target is "far beyond the trend" when reaching it needs more than this many times
/// the change the trend so far would bring by the target date.
pub const FAR_BEYOND_TREND: f64 = 2.0;

/// `Some(sentence)` when the measurements so far make the target look out of reach.
pub fn beyond_trend(metric: &Metric, measurements: &[Measurement]) -> Option<Msg> {
    let start = metric.start_value()?;
    let target = metric.target_value?;
    let projected = trend_at_target(metric, measurements)?;
    let sign = if target >= start { 1.0 } else { -1.0 };
    let needed = (target - start) * sign;
    let likely = (projected - start) * sign;
    if needed <= 0.0 || (likely > 0.0 && needed <= FAR_BEYOND_TREND * likely) {
        return None;
    }
    Some(
        Msg::new(tr::model::smart::BEYOND_TREND)
            .text("name", metric.name.as_str())
            .amount("target", target, &metric.unit)
            .amount("likely", projected, &metric.unit),
    )
}
