//! Dot voting on the shared screen: a round's ballot, each voter's dots and the tally.
//! Kept apart from the board because its rules (limits, reveal, ties) are a small game of their own.
use crate::model::text::Case;
use crate::i18n::Msg;
use super::*;

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
    /// The dots placed; a crafted file's counts stop at `u32::MAX` rather than wrap.
    pub fn total(&self) -> u32 {
        saturating_sum(self.dots.iter().map(|d| d.dots))
    }
}

/// The dots and voters of a round, checked: voter names trimmed, blank lines dropped, no
/// name twice (whatever its case).
fn checked_voters(dots_per_voter: u32, voters: &[String]) -> Result<Vec<String>, VoteError> {
    if dots_per_voter == 0 {
        return Err(VoteError::NoDots);
    }
    if dots_per_voter > MAX_DOTS_PER_VOTER {
        return Err(VoteError::TooManyDots);
    }
    let voters: Vec<String> = voters.iter().map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).collect();
    if voters.is_empty() {
        return Err(VoteError::NoVoters);
    }
    if voters.len() > MAX_VOTERS {
        return Err(VoteError::TooManyVoters);
    }
    let mut seen = HashSet::new();
    if let Some(twice) = voters.iter().find(|v| !seen.insert(v.lower())) {
        return Err(VoteError::DuplicateVoter(twice.clone()));
    }
    Ok(voters)
}

/// A sum of dot counts that stops at `u32::MAX` instead of overflowing.
fn saturating_sum(dots: impl Iterator<Item = u32>) -> u32 {
    dots.fold(0, u32::saturating_add)
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

/// The most dots a voter may have, and the most voters a round may have: far more than a
/// room votes with, few enough that every ballot and tally screen stays small.
pub const MAX_DOTS_PER_VOTER: u32 = 1000;
pub const MAX_VOTERS: usize = 1000;

/// Why a round cannot start or a ballot is refused. Errors are messages for the screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VoteError {
    NoDots,
    TooManyDots,
    NoVoters,
    TooManyVoters,
    DuplicateVoter(String),
    NoIdeas,
    AlreadyOpen,
    Revealed,
    UnknownVoter(String),
    NotOnBallot,
    OverLimit { voter: String, placed: u32, allowed: u32 },
    /// An edit took a voter off the list after they voted.
    HasVoted(String),
}

impl VoteError {
    /// What to tell the room, worded by the screen.
    pub fn message(&self) -> Msg {
        match self {
            VoteError::NoDots => tr::problem::voting::NO_DOTS.into(),
            VoteError::TooManyDots => Msg::new(tr::problem::voting::TOO_MANY_DOTS).int("most", MAX_DOTS_PER_VOTER),
            VoteError::NoVoters => tr::problem::voting::NO_VOTERS.into(),
            VoteError::TooManyVoters => Msg::new(tr::problem::voting::TOO_MANY_VOTERS).int("most", MAX_VOTERS as i128),
            VoteError::DuplicateVoter(v) => Msg::new(tr::problem::voting::DUPLICATE_VOTER).text("voter", v.as_str()),
            VoteError::NoIdeas => tr::problem::voting::NO_IDEAS.into(),
            VoteError::AlreadyOpen => tr::problem::voting::ALREADY_OPEN.into(),
            VoteError::Revealed => tr::problem::voting::REVEALED.into(),
            VoteError::UnknownVoter(v) => Msg::new(tr::problem::voting::UNKNOWN_VOTER).text("voter", v.as_str()),
            VoteError::NotOnBallot => tr::problem::voting::NOT_ON_BALLOT.into(),
            VoteError::OverLimit { voter, placed, allowed } => Msg::new(tr::problem::voting::OVER_LIMIT)
                .text("voter", voter.as_str())
                .int("n", *placed)
                .int("allowed", *allowed)
                .int("extra", placed - allowed),
            VoteError::HasVoted(v) => Msg::new(tr::problem::voting::HAS_VOTED).text("voter", v.as_str()),
        }
    }
}

/// In English, for logs and tests.
impl fmt::Display for VoteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
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
        let voters = checked_voters(dots_per_voter, voters)?;
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
            at: Default::default(),
            extra: Extra::new(),
        })
    }

    /// The round with its question, dots and voters changed, before the reveal only. A blank
    /// question keeps the old one. Ballots already placed stay: their voters must stay on the
    /// list (a name's case may change) and the dots may not fall below what one of them placed.
    pub fn amended(&self, question: &str, dots_per_voter: u32, voters: &[String]) -> Result<VotingRound, VoteError> {
        if self.is_revealed() {
            return Err(VoteError::Revealed);
        }
        let voters = checked_voters(dots_per_voter, voters)?;
        let mut round = self.clone();
        for ballot in &mut round.ballots {
            let Some(now) = voters.iter().find(|v| v.lower() == ballot.voter.lower()) else {
                return Err(VoteError::HasVoted(ballot.voter.clone()));
            };
            if ballot.total() > dots_per_voter {
                return Err(VoteError::OverLimit { voter: now.clone(), placed: ballot.total(), allowed: dots_per_voter });
            }
            ballot.voter = now.clone();
        }
        let question = question.trim();
        if !question.is_empty() {
            round.question = question.to_string();
        }
        (round.dots_per_voter, round.voters) = (dots_per_voter, voters);
        Ok(round)
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
        let placed = saturating_sum(dots.iter().map(|d| d.dots));
        if placed > self.dots_per_voter {
            return Err(VoteError::OverLimit { voter, placed, allowed: self.dots_per_voter });
        }
        let ballot = Ballot { voter: voter.clone(), dots: dots.iter().filter(|d| d.dots > 0).cloned().collect() };
        match self.ballots.iter_mut().find(|b| b.voter == voter) {
            Some(b) => *b = ballot,
            None => self.ballots.push(ballot),
        }
        self.updated_at = now.max(self.updated_at);
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
        let placed = saturating_sum(self.ballots.iter().map(Ballot::total));
        let voters = u32::try_from(self.voters.len()).unwrap_or(u32::MAX);
        self.dots_per_voter.saturating_mul(voters).saturating_sub(placed)
    }

    /// Ends the round: from now on its ranking can be seen and its ballots cannot change.
    pub fn reveal(&mut self, now: DateTime<Utc>) {
        if self.revealed_at.is_none() {
            self.revealed_at = Some(now);
            self.updated_at = now.max(self.updated_at);
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
            let (dots, voters) = on_it.fold((0, 0), |(d, v), x| (u32::saturating_add(d, x.dots), v + usize::from(x.dots > 0)));
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
