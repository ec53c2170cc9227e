//! Ideas and experiments: a brainstorm board with dot voting on one shared screen,
//! experiments that end in persevere / pivot / stop, and a pivot log of strategy changes.
//!
//! A stopped experiment is learning, not failure: its lesson stays on the experiment and is
//! offered to the lessons library through [`experiment_lessons`].
use crate::i18n::{tr, Msg};
use std::collections::HashSet;
use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::{find, find_mut, new_id, Extra, IdSet, Record};
use super::check::{Checker, Problem};
use super::Partnership;
use crate::model::check::Item;
use super::order::{sort_by, sort_by_key};

mod voting;
mod experiments;
mod sample;
pub use voting::*;
pub use experiments::*;
pub use sample::*;

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
        crate::new_record!(now, Idea {
            title: title.into(),
            description: String::new(),
            author: Author::default(),
            tags: Vec::new(),
        })
    }
}

crate::section! {
    /// The ideas-and-experiments collections of a partnership (`ideas` in files).
    pub struct IdeaBoard {
        pub ideas: Vec<Idea>, pub rounds: Vec<VotingRound>, pub experiments: Vec<Experiment>,
        pub pivots: Vec<Pivot>,
    }
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
        let e = find(&self.ideas.experiments, id).ok_or_else(|| vec![Problem::new("id", tr::problem::ideas::EXPERIMENT_GONE)])?;
        let problems = check_verdict(e, &v);
        if !problems.is_empty() {
            return Err(problems);
        }
        let Some(on) = v.on else { return Err(vec![Problem::new("on", tr::problem::ideas::DECISION_DATE)]) };
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
                    at: Default::default(),
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
crate::listed!(Pivot => ideas.pivots {
    /// A pivot is dated by the decision that made it: a corrected date moves the decision too.
    fn before_upsert(&mut self, p: &mut Partnership, now: DateTime<Utc>) {
        let Some(e) = self.experiment_id.and_then(|id| find_mut(&mut p.ideas.experiments, id)) else { return };
        if e.decision == Some(Decision::Pivot) && e.decided_on != Some(self.date) {
            e.decided_on = Some(self.date);
            e.touch(now);
        }
    }
});
crate::listed!(Experiment => ideas.experiments {
    /// Its pivot stays in the log (the strategy did change), no longer linked to it.
    fn cascade(removed: &Experiment, p: &mut Partnership, now: DateTime<Utc>) {
        for pivot in p.ideas.pivots.iter_mut().filter(|x| x.experiment_id == Some(removed.id)) {
            pivot.experiment_id = None;
            pivot.updated_at = now.max(pivot.updated_at);
        }
    }
});

/// Problems in the ideas collections, with paths like `ideas.rounds[0].ballots[2].voter`.
pub fn check(p: &Partnership, c: &mut Checker) {
    let board = &p.ideas;
    for (i, idea) in board.ideas.iter().enumerate() {
        let path = Item("ideas.ideas", i);
        c.record(path, idea);
        c.not_blank(format!("{path}.title"), &idea.title, tr::problem::what::IDEA_TITLE);
    }
    for (i, round) in board.rounds.iter().enumerate() {
        let path = Item("ideas.rounds", i);
        c.record(path, round);
        if round.dots_per_voter == 0 {
            c.problem(format!("{path}.dots_per_voter"), tr::problem::ideas::NO_DOTS);
        }
        if round.dots_per_voter > MAX_DOTS_PER_VOTER {
            c.problem(format!("{path}.dots_per_voter"), Msg::new(tr::problem::ideas::TOO_MANY_DOTS).int("most", MAX_DOTS_PER_VOTER));
        }
        if round.voters.len() > MAX_VOTERS {
            c.problem(format!("{path}.voters"), Msg::new(tr::problem::ideas::TOO_MANY_VOTERS).int("most", MAX_VOTERS as i128));
        }
        // Sets, not list searches: a crafted round's ballots times its voters could be huge.
        let voters: HashSet<&str> = round.voters.iter().map(String::as_str).collect();
        let on_ballot: IdSet = round.idea_ids.iter().copied().collect();
        for (j, ballot) in round.ballots.iter().enumerate() {
            let bpath = format!("{path}.ballots[{j}]");
            if !voters.contains(ballot.voter.as_str()) {
                c.problem(format!("{bpath}.voter"), Msg::new(tr::problem::ideas::NOT_A_VOTER).text("voter", ballot.voter.as_str()));
            }
            if ballot.total() > round.dots_per_voter {
                let placed = Msg::new(tr::problem::ideas::DOTS_PLACED).int("n", ballot.total()).int("allowed", round.dots_per_voter);
                c.problem(format!("{bpath}.dots"), placed);
            }
            if ballot.dots.iter().any(|d| !on_ballot.contains(&d.idea_id)) {
                c.problem(format!("{bpath}.dots"), tr::problem::ideas::NOT_ON_BALLOT);
            }
        }
    }
    for (i, e) in board.experiments.iter().enumerate() {
        let path = Item("ideas.experiments", i);
        c.record(path, e);
        c.not_blank(format!("{path}.title"), &e.title, tr::problem::what::EXPERIMENT_NAME);
        if let (Some(s), Some(end)) = (e.start, e.end) {
            if end < s {
                c.problem(format!("{path}.end"), tr::problem::ideas::ENDS_BEFORE_START);
            }
        }
        if e.decision.is_some() && e.decided_on.is_none() {
            c.problem(format!("{path}.decided_on"), tr::problem::ideas::DECIDED_ON);
        }
        c.date(path, "start", e.start);
        c.date(path, "end", e.end);
        c.date(path, "decided_on", e.decided_on);
    }
    let experiments: IdSet = board.experiments.iter().map(|e| e.id).collect();
    for (i, pivot) in board.pivots.iter().enumerate() {
        let path = Item("ideas.pivots", i);
        c.record(path, pivot);
        c.not_blank(format!("{path}.what_changed"), &pivot.what_changed, tr::problem::what::WHAT_CHANGED);
        c.date(path, "date", pivot.date);
        if pivot.experiment_id.is_some_and(|e| !experiments.contains(&e)) {
            c.problem(format!("{path}.experiment_id"), tr::problem::ideas::NO_EXPERIMENT);
        }
    }
}

#[cfg(test)]
mod tests;
