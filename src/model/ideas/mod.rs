//! Ideas and experiments: a brainstorm board with dot voting on one shared screen,
//! experiments that end in persevere / pivot / stop, and a pivot log of strategy changes.
//!
//! A stopped experiment is learning, not failure: its lesson stays on the experiment and is
//! offered to the lessons library through [`experiment_lessons`].
use std::collections::HashSet;
use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::{find, find_mut, new_id, Extra, Record};
use super::check::{Checker, Problem};
use super::Partnership;
use crate::model::check::Item;
use super::order::{sort_by, sort_by_key};

/// Who put an idea forward.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Author {
    Partner { partner_id: Uuid },
    /// Someone from the community, named as they wish ("a parent at the focus group").
    Community {
        #[serde(default)]
        name: String,
    },
}

impl Default for Author {
    fn default() -> Author {
        Author::Community { name: String::new() }
    }
}

impl Author {
    pub fn describe(&self, p: &Partnership) -> String {
        match self {
            Author::Partner { partner_id } => p.partner_name(*partner_id),
            Author::Community { name } if name.trim().is_empty() => "The community".into(),
            Author::Community { name } => format!("{} (community)", name.trim()),
        }
    }
}

crate::record! {
    pub struct Idea("idea") {
        pub title: String,
        #[serde(default)]
        pub description: String,
        #[serde(default)]
        pub author: Author,
        #[serde(default)]
        pub tags: Vec<String>,
    }
}

impl Idea {
    pub fn new(title: impl Into<String>, now: DateTime<Utc>) -> Idea {
        Idea {
            id: new_id(),
            created_at: now,
            updated_at: now,
            title: title.into(),
            description: String::new(),
            author: Author::default(),
            tags: Vec::new(),
            extra: Extra::new(),
        }
    }
}

/// The dots one voter placed on one idea.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dots {
    pub idea_id: Uuid,
    pub dots: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballot {
    pub voter: String,
    pub dots: Vec<Dots>,
}

impl Ballot {
    pub fn total(&self) -> u32 {
        self.dots.iter().map(|d| d.dots).sum()
    }
}

crate::record! {
    /// One dot-voting round: each voter has the same number of dots to spread over the ideas on
    /// the ballot. Ballots stay hidden until the facilitator reveals the round.
    pub struct VotingRound("voting_round") {
        /// The question voted on, e.g. "Which ideas should we test first?".
        pub question: String,
        pub dots_per_voter: u32,
        pub voters: Vec<String>,
        /// The ideas on the ballot when the round started; later ideas do not join it.
        pub idea_ids: Vec<Uuid>,
        #[serde(default)]
        pub ballots: Vec<Ballot>,
        #[serde(default)]
        pub revealed_at: Option<DateTime<Utc>>,
    }
}

/// Why a round cannot start or a ballot is refused. Errors are messages for the screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VoteError {
    NoDots,
    NoVoters,
    DuplicateVoter(String),
    NoIdeas,
    AlreadyOpen,
    Revealed,
    UnknownVoter(String),
    NotOnBallot,
    OverLimit { voter: String, placed: u32, allowed: u32 },
}

impl fmt::Display for VoteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VoteError::NoDots => write!(f, "Give each voter at least one dot."),
            VoteError::NoVoters => write!(f, "Add the voters' names, one per line."),
            VoteError::DuplicateVoter(v) => write!(f, "“{v}” is on the list twice; tell them apart, e.g. “{v} B.”."),
            VoteError::NoIdeas => write!(f, "Put at least one idea on the board first."),
            VoteError::AlreadyOpen => write!(f, "A round is already open: reveal it before starting another."),
            VoteError::Revealed => write!(f, "This round has been revealed; its votes can no longer change."),
            VoteError::UnknownVoter(v) => write!(f, "“{v}” is not a voter in this round."),
            VoteError::NotOnBallot => write!(f, "That idea is not on this round's ballot."),
            VoteError::OverLimit { voter, placed, allowed } => write!(
                f,
                "{voter} placed {placed} dots but has only {allowed}. Take {} off and try again.",
                placed - allowed
            ),
        }
    }
}

