use super::*;
use crate::model::time::{at, date};

fn now() -> DateTime<Utc> {
    at("2026-07-01T09:00:00Z")
}

/// A metric from 0 on 1 Jan 2026 to `target` on 31 Dec 2026 (364 days).
fn metric(counting: Counting, direction: Direction, baseline: f64, target: f64) -> Metric {
    let mut m = Metric::new("Meals served", MetricKind::Output, now());
    m.unit = "meals".into();
    m.counting = counting;
    m.direction = direction;
    m.baseline_value = Some(baseline);
    m.baseline_date = Some(date("2026-01-01"));
    m.target_value = Some(target);
    m.target_date = Some(date("2026-12-31"));
    m
}

fn reading(m: &Metric, day: &str, value: f64) -> Measurement {
    Measurement::new(m.id, date(day), value, now())
}

#[test]
fn a_metric_without_measurements_has_no_data_yet() {
    let m = metric(Counting::PerPeriod, Direction::Increase, 10.0, 20.0);
    let a = assess(&m, &[], date("2026-07-01"));
    assert_eq!(a.track, Track::NoData);
    assert_eq!(a.progress, None);
    assert!(a.explanation.to_string().starts_with("No measurements yet"));
}

#[test]
fn a_per_period_metric_uses_the_latest_reading() {
    let m = metric(Counting::PerPeriod, Direction::Increase, 10.0, 20.0);
    let ms = vec![reading(&m, "2026-03-01", 18.0), reading(&m, "2026-02-01", 12.0)];
    assert_eq!(current_value(&m, &ms), Some(18.0));
    assert_eq!(progress(&m, &ms), Some(0.8));
}

#[test]
fn a_cumulative_metric_sums_readings_from_the_baseline() {
    let m = metric(Counting::Cumulative, Direction::Increase, 100.0, 1100.0);
    let ms = vec![
        reading(&m, "2025-12-15", 999.0), // before the baseline: already in it
        reading(&m, "2026-01-31", 200.0),
        reading(&m, "2026-02-28", 300.0),
    ];
    assert_eq!(series(&m, &ms), vec![(date("2026-01-31"), 300.0), (date("2026-02-28"), 600.0)]);
    assert_eq!(progress(&m, &ms), Some(0.5));
}

#[test]
fn a_cumulative_metric_without_a_baseline_starts_at_zero() {
    let mut m = metric(Counting::Cumulative, Direction::Increase, 0.0, 1000.0);
    m.baseline_value = None;
    let ms = vec![reading(&m, "2026-03-01", 250.0)];
    assert_eq!(progress(&m, &ms), Some(0.25));
}

#[test]
fn a_decreasing_metric_progresses_as_it_falls() {
    let m = metric(Counting::PerPeriod, Direction::Decrease, 480.0, 360.0);
    let ms = vec![reading(&m, "2026-07-02", 420.0)];
    assert_eq!(progress(&m, &ms), Some(0.5));
    assert_eq!(assess(&m, &ms, date("2026-07-02")).track, Track::OnTrack);
    let worse = vec![reading(&m, "2026-07-02", 500.0)];
    assert!(progress(&m, &worse).unwrap() < 0.0);
    assert_eq!(assess(&m, &worse, date("2026-07-02")).track, Track::OffTrack);
}

#[test]
fn on_track_at_risk_and_off_track_follow_the_expected_share_of_the_way() {
    // Halfway through the year (2 Jul is day 182 of 364) half the way is expected.
    let m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    let at_value = |v: f64| assess(&m, &[reading(&m, "2026-07-02", v)], date("2026-07-02"));
    assert_eq!(at_value(50.0).track, Track::OnTrack);
    assert_eq!(at_value(45.0).track, Track::OnTrack, "90% of the expected 50 is on track");
    assert_eq!(at_value(44.0).track, Track::AtRisk);
    assert_eq!(at_value(30.0).track, Track::AtRisk, "60% of expected is at risk");
    assert_eq!(at_value(29.0).track, Track::OffTrack);
    assert_eq!(at_value(50.0).expected, Some(0.5));
    assert_eq!(
        at_value(30.0).explanation,
        "30% of the way to the target on 2 Jul 2026, where the plan expected 50%."
    );
}

