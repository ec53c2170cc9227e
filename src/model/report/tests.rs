use super::*;
use crate::i18n::Words;
use crate::model::learning::{Lesson, Milestone};
use crate::model::stories::Story;
use crate::model::money::Money;
use crate::model::sustainability::FundingSource;
use crate::model::time::{at, date};

fn now() -> DateTime<Utc> {
    at("2026-11-27T09:00:00Z")
}

fn opts(audience: ReportAudience) -> ReportOptions {
    ReportOptions { period: Period::last_months(date("2026-11-27"), 12), audience }
}

fn sample_report(audience: ReportAudience) -> Report {
    let p = crate::model::sample::sample(now());
    build(&p, opts(audience), date("2026-11-27"), vec![], &Words::english())
}

fn section<'a>(r: &'a Report, id: &str) -> Option<&'a Section> {
    r.sections.iter().find(|s| s.id == id)
}

#[test]
fn the_period_includes_both_ends() {
    let p = Period::last_months(date("2026-11-27"), 12);
    assert_eq!(p.from, date("2025-11-28"));
    assert!(p.contains(date("2025-11-28")) && p.contains(date("2026-11-27")));
    assert!(!p.contains(date("2025-11-27")) && !p.contains(date("2026-11-28")));
    assert_eq!(Period::new(date("2026-02-01"), date("2026-01-01")).from, date("2026-01-01"));
}

#[test]
fn only_stories_with_consent_and_in_the_period_are_reported() {
    let mut p = Partnership::new("X", now());
    for (title, consent, day) in [("Shared", true, "2026-06-01"), ("Private", false, "2026-06-01"), ("Old", true, "2024-01-01")] {
        let mut s = Story::new(title, now());
        s.consent = consent;
        s.date = Some(date(day));
        s.what_changed = "Something".into();
        p.communication.stories.push(s);
    }
    let r = build(&p, opts(ReportAudience::Community), date("2026-11-27"), vec![], &Words::english());
    let md = to_markdown(&r, &Words::english());
    let html = to_html(&r, now(), &Words::english());
    assert!(md.contains("Shared") && html.contains("Shared"));
    assert!(!md.contains("Private") && !html.contains("Private"), "no consent, never in a report");
    assert!(!md.contains("Old"), "outside the period");
}

#[test]
fn milestones_and_lessons_are_filtered_by_period() {
    let mut p = Partnership::new("X", now());
    let mut inside = Milestone::new("Inside", date("2026-05-01"), now());
    inside.celebrate("Picnic", now());
    let mut outside = Milestone::new("Outside", date("2025-01-01"), now());
    outside.reached = true;
    let unreached = Milestone::new("Unreached", date("2026-05-02"), now());
    p.learning.milestones = vec![inside, outside, unreached];
    let mut lesson = Lesson::new("Old lesson", vec![], now());
    lesson.date = Some(date("2024-01-01"));
    p.learning.lessons.push(lesson);
    p.learning.lessons.push(Lesson::new("New lesson", vec!["risk".into()], now()));
    let r = build(&p, opts(ReportAudience::Partners), date("2026-11-27"), vec![], &Words::english());
    let md = to_markdown(&r, &Words::english());
    assert!(md.contains("| Inside | Yes: Picnic |"));
    assert!(!md.contains("Outside") && !md.contains("| Unreached"));
    assert!(md.contains("New lesson (risk)") && !md.contains("Old lesson"));
    assert!(md.contains("1 milestone reached (1 celebrated)"));
}

#[test]
fn funding_is_shown_to_funders_and_partners_only() {
    assert!(section(&sample_report(ReportAudience::Funders), "funding").is_some());
    assert!(section(&sample_report(ReportAudience::Partners), "funding").is_some());
    let community = sample_report(ReportAudience::Community);
    assert!(section(&community, "funding").is_none());
    assert!(!to_markdown(&community, &Words::english()).contains("EUR"));
}

#[test]
fn the_sample_report_shows_every_section() {
    let r = sample_report(ReportAudience::Funders);
    let ids: Vec<&str> = r.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "summary", "goals", "outcomes", "outputs", "contributions", "milestones", "stories", "community", "health", "lessons",
            "funding", "sustainability", "communication", "next-steps"
        ],
        "the introduction and the challenges are left out while the partners have not written them"
    );
    let html = to_html(&r, now(), &Words::english());
    assert!(html.contains("<svg") && html.contains("Runway (EUR)"));
    assert!(html.contains("Warning:"), "the sample depends on one funder");
    assert!(html.contains("Quarterly progress report"), "the funders' communication plan");
    assert!(!html.contains("What we heard and what we did"), "the community's plan is not in the funders' report");
    for s in &r.sections {
        assert!(!s.blocks.is_empty(), "{} has content", s.id);
    }
}

