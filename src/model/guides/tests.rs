use super::*;

#[test]
fn every_exercise_named_in_the_brief_has_a_guide() {
    for id in ["charter", "resources", "problem-tree", "smart-goals", "health-check", "dot-voting", "retrospective"] {
        assert!(guide(id).is_some(), "missing guide {id}");
    }
}

#[test]
fn every_step_has_time_a_question_and_an_outcome() {
    for g in GUIDES {
        assert!(g.steps.len() >= 3, "{} has too few steps", g.id);
        for s in g.steps {
            assert!(s.minutes > 0 && s.minutes <= 30, "{}: {}", g.id, s.title);
            assert!(s.ask.ends_with('?') || s.ask.ends_with(".)") || s.ask.ends_with('.'), "{}: {}", g.id, s.title);
            assert!(!s.outcome.is_empty());
        }
        assert!(g.total_minutes() <= 120, "{} must fit a two-hour workshop", g.id);
    }
}

#[test]
fn guides_are_found_by_tool() {
    assert_eq!(guides_for_tool("resources")[0].id, "resources");
    assert!(guides_for_tool("partners").is_empty());
}

#[test]
fn voting_and_workshop_screens_show_their_exercise_guide() {
    assert_eq!(guides_for_tool("dot-voting")[0].id, "dot-voting");
    assert_eq!(guides_for_tool("resource-workshop")[0].id, "resources");
}