#[test]
fn progress_is_judged_as_of_the_last_reading_not_today() {
    let m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    let ms = vec![reading(&m, "2026-04-01", 25.0)];
    let a = assess(&m, &ms, date("2026-11-01"));
    assert_eq!(a.track, Track::OnTrack);
    assert_eq!(a.as_of, Some(date("2026-04-01")));
}

#[test]
fn a_target_date_passed_without_reaching_the_target_is_off_track() {
    let m = metric(Counting::Cumulative, Direction::Increase, 0.0, 1000.0);
    let ms = vec![reading(&m, "2026-12-30", 990.0)];
    assert_eq!(assess(&m, &ms, date("2026-12-31")).track, Track::OnTrack);
    let late = assess(&m, &ms, date("2027-01-01"));
    assert_eq!(late.track, Track::OffTrack);
    assert!(late.explanation.to_string().contains("has passed"), "{}", late.explanation);
}

#[test]
fn a_reached_target_is_reached_even_after_the_date() {
    let m = metric(Counting::Cumulative, Direction::Increase, 0.0, 1000.0);
    let ms = vec![reading(&m, "2026-06-01", 600.0), reading(&m, "2026-09-01", 450.0)];
    assert_eq!(assess(&m, &ms, date("2027-03-01")).track, Track::Reached);
}

#[test]
fn a_metric_without_a_target_says_what_is_missing() {
    let mut m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    m.target_value = None;
    m.target_date = None;
    let a = assess(&m, &[reading(&m, "2026-02-01", 5.0)], date("2026-02-01"));
    assert_eq!(a.track, Track::NeedsTarget);
    assert_eq!(a.explanation, "To judge progress, give it a target value and a target date.");
}

#[test]
fn a_target_far_beyond_the_trend_is_flagged() {
    let m = metric(Counting::Cumulative, Direction::Increase, 0.0, 1200.0);
    // 100 a month: the trend reaches about 1,200 by the end of the year.
    let steady: Vec<Measurement> =
        (1..=4).map(|i| reading(&m, &format!("2026-{:02}-01", i + 1), 100.0)).collect();
    assert_eq!(beyond_trend(&m, &steady), None);
    let mut far = m.clone();
    far.target_value = Some(5000.0);
    let why = beyond_trend(&far, &steady).expect("5,000 is far beyond a trend toward 1,200");
    assert!(why.to_string().contains("far beyond its trend"), "{why}");
    assert_eq!(beyond_trend(&far, &steady[..1]), None, "one reading is not a trend");
}

#[test]
fn a_trend_moving_away_from_the_target_is_flagged() {
    let m = metric(Counting::PerPeriod, Direction::Decrease, 480.0, 360.0);
    let rising = vec![reading(&m, "2026-02-01", 490.0), reading(&m, "2026-03-01", 500.0)];
    assert!(beyond_trend(&m, &rising).is_some());
}

#[test]
fn the_form_refuses_a_target_on_the_wrong_side_or_before_the_baseline() {
    let mut m = metric(Counting::PerPeriod, Direction::Decrease, 10.0, 20.0);
    assert_eq!(check_metric(&m)[0].path, "target_value");
    m.direction = Direction::Increase;
    assert_eq!(check_metric(&m), vec![]);
    m.target_date = Some(date("2025-06-01"));
    assert_eq!(check_metric(&m)[0].path, "target_date");
    m.name = " ".into();
    assert_eq!(check_metric(&m)[0].path, "name");
}

#[test]
fn numbers_are_read_as_people_type_them() {
    assert_eq!(parse_number(" 1250 "), Ok(1250.0));
    assert_eq!(parse_number("62,5"), Ok(62.5));
    assert_eq!(parse_number("-3.25"), Ok(-3.25));
    assert!(parse_number("1,500").unwrap_err().to_string().contains("ambiguous"));
    assert!(parse_number("12a").unwrap_err().to_string().contains("not a number"));
    assert!(parse_number("NaN").is_err());
    assert!(parse_number("inf").is_err());
    assert!(parse_number("").is_err());
}

