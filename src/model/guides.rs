//! Facilitation guides: a built-in agenda for each exercise, written for this app from the
//! practices in the seed article. Each step has a suggested time, the question to put to the
//! room, and what a good outcome looks like, so that someone who has never facilitated can
//! run the session. The model holds the structure (steps, minutes, tools); the words are
//! messages of group `guide` in `locales/`, so a guide reads in the room's language.
use crate::i18n::tr::guide::{
    actions_review, charter, check_in, community_voice, dot_voting, experiments, health_check, metrics_review, partner_welcome,
    problem_tree, progress_report, resources, retrospective, smart_goals, stories, sustainability,
};
use crate::i18n::Key;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub title: Key,
    pub minutes: u32,
    /// The question to ask the room, word for word.
    pub ask: Key,
    /// What the room should have at the end of the step.
    pub outcome: Key,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Guide {
    pub id: &'static str,
    pub title: Key,
    /// The address of the tool the exercise uses (`#/<tool>`).
    pub tool: &'static str,
    pub purpose: Key,
    /// What to bring or get ready before the session.
    pub prepare: Key,
    pub steps: &'static [Step],
}

impl Guide {
    pub fn total_minutes(&self) -> u32 {
        self.steps.iter().map(|s| s.minutes).sum()
    }
}

