use super::*;

#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
struct Times {
    #[serde(with = "stamp")]
    at: DateTime<Utc>,
    #[serde(with = "day")]
    on: NaiveDate,
}
#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
struct Chrono {
    at: DateTime<Utc>,
    on: NaiveDate,
}

#[test]
fn times_read_by_hand_are_what_chrono_reads_and_its_errors_are_kept() {
    let read = |at: &str, on: &str| {
        let text = serde_json::json!({ "at": at, "on": on }).to_string();
        let ours = serde_json::from_str::<Times>(&text).map(|t| (t.at, t.on)).map_err(|e| e.to_string());
        let theirs = serde_json::from_str::<Chrono>(&text).map(|t| (t.at, t.on)).map_err(|e| e.to_string());
        assert_eq!(ours, theirs, "{at} / {on}");
        ours
    };
    for at in [
        "2026-11-27T09:00:00Z", "2026-11-27T09:00:00.5Z", "2026-11-27T09:00:00.123Z",
        "2026-11-27T09:00:00.123456789Z", "2024-02-29T23:59:59Z", "1999-12-31T00:00:00.000001Z",
        "2026-11-27T09:00:00+02:00", "2026-11-27t09:00:00z", "2026-11-27 09:00:00Z",
        "2016-12-31T23:59:60Z", "2026-11-27T09:00:00.1234567890Z",
        "+2026-11-27T09:00:00Z",
    ] {
        assert!(read(at, "2026-11-27").is_ok(), "{at}");
    }
    for bad in [
        "2026-11-27T25:00:00Z", "2026-02-30T09:00:00Z", "2026-11-27T09:00:00", "2026-11-27T09:00Z",
        "2026-11-27T09:00:00.Z", "2026-11-27T09:0a:00Z", "yesterday", "",
        "2026-11-27T09:00:00ZZ",
    ] {
        assert!(read(bad, "2026-11-27").is_err(), "{bad}");
    }
    for on in ["2026-11-27", "2024-02-29", "0001-01-01", "2026-1-01"] {
        assert!(read("2026-11-27T09:00:00Z", on).is_ok(), "{on}");
    }
    for bad in ["2026-02-30", "2026-13-01", "27/11/2026", "", "2026-11-27T00:00:00Z"] {
        assert!(read("2026-11-27T09:00:00Z", bad).is_err(), "{bad}");
    }
    // Written as chrono writes them, through every branch: fractions of 3, 6 and 9 digits,
    // years of fewer and more than four digits, a leap second.
    for (at, on) in [
        ("2026-11-27T09:00:00Z", "2026-11-27"),
        ("2026-11-27T09:00:00.5Z", "0001-01-01"),
        ("2026-11-27T09:00:00.000123Z", "0999-12-31"),
        ("2026-11-27T09:00:00.000000007Z", "9999-12-31"),
        ("0031-01-02T03:04:05.120Z", "2024-02-29"),
        ("+12026-01-01T00:00:00Z", "+12026-01-01"),
        ("-0005-06-07T08:09:10Z", "-0005-06-07"),
        ("2016-12-31T23:59:60.25Z", "2016-12-31"),
    ] {
        let t = serde_json::from_str::<Chrono>(&serde_json::json!({ "at": at, "on": on }).to_string()).unwrap();
        let ours = serde_json::to_string(&Times { at: t.at, on: t.on }).unwrap();
        assert_eq!(ours, serde_json::to_string(&t).unwrap());
        assert_eq!(serde_json::from_str::<Times>(&ours).unwrap(), Times { at: t.at, on: t.on });
    }
    // A number where a time belongs: the same words as chrono's.
    let text = r#"{"at": 5, "on": "2026-11-27"}"#;
    assert_eq!(
        serde_json::from_str::<Times>(text).unwrap_err().to_string(),
        serde_json::from_str::<Chrono>(text).unwrap_err().to_string()
    );
}

#[test]
fn input_dates_accept_iso_and_empty() {
    assert_eq!(parse_input_date("2026-02-03"), Ok(Some(date("2026-02-03"))));
    assert_eq!(parse_input_date("  "), Ok(None));
    assert!(parse_input_date("03/02/2026").unwrap_err().to_string().contains("YYYY-MM-DD"));
}

#[test]
fn human_dates_have_no_leading_zero() {
    assert_eq!(human_date(date("2026-02-03")), "3 Feb 2026");
}

/// Written by hand as chrono writes them: every day of a few years, early years padded,
/// and years beyond the hand-written range.
#[test]
fn dates_written_by_hand_are_what_chrono_writes() {
    let days = (0..3 * 366).map(|n| date("2024-01-01") + chrono::Duration::days(n));
    let odd = [(0, 1, 1), (7, 3, 9), (999, 12, 31), (9999, 12, 31), (10_000, 1, 1), (-1, 6, 15), (-44, 3, 15)];
    let odd = odd.into_iter().map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap());
    for d in days.chain(odd) {
        assert_eq!(human_date(d), d.format("%-d %b %Y").to_string(), "{d:?}");
        assert_eq!(iso_date(d), d.format("%Y-%m-%d").to_string(), "{d:?}");
    }
}

#[test]
fn millis_convert_to_utc() {
    assert_eq!(from_millis(0.0), at("1970-01-01T00:00:00Z"));
    assert_eq!(from_millis(1_800_000_000_000.0), at("2027-01-15T08:00:00Z"));
}

#[test]
fn form_dates_outside_1900_to_2200_are_refused() {
    assert_eq!(parse_input_date("2200-12-31"), Ok(Some(date("2200-12-31"))));
    assert_eq!(parse_input_date("1900-01-01"), Ok(Some(date("1900-01-01"))));
    assert_eq!(parse_input_date("0202-03-01"), Err("\"0202-03-01\" is outside the years 1900 to 2200; check the year".into()));
    assert!(parse_input_date("+262142-12-31").is_err());
    assert!(parse_input_date("2201-01-01").is_err());
}

#[test]
fn dates_are_read_and_written_by_hand_as_chrono_did() {
    // As chrono's `%Y-%m-%d` read them (the forms the app and CSV files give).
    for ymd in ["2026-03-01", "2026-3-1", "+262142-12-31", "-0044-03-15", "0202-03-01"] {
        assert_eq!(parse_ymd(ymd), chrono::NaiveDate::parse_from_str(ymd, "%Y-%m-%d").ok(), "{ymd}");
    }
    for bad in ["", "2026-02-30", "26-03-01", "2026/03/01", "2026-03-01-2", "2026-003-01", "x026-03-01", "31/02/2026"] {
        assert_eq!(parse_ymd(bad), None, "{bad}");
    }
    let t = at("2026-11-27T09:05:03.250Z");
    assert_eq!(second_stamp(t), "2026-11-27T09:05:03Z");
    assert_eq!(human_time(t), "27 Nov 2026, 09:05 UTC");
    assert_eq!(month_year(date("2026-12-14"), false), "Dec 2026");
    assert_eq!(month_year(date("2007-01-14"), true), "Jan 07");
    assert_eq!(long_month_year(date("2026-09-01")), "September 2026");
    assert_eq!(human_date(date("2026-09-01")), "1 Sep 2026");
}