impl VotingRound {
    /// Starts a round over `ideas`. Voter names are trimmed; blank lines are dropped.
    pub fn start(
        question: &str,
        dots_per_voter: u32,
        voters: &[String],
        ideas: &[Idea],
        now: DateTime<Utc>,
    ) -> Result<VotingRound, VoteError> {
        if dots_per_voter == 0 {
            return Err(VoteError::NoDots);
        }
        let voters: Vec<String> = voters.iter().map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).collect();
        if voters.is_empty() {
            return Err(VoteError::NoVoters);
        }
        let mut seen = HashSet::new();
        if let Some(twice) = voters.iter().find(|v| !seen.insert(v.to_lowercase())) {
            return Err(VoteError::DuplicateVoter(twice.clone()));
        }
        if ideas.is_empty() {
            return Err(VoteError::NoIdeas);
        }
        let question = question.trim();
        Ok(VotingRound {
            id: new_id(),
            created_at: now,
            updated_at: now,
            question: if question.is_empty() { "Which ideas should we try first?".into() } else { question.into() },
            dots_per_voter,
            voters,
            idea_ids: ideas.iter().map(|i| i.id).collect(),
            ballots: Vec::new(),
            revealed_at: None,
            extra: Extra::new(),
        })
    }

    pub fn is_revealed(&self) -> bool {
        self.revealed_at.is_some()
    }

    /// Records a voter's dots (replacing an earlier ballot of theirs, so the facilitator can
    /// correct a slip). Fewer dots than allowed is fine; more is refused.
    pub fn cast(&mut self, voter: &str, dots: &[Dots], now: DateTime<Utc>) -> Result<(), VoteError> {
        if self.is_revealed() {
            return Err(VoteError::Revealed);
        }
        let Some(voter) = self.voters.iter().find(|v| v.eq_ignore_ascii_case(voter.trim())).cloned() else {
            return Err(VoteError::UnknownVoter(voter.trim().to_string()));
        };
        if dots.iter().any(|d| d.dots > 0 && !self.idea_ids.contains(&d.idea_id)) {
            return Err(VoteError::NotOnBallot);
        }
        let placed: u32 = dots.iter().map(|d| d.dots).sum();
        if placed > self.dots_per_voter {
            return Err(VoteError::OverLimit { voter, placed, allowed: self.dots_per_voter });
        }
        let ballot = Ballot { voter: voter.clone(), dots: dots.iter().filter(|d| d.dots > 0).cloned().collect() };
        match self.ballots.iter_mut().find(|b| b.voter == voter) {
            Some(b) => *b = ballot,
            None => self.ballots.push(ballot),
        }
        self.updated_at = now;
        Ok(())
    }

    pub fn has_voted(&self, voter: &str) -> bool {
        self.ballots.iter().any(|b| b.voter == voter)
    }

    /// Voters who have not placed their dots yet, in list order.
    pub fn waiting(&self) -> Vec<&str> {
        self.voters.iter().filter(|v| !self.has_voted(v)).map(String::as_str).collect()
    }

    /// Dots not placed: by voters who placed fewer than allowed, or did not vote at all.
    pub fn unused_dots(&self) -> u32 {
        let placed: u32 = self.ballots.iter().map(Ballot::total).sum();
        self.dots_per_voter * self.voters.len() as u32 - placed.min(self.dots_per_voter * self.voters.len() as u32)
    }

    /// Ends the round: from now on its ranking can be seen and its ballots cannot change.
    pub fn reveal(&mut self, now: DateTime<Utc>) {
        if self.revealed_at.is_none() {
            self.revealed_at = Some(now);
            self.updated_at = now;
        }
    }

    /// The ranking, once revealed (`None` before: votes are hidden until then).
    pub fn ranking(&self) -> Option<Vec<Tally>> {
        self.is_revealed().then(|| tally(self))
    }
}

/// One idea's result in a round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub idea_id: Uuid,
    pub dots: u32,
    /// How many voters put at least one dot on it.
    pub voters: usize,
    /// 1 for the most dots; tied ideas share a rank and the next rank is skipped (1, 2, 2, 4).
    pub rank: usize,
}

