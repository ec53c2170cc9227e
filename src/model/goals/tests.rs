use super::*;
use crate::model::causes::{Cause, Symptom};
use crate::model::metrics::{Counting, Direction};
use crate::model::time::{at, date};
use crate::model::Sector;

fn now() -> DateTime<Utc> {
    at("2026-03-01T09:00:00Z")
}

fn today() -> NaiveDate {
    date("2026-03-01")
}

/// A partnership with one partner, one cause, one symptom and one metric with a target.
fn world() -> Partnership {
    let mut p = Partnership::new("Food for All", now());
    p.partners.push(Partner::new("Riverside Food Bank", Sector::NonProfit, now()));
    p.problem_tree.causes.push(Cause::new("Benefits go unclaimed", None, now()));
    p.problem_tree.symptoms.push(Symptom::new("Children arrive at school hungry", now()));
    let mut m = Metric::new("Households food-secure", MetricKind::Outcome, now());
    m.unit = "%".into();
    m.baseline_value = Some(62.0);
    m.baseline_date = Some(date("2026-01-01"));
    m.target_value = Some(75.0);
    m.target_date = Some(date("2027-12-31"));
    p.metrics.push(m);
    p
}

/// A goal that meets every letter in `world()`.
fn smart_goal(p: &Partnership) -> Goal {
    let mut g = Goal::new("Raise the share of east-side households that are food-secure to 75%", now());
    g.target_group = "households with children".into();
    g.place = "Eastside".into();
    g.owner_ids = vec![p.partners[0].id];
    g.status = GoalStatus::Active;
    g.start = Some(date("2026-01-01"));
    g.end = Some(date("2027-12-31"));
    g.cause_ids = vec![p.problem_tree.causes[0].id];
    g.metric_ids = vec![p.metrics[0].id];
    g
}

fn check(p: &Partnership, g: &Goal, letter: Letter) -> Check {
    let cx = SmartContext::of(p, today());
    smart(g, &cx).into_iter().find(|c| c.letter == letter).unwrap()
}

#[test]
fn a_goal_with_everything_is_smart() {
    let p = world();
    let g = smart_goal(&p);
    let cx = SmartContext::of(&p, today());
    let checks = smart(&g, &cx);
    assert!(checks.iter().all(|c| c.met), "{checks:#?}");
    assert!(is_smart(&g, &cx));
    assert_eq!(checks.map(|c| c.letter), Letter::ALL);
}

// Specific

#[test]
fn an_empty_statement_is_not_specific() {
    let p = world();
    let mut g = smart_goal(&p);
    g.statement = "  ".into();
    let c = check(&p, &g, Letter::Specific);
    assert!(!c.met);
    assert_eq!(c.explanation, "Write what the goal will change, for whom and where.");
}

#[test]
fn a_few_words_without_group_or_place_is_not_specific() {
    let p = world();
    let mut g = smart_goal(&p);
    g.statement = "Reduce hunger".into();
    g.target_group.clear();
    g.place = " ".into();
    let c = check(&p, &g, Letter::Specific);
    assert!(!c.met);
    assert_eq!(
        c.explanation,
        "Say what exactly will change (the statement has only a few words), who it is for and where it happens."
    );
}

#[test]
fn a_full_statement_without_a_place_is_not_specific() {
    let p = world();
    let mut g = smart_goal(&p);
    g.place.clear();
    let c = check(&p, &g, Letter::Specific);
    assert_eq!((c.met, c.explanation.to_string().as_str()), (false, "Say where it happens."));
}

#[test]
fn a_statement_with_group_and_place_is_specific() {
    let p = world();
    let c = check(&p, &smart_goal(&p), Letter::Specific);
    assert!(c.met);
    assert_eq!(c.explanation, "Says what changes, for households with children in Eastside.");
}

// Measurable

#[test]
fn a_goal_with_no_linked_metric_is_not_measurable() {
    let p = world();
    let mut g = smart_goal(&p);
    g.metric_ids.clear();
    let c = check(&p, &g, Letter::Measurable);
    assert!(!c.met);
    assert!(c.explanation.to_string().starts_with("No metric is linked"));
}

