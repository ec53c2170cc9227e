use chrono::{DateTime, NaiveDate, Utc};

use crate::i18n::{Lang, Words};
use crate::model::checkins::{ActionItem, Meeting};
use crate::model::health::{HealthRound, STATEMENTS};
use crate::model::partners::{Partner, Sector};
use crate::model::report::{build, to_html, to_markdown, Block, Period, Report, ReportAudience, ReportOptions, NEXT_ACTIONS, SECTIONS};
use crate::model::resources::{accept_match, CommitmentStatus, Entry, EntryKind, Strength};
use crate::model::time::{at, date};
use crate::model::Partnership;

fn now() -> DateTime<Utc> {
    at("2026-11-27T09:00:00Z")
}

fn today() -> NaiveDate {
    date("2026-11-27")
}

fn report(p: &Partnership, w: &Words) -> Report {
    let opts = ReportOptions { period: Period::last_months(today(), 12), audience: ReportAudience::Partners };
    build(p, opts, today(), vec![], w)
}

fn spanish() -> Words {
    Words::from_json(Lang::Es, include_str!("../../../../locales/es.json")).unwrap()
}

fn french() -> Words {
    Words::from_json(Lang::Fr, include_str!("../../../../locales/fr.json")).unwrap()
}

fn blocks<'a>(r: &'a Report, id: &str) -> &'a [Block] {
    &r.sections.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("no section {id}")).blocks
}

/// Two partners: the food bank offers a van and storage, delivers the van to the school and
/// has promised the storage; the school did one check-in action and owes another.
fn partners() -> Partnership {
    let mut p = Partnership::new("Riverside", now());
    let bank = Partner::new("Food Bank", Sector::NonProfit, now());
    let school = Partner::new("School", Sector::Government, now());
    let (bank_id, school_id) = (bank.id, school.id);
    p.partners = vec![bank, school];
    let category = p.resources.categories[0].id;
    let entry = |who, kind, what: &str| Entry::new(who, kind, category, what, Strength::Medium, now());
    let van = entry(bank_id, EntryKind::Offer, "Delivery van, Tuesdays");
    let storage = entry(bank_id, EntryKind::Offer, "Cold storage");
    let spare = entry(bank_id, EntryKind::Offer, "Volunteers for sorting");
    let transport = entry(school_id, EntryKind::Need, "Transport for the pantry");
    let fridge = entry(school_id, EntryKind::Need, "Somewhere cold");
    let ids = [van.id, storage.id, transport.id, fridge.id];
    p.resources.entries.extend([van, storage, spare, transport, fridge]);
    let delivered = accept_match(&mut p, ids[0], ids[2], now()).unwrap();
    accept_match(&mut p, ids[1], ids[3], now()).unwrap();
    p.resources.commitments.iter_mut().find(|c| c.id == delivered).unwrap().status = CommitmentStatus::Delivered;
    let mut meeting = Meeting::new(date("2026-10-01"), now());
    let mut done = ActionItem::new("Send the timetable", Some(school_id), Some(date("2026-10-08")), now());
    done.done = true;
    meeting.actions.push(done);
    meeting.actions.push(ActionItem::new("Book the hall", Some(school_id), Some(date("2026-12-01")), now()));
    p.check_ins.meetings.push(meeting);
    p
}

#[test]
fn each_partner_is_credited_with_deliveries_offers_used_and_actions_done() {
    let p = partners();
    let r = report(&p, &Words::english());
    let Block::Table(t) = &blocks(&r, "contributions")[1] else { panic!("a table after the introduction") };
    assert_eq!(t.headers, ["Partner", "Commitments delivered", "Offers put to use", "Actions done"]);
    assert_eq!(t.rows[0], ["Food Bank", "1 of 2", "1 of 3", "0"], "the van delivered, storage still promised");
    assert_eq!(t.rows[1], ["School", "0 of 0", "0 of 0", "1"], "one check-in action done, one still open");
    assert_eq!(blocks(&r, "contributions")[3], Block::List(vec!["Food Bank to School: Delivery van, Tuesdays".into()]));
    let md = to_markdown(&r, &Words::english());
    assert!(md.contains("## What each partner contributed"));
    assert!(md.contains("| Food Bank | 1 of 2 | 1 of 3 | 0 |"));
}

#[test]
fn contributions_are_worded_in_the_reports_language() {
    let p = partners();
    let es = to_markdown(&report(&p, &spanish()), &spanish());
    assert!(es.contains("## Lo que aportó cada socio"));
    assert!(es.contains("| Food Bank | 1 de 2 | 1 de 3 | 0 |"));
    assert!(es.contains("- De Food Bank a School: Delivery van, Tuesdays"));
    let fr = to_markdown(&report(&p, &french()), &french());
    assert!(fr.contains("| Partenaire | Engagements tenus | Offres mises à profit | Actions réalisées |"));
    assert!(fr.contains("- De Food Bank à School\u{a0}: Delivery van, Tuesdays"));
}