/// Counts every idea on the ballot, most dots first; ties keep ballot order and share a rank.
pub fn tally(round: &VotingRound) -> Vec<Tally> {
    let mut rows: Vec<Tally> = round
        .idea_ids
        .iter()
        .map(|&idea_id| {
            let on_it = round.ballots.iter().filter_map(|b| b.dots.iter().find(|d| d.idea_id == idea_id));
            let (dots, voters) = on_it.fold((0, 0), |(d, v), x| (d + x.dots, v + usize::from(x.dots > 0)));
            Tally { idea_id, dots, voters, rank: 0 }
        })
        .collect();
    // A stable sort, so tied ideas keep their ballot order.
    sort_by_key(&mut rows, |t| std::cmp::Reverse(t.dots));
    for i in 0..rows.len() {
        rows[i].rank = if i > 0 && rows[i].dots == rows[i - 1].dots { rows[i - 1].rank } else { i + 1 };
    }
    rows
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Persevere,
    Pivot,
    Stop,
}

impl Decision {
    pub const ALL: [Decision; 3] = [Decision::Persevere, Decision::Pivot, Decision::Stop];

    pub fn label(self) -> &'static str {
        match self {
            Decision::Persevere => "Persevere",
            Decision::Pivot => "Pivot",
            Decision::Stop => "Stop",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Decision::Persevere => "persevere",
            Decision::Pivot => "pivot",
            Decision::Stop => "stop",
        }
    }

    pub fn from_key(key: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.key() == key)
    }
}

crate::record! {
    pub struct Experiment("experiment") {
        pub title: String,
        /// The idea it tests, if it came from the board.
        #[serde(default)]
        pub idea_id: Option<Uuid>,
        #[serde(default)]
        pub hypothesis: String,
        /// What we will try.
        #[serde(default)]
        pub test: String,
        /// How we will know, in words (a metric, when one exists, is linked by `metric_id`).
        #[serde(default)]
        pub how_we_know: String,
        #[serde(default)]
        pub metric_id: Option<Uuid>,
        #[serde(default)]
        pub start: Option<NaiveDate>,
        #[serde(default)]
        pub end: Option<NaiveDate>,
        #[serde(default)]
        pub result: String,
        /// What we learned; for a stopped or pivoted experiment this is its lesson.
        #[serde(default)]
        pub learning: String,
        #[serde(default)]
        pub decision: Option<Decision>,
        #[serde(default)]
        pub decided_on: Option<NaiveDate>,
    }
}

impl Experiment {
    pub fn new(title: impl Into<String>, now: DateTime<Utc>) -> Experiment {
        Experiment {
            id: new_id(),
            created_at: now,
            updated_at: now,
            title: title.into(),
            idea_id: None,
            hypothesis: String::new(),
            test: String::new(),
            how_we_know: String::new(),
            metric_id: None,
            start: None,
            end: None,
            result: String::new(),
            learning: String::new(),
            decision: None,
            decided_on: None,
            extra: Extra::new(),
        }
    }

    /// A new experiment to test an idea, starting from its title and description.
    pub fn from_idea(idea: &Idea, now: DateTime<Utc>) -> Experiment {
        let mut e = Experiment::new(idea.title.clone(), now);
        e.idea_id = Some(idea.id);
        e.test = idea.description.clone();
        e
    }
}

/// Where an experiment stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Not started (no start date, or it lies ahead).
    Planned,
    Running,
    /// Its end date has passed and nobody has decided yet.
    DecisionDue,
    Decided(Decision),
}

impl Stage {
    pub fn label(self) -> &'static str {
        match self {
            Stage::Planned => "Planned",
            Stage::Running => "Running",
            Stage::DecisionDue => "Decision due",
            Stage::Decided(Decision::Persevere) => "Persevering",
            Stage::Decided(Decision::Pivot) => "Pivoted",
            Stage::Decided(Decision::Stop) => "Stopped: lesson kept",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Stage::Planned => "planned",
            Stage::Running => "running",
            Stage::DecisionDue => "due",
            Stage::Decided(d) => d.key(),
        }
    }
}

pub fn stage(e: &Experiment, today: NaiveDate) -> Stage {
    if let Some(d) = e.decision {
        return Stage::Decided(d);
    }
    match (e.start, e.end) {
        (_, Some(end)) if end < today => Stage::DecisionDue,
        (Some(start), _) if start <= today => Stage::Running,
        _ => Stage::Planned,
    }
}

