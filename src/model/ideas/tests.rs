use super::*;
use crate::model::time::{at, date};
use crate::model::validate::validate;

fn t0() -> DateTime<Utc> {
    at("2026-03-01T10:00:00Z")
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn board(n: usize) -> Partnership {
    let mut p = Partnership::new("X", t0());
    for i in 0..n {
        p.upsert(Idea::new(format!("Idea {i}"), t0()), t0());
    }
    p
}

fn dots(p: &Partnership, counts: &[u32]) -> Vec<Dots> {
    p.ideas.ideas.iter().zip(counts).map(|(i, &dots)| Dots { idea_id: i.id, dots }).collect()
}

#[test]
fn votes_are_tallied_most_dots_first() {
    let mut p = board(3);
    let rid = p.start_round("", 3, &names(&["Ann", "Bo", "Cy"]), t0()).unwrap();
    for (voter, counts) in [("Ann", [0, 3, 0]), ("Bo", [1, 2, 0]), ("Cy", [1, 1, 1])] {
        let d = dots(&p, &counts);
        p.cast_dots(rid, voter, &d, t0()).unwrap();
    }
    p.reveal_round(rid, t0());
    let ranking = p.ideas.rounds[0].ranking().unwrap();
    let got: Vec<(String, u32, usize, usize)> =
        ranking.iter().map(|t| (p.ideas.idea_title(t.idea_id), t.dots, t.voters, t.rank)).collect();
    assert_eq!(
        got,
        vec![("Idea 1".into(), 6, 3, 1), ("Idea 0".into(), 2, 2, 2), ("Idea 2".into(), 1, 1, 3)]
    );
}

#[test]
fn tied_ideas_share_a_rank_and_the_next_rank_is_skipped() {
    let mut p = board(4);
    let rid = p.start_round("", 2, &names(&["Ann", "Bo"]), t0()).unwrap();
    let (a, b) = (dots(&p, &[1, 1, 0, 0]), dots(&p, &[0, 0, 2, 0]));
    p.cast_dots(rid, "Ann", &a, t0()).unwrap();
    p.cast_dots(rid, "Bo", &b, t0()).unwrap();
    let ranks: Vec<(u32, usize)> = tally(&p.ideas.rounds[0]).iter().map(|t| (t.dots, t.rank)).collect();
    assert_eq!(ranks, vec![(2, 1), (1, 2), (1, 2), (0, 4)]);
}

#[test]
fn voters_with_unused_dots_still_count() {
    let mut p = board(2);
    let rid = p.start_round("", 3, &names(&["Ann", "Bo", "Cy"]), t0()).unwrap();
    let d = dots(&p, &[1, 0]);
    p.cast_dots(rid, "Ann", &d, t0()).unwrap();
    let round = &p.ideas.rounds[0];
    assert_eq!(round.unused_dots(), 8, "Ann kept 2, Bo and Cy did not vote");
    assert_eq!(round.waiting(), vec!["Bo", "Cy"]);
    assert_eq!(tally(round)[0].dots, 1);
}

#[test]
fn a_voter_over_the_limit_is_refused() {
    let mut p = board(2);
    let rid = p.start_round("", 3, &names(&["Ann"]), t0()).unwrap();
    let d = dots(&p, &[3, 1]);
    let err = p.cast_dots(rid, "Ann", &d, t0()).unwrap_err();
    assert_eq!(err, VoteError::OverLimit { voter: "Ann".into(), placed: 4, allowed: 3 });
    assert_eq!(err.to_string(), "Ann placed 4 dots but has only 3. Take 1 off and try again.");
    assert!(p.ideas.rounds[0].ballots.is_empty(), "nothing was recorded");
}

/// Two ideas and a round of one dot for Ann, who put it on the first idea.
fn ann_put_her_dot_on_the_first_idea() -> (Partnership, Uuid) {
    let mut p = board(2);
    let rid = p.start_round("", 1, &names(&["Ann"]), t0()).unwrap();
    let d = dots(&p, &[1, 0]);
    p.cast_dots(rid, "Ann", &d, t0()).unwrap();
    (p, rid)
}

#[test]
fn votes_are_hidden_until_the_round_is_revealed() {
    let (mut p, rid) = ann_put_her_dot_on_the_first_idea();
    assert!(p.ideas.rounds[0].ranking().is_none());
    p.reveal_round(rid, t0());
    assert!(p.ideas.rounds[0].ranking().is_some());
    assert_eq!(p.cast_dots(rid, "Ann", &dots(&p, &[1, 0]), t0()), Err(VoteError::Revealed), "revealed votes are final");
}

#[test]
fn a_voter_may_correct_their_ballot_before_the_reveal() {
    let mut p = board(2);
    let rid = p.start_round("", 2, &names(&["Ann"]), t0()).unwrap();
    let (first, second) = (dots(&p, &[2, 0]), dots(&p, &[0, 2]));
    p.cast_dots(rid, "ann", &first, t0()).unwrap();
    p.cast_dots(rid, "Ann", &second, t0()).unwrap();
    assert_eq!(p.ideas.rounds[0].ballots.len(), 1);
    assert_eq!(tally(&p.ideas.rounds[0])[0].idea_id, p.ideas.ideas[1].id);
}

#[test]
fn a_round_needs_dots_voters_and_ideas_and_only_one_is_open() {
    let mut p = board(0);
    assert_eq!(p.start_round("", 3, &names(&["Ann"]), t0()), Err(VoteError::NoIdeas));
    let mut p = board(2);
    assert_eq!(p.start_round("", 0, &names(&["Ann"]), t0()), Err(VoteError::NoDots));
    assert_eq!(p.start_round("", 3, &names(&[" ", ""]), t0()), Err(VoteError::NoVoters));
    assert_eq!(p.start_round("", 3, &names(&["Ann", "ann "]), t0()), Err(VoteError::DuplicateVoter("ann".into())));
    let first = p.start_round("", 3, &names(&["Ann"]), t0()).unwrap();
    assert_eq!(p.start_round("", 3, &names(&["Ann"]), t0()), Err(VoteError::AlreadyOpen));
    p.reveal_round(first, t0());
    assert!(p.start_round("Again", 3, &names(&["Ann"]), t0()).is_ok(), "past rounds are kept");
    assert_eq!(p.ideas.rounds.len(), 2);
    assert_eq!(p.ideas.past_rounds().len(), 1);
}

#[test]
fn unknown_voters_and_ideas_off_the_ballot_are_refused() {
    let mut p = board(1);
    let rid = p.start_round("", 2, &names(&["Ann"]), t0()).unwrap();
    assert_eq!(p.cast_dots(rid, "Zed", &[], t0()), Err(VoteError::UnknownVoter("Zed".into())));
    p.upsert(Idea::new("Late idea", t0()), t0());
    let late = vec![Dots { idea_id: p.ideas.ideas[1].id, dots: 1 }];
    assert_eq!(p.cast_dots(rid, "Ann", &late, t0()), Err(VoteError::NotOnBallot));
}

#[test]
fn a_deleted_idea_keeps_its_dots_as_removed() {
    let (mut p, _) = ann_put_her_dot_on_the_first_idea();
    let gone = p.ideas.ideas[0].id;
    p.remove::<Idea>(gone, t0());
    assert!(p.is_deleted(gone));
    assert_eq!(p.ideas.idea_title(tally(&p.ideas.rounds[0])[0].idea_id), "(removed idea)");
    assert_eq!(validate(&p), vec![]);
}

fn experiment(start: &str, end: &str) -> Experiment {
    let mut e = Experiment::new("Van", t0());
    e.hypothesis = "If …".into();
    e.start = Some(date(start));
    e.end = Some(date(end));
    e
}

/// A board with no ideas and one experiment (10 March to 10 April), not yet decided.
fn one_experiment() -> (Partnership, Uuid) {
    let mut p = board(0);
    let e = experiment("2026-03-10", "2026-04-10");
    let id = e.id;
    p.upsert(e, t0());
    (p, id)
}

#[test]
fn experiment_stage_follows_dates_until_decided() {
    let mut e = experiment("2026-03-10", "2026-04-10");
    assert_eq!(stage(&e, date("2026-03-01")), Stage::Planned);
    assert_eq!(stage(&e, date("2026-03-10")), Stage::Running);
    assert_eq!(stage(&e, date("2026-04-10")), Stage::Running);
    assert_eq!(stage(&e, date("2026-04-11")), Stage::DecisionDue);
    e.decision = Some(Decision::Stop);
    assert_eq!(stage(&e, date("2026-04-11")), Stage::Decided(Decision::Stop));
    assert_eq!(stage(&Experiment::new("x", t0()), date("2026-04-11")), Stage::Planned);
}

#[test]
fn an_experiment_needs_a_hypothesis_and_ordered_dates() {
    let mut e = experiment("2026-03-10", "2026-03-01");
    e.hypothesis.clear();
    let paths: Vec<String> = check_experiment(&e).into_iter().map(|x| x.path).collect();
    assert_eq!(paths, vec!["hypothesis", "end"]);
}

fn verdict(decision: Decision) -> Verdict {
    Verdict {
        decision,
        on: Some(date("2026-04-12")),
        result: "9 visits a stop".into(),
        learning: "Queuing was the barrier".into(),
        what_changed: "Home delivery instead of van stops".into(),
        why: "Seniors cannot queue".into(),
    }
}

#[test]
fn stop_and_pivot_need_a_lesson_and_pivot_needs_what_changed_and_why() {
    let e = experiment("2026-03-10", "2026-04-10");
    let mut v = verdict(Decision::Stop);
    v.learning = " ".into();
    assert_eq!(check_verdict(&e, &v)[0].path, "learning");
    let mut v = verdict(Decision::Pivot);
    v.what_changed.clear();
    v.why.clear();
    let paths: Vec<String> = check_verdict(&e, &v).into_iter().map(|x| x.path).collect();
    assert_eq!(paths, vec!["what_changed", "why"]);
    let mut v = verdict(Decision::Persevere);
    v.learning.clear();
    assert!(check_verdict(&e, &v).is_empty(), "persevering needs no lesson");
    v.on = Some(date("2026-03-01"));
    assert_eq!(check_verdict(&e, &v)[0].path, "on", "no decision before the start");
}

#[test]
fn a_pivot_appears_in_the_pivot_log_and_leaves_it_when_the_decision_changes() {
    let (mut p, id) = one_experiment();
    p.decide_experiment(id, verdict(Decision::Pivot), t0()).unwrap();
    let log = p.ideas.pivot_log();
    assert_eq!(log.len(), 1);
    assert_eq!((log[0].date, log[0].experiment_id), (date("2026-04-12"), Some(id)));
    let pid = log[0].id;
    p.decide_experiment(id, verdict(Decision::Pivot), t0()).unwrap();
    assert_eq!(p.ideas.pivots.len(), 1, "deciding again rewrites the same entry");
    assert_eq!(p.ideas.pivots[0].id, pid);
    p.decide_experiment(id, verdict(Decision::Stop), t0()).unwrap();
    assert!(p.ideas.pivots.is_empty());
    assert!(p.is_deleted(pid));
    assert_eq!(validate(&p), vec![]);
}

#[test]
fn a_refused_decision_changes_nothing() {
    let (mut p, id) = one_experiment();
    let before = p.clone();
    let mut v = verdict(Decision::Pivot);
    v.why.clear();
    assert!(p.decide_experiment(id, v, t0()).is_err());
    assert_eq!(p, before);
}

#[test]
fn reopening_an_experiment_takes_back_its_decision_and_pivot() {
    let (mut p, id) = one_experiment();
    p.decide_experiment(id, verdict(Decision::Pivot), t0()).unwrap();
    p.reopen_experiment(id, t0());
    assert_eq!(p.ideas.experiments[0].decision, None);
    assert!(p.ideas.pivots.is_empty());
    assert_eq!(stage(&p.ideas.experiments[0], date("2026-03-20")), Stage::Running);
}

#[test]
fn lessons_come_from_stopped_and_pivoted_experiments_only() {
    let mut p = board(0);
    for (title, decision) in [("A", Decision::Stop), ("B", Decision::Persevere), ("C", Decision::Pivot)] {
        let mut e = experiment("2026-03-10", "2026-04-10");
        e.title = title.into();
        let id = e.id;
        p.upsert(e, t0());
        p.decide_experiment(id, verdict(decision), t0()).unwrap();
    }
    let lessons = experiment_lessons(&p);
    let titles: Vec<&str> = lessons.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(titles, vec!["A", "C"]);
    assert_eq!(lessons[0].lesson, "Queuing was the barrier");
    assert_eq!(lessons[0].decided_on, date("2026-04-12"));
}

#[test]
fn deleting_an_experiment_keeps_its_pivot_in_the_log() {
    let (mut p, id) = one_experiment();
    p.decide_experiment(id, verdict(Decision::Pivot), t0()).unwrap();
    p.remove::<Experiment>(id, t0());
    assert_eq!(p.ideas.pivots[0].experiment_id, None);
    assert!(p.is_deleted(id));
    assert_eq!(validate(&p), vec![]);
}

#[test]
fn deleting_a_partner_keeps_its_ideas() {
    let mut p = board(0);
    let partner = crate::model::Partner::new("Pantry", crate::model::Sector::NonProfit, t0());
    let pid = partner.id;
    p.upsert(partner, t0());
    let mut idea = Idea::new("Fridge", t0());
    idea.author = Author::Partner { partner_id: pid };
    p.upsert(idea, t0());
    p.remove::<crate::model::Partner>(pid, t0());
    assert_eq!(p.ideas.ideas[0].author.describe(&p), "(removed partner)");
}

#[test]
fn over_limit_ballots_in_a_file_are_reported_with_paths() {
    let mut p = board(1);
    let rid = p.start_round("", 1, &names(&["Ann"]), t0()).unwrap();
    let iid = p.ideas.ideas[0].id;
    p.ideas.rounds[0].ballots.push(Ballot { voter: "Zed".into(), dots: vec![Dots { idea_id: iid, dots: 2 }] });
    let paths: Vec<String> = validate(&p).into_iter().map(|x| x.path).collect();
    assert_eq!(paths, vec!["ideas.rounds[0].ballots[0].voter", "ideas.rounds[0].ballots[0].dots"]);
    assert_eq!(rid, p.ideas.rounds[0].id);
}

#[test]
fn authors_round_trip_through_json() {
    let mut idea = Idea::new("Fridge", t0());
    idea.author = Author::Community { name: "Rosa".into() };
    let json = serde_json::to_value(&idea).unwrap();
    assert_eq!(json["author"], serde_json::json!({"kind": "community", "name": "Rosa"}));
    let back: Idea = serde_json::from_value(json).unwrap();
    assert_eq!(back, idea);
}

#[test]
fn dot_counts_of_a_crafted_file_saturate_instead_of_overflowing() {
    let mut p = board(2);
    let rid = p.start_round("", 3, &names(&["Ann", "Bo"]), t0()).unwrap();
    let huge = dots(&p, &[u32::MAX, u32::MAX]);
    let round = &mut p.ideas.rounds[0];
    assert_eq!(round.id, rid);
    round.dots_per_voter = u32::MAX;
    round.ballots.push(Ballot { voter: "Ann".into(), dots: huge.clone() });
    round.ballots.push(Ballot { voter: "Bo".into(), dots: huge });
    assert_eq!(round.ballots[0].total(), u32::MAX);
    assert_eq!(round.unused_dots(), u32::MAX - u32::MAX);
    round.ballots.clear();
    assert_eq!(round.unused_dots(), u32::MAX);
    p.reveal_round(rid, t0());
    assert!(p.ideas.rounds[0].ranking().is_some());
    assert!(p.cast_dots(rid, "Ann", &dots(&p, &[u32::MAX, 1]), t0()).is_err());
}

#[test]
fn a_round_has_at_most_a_thousand_dots_per_voter_and_a_thousand_voters() {
    let mut p = board(2);
    assert_eq!(p.start_round("", MAX_DOTS_PER_VOTER + 1, &names(&["Ann"]), t0()), Err(VoteError::TooManyDots));
    let crowd: Vec<String> = (0..=MAX_VOTERS).map(|i| format!("Voter {i}")).collect();
    assert_eq!(p.start_round("", 3, &crowd, t0()), Err(VoteError::TooManyVoters));
    assert_eq!(VoteError::TooManyVoters.to_string(), "A round has at most 1,000 voters.");
    p.start_round("", MAX_DOTS_PER_VOTER, &crowd[1..], t0()).unwrap();
    assert_eq!(validate(&p), vec![]);
    p.ideas.rounds[0].dots_per_voter = u32::MAX;
    p.ideas.rounds[0].voters = crowd;
    let paths: Vec<String> = validate(&p).into_iter().map(|x| x.path).collect();
    assert_eq!(paths, vec!["ideas.rounds[0].dots_per_voter", "ideas.rounds[0].voters"]);
}

#[test]
fn an_open_round_can_be_corrected_but_not_after_the_reveal() {
    let (p, _) = ann_put_her_dot_on_the_first_idea();
    let round = &p.ideas.rounds[0];
    let fixed = round.amended("Which first?", 2, &names(&["ANN", " Bo "])).unwrap();
    assert_eq!((fixed.id, fixed.question.as_str(), fixed.dots_per_voter), (round.id, "Which first?", 2));
    assert_eq!(fixed.voters, names(&["ANN", "Bo"]));
    assert_eq!(fixed.ballots[0].voter, "ANN", "Ann's ballot follows her name's new spelling");
    assert_eq!(fixed.ballots[0].dots, round.ballots[0].dots, "her dots stay");
    assert_eq!(round.amended(" ", 1, &names(&["Ann"])).unwrap().question, round.question, "a blank question keeps the old one");
    assert_eq!(round.amended("", 1, &names(&["Bo"])), Err(VoteError::HasVoted("Ann".into())));
    assert_eq!(round.amended("", 0, &names(&["Ann"])), Err(VoteError::NoDots));
    assert_eq!(round.amended("", 1, &names(&["Ann", "ann"])), Err(VoteError::DuplicateVoter("ann".into())));
    let mut revealed = round.clone();
    revealed.reveal(t0());
    assert_eq!(revealed.amended("", 1, &names(&["Ann"])), Err(VoteError::Revealed));
}

#[test]
fn a_round_cannot_take_fewer_dots_than_a_ballot_placed() {
    let mut p = board(2);
    let rid = p.start_round("", 3, &names(&["Ann"]), t0()).unwrap();
    let d = dots(&p, &[2, 1]);
    p.cast_dots(rid, "Ann", &d, t0()).unwrap();
    let refused = p.ideas.rounds[0].amended("", 2, &names(&["Ann"]));
    assert_eq!(refused, Err(VoteError::OverLimit { voter: "Ann".into(), placed: 3, allowed: 2 }));
    let fixed = p.ideas.rounds[0].amended("", 5, &names(&["Ann"])).unwrap();
    p.upsert(fixed, t0() + chrono::Duration::minutes(1));
    assert_eq!((p.ideas.rounds.len(), p.ideas.rounds[0].dots_per_voter), (1, 5), "the edit replaced the round by its id");
    assert_eq!(validate(&p), vec![]);
}

#[test]
fn a_corrected_pivot_is_checked_and_moves_its_decision_date() {
    let (mut p, id) = one_experiment();
    p.decide_experiment(id, verdict(Decision::Pivot), t0()).unwrap();
    let mut pivot = p.ideas.pivots[0].clone();
    pivot.date = date("2026-03-01");
    pivot.why = " ".into();
    let paths: Vec<String> = check_pivot(&p, &pivot).into_iter().map(|x| x.path).collect();
    assert_eq!(paths, vec!["date", "why"], "not before the experiment started, and why is needed");
    pivot.date = date("2026-04-15");
    pivot.why = "Families asked for evenings.".into();
    assert!(check_pivot(&p, &pivot).is_empty());
    let later = t0() + chrono::Duration::hours(1);
    p.upsert(pivot.clone(), later);
    assert_eq!(p.ideas.pivots.len(), 1);
    assert_eq!(p.ideas.pivots[0].why, "Families asked for evenings.");
    let e = find(&p.ideas.experiments, id).unwrap();
    assert_eq!((e.decided_on, e.updated_at), (Some(date("2026-04-15")), later), "the decision follows the pivot's date");
    assert_eq!(validate(&p), vec![]);
}
