use super::*;
use crate::i18n::every_language;

#[test]
fn every_exercise_named_in_the_brief_has_a_guide() {
    for id in ["charter", "resources", "problem-tree", "smart-goals", "health-check", "dot-voting", "retrospective"]
        .into_iter()
        .chain(["community-voice", "metrics-review", "experiments", "stories", "sustainability"])
        .chain(["check-in", "partner-welcome", "actions-review", "progress-report"])
    {
        assert!(guide(id).is_some(), "missing guide {id}");
    }
}

#[test]
fn every_step_has_time_a_question_and_an_outcome_in_every_language() {
    for w in every_language() {
        for g in GUIDES {
            assert!(g.steps.len() >= 3, "{} has too few steps", g.id);
            assert!(!w.get(g.title).is_empty() && !w.get(g.purpose).is_empty() && !w.get(g.prepare).is_empty(), "{}", g.id);
            for s in g.steps {
                let (title, ask) = (w.get(s.title), w.get(s.ask));
                assert!(s.minutes > 0 && s.minutes <= 30, "{}: {title}", g.id);
                assert!(ask.ends_with('?') || ask.ends_with(".)") || ask.ends_with('.'), "{:?} {}: {title}", w.lang(), g.id);
                assert!(!title.is_empty() && !w.get(s.outcome).is_empty(), "{:?} {}", w.lang(), g.id);
            }
            assert!(g.total_minutes() <= 120, "{} must fit a two-hour workshop", g.id);
        }
    }
}

#[test]
fn the_guides_speak_the_rooms_language() {
    let [en, es, fr] = every_language();
    let g = guide("dot-voting").unwrap();
    assert_eq!(en.get(g.title), "Dot voting");
    assert_eq!(es.get(g.title), "Votación por puntos");
    assert_eq!(fr.get(g.steps[0].ask), "Que pourrions-nous essayer\u{a0}? À ce stade, aucune idée n’est trop petite ni trop audacieuse.");
    // Every step's question is its own sentence in each language, never left in English.
    for g in GUIDES {
        for s in g.steps {
            assert_ne!(es.get(s.ask), en.get(s.ask));
            assert_ne!(fr.get(s.ask), en.get(s.ask));
        }
    }
}

#[test]
fn guides_are_found_by_tool() {
    assert_eq!(guides_for_tool("resources")[0].id, "resources");
    assert_eq!(guides_for_tool("partners")[0].id, "partner-welcome");
    // A screen that runs no exercise of its own has none.
    assert!(guides_for_tool("partnerships").is_empty());
}

#[test]
fn voting_and_workshop_screens_show_their_exercise_guide() {
    assert_eq!(guides_for_tool("dot-voting")[0].id, "dot-voting");
    assert_eq!(guides_for_tool("resource-workshop")[0].id, "resources");
}

#[test]
fn every_tool_with_an_exercise_finds_its_guide() {
    for (tool, id) in [
        ("community", "community-voice"),
        ("metrics", "metrics-review"),
        ("stories", "stories"),
        ("sustainability", "sustainability"),
        ("check-ins", "check-in"),
        ("partners", "partner-welcome"),
        ("actions", "actions-review"),
        ("report", "progress-report"),
    ] {
        assert_eq!(guides_for_tool(tool)[0].id, id);
    }
    let ideas: Vec<&str> = guides_for_tool("ideas").iter().map(|g| g.id).collect();
    assert_eq!(ideas, ["dot-voting", "experiments"]);
}

#[test]
fn every_guide_has_its_own_id_and_words() {
    let [en, ..] = every_language();
    for (i, g) in GUIDES.iter().enumerate() {
        for other in &GUIDES[i + 1..] {
            assert_ne!(g.id, other.id);
            assert_ne!(en.get(g.title), en.get(other.title), "{} and {}", g.id, other.id);
        }
    }
}