#[test]
fn numbers_are_shown_with_thousands_and_few_decimals() {
    assert_eq!(format_number(32295.0), "32,295");
    assert_eq!(format_number(66.2), "66.2");
    assert_eq!(format_number(-1234.567), "-1,234.57");
    assert_eq!(format_number(0.0), "0");
    assert_eq!(format_number(1000000.0), "1,000,000");
}

// CSV import and export

#[test]
fn csv_import_reads_good_rows_with_or_without_a_header() {
    let m = metric(Counting::Cumulative, Direction::Increase, 0.0, 1000.0);
    let got = import_measurements("date,value,note\n2026-01-31,120,sheets\n2026-02-28,\"1,5\",\n", std::slice::from_ref(&m), Some(m.id), &[], now())
        .unwrap();
    assert_eq!(got.len(), 2);
    assert_eq!((got[0].date, got[0].value, got[0].note.as_str()), (date("2026-01-31"), 120.0, "sheets"));
    assert_eq!(got[1].value, 1.5);
    assert!(got.iter().all(|x| x.metric_id == m.id));
    let bare = import_measurements("2026-03-31;80", std::slice::from_ref(&m), Some(m.id), &[], now()).unwrap();
    assert_eq!((bare[0].value, bare[0].note.as_str()), (80.0, ""));
    let reordered = import_measurements("Note,Value,Date\nsurvey,7,2026-04-01\n", std::slice::from_ref(&m), Some(m.id), &[], now()).unwrap();
    assert_eq!((reordered[0].date, reordered[0].value), (date("2026-04-01"), 7.0));
}

#[test]
fn csv_import_reports_every_bad_date_with_its_line_and_saves_nothing() {
    let m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    let text = "date,value,note\n2026-01-31,12,ok\n31/02/2026,13,\n2026-02-30,14,\n,15,\n";
    let errors = import_measurements(text, std::slice::from_ref(&m), Some(m.id), &[], now()).unwrap_err();
    assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), vec![3, 4, 5]);
    assert_eq!(errors[0].to_string(), "Line 3: “31/02/2026” is not a date; write it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-03-31 or 31/03/2026");
    assert_eq!(errors[2].message, "the date is missing");
}

#[test]
fn csv_import_reports_bad_numbers() {
    let m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    let errors = import_measurements("2026-01-31,twelve\n2026-02-28,\n2026-03-31,NaN\n", std::slice::from_ref(&m), Some(m.id), &[], now()).unwrap_err();
    let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        messages,
        vec![
            "Line 1: “twelve” is not a number",
            "Line 2: the value is missing",
            "Line 3: “NaN” is not a number",
        ]
    );
}

#[test]
fn csv_import_of_an_empty_file_says_so() {
    let m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    for text in ["", "\n\n", "date,value,note\n"] {
        let errors = import_measurements(text, std::slice::from_ref(&m), Some(m.id), &[], now()).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().starts_with("There are no measurements to import"), "{text:?}");
    }
    let broken = import_measurements("date,value\n\"2026-01-01,3\n", std::slice::from_ref(&m), Some(m.id), &[], now()).unwrap_err();
    assert_eq!(broken[0].to_string(), "Line 2: a quoted field is never closed");
}

#[test]
fn csv_import_refuses_a_reading_already_recorded() {
    let m = metric(Counting::Cumulative, Direction::Increase, 0.0, 1000.0);
    let existing = vec![reading(&m, "2026-01-31", 120.0)];
    let errors = import_measurements("2026-01-31,120\n2026-01-31,80\n", std::slice::from_ref(&m), Some(m.id), &existing, now()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 1);
    assert!(errors[0].message.to_string().contains("already recorded"));
}

#[test]
fn csv_import_takes_several_metrics_named_in_a_metric_column_and_day_first_dates() {
    let meals = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    let mut kg = Metric::new("Food rescued", MetricKind::Output, now());
    kg.unit = "kg".into();
    let metrics = [meals.clone(), kg.clone()];
    let text = "Metric,Date,Value,Note\nmeals served,31/01/2026,120,sheets\nFood rescued,2026-01-31,80,\n,1/2/2026,7,\n";
    let got = import_measurements(text, &metrics, Some(meals.id), &[], now()).unwrap();
    let seen: Vec<_> = got.iter().map(|m| (m.metric_id, m.date, m.value)).collect();
    assert_eq!(seen, vec![
        (meals.id, date("2026-01-31"), 120.0),
        (kg.id, date("2026-01-31"), 80.0),
        (meals.id, date("2026-02-01"), 7.0),
    ]);
    // Away from a metric's page, every row must name its metric.
    let errors = import_measurements(text, &metrics, None, &[], now()).unwrap_err();
    assert_eq!(errors.iter().map(|e| e.to_string()).collect::<Vec<_>>(), vec!["Line 4: the metric is missing"]);
    let errors = import_measurements("2026-01-31,120\n", &metrics, None, &[], now()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].to_string().contains("add a “metric” column"), "{errors:?}");
}