#[test]
fn a_linked_metric_without_a_target_is_not_measurable() {
    let mut p = world();
    p.metrics[0].target_value = None;
    let c = check(&p, &smart_goal(&p), Letter::Measurable);
    assert!(!c.met);
    assert!(c.explanation.to_string().starts_with("No linked metric has a target"));
}

#[test]
fn a_linked_metric_with_a_target_is_measurable() {
    let p = world();
    let c = check(&p, &smart_goal(&p), Letter::Measurable);
    assert_eq!((c.met, c.explanation.to_string().as_str()), (true, "“Households food-secure” has a target of 75 %."));
}

#[test]
fn a_link_to_a_deleted_metric_does_not_count() {
    let p = world();
    let mut g = smart_goal(&p);
    g.metric_ids = vec![Uuid::new_v4()];
    assert!(!check(&p, &g, Letter::Measurable).met);
}

// Achievable

#[test]
fn a_goal_no_partner_owns_is_not_achievable() {
    let p = world();
    let mut g = smart_goal(&p);
    g.owner_ids.clear();
    let c = check(&p, &g, Letter::Achievable);
    assert_eq!((c.met, c.explanation.to_string().as_str()), (false, "No partner owns it."));
}

#[test]
fn a_goal_whose_only_owner_was_removed_has_no_owner() {
    let mut p = world();
    let g = smart_goal(&p);
    let owner = p.partners[0].id;
    p.remove::<Partner>(owner, now());
    assert!(!check(&p, &g, Letter::Achievable).met);
    assert_eq!(p.partner_name(g.owner_ids[0]), "(removed partner)", "the link is kept for the record");
}

#[test]
fn a_target_far_beyond_the_trend_is_not_achievable() {
    let mut p = world();
    let id = p.metrics[0].id;
    // Flat readings: the trend never moves toward 75%.
    for d in ["2026-01-31", "2026-02-28"] {
        p.measurements.push(Measurement::new(id, date(d), 62.0, now()));
    }
    let c = check(&p, &smart_goal(&p), Letter::Achievable);
    assert!(!c.met);
    assert!(c.explanation.to_string().starts_with("The target for “Households food-secure” (75 %) is far beyond its trend"), "{}", c.explanation);
    // Readings on course for the target: achievable.
    p.measurements[0].value = 62.6;
    p.measurements[1].value = 63.1;
    assert!(check(&p, &smart_goal(&p), Letter::Achievable).met);
}

#[test]
fn with_a_resource_map_a_goal_needs_a_supporting_commitment() {
    let p = world();
    let mut g = smart_goal(&p);
    let van = CommitmentRef { id: Uuid::new_v4(), label: "FreshMart: refrigerated van".into() };
    let mut cx = SmartContext::of(&p, today());
    assert!(achievable(&g, &cx).met, "without a resource map, resourcing is not checked");
    cx.commitments = Some(vec![van.clone()]);
    let c = achievable(&g, &cx);
    assert_eq!((c.met, c.explanation.to_string().as_str()), (false, "No commitment in the resource map supports it."));
    g.commitment_ids = vec![van.id];
    assert!(achievable(&g, &cx).met);
}

#[test]
fn several_reasons_are_joined_in_one_sentence() {
    let p = world();
    let mut g = smart_goal(&p);
    g.owner_ids.clear();
    let mut cx = SmartContext::of(&p, today());
    cx.commitments = Some(vec![]);
    assert_eq!(
        achievable(&g, &cx).explanation,
        "No partner owns it and no commitment in the resource map supports it."
    );
}

// Relevant

#[test]
fn a_goal_linked_to_no_cause_is_not_relevant() {
    let p = world();
    let mut g = smart_goal(&p);
    g.cause_ids.clear();
    let c = check(&p, &g, Letter::Relevant);
    assert!(!c.met);
    assert!(c.explanation.to_string().starts_with("It is linked to no cause"));
}