crate::record! {
    /// A change of strategy, with why, for the pivot log.
    pub struct Pivot("pivot") {
        #[serde(with = "crate::model::time::day")]
        pub date: NaiveDate,
        pub what_changed: String,
        pub why: String,
        /// The experiment whose result led to it.
        #[serde(default)]
        pub experiment_id: Option<Uuid>,
    }
}

/// What the partnership decided at the end of an experiment.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub decision: Decision,
    pub on: Option<NaiveDate>,
    pub result: String,
    pub learning: String,
    /// For a pivot: what changed in the strategy, and why.
    pub what_changed: String,
    pub why: String,
}

/// What stops a decision from being recorded. Paths are field names, for a form.
pub fn check_verdict(e: &Experiment, v: &Verdict) -> Vec<Problem> {
    let mut problems = Vec::new();
    match v.on {
        None => problems.push(Problem::new("on", "Give the date of the decision.")),
        Some(on) if e.start.is_some_and(|s| on < s) => {
            problems.push(Problem::new("on", "The decision cannot come before the experiment started."))
        }
        _ => {}
    }
    if v.result.trim().is_empty() {
        problems.push(Problem::new("result", "Say what happened: the result is what the decision rests on."));
    }
    if v.decision != Decision::Persevere && v.learning.trim().is_empty() {
        problems.push(Problem::new("learning", "Say what you learned: that is what a stop or a pivot is worth."));
    }
    if v.decision == Decision::Pivot {
        if v.what_changed.trim().is_empty() {
            problems.push(Problem::new("what_changed", "Say what changes in the strategy."));
        }
        if v.why.trim().is_empty() {
            problems.push(Problem::new("why", "Say why the strategy changes."));
        }
    }
    problems
}

/// What stops an experiment from being saved.
pub fn check_experiment(e: &Experiment) -> Vec<Problem> {
    let mut problems = Vec::new();
    if e.title.trim().is_empty() {
        problems.push(Problem::new("title", "Give the experiment a name."));
    }
    if e.hypothesis.trim().is_empty() {
        problems.push(Problem::new("hypothesis", "Write the hypothesis: “If we …, then …”."));
    }
    if let (Some(s), Some(end)) = (e.start, e.end) {
        if end < s {
            problems.push(Problem::new("end", "The end date comes before the start date."));
        }
    }
    problems
}

/// A lesson from a stopped or pivoted experiment, for the lessons library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExperimentLesson {
    pub experiment_id: Uuid,
    pub title: String,
    pub decided_on: NaiveDate,
    pub decision: Decision,
    pub lesson: String,
}

/// Lessons of stopped and pivoted experiments, oldest decision first.
pub fn experiment_lessons(p: &Partnership) -> Vec<ExperimentLesson> {
    let mut lessons: Vec<ExperimentLesson> = p
        .ideas
        .experiments
        .iter()
        .filter_map(|e| {
            let decision = e.decision.filter(|d| *d != Decision::Persevere)?;
            let decided_on = e.decided_on?;
            (!e.learning.trim().is_empty()).then(|| ExperimentLesson {
                experiment_id: e.id,
                title: e.title.clone(),
                decided_on,
                decision,
                lesson: e.learning.trim().to_string(),
            })
        })
        .collect();
    sort_by_key(&mut lessons, |l| l.decided_on);
    lessons
}

/// The ideas-and-experiments collections of a partnership (`ideas` in files).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdeaBoard {
    #[serde(default)]
    pub ideas: Vec<Idea>,
    #[serde(default)]
    pub rounds: Vec<VotingRound>,
    #[serde(default)]
    pub experiments: Vec<Experiment>,
    #[serde(default)]
    pub pivots: Vec<Pivot>,
}

impl IdeaBoard {
    pub fn idea(&self, id: Uuid) -> Option<&Idea> {
        find(&self.ideas, id)
    }

    pub fn idea_title(&self, id: Uuid) -> String {
        self.idea(id).map(|i| i.title.clone()).unwrap_or_else(|| "(removed idea)".into())
    }

