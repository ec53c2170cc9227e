//! Experiments that end in persevere / pivot / stop, the pivot log, and the lessons
//! a stopped or pivoted experiment offers to the lessons library.
use crate::i18n::{tr, Key};
use super::*;
use crate::model::check::{blank, problems};

crate::choice_enum! {
    #[derive(Serialize, Deserialize)] #[serde(rename_all = "snake_case")]
    pub enum Decision {
        Persevere = ("persevere", "Persevere"), Pivot = ("pivot", "Pivot"), Stop = ("stop", "Stop"),
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
        /// How we will know, in words (a metric, when one exists, is linked in `metric_ids`).
        #[serde(default)]
        pub how_we_know: String,
        /// The metrics it bears on, picked from the metrics (older files: one `metric_id`).
        #[serde(default, alias = "metric_id", deserialize_with = "crate::model::links::one_or_many")]
        pub metric_ids: Vec<Uuid>,
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
        crate::new_record!(now, Experiment {
            title: title.into(),
            idea_id: None,
            hypothesis: String::new(),
            test: String::new(),
            how_we_know: String::new(),
            metric_ids: Vec::new(),
            start: None,
            end: None,
            result: String::new(),
            learning: String::new(),
            decision: None,
            decided_on: None,
        })
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
    /// The stage's name: a message, for the screen to word in its language (`t(x.label_key())`).
    pub fn label_key(self) -> Key {
        match self {
            Stage::Planned => tr::model::stage::PLANNED,
            Stage::Running => tr::model::stage::RUNNING,
            Stage::DecisionDue => tr::model::stage::DECISION_DUE,
            Stage::Decided(Decision::Persevere) => tr::model::stage::PERSEVERING,
            Stage::Decided(Decision::Pivot) => tr::model::stage::PIVOTED,
            Stage::Decided(Decision::Stop) => tr::model::stage::STOPPED,
        }
    }

    /// In English (files, logs, tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn label(self) -> &'static str {
        crate::i18n::english(self.label_key())
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

/// What stops a corrected pivot from being saved: what changed and why are needed, and it
/// cannot be dated before its experiment started. Paths are field names, for a form.
pub fn check_pivot(p: &Partnership, pivot: &Pivot) -> Vec<Problem> {
    let experiment = pivot.experiment_id.and_then(|id| find(&p.ideas.experiments, id));
    let too_early = experiment.and_then(|e| e.start).is_some_and(|start| pivot.date < start);
    problems([
        (too_early, "date", tr::problem::ideas::DECISION_TOO_EARLY),
        (blank(&pivot.what_changed), "what_changed", tr::problem::ideas::WHAT_CHANGES),
        (blank(&pivot.why), "why", tr::problem::ideas::WHY),
    ])
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
        None => problems.push(Problem::new("on", tr::problem::ideas::DECISION_DATE)),
        Some(on) if e.start.is_some_and(|s| on < s) => {
            problems.push(Problem::new("on", tr::problem::ideas::DECISION_TOO_EARLY))
        }
        _ => {}
    }
    if v.result.trim().is_empty() {
        problems.push(Problem::new("result", tr::problem::ideas::RESULT));
    }
    if v.decision != Decision::Persevere && v.learning.trim().is_empty() {
        problems.push(Problem::new("learning", tr::problem::ideas::LEARNING));
    }
    if v.decision == Decision::Pivot {
        if v.what_changed.trim().is_empty() {
            problems.push(Problem::new("what_changed", tr::problem::ideas::WHAT_CHANGES));
        }
        if v.why.trim().is_empty() {
            problems.push(Problem::new("why", tr::problem::ideas::WHY));
        }
    }
    problems
}

/// What stops an experiment from being saved.
pub fn check_experiment(e: &Experiment) -> Vec<Problem> {
    let ends_before_start = matches!((e.start, e.end), (Some(s), Some(end)) if end < s);
    problems([
        (blank(&e.title), "title", tr::problem::ideas::EXPERIMENT_NAME),
        (blank(&e.hypothesis), "hypothesis", tr::problem::ideas::HYPOTHESIS),
        (ends_before_start, "end", tr::problem::ideas::END_BEFORE_START),
    ])
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