#[test]
fn csv_import_reports_every_bad_row_of_several_metrics_and_saves_nothing() {
    let meals = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    let existing = vec![reading(&meals, "2026-01-31", 120.0)];
    let text = "metric,date,value\nMeals served,31/01/2026,120\nVolunteers,2026-02-01,3\nMeals served,02/31/2026,4\nMeals served,2026-03-01,5\n";
    let errors = import_measurements(text, std::slice::from_ref(&meals), None, &existing, now()).unwrap_err();
    let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(messages, vec![
        "Line 2: 120 meals on 31 Jan 2026 is already recorded",
        "Line 3: there is no metric named “Volunteers”",
        "Line 4: “02/31/2026” is not a date; write it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-03-31 or 31/03/2026",
    ]);
}

#[test]
fn spreadsheet_dates_are_year_first_or_day_first() {
    assert_eq!(parse_csv_date("2026-03-31"), Some(date("2026-03-31")));
    assert_eq!(parse_csv_date("31/03/2026"), Some(date("2026-03-31")));
    assert_eq!(parse_csv_date("1/3/2026"), Some(date("2026-03-01")));
    for bad in ["03/31/2026", "31/03/26", "31/03/2026/1", "31-03-2026", "/03/2026", "31/3/+2026", ""] {
        assert_eq!(parse_csv_date(bad), None, "{bad}");
    }
}

#[test]
fn measurements_export_as_csv_and_import_back() {
    let m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    let mut r = reading(&m, "2026-02-01", 12.5);
    r.note = "survey, wave 1".into();
    let ms = vec![reading(&m, "2026-03-01", 14.0), r];
    let text = measurements_csv(&m, &ms);
    assert_eq!(text, "date,value,note\r\n2026-02-01,12.5,\"survey, wave 1\"\r\n2026-03-01,14,\r\n");
    let mut fresh = m.clone();
    fresh.id = Uuid::new_v4();
    let back = import_measurements(&text, std::slice::from_ref(&fresh), Some(fresh.id), &[], now()).unwrap();
    assert_eq!(back.iter().map(|x| (x.date, x.value, x.note.clone())).collect::<Vec<_>>(), vec![
        (date("2026-02-01"), 12.5, "survey, wave 1".to_string()),
        (date("2026-03-01"), 14.0, String::new()),
    ]);
}

#[test]
fn metrics_export_as_csv_with_their_standing() {
    let m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    let ms = vec![reading(&m, "2026-07-02", 50.0)];
    let text = metrics_csv(std::slice::from_ref(&m), &ms, date("2026-07-02"));
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("metric,type,unit,direction,counting,baseline"));
    assert_eq!(lines[1], "Meals served,output,meals,increase,per_period,0,2026-01-01,100,2026-12-31,1,50,50.0,On track");
}

