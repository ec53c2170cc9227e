use super::*;
use std::collections::HashMap;
use crate::model::goals::{Goal, GoalStatus};
use crate::model::time::at;

fn tree() -> (Partnership, Uuid, Uuid, Uuid, Uuid) {
    let now = at("2026-01-01T00:00:00Z");
    let mut p = Partnership::new("X", now);
    let a = Cause::new("Low incomes", None, now);
    let a1 = Cause::new("Irregular hours", Some(a.id), now);
    let a1x = Cause::new("Zero-hours contracts", Some(a1.id), now);
    let b = Cause::new("No shops nearby", None, now);
    let ids = (a.id, a1.id, a1x.id, b.id);
    p.problem_tree.causes = vec![a, a1, a1x, b];
    (p, ids.0, ids.1, ids.2, ids.3)
}

fn goal_on(cause: Uuid) -> Goal {
    let mut g = Goal::new("Raise incomes", at("2026-01-01T00:00:00Z"));
    g.cause_ids = vec![cause];
    g
}

#[test]
fn the_tree_reads_depth_first_with_depths_and_roots() {
    let (p, a, a1, a1x, b) = tree();
    let rows = p.problem_tree.rows(&[]);
    let order: Vec<(Uuid, usize, bool)> = rows.iter().map(|r| (r.cause.id, r.depth, r.is_root)).collect();
    assert_eq!(order, vec![(a, 0, false), (a1, 1, false), (a1x, 2, true), (b, 0, true)]);
}

#[test]
fn a_cause_no_goal_addresses_is_unaddressed() {
    let (p, a, a1, a1x, b) = tree();
    let goals = vec![goal_on(a1x)];
    let rows = p.problem_tree.rows(&goals);
    let cov: HashMap<Uuid, Coverage> = rows.iter().map(|r| (r.cause.id, r.coverage)).collect();
    assert_eq!(cov[&a1x], Coverage::Direct(1));
    assert_eq!(cov[&a1], Coverage::ThroughDeeper);
    assert_eq!(cov[&a], Coverage::ThroughDeeper);
    assert_eq!(cov[&b], Coverage::Unaddressed);
    assert_eq!(p.problem_tree.unaddressed(&goals).iter().map(|c| c.id).collect::<Vec<_>>(), vec![b]);
}

#[test]
fn dropped_goals_address_nothing() {
    let (p, a, ..) = tree();
    let mut g = goal_on(a);
    g.status = GoalStatus::Dropped;
    assert_eq!(p.problem_tree.unaddressed(&[g]).len(), 4);
}

#[test]
fn a_cause_cannot_move_under_its_own_deeper_cause() {
    let (mut p, a, _, a1x, b) = tree();
    let now = at("2026-01-02T00:00:00Z");
    let mut moved = p.problem_tree.cause(a).unwrap().clone();
    moved.parent = Some(a1x);
    assert!(check_parent(&p, &moved).is_err());
    let allowed: Vec<Uuid> = p.problem_tree.possible_parents(a).iter().map(|c| c.id).collect();
    assert_eq!(allowed, vec![b]);
    moved.parent = Some(b);
    assert!(check_parent(&p, &moved).is_ok());
    p.upsert(moved, now);
    assert_eq!(p.problem_tree.cause(a).unwrap().parent, Some(b));
}

#[test]
fn deleting_a_cause_deletes_its_branch_and_unlinks_goals() {
    let (mut p, a, a1, a1x, b) = tree();
    let now = at("2026-01-03T00:00:00Z");
    p.goals.push(goal_on(a1x));
    p.goals[0].cause_ids.push(b);
    assert_eq!(delete_cause(&mut p, a1, now), 2);
    assert_eq!(p.problem_tree.causes.iter().map(|c| c.id).collect::<Vec<_>>(), vec![a, b]);
    assert!(p.is_deleted(a1) && p.is_deleted(a1x));
    assert_eq!(p.tombstones[0].kind, "cause");
    assert_eq!(p.goals[0].cause_ids, vec![b]);
    assert_eq!(p.goals[0].updated_at, now);
    assert_eq!(delete_cause(&mut p, a1, now), 0, "deleting twice is a no-op");
}

