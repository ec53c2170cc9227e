use super::*;
use crate::model::time::{at, date};

fn t() -> DateTime<Utc> {
    at("2026-01-01T00:00:00Z")
}

fn source(funder: &str, minor: i64, currency: &str) -> FundingSource {
    FundingSource::new(funder, Money::new(minor, currency), t())
}

/// A source in euros whose funding ends on `end`.
fn ends(funder: &str, minor: i64, end: &str) -> FundingSource {
    let mut s = source(funder, minor, "EUR");
    s.end = Some(date(end));
    s
}

#[test]
fn currencies_are_never_added_together() {
    let sources = vec![source("A", 1000, "EUR"), source("B", 500, "USD"), source("C", 250, "EUR")];
    let totals = totals_by_currency(&sources, date("2026-01-01"));
    assert_eq!(
        totals,
        vec![
            CurrencyTotal { currency: "EUR".into(), confirmed: 1250, hoped_for: 0 },
            CurrencyTotal { currency: "USD".into(), confirmed: 500, hoped_for: 0 },
        ]
    );
    let conc = concentration(&sources, date("2026-01-01"));
    assert_eq!(conc.len(), 2, "one index per currency");
    assert_eq!(conc[1].hhi, 10_000, "the only USD funder has all the USD");
}

#[test]
fn one_funder_is_dependent_and_four_equal_funders_are_concentrated() {
    let today = date("2026-01-01");
    let one = concentration(&[source("A", 100, "EUR")], today);
    assert_eq!((one[0].hhi, one[0].reading), (10_000, Reading::Dependent));
    let four: Vec<_> = ["A", "B", "C", "D"].iter().map(|f| source(f, 2500, "EUR")).collect();
    let c = &concentration(&four, today)[0];
    assert_eq!((c.hhi, c.reading, c.largest_share_bp), (2500, Reading::Concentrated, 2500));
    let ten: Vec<_> = (0..10).map(|i| source(&format!("F{i}"), 1000, "EUR")).collect();
    assert_eq!(concentration(&ten, today)[0].reading, Reading::Diversified);
    assert_eq!(concentration(&ten, today)[0].hhi, 1000);
}

#[test]
fn the_reading_thresholds_are_1500_and_2500() {
    assert_eq!(Reading::from_hhi(0), Reading::Diversified);
    assert_eq!(Reading::from_hhi(1499), Reading::Diversified);
    assert_eq!(Reading::from_hhi(1500), Reading::Concentrated);
    assert_eq!(Reading::from_hhi(2500), Reading::Concentrated);
    assert_eq!(Reading::from_hhi(2501), Reading::Dependent);
}

#[test]
fn concentration_counts_confirmed_current_funding_by_funder() {
    let today = date("2026-06-01");
    let ended = ends("Old", 1_000_000, "2026-05-31");
    let mut hoped = source("Maybe", 1_000_000, "EUR");
    hoped.status = FundingStatus::HopedFor;
    let sources = vec![ended, hoped, source("Harvest", 6000, "EUR"), source("harvest ", 1500, "EUR"), source("City", 2500, "EUR")];
    let c = &concentration(&sources, today)[0];
    assert_eq!(c.total, 10_000);
    assert_eq!((c.sources, c.funders), (3, 2), "two grants from one funder count as one funder");
    assert_eq!(c.largest_funder, "Harvest");
    assert_eq!(c.largest_share_bp, 7500);
    assert_eq!(c.largest_share_percent(), "75%");
    assert_eq!(c.hhi, 7500 * 7500 / 10_000 + 2500 * 2500 / 10_000);
    assert_eq!(c.reading, Reading::Dependent);
}

#[test]
fn adding_a_funder_lowers_the_index() {
    let today = date("2026-01-01");
    let mut sources = vec![source("A", 6000, "EUR"), source("B", 4000, "EUR")];
    let before = concentration(&sources, today)[0].hhi;
    sources.push(source("C", 5000, "EUR"));
    let after = concentration(&sources, today)[0].hhi;
    assert_eq!(before, 5200);
    assert!(after < before);
}

#[test]
fn huge_amounts_do_not_overflow_the_index() {
    let sources = vec![source("A", i64::MAX / 4, "EUR"), source("B", i64::MAX / 4, "EUR")];
    assert_eq!(concentration(&sources, date("2026-01-01"))[0].hhi, 5000);
}

#[test]
fn the_headline_is_the_currency_with_most_sources() {
    let sources = vec![source("A", 10, "USD"), source("B", 1_000_000, "EUR"), source("C", 10, "USD")];
    let all = concentration(&sources, date("2026-01-01"));
    assert_eq!(headline(&all).unwrap().currency, "USD");
}

#[test]
fn funding_ending_within_six_months_is_listed_soonest_first() {
    let today = date("2026-03-15");
    let a = ends("A", 1, "2026-09-15");
    let b = ends("B", 1, "2026-04-01");
    let late = ends("Later", 1, "2026-09-16");
    let past = ends("Past", 1, "2026-03-14");
    let open = source("Open-ended", 1, "EUR");
    let sources = vec![a, b, late, past, open];
    let names: Vec<&str> = ending_within(&sources, today, 6).iter().map(|s| s.funder.as_str()).collect();
    assert_eq!(names, vec!["B", "A"]);
}

#[test]
fn a_grant_is_spread_exactly_over_its_months() {
    let mut s = source("A", 1000, "EUR");
    s.start = Some(date("2026-01-20"));
    s.end = Some(date("2026-03-05"));
    let spread = monthly_spread(&s).unwrap();
    assert_eq!(spread, vec![(date("2026-01-01"), 334), (date("2026-02-01"), 333), (date("2026-03-01"), 333)]);
    assert_eq!(spread.iter().map(|(_, a)| a).sum::<i64>(), 1000);
    s.end = None;
    assert_eq!(monthly_spread(&s), None);
}