/// A file exported on a Spanish or French screen has its headers in that language, and opens
/// on a screen in any language.
#[test]
fn measurement_headers_follow_the_language_and_are_read_in_any() {
    let m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    let ms = vec![reading(&m, "2026-03-01", 14.0)];
    for w in crate::i18n::every_language() {
        crate::i18n::set_current(&w);
        let text = measurements_csv(&m, &ms);
        let metrics = metrics_csv(std::slice::from_ref(&m), &ms, date("2026-07-02"));
        crate::i18n::set_current(&crate::i18n::Words::english());
        let mut fresh = m.clone();
        fresh.id = Uuid::new_v4();
        let back = import_measurements(&text, std::slice::from_ref(&fresh), Some(fresh.id), &[], now()).unwrap();
        assert_eq!(back.len(), 1, "{text}");
        assert_eq!(back[0].value, 14.0);
        let header = text.lines().next().unwrap().to_string();
        match w.lang() {
            crate::i18n::Lang::Es => {
                assert_eq!(header, "fecha,valor,nota");
                assert!(metrics.starts_with("indicador,tipo,unidad,sentido"), "{metrics}");
            }
            crate::i18n::Lang::Fr => assert_eq!(header, "date,valeur,remarque"),
            crate::i18n::Lang::En => assert_eq!(header, "date,value,note"),
        }
    }
    let reordered = import_measurements("Nota,Valor,Fecha\nencuesta,7,2026-04-01\n", std::slice::from_ref(&m), Some(m.id), &[], now()).unwrap();
    assert_eq!((reordered[0].value, reordered[0].note.as_str()), (7.0, "encuesta"));
}

// Records

#[test]
fn deleting_a_metric_deletes_its_measurements_and_unlinks_goals() {
    let t = now();
    let mut p = Partnership::new("X", t);
    let m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    let id = m.id;
    let other = Metric::new("Other", MetricKind::Outcome, t);
    let kept = reading(&other, "2026-02-01", 3.0);
    p.upsert(m.clone(), t);
    p.upsert(other, t);
    add_measurements(&mut p, vec![reading(&m, "2026-02-01", 1.0), kept.clone()], t);
    let mut g = crate::model::goals::Goal::new("G", t);
    g.metric_ids = vec![id];
    p.goals.push(g);
    let later = at("2026-07-02T00:00:00Z");
    assert!(p.remove::<Metric>(id, later).is_some());
    assert_eq!(p.metrics.len(), 1);
    assert_eq!(p.measurements.iter().map(|x| x.id).collect::<Vec<_>>(), vec![kept.id]);
    assert_eq!(p.tombstones.iter().map(|t| t.kind.as_str()).collect::<Vec<_>>(), vec!["metric", "measurement"]);
    assert!(p.goals[0].metric_ids.is_empty());
}

#[test]
fn deleting_a_measurement_leaves_a_tombstone() {
    let t = now();
    let mut p = Partnership::new("X", t);
    let m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    let r = reading(&m, "2026-02-01", 1.0);
    add_measurements(&mut p, vec![r.clone()], t);
    assert_eq!(p.remove::<Measurement>(r.id, t).map(|x| x.value), Some(1.0));
    assert!(p.measurements.is_empty() && p.is_deleted(r.id));
}

#[test]
fn a_non_finite_number_in_a_file_is_a_validation_problem() {
    let t = now();
    let mut p = Partnership::new("X", t);
    let mut m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    m.target_value = Some(f64::INFINITY);
    p.metrics.push(m);
    assert_eq!(crate::model::validate::validate(&p)[0].path, "metrics[0].target_value");
}

#[test]
fn the_sample_has_a_year_of_monthly_readings_with_every_standing() {
    let now = at("2026-11-27T09:00:00Z");
    let p = crate::model::sample::sample(now);
    assert_eq!(p.metrics.len(), 4);
    let today = now.date_naive();
    let tracks: Vec<Track> = p.metrics.iter().map(|m| assess(m, &p.measurements, today).track).collect();
    assert_eq!(tracks, vec![Track::AtRisk, Track::OnTrack, Track::OnTrack, Track::OffTrack]);
    for m in &p.metrics {
        let rs = readings(&p.measurements, m.id);
        assert_eq!(rs.len(), 12);
        let first = m.baseline_date.unwrap();
        assert!(rs.windows(2).all(|w| (w[1].date - w[0].date).num_days() == 30));
        assert!(rs[0].date > first && rs[11].date <= today);
    }
    assert!(p.metrics.iter().any(|m| m.kind == MetricKind::Outcome));
    assert!(p.metrics.iter().any(|m| m.kind == MetricKind::Output));
    // Relative to now: a sample made a month later has readings a month later.
    let later = crate::model::sample::sample(at("2026-12-27T09:00:00Z"));
    assert_eq!(later.measurements[0].date - p.measurements[0].date, chrono::Duration::days(30));
    assert_eq!(later.measurements[0].value, p.measurements[0].value);
}