    /// The round voters are in now: the latest one not yet revealed.
    pub fn open_round(&self) -> Option<&VotingRound> {
        self.rounds.iter().rev().find(|r| !r.is_revealed())
    }

    /// Revealed rounds, most recent first.
    pub fn past_rounds(&self) -> Vec<&VotingRound> {
        let mut list: Vec<&VotingRound> = self.rounds.iter().filter(|r| r.is_revealed()).collect();
        sort_by_key(&mut list, |r| std::cmp::Reverse(r.revealed_at));
        list
    }

    pub fn experiments_of(&self, idea_id: Uuid) -> Vec<&Experiment> {
        self.experiments.iter().filter(|e| e.idea_id == Some(idea_id)).collect()
    }

    pub fn pivot_of(&self, experiment_id: Uuid) -> Option<&Pivot> {
        self.pivots.iter().find(|p| p.experiment_id == Some(experiment_id))
    }

    /// The pivot log, most recent first.
    pub fn pivot_log(&self) -> Vec<&Pivot> {
        let mut list: Vec<&Pivot> = self.pivots.iter().collect();
        sort_by(&mut list, |a, b| b.date.cmp(&a.date).then(b.created_at.cmp(&a.created_at)));
        list
    }
}

impl Partnership {
    /// Starts a round over every idea on the board; refused while another round is open.
    pub fn start_round(&mut self, question: &str, dots: u32, voters: &[String], now: DateTime<Utc>) -> Result<Uuid, VoteError> {
        if self.ideas.open_round().is_some() {
            return Err(VoteError::AlreadyOpen);
        }
        let round = VotingRound::start(question, dots, voters, &self.ideas.ideas, now)?;
        let id = round.id;
        self.ideas.rounds.push(round);
        self.touch(now);
        Ok(id)
    }

    pub fn cast_dots(&mut self, round_id: Uuid, voter: &str, dots: &[Dots], now: DateTime<Utc>) -> Result<(), VoteError> {
        let round = find_mut(&mut self.ideas.rounds, round_id).ok_or(VoteError::Revealed)?;
        round.cast(voter, dots, now)?;
        self.touch(now);
        Ok(())
    }

    pub fn reveal_round(&mut self, round_id: Uuid, now: DateTime<Utc>) {
        if let Some(r) = find_mut(&mut self.ideas.rounds, round_id) {
            r.reveal(now);
            self.touch(now);
        }
    }

    /// Records the decision that ends an experiment. A pivot writes (or rewrites) its entry
    /// in the pivot log; changing the decision away from pivot removes that entry.
    pub fn decide_experiment(&mut self, id: Uuid, v: Verdict, now: DateTime<Utc>) -> Result<(), Vec<Problem>> {
        let e = find(&self.ideas.experiments, id).ok_or_else(|| vec![Problem::new("id", "This experiment was deleted.")])?;
        let problems = check_verdict(e, &v);
        if !problems.is_empty() {
            return Err(problems);
        }
        let Some(on) = v.on else { return Err(vec![Problem::new("on", "Give the date of the decision.")]) };
        let existing = self.ideas.pivot_of(id).map(|p| (p.id, p.created_at));
        if let Some(e) = find_mut(&mut self.ideas.experiments, id) {
            e.decision = Some(v.decision);
            e.decided_on = Some(on);
            e.result = v.result.trim().to_string();
            e.learning = v.learning.trim().to_string();
            e.touch(now);
        }
        match (v.decision, existing) {
            (Decision::Pivot, _) => {
                let (pid, created_at) = existing.unwrap_or((new_id(), now));
                let pivot = Pivot {
                    id: pid,
                    created_at,
                    updated_at: now,
                    date: on,
                    what_changed: v.what_changed.trim().to_string(),
                    why: v.why.trim().to_string(),
                    experiment_id: Some(id),
                    extra: Extra::new(),
                };
                self.upsert(pivot, now);
            }
            (_, Some((pid, _))) => {
                self.remove::<Pivot>(pid, now);
            }
            _ => {}
        }
        self.touch(now);
        Ok(())
    }

