use chrono::{DateTime, Utc};

use super::*;
use crate::i18n::Words;
use crate::model::metrics::Measurement;
use crate::model::report::metric_chart;
use crate::model::community::{Activity, ActivityKind, Input, Response};
use crate::model::goals::Goal;
use crate::model::metrics::Counting;
use crate::model::report::{build, to_html, to_markdown, Period, ReportAudience, ReportOptions};
use crate::model::time::{at, date};
use crate::model::Partner;

fn now() -> DateTime<Utc> {
    at("2026-11-27T09:00:00Z")
}

fn period() -> Period {
    Period::new(date("2026-01-01"), date("2026-06-30"))
}

fn report(p: &Partnership) -> crate::model::report::Report {
    build(p, ReportOptions { period: period(), audience: ReportAudience::Partners }, date("2026-11-27"), vec![], &Words::english())
}

fn texts(s: &Section) -> String {
    let mut out = String::new();
    for b in &s.blocks {
        match b {
            Block::Paragraph(t) | Block::Warning(t) | Block::Subheading(t) => out.push_str(&format!("{t}\n")),
            Block::List(items) => items.iter().for_each(|i| out.push_str(&format!("{i}\n"))),
            Block::Quote { text, attribution } => out.push_str(&format!("{text} / {attribution}\n")),
            Block::Table(t) => t.rows.iter().for_each(|r| out.push_str(&format!("{}\n", r.join(" | ")))),
            Block::Chart(c) => out.push_str(&format!("chart: {}\n", c.alt)),
        }
    }
    out
}

fn goal(statement: &str, status: GoalStatus, start: Option<&str>, end: Option<&str>) -> Goal {
    let mut g = Goal::new(statement, now());
    g.status = status;
    g.start = start.map(date);
    g.end = end.map(date);
    g
}

#[test]
fn goals_shown_are_active_or_achieved_and_overlap_the_period() {
    let mut p = Partnership::new("X", now());
    p.goals = vec![
        goal("Active in the period", GoalStatus::Active, Some("2025-06-01"), Some("2026-03-01")),
        goal("Achieved without dates", GoalStatus::Achieved, None, None),
        goal("Ended before the period", GoalStatus::Achieved, Some("2025-01-01"), Some("2025-12-31")),
        goal("Starts after the period", GoalStatus::Active, Some("2026-07-01"), None),
        goal("Just a draft", GoalStatus::Draft, None, None),
        goal("Given up", GoalStatus::Dropped, None, None),
    ];
    let t = texts(&goals_section(&p, period(), date("2026-11-27"), &Words::english()));
    assert!(t.contains("Active in the period") && t.contains("Achieved without dates"));
    assert!(!t.contains("Ended before") && !t.contains("Starts after"));
    assert!(!t.contains("Just a draft") && !t.contains("Given up"));
    assert!(t.contains("2 other goals (drafts or dropped) are not shown."));
}

#[test]
fn a_goals_smart_line_names_what_is_missing() {
    let mut p = Partnership::new("X", now());
    let partner = Partner::new("Food Bank", crate::model::Sector::NonProfit, now());
    let mut g = goal("Cut hunger", GoalStatus::Active, Some("2026-01-01"), Some("2027-12-31"));
    g.owner_ids = vec![partner.id, uuid::Uuid::new_v4()];
    p.partners.push(partner);
    p.goals.push(g);
    let t = texts(&goals_section(&p, period(), date("2026-11-27"), &Words::english()));
    assert!(t.contains("Active · Owners: Food Bank, (removed partner) · ends 31 Dec 2027."), "{t}");
    let line = t.lines().find(|l| l.contains("SMART")).unwrap_or_default();
    assert!(line.starts_with("2 of 5 SMART; missing: Specific ("), "{line}");
    assert!(line.contains("; Measurable (No metric is linked"), "{line}");
    assert!(!line.contains("Time-bound"), "it has an end date: {line}");
}