#[test]
fn a_partnership_without_partners_says_so() {
    let r = report(&Partnership::new("X", now()), &Words::english());
    assert_eq!(blocks(&r, "contributions"), [Block::Paragraph("No partners are recorded yet.".into())]);
    assert_eq!(blocks(&r, "health"), [Block::Paragraph("No health check has been rated yet.".into())]);
}

/// Each partner rates every statement `scores[partner]`, but the first practice's
/// statements `first[partner]`.
fn round(p: &Partnership, name: &str, held: &str, first: &[u8], rest: &[u8]) -> HealthRound {
    let mut r = HealthRound::new(name, date(held), now());
    let first_practice = STATEMENTS[0].practice;
    for (i, partner) in p.partners.iter().enumerate() {
        let scores =
            STATEMENTS.iter().map(|s| (s.key.to_string(), if s.practice == first_practice { first[i] } else { rest[i] })).collect();
        r.set_ratings(partner.id, scores, now()).unwrap();
    }
    r
}

#[test]
fn the_latest_health_check_is_told_in_brief() {
    let mut p = partners();
    let spring = round(&p, "Spring", "2026-04-01", &[3, 3], &[3, 3]);
    let autumn = round(&p, "Autumn", "2026-10-01", &[5, 1], &[4, 4]);
    p.health.rounds = vec![autumn, spring];
    let r = report(&p, &Words::english());
    let text: Vec<String> = blocks(&r, "health").iter().map(|b| format!("{b:?}")).collect();
    let text = text.join("\n");
    assert!(text.contains("Latest health check: Autumn, 1 Oct 2026, rated by 2 partners. Overall score 3.9 out of 5."), "{text}");
    assert!(text.contains("Up 0.9 since the previous check."), "{text}");
    assert!(text.contains("Strongest practice: Clear goals and metrics (4.0). Weakest: Trust and respect (3.0)."), "{text}");
    assert!(text.contains("Partners rated these practices very differently, a sign to talk them through: Trust and respect."), "{text}");
    let fr = to_markdown(&report(&p, &french()), &french());
    assert!(fr.contains("## Santé du partenariat"));
    assert!(fr.contains("Note globale\u{a0}: 3,9 sur 5"), "{fr}");
    assert!(fr.contains("En hausse de 0,9 depuis le bilan précédent."));
}

#[test]
fn next_steps_come_from_every_open_action() {
    let mut p = partners();
    let r = report(&p, &Words::english());
    let Block::List(steps) = &blocks(&r, "next-steps")[0] else { panic!("a list") };
    assert!(steps.contains(&"Book the hall (School), due 1 Dec 2026".to_string()), "{steps:?}");
    assert!(steps.contains(&"Cold storage (Food Bank)".to_string()), "an undelivered commitment is a next step: {steps:?}");
    assert!(!steps.iter().any(|s| s.contains("Send the timetable") || s.contains("Delivery van")), "done is not next");
    let sample = crate::model::sample::sample(now());
    let r = report(&sample, &Words::english());
    let Block::List(steps) = &blocks(&r, "next-steps")[0] else { panic!("a list") };
    let from_plan = |m: &crate::model::stories::PlannedMessage| steps.iter().any(|s| s.starts_with(m.message.trim()));
    assert!(!sample.communication.plan.iter().any(from_plan), "the plan has its own section, by audience");
    let meeting = p.check_ins.meetings[0].id;
    for i in 0..NEXT_ACTIONS + 3 {
        p.upsert_action(meeting, ActionItem::new(format!("Call {i}"), None, None, now()), now());
    }
    let r = report(&p, &Words::english());
    let Block::List(steps) = &blocks(&r, "next-steps")[0] else { panic!("a list") };
    assert_eq!(steps.len(), NEXT_ACTIONS);
    assert_eq!(blocks(&r, "next-steps")[1], Block::Paragraph("And 5 more open actions.".into()), "15 open, 10 listed");
}