#[test]
fn the_runway_counts_months_of_confirmed_money_per_currency() {
    let today = date("2026-02-10");
    let mut grant = source("A", 1200, "EUR");
    grant.start = Some(date("2026-01-01"));
    grant.end = Some(date("2026-12-31"));
    let mut hoped = source("B", 600, "EUR");
    hoped.status = FundingStatus::HopedFor;
    hoped.start = Some(date("2026-06-01"));
    hoped.end = Some(date("2027-11-30"));
    let mut dollars = source("C", 999, "USD");
    dollars.start = Some(date("2026-01-01"));
    dollars.end = Some(date("2026-01-31"));
    let undated = source("D", 5, "EUR");
    let r = runway(&[grant, hoped, dollars, undated], "EUR", today, 14);
    assert_eq!(r.months.len(), 14);
    assert_eq!(r.months[0].month, date("2026-02-01"));
    assert_eq!(r.months[0].confirmed, 100);
    assert_eq!(r.months[4].hoped_for, 34, "June: 600 over 18 months, remainder to the first");
    assert_eq!(r.months[11].confirmed, 0, "January 2027: the grant has ended");
    assert_eq!(r.months_covered, 11, "February to December");
    assert_eq!(r.undated, 1);
    let [en, es, fr] = crate::i18n::every_language();
    assert_eq!(
        r.describe(&en),
        "Runway in EUR, month by month: Confirmed funding covers 11 months from Feb 2026 (until the end of Dec 2026)."
    );
    assert_eq!(
        r.describe(&es),
        "Horizonte de financiación en EUR, mes a mes: La financiación confirmada cubre 11 meses desde feb 2026 (hasta el final de dic 2026)."
    );
    let svg = r.svg(&en);
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    assert!(svg.contains("<title id=\"runway-title-EUR\">Runway (EUR)</title>"));
    assert!(svg.contains(">Confirmed</text>") && svg.contains(">Hoped for</text>"));
    let svg = r.svg(&fr);
    assert!(svg.contains("<title id=\"runway-title-EUR\">Trésorerie prévisionnelle (EUR)</title>"), "{svg}");
    assert!(svg.contains("<title>févr. 2026\u{a0}: confirmé 1,00, espéré 0,00</title>"), "{svg}");
    assert!(svg.contains(">Confirmé</text>") && !svg.contains("Hoped"));
    assert_eq!(svg.matches("<rect").count(), 14 * 2 + 2, "two bars a month, two legend keys");
}

#[test]
fn a_funding_source_needs_a_funder_a_currency_and_ordered_dates() {
    let mut s = source(" ", 10, "eur");
    s.start = Some(date("2026-05-01"));
    s.end = Some(date("2026-04-01"));
    let fields: Vec<String> = check_funding(&s).into_iter().map(|p| p.path).collect();
    assert_eq!(fields, vec!["funder", "currency", "end"]);
    let mut p = Partnership::new("X", t());
    p.sustainability.funding.push(s);
    let paths: Vec<String> = crate::model::validate::validate(&p).into_iter().map(|p| p.path).collect();
    assert!(paths.contains(&"sustainability.funding[0].amount.currency".to_string()));
}

#[test]
fn capacity_progress_is_per_area() {
    let mut a = CapacityItem::new(CapacityArea::PeopleTrained, "x", t());
    a.done = true;
    let b = CapacityItem::new(CapacityArea::PeopleTrained, "y", t());
    let progress = capacity_progress(&[a, b]);
    assert_eq!(progress[1], (CapacityArea::PeopleTrained, 1, 2));
    assert_eq!(progress[0], (CapacityArea::SkillsTransferred, 0, 0));
}

#[test]
fn the_sample_funding_reads_dependent_and_has_a_runway() {
    let now = at("2026-11-27T09:00:00Z");
    let p = crate::model::sample::sample(now);
    assert_eq!(p.sustainability.funding.len(), 4);
    let c = concentration(&p.sustainability.funding, now.date_naive());
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].reading, Reading::Dependent);
    assert_eq!(c[0].largest_funder, "Harvest Foundation");
    assert_eq!(ending_within(&p.sustainability.funding, now.date_naive(), 6).len(), 1);
    assert!(runway(&p.sustainability.funding, "EUR", now.date_naive(), 24).months_covered >= 12);
}

#[test]
fn funding_over_extreme_years_is_refused_and_the_runway_stays_small() {
    let mut s = source("Forever", i64::MAX, "EUR");
    s.start = Some(NaiveDate::MIN);
    s.end = Some(NaiveDate::MAX);
    let problems: Vec<String> = check_funding(&s).into_iter().map(|p| format!("{}: {}", p.path, p.message)).collect();
    assert_eq!(
        problems,
        vec![
            "amount: That amount is too large: amounts go up to 1,000,000,000,000,000.",
            "start: The date is outside the years 1900 to 2200; check the year.",
            "end: The date is outside the years 1900 to 2200; check the year.",
        ]
    );
    // Drawn anyway (a rule must never crash on a value), it is the months shown, summed
    // without overflowing.
    let mut march = source("March", i64::MAX, "EUR");
    (march.start, march.end) = (Some(date("2026-03-01")), Some(date("2026-03-31")));
    let r = runway(&[s, march.clone(), march], "EUR", date("2026-02-10"), 12);
    assert_eq!(r.months.len(), 12);
    assert!(r.months.iter().all(|m| m.confirmed > 0));
    assert_eq!(r.months[1].confirmed, i64::MAX);
    assert!(r.svg(&crate::i18n::Words::english()).contains("<svg"));
}