#[test]
fn the_smart_line_of_a_complete_goal_says_so() {
    let p = crate::model::sample::sample(now());
    let cx = SmartContext::of(&p, date("2026-11-27"));
    let smart: Vec<_> = p.goals.iter().filter(|g| goals::is_smart(g, &cx)).collect();
    if let Some(g) = smart.first() {
        assert_eq!(smart_line(&goals::smart(g, &cx), &Words::english()), "SMART: all 5 letters met.");
    }
}

#[test]
fn a_goal_without_an_outcome_metric_is_flagged() {
    let mut p = Partnership::new("X", now());
    let output = Metric::new("Parcels handed out", MetricKind::Output, now());
    let mut g = goal("Only counts work", GoalStatus::Active, None, None);
    g.metric_ids.push(output.id);
    p.metrics.push(output);
    p.goals.push(g);
    let s = goals_section(&p, period(), date("2026-11-27"), &Words::english());
    assert!(s.blocks.iter().any(|b| matches!(b, Block::Warning(w) if w.contains("tracks no outcome metric") && w.contains("1 output metric"))));
}

fn metric(name: &str, kind: MetricKind) -> Metric {
    let mut m = Metric::new(name, kind, now());
    m.unit = "meals".into();
    m.counting = Counting::Cumulative;
    m.baseline_value = Some(0.0);
    m.baseline_date = Some(date("2025-07-01"));
    m.target_value = Some(1200.0);
    m.target_date = Some(date("2026-12-31"));
    m
}

fn with_readings(p: &mut Partnership, m: &Metric, days: &[(&str, f64)]) {
    for (d, v) in days {
        p.measurements.push(Measurement::new(m.id, date(d), *v, now()));
    }
}

#[test]
fn outputs_and_outcomes_are_reported_apart() {
    let mut p = Partnership::new("X", now());
    p.metrics.push(metric("Meals served", MetricKind::Output));
    p.metrics.push(metric("Families eating well", MetricKind::Outcome));
    let [outcomes, outputs] = metric_sections(&p, period(), date("2026-11-27"), &Words::english());
    assert_eq!((outcomes.id.as_str(), outputs.id.as_str()), ("outcomes", "outputs"));
    let (o, w) = (texts(&outcomes), texts(&outputs));
    assert!(o.contains("Families eating well") && !o.contains("Meals served"));
    assert!(w.contains("Meals served") && !w.contains("Families eating well"));
    assert!(w.contains("No data yet: No measurements yet"), "{w}");
}

#[test]
fn metrics_are_judged_as_of_the_periods_end_with_every_reading_up_to_it() {
    let mut p = Partnership::new("X", now());
    let m = metric("Meals served", MetricKind::Output);
    with_readings(&mut p, &m, &[("2025-10-01", 100.0), ("2026-03-01", 200.0), ("2026-06-01", 300.0), ("2026-09-01", 5000.0)]);
    p.metrics.push(m.clone());
    let [_, outputs] = metric_sections(&p, period(), date("2026-11-27"), &Words::english());
    let t = texts(&outputs);
    assert!(t.contains("Now 600 meals; target 1,200 meals by 31 Dec 2026. 2 readings in this period."), "{t}");
    assert!(!t.contains("Target reached"), "the September reading is after the period");
    let chart = outputs.blocks.iter().find_map(|b| if let Block::Chart(c) = b { Some(c) } else { None });
    let chart = chart.expect("a chart for a metric with readings");
    let table = chart.table.as_ref().expect("the data as a table");
    assert_eq!(table.rows.len(), 3, "readings up to the period's end, not after");
    assert_eq!(table.rows[0], vec!["1 Oct 2025".to_string(), "100".into(), "201.46".into()]);
}