    /// Takes the decision back (the experiment runs on); a pivot it caused leaves the log.
    pub fn reopen_experiment(&mut self, id: Uuid, now: DateTime<Utc>) {
        if let Some(e) = find_mut(&mut self.ideas.experiments, id) {
            e.decision = None;
            e.decided_on = None;
            e.touch(now);
        }
        if let Some(pid) = self.ideas.pivot_of(id).map(|p| p.id) {
            self.remove::<Pivot>(pid, now);
        }
        self.touch(now);
    }
}

// Deleting an idea keeps the dots it got in rounds ("(removed idea)") and the experiments
// that tested it: what was learned does not disappear with the card.
crate::listed!(Idea => ideas.ideas);
crate::listed!(VotingRound => ideas.rounds);
crate::listed!(Pivot => ideas.pivots);
crate::listed!(Experiment => ideas.experiments {
    /// Its pivot stays in the log (the strategy did change), no longer linked to it.
    fn cascade(removed: &Experiment, p: &mut Partnership, now: DateTime<Utc>) {
        for pivot in p.ideas.pivots.iter_mut().filter(|x| x.experiment_id == Some(removed.id)) {
            pivot.experiment_id = None;
            pivot.updated_at = now;
        }
    }
});

/// Problems in the ideas collections, with paths like `ideas.rounds[0].ballots[2].voter`.
pub fn check(p: &Partnership, c: &mut Checker) {
    let board = &p.ideas;
    for (i, idea) in board.ideas.iter().enumerate() {
        let path = Item("ideas.ideas", i);
        c.unique_id(path, idea.id);
        c.times(path, idea.created_at, idea.updated_at);
        c.not_blank(format!("{path}.title"), &idea.title, "the idea's title");
    }
    for (i, round) in board.rounds.iter().enumerate() {
        let path = Item("ideas.rounds", i);
        c.unique_id(path, round.id);
        c.times(path, round.created_at, round.updated_at);
        if round.dots_per_voter == 0 {
            c.problem(format!("{path}.dots_per_voter"), "each voter needs at least one dot");
        }
        for (j, ballot) in round.ballots.iter().enumerate() {
            let bpath = format!("{path}.ballots[{j}]");
            if !round.voters.contains(&ballot.voter) {
                c.problem(format!("{bpath}.voter"), format!("\"{}\" is not in this round's voters", ballot.voter));
            }
            if ballot.total() > round.dots_per_voter {
                c.problem(format!("{bpath}.dots"), format!("{} dots placed, more than the {} allowed", ballot.total(), round.dots_per_voter));
            }
            if ballot.dots.iter().any(|d| !round.idea_ids.contains(&d.idea_id)) {
                c.problem(format!("{bpath}.dots"), "dots on an idea that is not on this round's ballot");
            }
        }
    }
    for (i, e) in board.experiments.iter().enumerate() {
        let path = Item("ideas.experiments", i);
        c.unique_id(path, e.id);
        c.times(path, e.created_at, e.updated_at);
        c.not_blank(format!("{path}.title"), &e.title, "the experiment's name");
        if let (Some(s), Some(end)) = (e.start, e.end) {
            if end < s {
                c.problem(format!("{path}.end"), "ends before it starts");
            }
        }
        if e.decision.is_some() && e.decided_on.is_none() {
            c.problem(format!("{path}.decided_on"), "a decision needs its date");
        }
    }
    for (i, pivot) in board.pivots.iter().enumerate() {
        let path = Item("ideas.pivots", i);
        c.unique_id(path, pivot.id);
        c.times(path, pivot.created_at, pivot.updated_at);
        c.not_blank(format!("{path}.what_changed"), &pivot.what_changed, "what changed");
        if pivot.experiment_id.is_some_and(|e| find(&board.experiments, e).is_none()) {
            c.problem(format!("{path}.experiment_id"), "no experiment has this id");
        }
    }
}