#[test]
fn currencies_stay_apart_in_the_report() {
    let mut p = Partnership::new("X", now());
    p.sustainability.funding.push(FundingSource::new("A", Money::new(10_000, "EUR"), now()));
    p.sustainability.funding.push(FundingSource::new("B", Money::new(5_000, "USD"), now()));
    let md = to_markdown(&build(&p, opts(ReportAudience::Funders), date("2026-11-27"), vec![], &Words::english()), &Words::english());
    assert!(md.contains("never added together"));
    assert!(md.contains("| EUR | EUR 100.00 | EUR 0.00 |"));
    assert!(md.contains("| USD | USD 50.00 | USD 0.00 |"));
}

fn hostile_partnership() -> Partnership {
    let mut p = Partnership::new("<script>alert('p')</script> & Co", now());
    let mut s = Story::new("<script>alert(1)</script>", now());
    s.consent = true;
    s.date = Some(date("2026-06-01"));
    s.who = "# Not a heading".into();
    s.what_changed = "*bold* _it_ [link](javascript:alert(1)) `code` | pipe\n# heading\n- item".into();
    s.quote = "</blockquote><img src=x onerror=alert(2)>".into();
    p.communication.stories.push(s);
    let mut m = Milestone::new("1. Not a list | cell", date("2026-06-02"), now());
    m.reached = true;
    p.learning.milestones.push(m);
    p
}

#[test]
fn html_escapes_user_text() {
    let p = hostile_partnership();
    let html = to_html(&build(&p, opts(ReportAudience::Partners), date("2026-11-27"), vec![], &Words::english()), now(), &Words::english());
    assert!(!html.contains("<script"), "no script element, ever");
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;/blockquote&gt;&lt;img src=x onerror=alert(2)&gt;"));
    assert!(html.contains("<title>&lt;script&gt;alert(&#39;p&#39;)&lt;/script&gt; &amp; Co: progress report</title>"));
}

#[test]
fn markdown_escapes_control_characters_in_user_text() {
    let p = hostile_partnership();
    let md = to_markdown(&build(&p, opts(ReportAudience::Partners), date("2026-11-27"), vec![], &Words::english()), &Words::english());
    assert!(md.contains("### \\<script\\>alert(1)\\</script\\>"));
    let bare_angle = md.char_indices().any(|(i, c)| c == '<' && !md[..i].ends_with('\\'));
    assert!(!bare_angle, "every < in user text is escaped, so no HTML tag survives");
    assert!(md.contains("\\*bold\\* \\_it\\_ \\[link\\](javascript:alert(1)) \\`code\\` \\| pipe \\# heading - item"));
    assert!(md.contains("| 1\\. Not a list \\| cell |"), "pipes cannot break a table row");
    assert!(md.contains("— \\# Not a heading"));
    assert!(!md.lines().any(|l| l.starts_with("# heading") || l.starts_with("- item")), "user line breaks cannot start blocks");
}

#[test]
fn markdown_escaping_guards_block_starts() {
    assert_eq!(escape_md("- not a list"), "\\- not a list");
    assert_eq!(escape_md("+1 vote"), "\\+1 vote");
    assert_eq!(escape_md("2024. A year"), "2024\\. A year");
    assert_eq!(escape_md("3) three"), "3\\) three");
    assert_eq!(escape_md("10 people"), "10 people");
    assert_eq!(escape_md("a\\b & c"), "a\\\\b \\& c");
    assert_eq!(escape_md("  spaced\n\n   out  "), "spaced out");
}

/// The preview shows each chart's last rows and says how many more the export has; the
/// export and the article keep every row.
#[test]
fn the_preview_shows_the_last_rows_of_long_tables() {
    use crate::model::generate::{partnership_of, SIZES};
    let p = partnership_of(SIZES.divided(10), 2, now());
    let today = now().date_naive();
    let opts = ReportOptions { period: Period::last_months(today, 12), audience: ReportAudience::Funders };
    let r = build(&p, opts, today, Vec::new(), &Words::english());
    let tables: Vec<&Table> = r.sections.iter().flat_map(|s| &s.blocks).filter_map(|b| match b {
        Block::Chart(c) => c.table.as_ref(),
        _ => None,
    }).collect();
    let long = tables.iter().filter(|t| t.rows.len() > PREVIEW_ROWS).count();
    // Tables of their own (not behind a chart) are shown whole.
    let other: usize = r.sections.iter().flat_map(|s| &s.blocks).map(|b| match b {
        Block::Table(t) => t.rows.len(),
        _ => 0,
    }).sum();
    assert!(long > 5, "the generated partnership has long tables ({long})");
    let rows = |html: &str| html.matches("<tr><td>").count();
    let all: usize = tables.iter().map(|t| t.rows.len()).sum();
    let shown: usize = tables.iter().map(|t| t.rows.len().min(PREVIEW_ROWS)).sum();
    let preview = preview_html(&r, 2, &Words::english());
    assert_eq!(rows(&preview), shown + other, "the last rows of each chart's table");
    assert_eq!(preview.matches("earlier rows are in the exported report.").count(), long);
    let t = tables.iter().find(|t| t.rows.len() > PREVIEW_ROWS).unwrap();
    let last = &t.rows[t.rows.len() - 1][0];
    let first = &t.rows[0][0];
    assert!(preview.contains(&format!("The {} earlier rows", t.rows.len() - PREVIEW_ROWS)));
    assert!(preview.contains(&format!("<td>{last}</td>")), "the latest reading is shown");
    assert!(preview.len() < to_html_article(&r, 2, &Words::english()).len());
    assert_eq!(rows(&to_html_article(&r, 2, &Words::english())), all + other);
    assert_eq!(rows(&to_html(&r, now(), &Words::english())), all + other);
    assert!(to_html(&r, now(), &Words::english()).contains(&format!("<td>{first}</td>")));
}

