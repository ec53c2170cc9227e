use super::*;
use crate::i18n::Words;
use crate::model::metrics::format_number;
use crate::model::metrics::MetricKind;
use crate::model::time::{at, date};

fn metric() -> Metric {
    let mut m = Metric::new("Meals & more", MetricKind::Output, at("2026-01-01T00:00:00Z"));
    m.unit = "meals".into();
    m.baseline_value = Some(0.0);
    m.baseline_date = Some(date("2025-07-01"));
    m.target_value = Some(1200.0);
    m.target_date = Some(date("2026-12-31"));
    m
}

fn series() -> Vec<(NaiveDate, f64)> {
    vec![(date("2025-10-01"), 100.0), (date("2026-03-01"), 450.0), (date("2026-06-01"), 600.0)]
}

fn screen(today: &str) -> Frame {
    Frame::Screen { today: date(today) }
}

#[test]
fn grid_steps_are_round_numbers() {
    assert_eq!(nice_step(1000.0), 200.0);
    assert_eq!(nice_step(7.0), 2.0);
    assert_eq!(nice_step(0.3), 0.1);
}

#[test]
fn the_screen_chart_has_the_pages_title_description_and_classes() {
    let m = metric();
    let svg = metric_svg(&m, &series(), screen("2026-07-01"), &Words::english()).expect("a chart");
    let id = m.id;
    assert!(svg.contains(&format!(r#"aria-labelledby="chart-title-{id} chart-desc-{id}" class="metric-chart""#)), "{svg}");
    assert!(svg.contains("Meals &amp; more: measurements against the planned path</title>"));
    assert!(svg.contains(&format!(r#"<desc id="chart-desc-{id}">3 measurements from 1 Oct 2025 (100 meals) to 1 Jun 2026 (600 meals). Plan: from 0 meals on 1 Jul 2025 to 1,200 meals by 31 Dec 2026.</desc>"#)), "{svg}");
    assert_eq!(svg.matches(r#"class="reading-dot""#).count(), 3);
    assert_eq!(svg.matches(r#"class="target-dot""#).count(), 1);
    for class in ["grid", "axis-label", "plan", "actual", "legend", "legend-label", "today"] {
        assert!(svg.contains(&format!(r#"class="{class}""#)), "{class}");
    }
    assert!(svg.contains(">Today</text>") && svg.contains(">1 Jul 2025</text>") && svg.contains(">31 Dec 2026</text>"));
    assert!(svg.contains(">1,500</text>"), "the axis is labelled past the target: {svg}");
    assert!(!svg.contains("This period"), "the page has no reporting period");
}

#[test]
fn today_is_only_written_where_it_covers_no_date() {
    let near_the_end = metric_svg(&metric(), &series(), screen("2026-12-20"), &Words::english()).unwrap();
    assert!(near_the_end.contains(r#"class="today""#) && !near_the_end.contains(">Today</text>"));
    let after = metric_svg(&metric(), &series(), screen("2027-03-01"), &Words::english()).unwrap();
    assert!(!after.contains(r#"class="today""#));
}

#[test]
fn the_plan_is_drawn_before_the_first_reading() {
    let svg = metric_svg(&metric(), &[], screen("2026-01-01"), &Words::english()).expect("the plan alone is a chart");
    assert!(svg.contains("No measurements yet. Plan: from 0 meals"));
    assert_eq!(svg.matches(r#"class="reading-dot""#).count(), 0);
    let mut bare = metric();
    bare.target_date = None;
    assert!(metric_svg(&bare, &[], screen("2026-01-01"), &Words::english()).is_none(), "nothing to draw");
}

#[test]
fn the_report_chart_keeps_its_inline_styles_and_no_classes() {
    let period = Period::new(date("2026-01-01"), date("2026-06-30"));
    let svg = metric_svg(&metric(), &series(), Frame::Report(period), &Words::english()).unwrap();
    assert!(svg.contains(r#"class="chart metric-chart""#) && svg.contains("This period"));
    assert!(!svg.contains("reading-dot") && !svg.contains("Today"));
    assert!(svg.contains("Meals &amp; more: measured against the planned path</title>"));
}

#[test]
fn every_value_that_passes_draws_a_small_finite_chart() {
    use crate::model::limits::{number_problem, MAX_ABS};
    let values = [MAX_ABS, -MAX_ABS, 0.0, 1e-300, -1e-300, MAX_ABS - 0.125, 0.1, 123_456_789.25];
    let days = [date("1900-01-01"), date("2200-12-31"), date("2026-03-01")];
    for (i, &a) in values.iter().enumerate() {
        for &b in &values[i..] {
            assert_eq!((number_problem(a), number_problem(b)), (None, None));
            let mut m = metric();
            m.baseline_value = Some(a);
            m.baseline_date = Some(days[0]);
            m.target_value = Some(b);
            m.target_date = Some(days[1]);
            let series = vec![(days[0], a), (days[2], b), (days[1], a)];
            for frame in [screen("2026-07-01"), Frame::Report(Period { from: days[0], to: days[1] })] {
                let svg = metric_svg(&m, &series, frame, &Words::english()).expect("a chart");
                assert!(svg.len() < 20_000, "{a} {b}: {} bytes", svg.len());
                assert!(!svg.contains("NaN") && !svg.contains("inf"), "{a} {b}: {svg}");
                assert!(svg.matches("<line").count() <= 30, "{a} {b}");
            }
        }
    }
}

#[test]
fn a_value_beyond_the_limit_is_never_shown_as_a_wrong_number() {
    // Numbers that pass are written exactly; one beyond (which no way in lets through) is
    // written as what it is, never clipped to 9,223,372,036,854,775,807 or the like.
    assert_eq!(format_number(1e15), "1,000,000,000,000,000");
    assert_eq!(format_number(-1e15), "-1,000,000,000,000,000");
    assert_eq!(format_number(1.6e308), "1.6e308");
}