pub const GUIDES: &[Guide] = &[
    Guide {
        id: "charter",
        title: charter::TITLE,
        tool: "charter",
        purpose: charter::PURPOSE,
        prepare: charter::PREPARE,
        steps: &[
            Step { title: charter::why::TITLE, minutes: 10, ask: charter::why::ASK, outcome: charter::why::OUTCOME },
            Step { title: charter::mission::TITLE, minutes: 15, ask: charter::mission::ASK, outcome: charter::mission::OUTCOME },
            Step { title: charter::values::TITLE, minutes: 15, ask: charter::values::ASK, outcome: charter::values::OUTCOME },
            Step { title: charter::expectations::TITLE, minutes: 20, ask: charter::expectations::ASK, outcome: charter::expectations::OUTCOME },
            Step { title: charter::deciding::TITLE, minutes: 10, ask: charter::deciding::ASK, outcome: charter::deciding::OUTCOME },
            Step { title: charter::sign_off::TITLE, minutes: 5, ask: charter::sign_off::ASK, outcome: charter::sign_off::OUTCOME },
        ],
    },
    Guide {
        id: "resources",
        title: resources::TITLE,
        tool: "resources",
        purpose: resources::PURPOSE,
        prepare: resources::PREPARE,
        steps: &[
            Step { title: resources::offer::TITLE, minutes: 20, ask: resources::offer::ASK, outcome: resources::offer::OUTCOME },
            Step { title: resources::need::TITLE, minutes: 15, ask: resources::need::ASK, outcome: resources::need::OUTCOME },
            Step { title: resources::reveal::TITLE, minutes: 10, ask: resources::reveal::ASK, outcome: resources::reveal::OUTCOME },
            Step { title: resources::gaps::TITLE, minutes: 15, ask: resources::gaps::ASK, outcome: resources::gaps::OUTCOME },
            Step { title: resources::matches::TITLE, minutes: 15, ask: resources::matches::ASK, outcome: resources::matches::OUTCOME },
        ],
    },
    Guide {
        id: "problem-tree",
        title: problem_tree::TITLE,
        tool: "root-causes",
        purpose: problem_tree::PURPOSE,
        prepare: problem_tree::PREPARE,
        steps: &[
            Step { title: problem_tree::name::TITLE, minutes: 10, ask: problem_tree::name::ASK, outcome: problem_tree::name::OUTCOME },
            Step { title: problem_tree::symptoms::TITLE, minutes: 10, ask: problem_tree::symptoms::ASK, outcome: problem_tree::symptoms::OUTCOME },
            Step { title: problem_tree::causes::TITLE, minutes: 20, ask: problem_tree::causes::ASK, outcome: problem_tree::causes::OUTCOME },
            Step { title: problem_tree::act::TITLE, minutes: 10, ask: problem_tree::act::ASK, outcome: problem_tree::act::OUTCOME },
        ],
    },
    Guide {
        id: "smart-goals",
        title: smart_goals::TITLE,
        tool: "goals",
        purpose: smart_goals::PURPOSE,
        prepare: smart_goals::PREPARE,
        steps: &[
            Step { title: smart_goals::goal::TITLE, minutes: 10, ask: smart_goals::goal::ASK, outcome: smart_goals::goal::OUTCOME },
            Step { title: smart_goals::measurable::TITLE, minutes: 15, ask: smart_goals::measurable::ASK, outcome: smart_goals::measurable::OUTCOME },
            Step { title: smart_goals::achievable::TITLE, minutes: 10, ask: smart_goals::achievable::ASK, outcome: smart_goals::achievable::OUTCOME },
            Step { title: smart_goals::relevant::TITLE, minutes: 10, ask: smart_goals::relevant::ASK, outcome: smart_goals::relevant::OUTCOME },
            Step { title: smart_goals::outputs::TITLE, minutes: 10, ask: smart_goals::outputs::ASK, outcome: smart_goals::outputs::OUTCOME },
        ],
    },
    Guide {
        id: "health-check",
        title: health_check::TITLE,
        tool: "health",
        purpose: health_check::PURPOSE,
        prepare: health_check::PREPARE,
        steps: &[
            Step { title: health_check::tone::TITLE, minutes: 5, ask: health_check::tone::ASK, outcome: health_check::tone::OUTCOME },
            Step { title: health_check::rate::TITLE, minutes: 15, ask: health_check::rate::ASK, outcome: health_check::rate::OUTCOME },
            Step { title: health_check::read::TITLE, minutes: 10, ask: health_check::read::ASK, outcome: health_check::read::OUTCOME },
            Step { title: health_check::talk::TITLE, minutes: 20, ask: health_check::talk::ASK, outcome: health_check::talk::OUTCOME },
        ],
    },
    Guide {
        id: "dot-voting",
        title: dot_voting::TITLE,
        tool: "ideas",
        purpose: dot_voting::PURPOSE,
        prepare: dot_voting::PREPARE,
        steps: &[
            Step { title: dot_voting::collect::TITLE, minutes: 15, ask: dot_voting::collect::ASK, outcome: dot_voting::collect::OUTCOME },
            Step { title: dot_voting::clarify::TITLE, minutes: 10, ask: dot_voting::clarify::ASK, outcome: dot_voting::clarify::OUTCOME },
            Step { title: dot_voting::vote::TITLE, minutes: 10, ask: dot_voting::vote::ASK, outcome: dot_voting::vote::OUTCOME },
            Step { title: dot_voting::decide::TITLE, minutes: 10, ask: dot_voting::decide::ASK, outcome: dot_voting::decide::OUTCOME },
        ],
    },
    Guide {
        id: "retrospective",
        title: retrospective::TITLE,
        tool: "milestones",
        purpose: retrospective::PURPOSE,
        prepare: retrospective::PREPARE,
        steps: &[
            Step { title: retrospective::celebrate::TITLE, minutes: 10, ask: retrospective::celebrate::ASK, outcome: retrospective::celebrate::OUTCOME },
            Step { title: retrospective::well::TITLE, minutes: 10, ask: retrospective::well::ASK, outcome: retrospective::well::OUTCOME },
            Step { title: retrospective::hard::TITLE, minutes: 10, ask: retrospective::hard::ASK, outcome: retrospective::hard::OUTCOME },
            Step { title: retrospective::learned::TITLE, minutes: 10, ask: retrospective::learned::ASK, outcome: retrospective::learned::OUTCOME },
            Step { title: retrospective::next::TITLE, minutes: 10, ask: retrospective::next::ASK, outcome: retrospective::next::OUTCOME },
        ],
    },
    Guide {
        id: "community-voice",
        title: community_voice::TITLE,
        tool: "community",
        purpose: community_voice::PURPOSE,
        prepare: community_voice::PREPARE,
        steps: &[
            Step { title: community_voice::recap::TITLE, minutes: 10, ask: community_voice::recap::ASK, outcome: community_voice::recap::OUTCOME },
            Step { title: community_voice::themes::TITLE, minutes: 15, ask: community_voice::themes::ASK, outcome: community_voice::themes::OUTCOME },
            Step { title: community_voice::respond::TITLE, minutes: 20, ask: community_voice::respond::ASK, outcome: community_voice::respond::OUTCOME },
            Step { title: community_voice::hand_back::TITLE, minutes: 10, ask: community_voice::hand_back::ASK, outcome: community_voice::hand_back::OUTCOME },
        ],
    },
    Guide {
        id: "metrics-review",
        title: metrics_review::TITLE,
        tool: "metrics",
        purpose: metrics_review::PURPOSE,
        prepare: metrics_review::PREPARE,
        steps: &[
            Step { title: metrics_review::update::TITLE, minutes: 10, ask: metrics_review::update::ASK, outcome: metrics_review::update::OUTCOME },
            Step { title: metrics_review::trends::TITLE, minutes: 15, ask: metrics_review::trends::ASK, outcome: metrics_review::trends::OUTCOME },
            Step { title: metrics_review::why::TITLE, minutes: 15, ask: metrics_review::why::ASK, outcome: metrics_review::why::OUTCOME },
            Step { title: metrics_review::act::TITLE, minutes: 10, ask: metrics_review::act::ASK, outcome: metrics_review::act::OUTCOME },
        ],
    },
    Guide {
        id: "experiments",
        title: experiments::TITLE,
        tool: "ideas",
        purpose: experiments::PURPOSE,
        prepare: experiments::PREPARE,
        steps: &[
            Step { title: experiments::hypothesis::TITLE, minutes: 15, ask: experiments::hypothesis::ASK, outcome: experiments::hypothesis::OUTCOME },
            Step { title: experiments::measure::TITLE, minutes: 10, ask: experiments::measure::ASK, outcome: experiments::measure::OUTCOME },
            Step { title: experiments::plan::TITLE, minutes: 15, ask: experiments::plan::ASK, outcome: experiments::plan::OUTCOME },
            Step { title: experiments::review::TITLE, minutes: 15, ask: experiments::review::ASK, outcome: experiments::review::OUTCOME },
        ],
    },
    Guide {
        id: "stories",
        title: stories::TITLE,
        tool: "stories",
        purpose: stories::PURPOSE,
        prepare: stories::PREPARE,
        steps: &[
            Step { title: stories::collect::TITLE, minutes: 15, ask: stories::collect::ASK, outcome: stories::collect::OUTCOME },
            Step { title: stories::consent::TITLE, minutes: 5, ask: stories::consent::ASK, outcome: stories::consent::OUTCOME },
            Step { title: stories::link::TITLE, minutes: 10, ask: stories::link::ASK, outcome: stories::link::OUTCOME },
            Step { title: stories::choose::TITLE, minutes: 10, ask: stories::choose::ASK, outcome: stories::choose::OUTCOME },
        ],
    },
    Guide {
        id: "sustainability",
        title: sustainability::TITLE,
        tool: "sustainability",
        purpose: sustainability::PURPOSE,
        prepare: sustainability::PREPARE,
        steps: &[
            Step { title: sustainability::runway::TITLE, minutes: 10, ask: sustainability::runway::ASK, outcome: sustainability::runway::OUTCOME },
            Step { title: sustainability::dependence::TITLE, minutes: 15, ask: sustainability::dependence::ASK, outcome: sustainability::dependence::OUTCOME },
            Step { title: sustainability::options::TITLE, minutes: 20, ask: sustainability::options::ASK, outcome: sustainability::options::OUTCOME },
            Step { title: sustainability::commit::TITLE, minutes: 10, ask: sustainability::commit::ASK, outcome: sustainability::commit::OUTCOME },
        ],
    },
    Guide {
        id: "check-in",
        title: check_in::TITLE,
        tool: "check-ins",
        purpose: check_in::PURPOSE,
        prepare: check_in::PREPARE,
        steps: &[
            Step { title: check_in::actions::TITLE, minutes: 10, ask: check_in::actions::ASK, outcome: check_in::actions::OUTCOME },
            Step { title: check_in::metrics::TITLE, minutes: 10, ask: check_in::metrics::ASK, outcome: check_in::metrics::OUTCOME },
            Step { title: check_in::blockers::TITLE, minutes: 15, ask: check_in::blockers::ASK, outcome: check_in::blockers::OUTCOME },
            Step { title: check_in::decisions::TITLE, minutes: 10, ask: check_in::decisions::ASK, outcome: check_in::decisions::OUTCOME },
        ],
    },
    Guide {
        id: "partner-welcome",
        title: partner_welcome::TITLE,
        tool: "partners",
        purpose: partner_welcome::PURPOSE,
        prepare: partner_welcome::PREPARE,
        steps: &[
            Step { title: partner_welcome::introductions::TITLE, minutes: 10, ask: partner_welcome::introductions::ASK, outcome: partner_welcome::introductions::OUTCOME },
            Step { title: partner_welcome::strengths::TITLE, minutes: 15, ask: partner_welcome::strengths::ASK, outcome: partner_welcome::strengths::OUTCOME },
            Step { title: partner_welcome::contacts::TITLE, minutes: 10, ask: partner_welcome::contacts::ASK, outcome: partner_welcome::contacts::OUTCOME },
            Step { title: partner_welcome::terms::TITLE, minutes: 15, ask: partner_welcome::terms::ASK, outcome: partner_welcome::terms::OUTCOME },
        ],
    },
    Guide {
        id: "actions-review",
        title: actions_review::TITLE,
        tool: "actions",
        purpose: actions_review::PURPOSE,
        prepare: actions_review::PREPARE,
        steps: &[
            Step { title: actions_review::overdue::TITLE, minutes: 15, ask: actions_review::overdue::ASK, outcome: actions_review::overdue::OUTCOME },
            Step { title: actions_review::reassign::TITLE, minutes: 10, ask: actions_review::reassign::ASK, outcome: actions_review::reassign::OUTCOME },
            Step { title: actions_review::drop::TITLE, minutes: 10, ask: actions_review::drop::ASK, outcome: actions_review::drop::OUTCOME },
            Step { title: actions_review::ahead::TITLE, minutes: 5, ask: actions_review::ahead::ASK, outcome: actions_review::ahead::OUTCOME },
        ],
    },
    Guide {
        id: "progress-report",
        title: progress_report::TITLE,
        tool: "report",
        purpose: progress_report::PURPOSE,
        prepare: progress_report::PREPARE,
        steps: &[
            Step { title: progress_report::intro::TITLE, minutes: 15, ask: progress_report::intro::ASK, outcome: progress_report::intro::OUTCOME },
            Step { title: progress_report::challenges::TITLE, minutes: 15, ask: progress_report::challenges::ASK, outcome: progress_report::challenges::OUTCOME },
            Step { title: progress_report::contributions::TITLE, minutes: 15, ask: progress_report::contributions::ASK, outcome: progress_report::contributions::OUTCOME },
            Step { title: progress_report::check::TITLE, minutes: 15, ask: progress_report::check::ASK, outcome: progress_report::check::OUTCOME },
        ],
    },
];

pub fn guide(id: &str) -> Option<&'static Guide> {
    GUIDES.iter().find(|g| g.id == id)
}

/// The guides for a tool's address, e.g. `"resources"`.
pub fn guides_for_tool(tool: &str) -> Vec<&'static Guide> {
    let home = companion_of(tool).unwrap_or(tool);
    GUIDES.iter().filter(|g| g.tool == home).collect()
}

/// Screens that run a step of another tool's exercise: the votes are cast on the dot-voting
/// screen and the resource workshop walks the resource map, so their guides belong beside
/// them too.
fn companion_of(screen: &str) -> Option<&'static str> {
    match screen {
        "dot-voting" => Some("ideas"),
        "resource-workshop" => Some("resources"),
        _ => None,
    }
}

pub mod agenda;

#[cfg(test)]
mod tests;