#[test]
fn a_goal_that_only_addresses_symptoms_is_flagged() {
    let p = world();
    let mut g = smart_goal(&p);
    g.cause_ids.clear();
    g.symptom_ids = vec![p.problem_tree.symptoms[0].id];
    let c = check(&p, &g, Letter::Relevant);
    assert!(!c.met);
    assert!(c.explanation.to_string().starts_with("It addresses only symptoms"));
    g.cause_ids = vec![p.problem_tree.causes[0].id];
    assert!(check(&p, &g, Letter::Relevant).met, "a symptom beside a cause is fine");
}

#[test]
fn with_a_mission_a_goal_must_serve_it() {
    let p = world();
    let mut g = smart_goal(&p);
    g.statement = "Open a second pantry with longer opening hours".into();
    g.target_group = "working parents".into();
    g.place = "Northside".into();
    let mut cx = SmartContext::of(&p, today());
    cx.mission = Some("Every family in Riverside eats well, every day.");
    let c = relevant(&g, &cx);
    assert!(!c.met);
    assert!(c.explanation.to_string().contains("Nothing links it to the charter's mission"), "{}", c.explanation);
    g.serves_mission = true;
    assert!(relevant(&g, &cx).met, "ticked by the group");
    g.serves_mission = false;
    g.target_group = "working families".into();
    assert!(relevant(&g, &cx).met, "shares the word “families”");
    cx.mission = None;
    g.target_group = "working parents".into();
    assert!(relevant(&g, &cx).met, "without a mission only the cause counts");
}

#[test]
fn shared_words_ignore_case_plurals_short_and_common_words() {
    assert_eq!(shared_words("Healthy FOOD for families", "healthy food for every family"), vec!["family", "food", "healthy"]);
    assert_eq!(shared_words("We will work with them", "We will work with them"), Vec::<String>::new());
    assert_eq!(shared_words("access", "access"), vec!["access"]);
}

#[test]
fn spanish_and_french_common_words_link_nothing_either() {
    // Only the words that carry the meaning are shared.
    assert_eq!(
        shared_words("Comida sana para todas las familias del este, con los socios", "Que cada familia tenga comida sana, junto con nuestros socios"),
        vec!["comida", "familia", "sana"]
    );
    assert_eq!(
        shared_words("Une alimentation saine pour toutes les familles, avec nos partenaires", "Que chaque famille ait une alimentation saine, avec les partenaires"),
        vec!["alimentation", "famille", "saine"]
    );
    assert_eq!(shared_words("Trabajar entre todos para mejorar", "trabajar todos entre ellos"), Vec::<String>::new());
    assert_eq!(shared_words("Travailler ensemble depuis cette année", "travailler depuis cette année"), Vec::<String>::new());
}

// Time-bound

#[test]
fn a_goal_without_an_end_date_is_not_time_bound() {
    let p = world();
    let mut g = smart_goal(&p);
    g.end = None;
    let c = check(&p, &g, Letter::TimeBound);
    assert_eq!((c.met, c.explanation.to_string().as_str()), (false, "No end date: say by when it should be done."));
}

#[test]
fn an_active_goal_whose_end_date_passed_is_not_time_bound() {
    let p = world();
    let mut g = smart_goal(&p);
    g.end = Some(date("2026-02-28"));
    g.start = Some(date("2025-01-01"));
    let c = check(&p, &g, Letter::TimeBound);
    assert!(!c.met);
    assert_eq!(c.explanation, "The end date (28 Feb 2026) has passed: set a new date, or mark the goal achieved or dropped.");
    g.status = GoalStatus::Achieved;
    assert!(check(&p, &g, Letter::TimeBound).met, "a finished goal may lie in the past");
}

#[test]
fn an_end_before_the_start_is_not_time_bound() {
    let p = world();
    let mut g = smart_goal(&p);
    g.start = Some(date("2028-01-01"));
    assert_eq!(check(&p, &g, Letter::TimeBound).explanation, "The end date comes before the start date.");
}

#[test]
fn an_end_date_today_or_later_is_time_bound() {
    let p = world();
    let mut g = smart_goal(&p);
    g.end = Some(today());
    g.start = None;
    let c = check(&p, &g, Letter::TimeBound);
    assert_eq!((c.met, c.explanation.to_string().as_str()), (true, "To be done by 1 Mar 2026."));
}