#[test]
fn a_metric_chart_has_alt_text_and_escapes_its_name() {
    let mut p = Partnership::new("X", now());
    let m = metric("<script>alert('m')</script> & meals", MetricKind::Outcome);
    with_readings(&mut p, &m, &[("2026-02-01", 300.0), ("2026-05-01", 500.0)]);
    let chart = metric_chart(&m, &p.measurements, period(), &Words::english()).expect("a chart");
    assert!(chart.svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(chart.svg.contains("role=\"img\"") && chart.svg.contains("<title id=\"metric-title-"));
    assert!(!chart.svg.contains("<script"), "{}", chart.svg);
    assert!(chart.svg.contains("&lt;script&gt;alert(&#39;m&#39;)&lt;/script&gt; &amp; meals: measured against the planned path"));
    assert!(chart.alt.contains("2 measurements from 1 Feb 2026 (300 meals) to 1 May 2026 (800 meals)."), "{}", chart.alt);
    assert!(chart.alt.contains("Plan: from 0 meals on 1 Jul 2025 to 1,200 meals by 31 Dec 2026."));
    assert!(chart.svg.contains("This period") && chart.svg.contains("Planned path to target"));

    p.metrics.push(m);
    let html = to_html(&report(&p), now(), &Words::english());
    assert!(!html.contains("<script"), "no script anywhere in the report");
    assert!(html.contains("class=\"chart metric-chart\""));
}

#[test]
fn a_metric_without_readings_has_no_chart() {
    let m = metric("Meals", MetricKind::Output);
    assert!(metric_chart(&m, &[], period(), &Words::english()).is_none());
}

fn community(p: &mut Partnership) {
    let mut inside = Activity::new(ActivityKind::FocusGroup, "Parents' evening", now());
    inside.date = Some(date("2026-03-10"));
    inside.participants = Some(14);
    let mut survey = Activity::new(ActivityKind::Survey, "Spring survey", now());
    survey.date = Some(date("2026-04-01"));
    survey.participants = Some(200);
    let mut before = Activity::new(ActivityKind::TownHall, "Old town hall", now());
    before.date = Some(date("2025-05-01"));
    before.participants = Some(80);
    let undated = Activity::new(ActivityKind::Other, "Undated chat", now());
    let mut heard = |a: &Activity, said: &str, themes: &[&str]| {
        let mut i = Input::new(a.id, said, now());
        i.themes = themes.iter().map(|t| t.to_string()).collect();
        p.community.inputs.push(i.clone());
        i
    };
    let late = heard(&inside, "The pantry closes too early", &["Opening hours", "access"]);
    let far = heard(&survey, "The bus does not go there", &["access"]);
    let quoted = heard(&survey, "Fresh food is too dear", &["cost"]);
    heard(&before, "Old complaint", &["parking"]);
    heard(&undated, "Undated remark", &["parking"]);
    if let Some(i) = p.community.inputs.iter_mut().find(|i| i.id == quoted.id) {
        i.quote = "</blockquote><b>We skip meals</b>".into();
    }
    p.community.responses.push(Response::new(late.id, "Opened Thursday evenings", ResponseStatus::Done, now()));
    let mut no = Response::new(far.id, "", ResponseStatus::WontDo, now());
    no.reason = "The bus company said no".into();
    p.community.responses.push(no);
    p.community.activities = vec![inside, survey, before, undated];
}

/// The partnership [`community`] fills, and its report's community section as text.
fn community_texts() -> (Partnership, String) {
    let mut p = Partnership::new("X", now());
    community(&mut p);
    let t = texts(&community_section(&p, period(), &Words::english()));
    (p, t)
}

#[test]
fn community_voice_counts_only_activities_in_the_period() {
    let (_, t) = community_texts();
    assert!(t.contains("2 listening activities in this period reached 214 people; we heard 3 points and acted on 1 (33%)."), "{t}");
    assert!(t.contains("access: 2 mentions") && t.lines().nth(2) == Some("access: 2 mentions"), "most heard first: {t}");
    assert!(!t.contains("parking") && !t.contains("Old complaint") && !t.contains("Undated"));
}

#[test]
fn community_pairs_show_what_was_done_and_what_is_unanswered() {
    let (p, t) = community_texts();
    assert!(t.contains("The pantry closes too early | Opened Thursday evenings | Done | Parents' evening (Focus group), 10 Mar 2026"), "{t}");
    assert!(t.contains("The bus does not go there | Why not: The bus company said no | Won't do"), "{t}");
    assert!(t.contains("Fresh food is too dear | Not answered yet | Open"), "{t}");
    assert!(t.contains("</blockquote><b>We skip meals</b> / Spring survey (Survey)"));
    let html = to_html(&report(&p), now(), &Words::english());
    assert!(html.contains("&lt;/blockquote&gt;&lt;b&gt;We skip meals&lt;/b&gt;") && !html.contains("<b>We skip"));
    assert!(to_markdown(&report(&p), &Words::english()).contains("\\</blockquote\\>\\<b\\>We skip meals\\</b\\>"));
}

#[test]
fn an_empty_period_says_so_in_every_progress_section() {
    let p = Partnership::new("X", now());
    let r = report(&p);
    for id in ["goals", "outcomes", "outputs", "community"] {
        let s = r.sections.iter().find(|s| s.id == id).expect(id);
        assert!(!s.blocks.is_empty(), "{id} says something");
    }
    assert!(texts(&community_section(&p, period(), &Words::english())).contains("No community listening activities were held in this period."));
}

#[test]
fn the_sample_report_has_a_chart_for_every_metric() {
    let p = crate::model::sample::sample(now());
    let r = build(
        &p,
        ReportOptions { period: Period::last_months(date("2026-11-27"), 12), audience: ReportAudience::Funders },
        date("2026-11-27"),
        vec![],
        &Words::english(),
    );
    let charts = r
        .sections
        .iter()
        .filter(|s| s.id == "outcomes" || s.id == "outputs")
        .flat_map(|s| &s.blocks)
        .filter(|b| matches!(b, Block::Chart(_)))
        .count();
    assert_eq!(charts, p.metrics.len());
    let community = r.sections.iter().find(|s| s.id == "community").expect("community");
    assert!(texts(community).contains("listening activities in this period reached"));
}

#[test]
fn participants_of_a_crafted_file_are_counted_without_overflowing() {
    let mut p = Partnership::new("X", now());
    for _ in 0..2 {
        let mut a = Activity::new(ActivityKind::Survey, "Huge", now());
        a.date = Some(date("2026-03-10"));
        a.participants = Some(u32::MAX);
        p.community.activities.push(a);
    }
    // The largest count, written as English groups it.
    assert!(texts(&community_section(&p, period(), &Words::english())).contains("reached 4,294,967,295 people"));
}

#[test]
fn the_report_is_written_in_the_language_it_is_asked_for() {
    let [_, es, fr] = crate::i18n::every_language();
    let p = crate::model::sample::sample(now());
    let opts = ReportOptions { period: period(), audience: ReportAudience::Funders };
    let r = build(&p, opts, date("2026-11-27"), vec![], &fr);
    assert_eq!(r.title, "Riverside Food Security Partnership\u{a0}: rapport d’avancement");
    assert!(r.subtitle.starts_with("Pour les financeurs · "), "{}", r.subtitle);
    let html = to_html(&r, now(), &fr);
    assert!(html.contains("<html lang=\"fr\">") && html.contains("Réalisé avec Common Ground le 27 nov. 2026."));
    assert!(html.contains("Synthèse") && html.contains("Les chiffres du graphique") && html.contains("Jalons atteints"));
    for english in ["Summary", "Milestones reached", "The numbers behind the chart", "Made with", "Warning:", "Funding position"] {
        assert!(!html.contains(english), "{english} left in the French report");
    }
    let md = to_markdown(&build(&p, opts, date("2026-11-27"), vec![], &es), &es);
    assert!(md.contains("## Resumen") && md.contains("## Situación de la financiación"), "{md}");
    // Money and numbers as Spanish writes them.
    assert!(md.contains("\u{a0}EUR"), "{md}");
    assert!(!md.contains("Summary") && !md.contains("Funding position"));
}