#[test]
fn the_standalone_html_has_no_script_and_inline_styles() {
    let html = to_html(&sample_report(ReportAudience::Funders), now(), &Words::english());
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.to_lowercase().contains("<script"));
    assert!(html.contains("<style>") && html.contains("@media print"));
    assert!(!html.contains("<link") && !html.contains("src=\"http"), "nothing to fetch");
    assert!(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
}

#[test]
fn the_html_article_nests_headings_under_the_page() {
    let r = sample_report(ReportAudience::Partners);
    let article = to_html_article(&r, 2, &Words::english());
    assert!(article.contains("<h2 class=\"report-title\">") && article.contains("<h3 id=\"report-summary\" class=\"report-section-title\">"));
    assert!(!article.contains("<h1"));
}

#[test]
fn report_files_are_named_after_the_partnership() {
    let p = crate::model::sample::sample(now());
    assert_eq!(file_name(&p, now(), "md"), "riverside-food-security-partnership-2026-11-27-report.md");
}

#[test]
fn lessons_from_other_tools_appear_in_the_report() {
    let p = Partnership::new("X", now());
    let other = LibraryLesson {
        text: "Stopped the SMS pilot".into(),
        tags: vec!["experiments".into()],
        date: date("2026-10-01"),
        source: "Experiment: SMS reminders (stopped)".into(),
        lesson_id: None,
    };
    let md = to_markdown(&build(&p, opts(ReportAudience::Partners), date("2026-11-27"), vec![other], &Words::english()), &Words::english());
    assert!(md.contains("Stopped the SMS pilot (experiments) – Experiment: SMS reminders (stopped)"));
}

#[test]
fn a_metric_names_its_responsible_partner_in_the_report() {
    let mut p = crate::model::sample::sample(now());
    let partner = p.partners[0].clone();
    p.metrics[0].partner_id = Some(partner.id);
    let r = build(&p, opts(ReportAudience::Partners), date("2026-11-27"), vec![], &Words::english());
    let id = if p.metrics[0].kind == crate::model::metrics::MetricKind::Outcome { "outcomes" } else { "outputs" };
    let said = format!("Responsible: {}", partner.name);
    assert!(section(&r, id).unwrap().blocks.iter().any(|b| matches!(b, Block::Paragraph(t) if *t == said)), "{said}");
}

#[test]
fn the_largest_funders_share_is_written_as_each_language_writes_a_percentage() {
    let mut p = Partnership::new("X", now());
    p.sustainability.funding.push(FundingSource::new("A", Money::new(12_500, "EUR"), now()));
    p.sustainability.funding.push(FundingSource::new("B", Money::new(87_500, "EUR"), now()));
    let [en, es, fr] = crate::i18n::every_language();
    for (w, share) in [(&en, "87.5%"), (&es, "87,5\u{a0}%"), (&fr, "87,5\u{202f}%")] {
        let md = to_markdown(&build(&p, opts(ReportAudience::Funders), date("2026-11-27"), vec![], w), w);
        assert!(md.contains(share), "{:?}: {md}", w.lang());
    }
}

#[test]
fn the_introduction_and_the_challenges_have_a_bound() {
    let fits = "é".repeat(MAX_TEXT_CHARS);
    assert!(check_texts(&fits, &fits).is_empty(), "counted in characters, not bytes");
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let found = check_texts("", &long);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path, "challenges");
    assert_eq!(found[0].message.to_string(), "This text can have at most 5,000 characters; it has 5,001. Shorten it, or keep the details in a document of your own.");
    // A file that carries one is refused, with the place named.
    let mut p = crate::model::sample::sample(now());
    p.report.introduction = long;
    let problems = crate::model::validate::validate(&p);
    assert!(problems.iter().any(|x| x.path == "report.introduction"), "{problems:?}");
}