#[test]
fn deleting_a_symptom_unlinks_it_from_goals() {
    let now = at("2026-01-03T00:00:00Z");
    let mut p = Partnership::new("X", now);
    let s = Symptom::new("Queues", now);
    let id = s.id;
    p.upsert(s, now);
    let mut g = Goal::new("Shorter queues", now);
    g.symptom_ids = vec![id];
    p.goals.push(g);
    assert!(p.remove::<Symptom>(id, now).is_some());
    assert!(p.problem_tree.symptoms.is_empty());
    assert!(p.goals[0].symptom_ids.is_empty());
    assert!(p.is_deleted(id));
}

#[test]
fn a_loop_of_parents_is_a_validation_problem_and_does_not_hang_the_tree() {
    let (mut p, a, _, a1x, _) = tree();
    p.problem_tree.causes[0].parent = Some(a1x);
    let problems = crate::model::validate::validate(&p);
    assert!(problems.iter().any(|x| x.path == "problem_tree.causes[0].parent"), "{problems:?}");
    assert!(p.problem_tree.branch(a).len() == 3);
    let _ = p.problem_tree.rows(&[]);
}

#[test]
fn a_cause_whose_parent_is_gone_shows_at_the_top() {
    let (mut p, _, a1, ..) = tree();
    p.problem_tree.causes.retain(|c| c.text != "Low incomes");
    let top: Vec<Uuid> = p.problem_tree.children(None).iter().map(|c| c.id).collect();
    assert!(top.contains(&a1));
}

/// A chain of `n` causes, each under the one before, listed deepest first (the order that
/// made every walk of the tree go over the whole list again).
fn chain(n: usize) -> (Partnership, Vec<Uuid>) {
    let now = at("2026-01-01T00:00:00Z");
    let mut p = Partnership::new("X", now);
    let mut causes: Vec<Cause> = Vec::with_capacity(n);
    for i in 0..n {
        causes.push(Cause::new(format!("Why {i}"), causes.last().map(|c: &Cause| c.id), now));
    }
    let ids = causes.iter().map(|c| c.id).collect();
    causes.reverse();
    p.problem_tree.causes = causes;
    (p, ids)
}

#[test]
fn a_ten_thousand_deep_chain_is_checked_and_drawn_in_linear_time() {
    let (mut p, ids) = chain(10_000);
    let started = std::time::Instant::now();
    let problems = crate::model::validate::validate(&p);
    let rows = p.problem_tree.rows(&[goal_on(ids[9_999])]);
    eprintln!("10,000-deep chain: validated and drawn in {:?}", started.elapsed());
    // Only the first cause past the limit is named: the ones under it go with it.
    let deep: Vec<String> = problems.iter().map(|p| p.message.to_string()).collect();
    assert_eq!(deep, vec!["this cause is more than 100 levels deep; the tree holds at most 100"]);
    assert_eq!(problems[0].path, format!("problem_tree.causes[{}].parent", 10_000 - 1 - MAX_TREE_DEPTH));
    assert_eq!(rows.len(), 10_000);
    assert_eq!(rows[9_999].depth, 9_999);
    assert!(rows[..9_999].iter().all(|r| r.coverage == Coverage::ThroughDeeper));
    // A loop at the bottom of the chain is found as well.
    p.problem_tree.causes[0].parent = Some(ids[9_998]);
    p.problem_tree.causes[1].parent = Some(ids[9_999]);
    let looped = crate::model::validate::validate(&p).iter().filter(|p| p.message.to_string().contains("loop")).count();
    assert_eq!(looped, 2);
}

#[test]
fn a_cause_cannot_be_put_deeper_than_the_tree_holds() {
    let (p, ids) = chain(MAX_TREE_DEPTH);
    let now = at("2026-01-01T00:00:00Z");
    let fits = Cause::new("Still fits", Some(ids[MAX_TREE_DEPTH - 2]), now);
    assert_eq!(check_parent(&p, &fits), Ok(()));
    let deeper = Cause::new("One too many", Some(ids[MAX_TREE_DEPTH - 1]), now);
    assert!(check_parent(&p, &deeper).unwrap_err().to_string().contains("at most 100 levels"));
    // Moving the top of a branch under the deepest cause counts the branch's own depth.
    let mut top = p.problem_tree.cause(ids[1]).unwrap().clone();
    top.parent = Some(ids[0]);
    assert_eq!(check_parent(&p, &top), Ok(()));
    let (p, ids) = chain(3);
    let mut moved = p.problem_tree.cause(ids[0]).unwrap().clone();
    moved.parent = Some(ids[2]);
    assert!(check_parent(&p, &moved).unwrap_err().to_string().contains("itself"));
}