#[test]
fn the_partners_introduction_and_challenges_open_and_close_the_story() {
    let mut p = partners();
    p.report.introduction = "  We are five organisations.\n\nThis year we fed more families.  ".into();
    p.report.challenges = "Volunteers are tired.\nWe are recruiting.".into();
    let r = report(&p, &Words::english());
    assert_eq!(r.sections[0].id, "introduction");
    assert_eq!(r.sections[0].title, "Introduction");
    assert_eq!(
        r.sections[0].blocks,
        [Block::Paragraph("We are five organisations.".into()), Block::Paragraph("This year we fed more families.".into())]
    );
    let ids: Vec<&str> = r.sections.iter().map(|s| s.id.as_str()).collect();
    assert!(ids.iter().position(|s| *s == "challenges") > ids.iter().position(|s| *s == "lessons"));
    let md = to_markdown(&r, &Words::english());
    assert!(md.contains("## Challenges and what we are doing about them\n\nVolunteers are tired. We are recruiting.\n"));
    let es = to_markdown(&report(&p, &spanish()), &spanish());
    assert!(es.contains("## Introducción\n\nWe are five organisations.\n"), "the partners' words stay as written");
    assert!(es.contains("## Dificultades y qué estamos haciendo al respecto"));
    p.report.introduction = " \n\n ".into();
    assert!(report(&p, &Words::english()).sections.iter().all(|s| s.id != "introduction"), "nothing written, no section");
}

#[test]
fn the_sections_left_out_are_in_no_format() {
    let mut p = partners();
    p.report.introduction = "Hello from the partners.".into();
    let all = report(&p, &Words::english());
    assert!(all.sections.iter().all(|s| SECTIONS.iter().any(|(id, _)| *id == s.id)), "every section can be chosen");
    for (id, _) in [SECTIONS[0], SECTIONS[5], SECTIONS[9], SECTIONS[15]] {
        p.report.include(id, false);
    }
    assert_eq!(p.report.left_out, ["introduction", "contributions", "health", "next-steps"]);
    let r = report(&p, &Words::english());
    let ids: Vec<&str> = r.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["summary", "goals", "outcomes", "outputs", "milestones", "stories", "community", "lessons", "funding", "sustainability", "communication"]);
    let md = to_markdown(&r, &Words::english());
    let html = to_html(&r, now(), &Words::english());
    for gone in ["Hello from the partners.", "What each partner contributed", "Partnership health", "Next steps"] {
        assert!(!md.contains(gone) && !html.contains(gone), "{gone} is left out");
    }
    assert!(!html.contains("report-contributions") && html.contains("report-milestones"));
    // The printed report is the preview, the same article.
    let preview = crate::model::report::preview_html(&r, 2, &Words::english());
    assert!(!preview.contains("Partnership health") && preview.contains("Milestones reached"));
    p.report.include("health", true);
    assert_eq!(p.report.left_out, ["introduction", "contributions", "next-steps"]);
    assert!(report(&p, &Words::english()).sections.iter().any(|s| s.id == "health"));
}

#[test]
fn the_settings_are_stored_only_once_used_and_merge_field_by_field() {
    let p = partners();
    let json = serde_json::to_value(&p).unwrap();
    assert!(json.get("report").is_none(), "an unused report leaves the file as older versions wrote it");
    let mut q = p.clone();
    q.report.challenges = "Funding".into();
    q.report.include("health", false);
    let json = serde_json::to_value(&q).unwrap();
    assert_eq!(json["report"], serde_json::json!({ "challenges": "Funding", "left_out": ["health"] }));
    let back: Partnership = serde_json::from_value(json).unwrap();
    assert_eq!(back.report, q.report);
}

#[test]
fn two_copies_writing_different_report_texts_merge_without_a_conflict() {
    use crate::model::merge::{merge, ChangeKind};
    use crate::model::stamp::{record_edit, Clock};
    use std::collections::HashMap;
    let base = partners();
    let edit = |p: &Partnership, dev: u64, minute: i64, f: &dyn Fn(&mut Partnership)| {
        let mut after = p.clone();
        f(&mut after);
        record_edit(p, &mut after, &mut Clock::new(dev), now() + chrono::Duration::minutes(minute));
        after
    };
    let a = edit(&base, 0xa, 1, &|p| p.report.introduction = "Our first year.".into());
    let b = edit(&base, 0xb, 2, &|p| {
        p.report.challenges = "Cold storage is short.".into();
        p.report.include("health", false);
    });
    let m = merge(&a, &b, "", &HashMap::new(), now() + chrono::Duration::minutes(3)).unwrap();
    assert_eq!(m.count(ChangeKind::Conflict), 0, "{:#?}", m.changes);
    assert_eq!(m.result.report.introduction, "Our first year.");
    assert_eq!(m.result.report.challenges, "Cold storage is short.");
    assert_eq!(m.result.report.left_out, ["health"]);
    // Both rewrote the introduction: the partners choose.
    let c = edit(&a, 0xc, 4, &|p| p.report.introduction = "Our second year.".into());
    let d = edit(&a, 0xd, 5, &|p| p.report.introduction = "A hard year.".into());
    let m = merge(&c, &d, "", &HashMap::new(), now() + chrono::Duration::minutes(6)).unwrap();
    assert_eq!(m.count(ChangeKind::Conflict), 1);
}