#[test]
fn readings_found_in_one_pass_are_those_found_metric_by_metric() {
    let mut p = crate::model::generate::partnership_of(crate::model::generate::SIZES, 10, now());
    // Same day for two readings of one metric: they stay in the order recorded.
    let first = p.measurements[0].clone();
    let mut twin = Measurement::new(first.metric_id, first.date, first.value + 1.0, now());
    twin.created_at = first.created_at;
    p.measurements.push(twin);
    let by = ByMetric::new(&p.measurements);
    let today = now().date_naive();
    for m in &p.metrics {
        let one: Vec<Uuid> = readings(&p.measurements, m.id).iter().map(|r| r.id).collect();
        let all: Vec<Uuid> = by.of(m.id).iter().map(|r| r.id).collect();
        assert_eq!(all, one, "{}", m.name);
        assert_eq!(by.assess(m, today), assess(m, &p.measurements, today), "{}", m.name);
    }
    assert!(by.of(Uuid::nil()).is_empty());
}

#[test]
fn numbers_beyond_the_limit_are_refused_in_the_form_with_what_and_where() {
    assert_eq!(parse_number("1e15"), Ok(1e15));
    assert_eq!(parse_number("-1000000000000000"), Ok(-1e15));
    assert_eq!(parse_number("1.6e308"), Err("“1.6e308” is too large: numbers go up to 1,000,000,000,000,000 either way".into()));
    assert!(parse_number("1e16").is_err());
    let mut m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 10.0);
    m.target_value = Some(1.6e308);
    m.baseline_date = Some(NaiveDate::from_ymd_opt(262_142, 1, 1).unwrap());
    m.target_date = Some(NaiveDate::MAX);
    let problems = check_metric(&m);
    let fields: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(fields, vec!["target_value", "baseline_date", "target_date"]);
    assert_eq!(problems[0].message, "The target is too large: numbers go up to 1,000,000,000,000,000 either way.");
    assert_eq!(problems[1].message, "The baseline date is outside the years 1900 to 2200; check the year.");
}

#[test]
fn csv_rows_beyond_the_limits_are_refused_with_their_line() {
    let m = metric(Counting::Cumulative, Direction::Increase, 0.0, 1000.0);
    let text = "date,value\n+262142-12-31,5\n0202-03-01,5\n2026-03-01,1.6e308\n2026-03-02,1e15\n";
    let errors: Vec<String> = import_measurements(text, std::slice::from_ref(&m), Some(m.id), &[], now()).unwrap_err().iter().map(|e| e.to_string()).collect();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(errors[0].starts_with("Line 2: "), "{errors:?}");
    assert_eq!(errors[1], "Line 3: the date “0202-03-01” is outside the years 1900 to 2200; check the year");
    assert_eq!(errors[2], "Line 4: “1.6e308” is too large: numbers go up to 1,000,000,000,000,000 either way");
}

#[test]
fn a_reimported_reading_is_found_among_many_in_linear_time() {
    let m = metric(Counting::Cumulative, Direction::Increase, 0.0, 1000.0);
    let existing: Vec<Measurement> =
        (0..20_000).map(|i| reading(&m, "2026-03-01", f64::from(i))).collect();
    let text: String = (0..20_000).map(|i| format!("2026-03-01,{}\n", i + 19_999)).collect();
    let errors = import_measurements(&text, std::slice::from_ref(&m), Some(m.id), &existing, now()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 1);
    let zero = [reading(&m, "2026-03-02", -0.0)];
    assert!(import_measurements("2026-03-02,0", std::slice::from_ref(&m), Some(m.id), &zero, now()).is_err());
}

#[test]
fn files_with_values_or_dates_beyond_the_limits_are_refused_with_their_place() {
    let mut p = Partnership::new("X", now());
    let m = metric(Counting::Cumulative, Direction::Increase, 0.0, 1000.0);
    let mut far = reading(&m, "2026-01-01", 1.6e308);
    far.date = NaiveDate::from_ymd_opt(262_142, 12, 31).unwrap();
    p.measurements.push(far);
    p.metrics.push(m);
    let problems: Vec<String> = crate::model::validate::validate(&p).iter().map(|p| p.to_string()).collect();
    assert_eq!(
        problems,
        vec![
            "measurements[0].value: is too large: numbers go up to 1,000,000,000,000,000 either way",
            "measurements[0].date: is outside the years 1900 to 2200; check the year",
        ]
    );
}