// Outputs and outcomes

#[test]
fn a_goal_without_an_outcome_metric_says_so() {
    let mut p = world();
    p.metrics[0].kind = MetricKind::Output;
    let mix = metric_mix(&smart_goal(&p), &p.metrics);
    assert_eq!(mix, MetricMix { outputs: 1, outcomes: 0 });
    assert!(crate::i18n::english(mix.advice().unwrap()).starts_with("Only outputs are tracked"));
    let [_, es, _] = crate::i18n::every_language();
    assert!(es.get(mix.advice().unwrap()).starts_with("Solo se siguen productos"));
    let mut out = Metric::new("Meals", MetricKind::Output, now());
    out.counting = Counting::Cumulative;
    out.direction = Direction::Increase;
    p.metrics[0].kind = MetricKind::Outcome;
    p.metrics.push(out);
    let mut g = smart_goal(&p);
    g.metric_ids.push(p.metrics[1].id);
    assert_eq!(metric_mix(&g, &p.metrics).advice(), None);
    g.metric_ids.clear();
    assert!(crate::i18n::english(metric_mix(&g, &p.metrics).advice().unwrap()).starts_with("No metrics yet"));
}

// Records

#[test]
fn deleting_a_goal_leaves_a_tombstone() {
    let mut p = world();
    let g = smart_goal(&p);
    let id = g.id;
    p.upsert(g, now());
    assert_eq!(p.remove::<Goal>(id, now()).map(|g| g.status), Some(GoalStatus::Active));
    assert!(p.goals.is_empty() && p.is_deleted(id));
    assert_eq!(p.tombstones[0].kind, "goal");
}

#[test]
fn a_blank_goal_cannot_be_saved_and_is_a_validation_problem() {
    let mut p = world();
    let mut g = Goal::new(" ", now());
    assert_eq!(check_goal(&g)[0].path, "statement");
    g.statement = " ".into();
    p.goals.push(g);
    assert_eq!(crate::model::validate::validate(&p)[0].path, "goals[0].statement");
}

#[test]
fn the_sample_has_two_smart_goals_and_one_that_is_not() {
    let now = at("2026-11-27T09:00:00Z");
    let p = crate::model::sample::sample(now);
    let cx = SmartContext::of(&p, now.date_naive());
    let smart_ones: Vec<bool> = p.goals.iter().map(|g| is_smart(g, &cx)).collect();
    assert_eq!(smart_ones, vec![true, true, false], "{:#?}", p.goals.iter().map(|g| smart(g, &cx)).collect::<Vec<_>>());
    let vague = &p.goals[2];
    let missing: Vec<Letter> = smart(vague, &cx).into_iter().filter(|c| !c.met).map(|c| c.letter).collect();
    assert_eq!(missing, Letter::ALL.to_vec(), "the vague goal shows advice for every letter");
    assert!(metric_mix(&p.goals[1], &p.metrics).advice().is_some(), "the surplus goal tracks only an output");
    assert_eq!(metric_mix(&p.goals[0], &p.metrics).advice(), None);
    let unaddressed = p.problem_tree.unaddressed(&p.goals);
    assert!(!unaddressed.is_empty(), "the tree shows causes no goal addresses");
    assert!(p.problem_tree.causes.len() >= 6 && p.problem_tree.symptoms.len() == 3);
}

/// Each language spells its SMART: the Spanish "E" of "Específica".
#[test]
fn the_smart_letters_are_named_in_each_language() {
    let [en, es, fr] = crate::i18n::every_language();
    let names = |w: &crate::i18n::Words| Letter::ALL.map(|l| format!("{} {}", w.get(l.initial_key()), w.get(l.name_key())));
    assert_eq!(names(&en), ["S Specific", "M Measurable", "A Achievable", "R Relevant", "T Time-bound"]);
    assert_eq!(names(&es)[0], "E Específica");
    assert_eq!(names(&fr)[3], "R Pertinent");
}
