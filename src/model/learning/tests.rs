use super::*;
use crate::model::time::{at, date};

fn t() -> DateTime<Utc> {
    at("2026-01-01T00:00:00Z")
}

#[test]
fn a_milestone_moves_from_upcoming_to_celebrated() {
    let today = date("2026-03-10");
    let mut m = Milestone::new("Market opens", date("2026-03-12"), t());
    assert_eq!(m.state(today), MilestoneState::Upcoming);
    assert_eq!(m.state(date("2026-03-13")), MilestoneState::Overdue);
    m.reached = true;
    assert_eq!(m.state(today), MilestoneState::Reached);
    m.celebrate("  Cake ", at("2026-03-14T10:00:00Z"));
    assert_eq!(m.state(today), MilestoneState::Celebrated);
    assert_eq!(m.how_celebrated, "Cake");
    assert_eq!(m.updated_at, at("2026-03-14T10:00:00Z"));
}

#[test]
fn the_timeline_is_in_date_order_and_next_milestones_are_unreached() {
    let a = Milestone::new("A", date("2026-05-01"), t());
    let mut b = Milestone::new("B", date("2026-02-01"), t());
    b.reached = true;
    let c = Milestone::new("C", date("2026-04-01"), t());
    let all = vec![a, b, c];
    let order: Vec<String> = timeline(&all).into_iter().map(|m| m.what).collect();
    assert_eq!(order, vec!["B", "C", "A"]);
    let next: Vec<&str> = next_milestones(&all, date("2026-01-01"), 5).iter().map(|m| m.what.as_str()).collect();
    assert_eq!(next, vec!["C", "A"]);
    assert_eq!(to_celebrate(&all)[0].what, "B");
}

#[test]
fn tags_are_trimmed_lowercased_and_unique() {
    assert_eq!(parse_tags(" Funding, risk ,#Risk;; volunteers "), vec!["funding", "risk", "volunteers"]);
    assert!(parse_tags(" , ").is_empty());
}

#[test]
fn the_library_is_searchable_by_tag_and_takes_other_tools_lessons() {
    let mut p = Partnership::new("X", t());
    let retro = Retrospective::new("Spring review", date("2026-04-01"), t());
    let mut l1 = Lesson::new("Back-up van", parse_tags("logistics, risk"), t());
    l1.retrospective_id = Some(retro.id);
    l1.date = Some(date("2026-04-01"));
    p.upsert(retro, t());
    p.upsert(l1, t());
    p.upsert(Lesson::new("Ask first", parse_tags("community voice"), t()), t());
    let experiment = LibraryLesson {
        text: "Text reminders did not raise pick-ups".into(),
        tags: parse_tags("experiments, communication"),
        date: date("2026-05-01"),
        source: "Experiment: SMS reminders (stopped)".into(),
        lesson_id: None,
    };
    let all = library(&p, vec![experiment]);
    assert_eq!(all.len(), 3);
    assert_eq!(all[0].source, "Experiment: SMS reminders (stopped)", "newest first");
    assert_eq!(all[1].source, "Retrospective: Spring review");
    let [_, es, fr] = crate::i18n::every_language();
    assert_eq!(all[1].source.say(&es), "Retrospectiva: Spring review");
    assert_eq!(all[2].source.say(&fr), "Bibliothèque des enseignements");
    let found: Vec<String> = search(&all, "Risk").into_iter().map(|l| l.text).collect();
    assert_eq!(found, vec!["Back-up van"]);
    assert_eq!(search(&all, "comm").len(), 2, "a word matches the start of a tag");
    assert_eq!(search(&all, "comm exp").len(), 1, "every word must match");
    assert_eq!(search(&all, "").len(), 3);
    assert!(tag_counts(&all).contains(&("risk".to_string(), 1)));
    assert!(from_other_tools(&p).is_empty());
}

#[test]
fn stopped_and_pivoted_experiments_feed_the_library() {
    let p = crate::model::sample::sample(t());
    let from_experiments = from_other_tools(&p);
    assert!(!from_experiments.is_empty(), "the sample has a pivoted experiment");
    assert!(from_experiments.iter().all(|l| l.tags.contains(&"experiment".to_string())
        && l.source.to_string().starts_with("Experiment: ")));
    let all = library(&p, from_experiments.clone());
    assert_eq!(all.len(), p.learning.lessons.len() + from_experiments.len());
}

#[test]
fn lessons_outlive_their_retrospective() {
    let mut p = Partnership::new("X", t());
    let retro = Retrospective::new("Review", date("2026-04-01"), t());
    let rid = retro.id;
    let mut l = Lesson::new("Learned", vec![], t());
    l.retrospective_id = Some(rid);
    p.upsert(retro, t());
    p.upsert(l, t());
    p.remove::<Retrospective>(rid, t());
    assert!(p.is_deleted(rid));
    assert_eq!(library(&p, vec![])[0].source, "Retrospective (removed)");
}

#[test]
fn open_actions_are_by_due_date_and_overdue_is_flagged() {
    let mut p = Partnership::new("X", t());
    let mut r = Retrospective::new("Review", date("2026-04-01"), t());
    let mut late = RetroAction::new("Late");
    late.due = Some(date("2026-04-05"));
    let mut later = RetroAction::new("Later");
    later.due = Some(date("2026-06-01"));
    let mut done = RetroAction::new("Done");
    done.done = true;
    r.actions = vec![RetroAction::new("Undated"), later, late, done];
    p.upsert(r, t());
    let open: Vec<String> = open_actions(&p).into_iter().map(|(_, a)| a.what).collect();
    assert_eq!(open, vec!["Late", "Later", "Undated"]);
    assert!(open_actions(&p)[0].1.is_overdue(date("2026-04-06")));
}

#[test]
fn action_owners_survive_a_deleted_partner() {
    let mut p = crate::model::sample::sample(at("2026-11-27T09:00:00Z"));
    let owner = p.learning.retrospectives[0].actions[0].owner.expect("sample action has an owner");
    p.remove::<crate::model::Partner>(owner, at("2026-11-28T09:00:00Z"));
    assert_eq!(p.learning.retrospectives[0].actions[0].owner, Some(owner));
    assert_eq!(p.partner_name(owner), "(removed partner)");
    assert_eq!(crate::model::validate::validate(&p), vec![]);
}

#[test]
fn a_celebrated_milestone_that_is_not_reached_is_a_file_problem() {
    let mut p = Partnership::new("X", t());
    let mut m = Milestone::new("M", date("2026-01-01"), t());
    m.celebrated = true;
    p.learning.milestones.push(m);
    let problems = crate::model::validate::validate(&p);
    assert_eq!(problems[0].path, "learning.milestones[0].reached");
}