/// The sample's board: five ideas, a revealed round, one experiment persevering and one
/// that pivoted.
pub fn add_sample(p: &mut Partnership, now: DateTime<Utc>) {
    let partner = |p: &Partnership, name: &str| p.partners.iter().find(|x| x.name == name).map(|x| x.id);
    let day = |days: i64| (now - chrono::Duration::days(days)).date_naive();
    let t = now - chrono::Duration::days(70);
    let ideas: [(&str, &str, Option<&str>, &str); 5] = [
        ("Evening pantry", "Open one pantry on Thursday evenings for working parents.", Some("Riverside Food Bank"), "access"),
        ("Mobile pantry van", "Take the refrigerated van to the senior housing blocks.", Some("FreshMart Groceries"), "transport, seniors"),
        ("Community fridge", "A fridge outside the hall that anyone can fill or take from.", None, "dignity, fresh food"),
        ("Cooking with surplus", "Short cooking sessions using the week's surplus produce.", Some("Riverside University Nutrition Lab"), "skills"),
        ("Text reminders", "Text families the day before a distribution.", Some("Riverside City Council – Public Health"), "communication"),
    ];
    for (title, description, by, tags) in ideas {
        let mut idea = Idea::new(title, t);
        idea.description = description.into();
        idea.author = match by.and_then(|n| partner(p, n)) {
            Some(partner_id) => Author::Partner { partner_id },
            None => Author::Community { name: "A parent at the focus group".into() },
        };
        idea.tags = super::community::parse_tags(tags);
        p.ideas.ideas.push(idea);
    }
    let voters: Vec<String> = ["Amara", "Daniel", "Priya", "Luis", "Grace"].map(String::from).to_vec();
    let ids: Vec<Uuid> = p.ideas.ideas.iter().map(|i| i.id).collect();
    if let Ok(mut round) = VotingRound::start("Which ideas should we test first?", 3, &voters, &p.ideas.ideas, t) {
        let ballots: [(&str, [u32; 5]); 5] = [
            ("Amara", [2, 1, 0, 0, 0]),
            ("Daniel", [0, 2, 0, 0, 1]),
            ("Priya", [1, 1, 0, 0, 1]),
            ("Luis", [1, 0, 2, 0, 0]),
            ("Grace", [1, 0, 0, 1, 0]),
        ];
        for (voter, counts) in ballots {
            let dots: Vec<Dots> = ids.iter().zip(counts).map(|(&idea_id, dots)| Dots { idea_id, dots }).collect();
            let _ = round.cast(voter, &dots, t);
        }
        round.reveal(t);
        p.ideas.rounds.push(round);
    }

    let mut evening = Experiment::new("Thursday evening pantry", t);
    evening.idea_id = Some(ids[0]);
    evening.hypothesis = "If one pantry opens 5 to 8 pm on Thursdays, working parents who never come now will use it.".into();
    evening.test = "Open the Eastside pantry on Thursday evenings for eight weeks, staffed by volunteers.".into();
    evening.how_we_know = "At least 40 households a week, a third of them new to the pantry.".into();
    evening.start = Some(day(63));
    evening.end = Some(day(7));
    evening.result = "About 55 households a week; 40% had never used a pantry before.".into();
    evening.learning = "Evening hours reach families we were missing; the volunteers need a rota.".into();
    evening.decision = Some(Decision::Persevere);
    evening.decided_on = Some(day(5));

    let mut van = Experiment::new("Mobile pantry van at senior housing", t);
    van.idea_id = Some(ids[1]);
    van.hypothesis = "If the van stops at the senior housing blocks, seniors who cannot travel will get fresh food.".into();
    van.test = "The FreshMart van stops at three blocks every Tuesday for six weeks.".into();
    van.how_we_know = "At least 25 visits per stop each week.".into();
    van.start = Some(day(60));
    van.end = Some(day(18));
    let pivot_day = day(14);
    van.result = "Only about 9 visits per stop: many seniors could not stand in the queue.".into();
    van.learning = "The barrier was queuing and carrying, not distance. Ask before choosing the fix.".into();
    van.decision = Some(Decision::Pivot);
    van.decided_on = Some(pivot_day);
    let pivot = Pivot {
        id: new_id(),
        created_at: t,
        updated_at: t,
        date: pivot_day,
        what_changed: "From van stops to volunteer home delivery, booked by phone.".into(),
        why: "Seniors told us standing in a queue was the problem; delivery removes it.".into(),
        experiment_id: Some(van.id),
        extra: Extra::new(),
    };
    p.ideas.experiments.push(evening);
    p.ideas.experiments.push(van);
    p.ideas.pivots.push(pivot);
}

#[cfg(test)]
mod tests;
