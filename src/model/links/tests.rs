use super::*;
use crate::model::community::Response;
use crate::model::goals::Goal;
use crate::model::ideas::Experiment;
use crate::model::learning::Milestone;
use crate::model::stories::Story;
use crate::model::time::at;
use chrono::{DateTime, Utc};

fn now() -> DateTime<Utc> {
    at("2026-07-01T09:00:00Z")
}

const ID: &str = "6f1d3c2a-0b4e-4d7a-9c8e-2a1b3c4d5e6f";

fn old(kind: &str, linked: &str) -> serde_json::Value {
    let head = r#""id":"00000000-0000-4000-8000-000000000001","created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z""#;
    let body = match kind {
        "story" => r#""title":"Maria's first harvest""#,
        "milestone" => r#""date":"2026-03-01","what":"First delivery""#,
        "experiment" => r#""title":"Evening hours""#,
        _ => r#""input_id":"00000000-0000-4000-8000-000000000002","did":"Moved the van","status":"done""#,
    };
    serde_json::from_str(&format!("{{{head},{body},{linked}}}")).unwrap()
}

#[test]
fn files_written_before_the_pickers_keep_their_one_link() {
    let id: Uuid = ID.parse().unwrap();
    let goal = format!(r#""goal_id":"{ID}""#);
    let metric = format!(r#""metric_id":"{ID}""#);
    let story: Story = serde_json::from_value(old("story", &format!("{goal},{metric}"))).unwrap();
    assert_eq!((story.goal_ids.clone(), story.metric_ids.clone()), (vec![id], vec![id]));
    let milestone: Milestone = serde_json::from_value(old("milestone", &goal)).unwrap();
    assert_eq!(milestone.goal_ids, vec![id]);
    let experiment: Experiment = serde_json::from_value(old("experiment", &metric)).unwrap();
    assert_eq!(experiment.metric_ids, vec![id]);
    let response: Response = serde_json::from_value(old("response", &goal)).unwrap();
    assert_eq!(response.goal_ids, vec![id]);
    // What the app wrote for a record never linked, and what it writes now.
    let unlinked: Story = serde_json::from_value(old("story", r#""goal_id":null,"metric_id":null"#)).unwrap();
    assert!(unlinked.goal_ids.is_empty() && unlinked.metric_ids.is_empty());
    assert!(unlinked.extra.0.is_empty(), "the old keys are read, not kept as unknown: {:?}", unlinked.extra);
    let written = serde_json::to_value(&story).unwrap();
    assert_eq!(written["goal_ids"], serde_json::json!([ID]));
    assert!(written.get("goal_id").is_none());
    assert_eq!(serde_json::from_value::<Story>(written).unwrap(), story);
}

#[test]
fn a_removed_goal_stays_linked_and_is_named_as_gone() {
    let mut p = crate::model::Partnership::new("Food security", now());
    let kept = Goal::new("No family goes hungry", now());
    let removed = Goal::new("Less food wasted", now());
    p.goals = vec![kept.clone(), removed.clone()];
    let mut story = Story::new("Maria's first harvest", now());
    toggle(&mut story.goal_ids, removed.id, true);
    toggle(&mut story.goal_ids, kept.id, true);
    toggle(&mut story.goal_ids, kept.id, true);
    assert_eq!(story.goal_ids, vec![removed.id, kept.id], "ticked once, in the order ticked");
    p.remove::<Goal>(removed.id, now());
    let choices = goal_choices(&p);
    assert_eq!(linked(&story.goal_ids, &choices), vec![None, Some("No family goes hungry")]);
    toggle(&mut story.goal_ids, removed.id, false);
    assert_eq!(story.goal_ids, vec![kept.id]);
    assert_eq!(metric_choices(&p), Vec::new());
}

#[test]
fn links_merge_field_by_field_like_the_other_fields() {
    use crate::model::merge::{merge, ChangeKind};
    use crate::model::stamp::{record_edit, Clock};
    let t0 = now();
    let mut base = crate::model::Partnership::new("Food security", t0);
    let goal = Goal::new("No family goes hungry", t0);
    base.goals.push(goal.clone());
    base.communication.stories.push(Story::new("Maria", t0));
    let edit = |dev: u64, hours: i64, f: &dyn Fn(&mut Story)| {
        let mut p = base.clone();
        f(&mut p.communication.stories[0]);
        record_edit(&base, &mut p, &mut Clock::new(dev), t0 + chrono::Duration::hours(hours));
        p
    };
    let linked_here = edit(1, 1, &|s| s.goal_ids = vec![goal.id]);
    let renamed_there = edit(2, 2, &|s| s.title = "Maria's first harvest".into());
    let m = merge(&linked_here, &renamed_there, "", &Default::default(), t0 + chrono::Duration::hours(3)).unwrap();
    let story = &m.result.communication.stories[0];
    assert_eq!((story.goal_ids.clone(), story.title.as_str()), (vec![goal.id], "Maria's first harvest"));
    assert!(m.changes.iter().all(|c| c.kind != ChangeKind::Conflict), "{:?}", m.changes);
}