#[test]
fn progress_stays_finite_for_a_target_next_to_the_baseline() {
    let m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 5e-324);
    let rs = [reading(&m, "2026-03-01", 1e15)];
    assert_eq!(progress(&m, &rs), Some(1000.0));
    let a = assess(&m, &rs, date("2026-07-01"));
    assert_eq!(a.progress, Some(1000.0));
    assert_eq!(a.track, Track::Reached);
}

#[test]
fn an_edited_reading_keeps_its_id_and_the_running_total_follows() {
    let m = metric(Counting::Cumulative, Direction::Increase, 0.0, 1000.0);
    let mut p = Partnership::new("X", now());
    p.upsert(m.clone(), now());
    add_measurements(&mut p, vec![reading(&m, "2026-02-01", 100.0), reading(&m, "2026-03-01", 50.0)], now());
    let mut first = p.measurements[0].clone();
    (first.value, first.note) = (120.0, "sign-in sheets".into());
    let later = now() + chrono::Duration::hours(1);
    p.upsert(first.clone(), later);
    assert_eq!(p.measurements.len(), 2, "the edit replaced the reading, by its id");
    assert_eq!((p.measurements[0].id, p.measurements[0].updated_at), (first.id, later));
    assert_eq!(series(&m, &p.measurements).last().map(|(_, v)| *v), Some(170.0), "the running total counts the new value");
}

#[test]
fn the_standing_is_worded_in_each_language() {
    let [_, es, fr] = crate::i18n::every_language();
    let m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    let a = assess(&m, &[reading(&m, "2026-07-02", 30.0)], date("2026-07-02"));
    let (in_es, in_fr) = (a.explanation.say(&es), a.explanation.say(&fr));
    assert!(in_es.contains("30\u{a0}% del camino") && in_es.contains("el 50\u{a0}%") && in_es.contains("jul"), "{in_es}");
    assert!(in_fr.contains("30\u{202f}% du chemin") && in_fr.contains("50\u{202f}%") && in_fr.contains("juil."), "{in_fr}");
    let mut m = metric(Counting::PerPeriod, Direction::Increase, 0.0, 100.0);
    m.target_value = None;
    m.target_date = None;
    let a = assess(&m, &[reading(&m, "2026-02-01", 5.0)], date("2026-02-01"));
    assert_eq!(a.explanation.say(&fr), "Pour juger de l’avancement, indiquez une valeur cible et une date cible.");
    assert_eq!(a.explanation.say(&es), "Para evaluar el avance, indique un valor objetivo y una fecha objetivo.");
}

#[test]
fn the_import_shows_each_languages_own_csv_headers_and_reads_its_example() {
    use crate::i18n::tr::{metrics as ui, model::csv};
    for w in crate::i18n::every_language() {
        let cols = [csv::metrics::METRIC, csv::measurements::DATE, csv::measurements::VALUE, csv::measurements::NOTE].map(|k| w.get(k).to_string());
        let all = cols.join(",");
        assert!(w.get(ui::IMPORT_ALL_ROWS).ends_with(&all), "{:?}: {}", w.lang(), w.get(ui::IMPORT_ALL_ROWS));
        assert!(w.get(ui::ROWS_LABEL).ends_with(&cols[1..].join(",")), "{:?}: {}", w.lang(), w.get(ui::ROWS_LABEL));
        let example = w.get(ui::IMPORT_ALL_PLACEHOLDER);
        assert_eq!(example.lines().next(), Some(all.as_str()), "{:?}", w.lang());
        // The example, pasted as it is, imports into metrics of the names it gives.
        let metrics: Vec<Metric> =
            example.lines().skip(1).map(|l| Metric::new(l.split(',').next().unwrap(), MetricKind::Output, now())).collect();
        let got = import_measurements(example, &metrics, None, &[], now()).unwrap_or_else(|e| panic!("{:?}: {e:?}", w.lang()));
        assert_eq!(got.len(), metrics.len(), "{:?}", w.lang());
    }
}
