//! Goals and the SMART rules: a goal should be Specific, Measurable, Achievable, Relevant
//! and Time-bound. Each letter is one function that says, in a sentence a non-specialist
//! understands, what is missing; the goal builder shows them live as the group types.
use crate::model::text::Case;
use crate::i18n::{tr, Key, Msg};
use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;


use super::metrics::{beyond_trend, Measurement, Metric, MetricKind};
use super::check::Checker;
use super::{Partner, Partnership};
use crate::model::check::Item;
use super::order::sort;

crate::choice_enum! {
    #[derive(Serialize, Deserialize)] #[serde(rename_all = "snake_case")]
    pub enum GoalStatus {
        Draft = ("draft", "Draft"), Active = ("active", "Active"),
        Achieved = ("achieved", "Achieved"), Dropped = ("dropped", "Dropped"),
    }
}

crate::record! {
    pub struct Goal("goal") {
        /// What will change, in the group's words.
        pub statement: String,
        /// Who benefits, e.g. "families with children on the east side".
        #[serde(default)]
        pub target_group: String,
        /// Where, e.g. "Eastside, Riverside".
        #[serde(default)]
        pub place: String,
        /// The partners who make it happen. A removed partner's id stays (shown as
        /// "(removed partner)") but no longer counts as an owner.
        #[serde(default)]
        pub owner_ids: Vec<Uuid>,
        pub status: GoalStatus,
        #[serde(default)]
        pub start: Option<NaiveDate>,
        #[serde(default)]
        pub end: Option<NaiveDate>,
        /// Causes in the problem tree this goal works on.
        #[serde(default)]
        pub cause_ids: Vec<Uuid>,
        /// Symptoms it relieves (fine, as long as it also works on a cause).
        #[serde(default)]
        pub symptom_ids: Vec<Uuid>,
        #[serde(default)]
        pub metric_ids: Vec<Uuid>,
        /// Resource-map commitments that resource it (the resource map is another tool).
        #[serde(default)]
        pub commitment_ids: Vec<Uuid>,
        /// The group ticked "this goal serves our mission".
        #[serde(default)]
        pub serves_mission: bool,
    }
}

impl Goal {
    pub fn new(statement: impl Into<String>, now: DateTime<Utc>) -> Goal {
        crate::new_record!(now, Goal {
            statement: statement.into(),
            target_group: String::new(),
            place: String::new(),
            owner_ids: Vec::new(),
            status: GoalStatus::Draft,
            start: None,
            end: None,
            cause_ids: Vec::new(),
            symptom_ids: Vec::new(),
            metric_ids: Vec::new(),
            commitment_ids: Vec::new(),
            serves_mission: false,
        })
    }

    /// Still being worked toward or planned (not achieved, not dropped).
    pub fn is_open(&self) -> bool {
        matches!(self.status, GoalStatus::Draft | GoalStatus::Active)
    }

    /// Counts in the problem tree's coverage: every goal except a dropped one.
    pub fn is_live(&self) -> bool {
        self.status != GoalStatus::Dropped
    }
}

/// A resource-map commitment as the goal builder needs it: an id to link and a label.
#[derive(Clone, Debug, PartialEq)]
pub struct CommitmentRef {
    pub id: Uuid,
    /// Worded by the screen.
    pub label: Msg,
}

/// Everything outside the goal that the SMART rules look at.
#[derive(Clone, Debug)]
pub struct SmartContext<'a> {
    pub today: NaiveDate,
    pub partners: &'a [Partner],
    pub metrics: &'a [Metric],
    pub measurements: &'a [Measurement],
    pub tree: &'a super::causes::ProblemTree,
    /// The charter's shared mission, when the partnership has written one.
    pub mission: Option<&'a str>,
    /// The resource map's commitments, or `None` when the partnership keeps no resource
    /// map (then resourcing is not checked).
    pub commitments: Option<Vec<CommitmentRef>>,
}

impl<'a> SmartContext<'a> {
    /// The context of a partnership. The charter's mission and the resource map's
    /// commitments are tools of their own; wire them here once they exist
    /// (`mission: Some(&p.charter.mission)` when not blank; `commitments: Some(…)` when the
    /// resource map has any).
    pub fn of(p: &'a Partnership, today: NaiveDate) -> SmartContext<'a> {
        SmartContext {
            today,
            partners: &p.partners,
            metrics: &p.metrics,
            measurements: &p.measurements,
            tree: &p.problem_tree,
            // The charter's shared mission, once the group has written one.
            mission: Some(p.charter.mission.as_str()).filter(|m| !m.trim().is_empty()),
            // Resourcing is judged once the group has mapped any resources.
            commitments: (!p.resources.entries.is_empty()).then(|| {
                p.resources
                    .commitments
                    .iter()
                    .map(|c| CommitmentRef { id: c.id, label: super::resources::describe_commitment(p, c) })
                    .collect()
            }),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Letter {
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
}

impl Letter {
    pub const ALL: [Letter; 5] = [Letter::Specific, Letter::Measurable, Letter::Achievable, Letter::Relevant, Letter::TimeBound];
    /// The letter's name ("Specific"), worded by the screen.
    pub fn name_key(self) -> Key {
        use tr::model::smart::letter;
        match self {
            Letter::Specific => letter::SPECIFIC,
            Letter::Measurable => letter::MEASURABLE,
            Letter::Achievable => letter::ACHIEVABLE,
            Letter::Relevant => letter::RELEVANT,
            Letter::TimeBound => letter::TIME_BOUND,
        }
    }

    /// The letter itself, as each language spells its SMART (the Spanish "E" of "Específica").
    pub fn initial_key(self) -> Key {
        use tr::model::smart::initial;
        match self {
            Letter::Specific => initial::SPECIFIC,
            Letter::Measurable => initial::MEASURABLE,
            Letter::Achievable => initial::ACHIEVABLE,
            Letter::Relevant => initial::RELEVANT,
            Letter::TimeBound => initial::TIME_BOUND,
        }
    }

    /// A name for style sheets and tests, never shown.
    pub fn code(self) -> &'static str {
        match self {
            Letter::Specific => "specific",
            Letter::Measurable => "measurable",
            Letter::Achievable => "achievable",
            Letter::Relevant => "relevant",
            Letter::TimeBound => "time-bound",
        }
    }
}

/// One letter's verdict and the sentence that explains it.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub letter: Letter,
    pub met: bool,
    /// Worded by the screen in its language.
    pub explanation: Msg,
}

impl Check {
    fn met(letter: Letter, why: impl Into<Msg>) -> Check {
        Check { letter, met: true, explanation: why.into() }
    }
    fn missing(letter: Letter, what: impl Into<Msg>) -> Check {
        Check { letter, met: false, explanation: what.into() }
    }
}

/// A statement shorter than this many words cannot say what changes, for whom and how.
pub const MIN_SPECIFIC_WORDS: usize = 6;

/// All five letters, in order.
pub fn smart(goal: &Goal, cx: &SmartContext) -> [Check; 5] {
    [specific(goal), measurable(goal, cx), achievable(goal, cx), relevant(goal, cx), time_bound(goal, cx)]
}

pub fn is_smart(goal: &Goal, cx: &SmartContext) -> bool {
    smart(goal, cx).iter().all(|c| c.met)
}

/// Specific: a statement of at least six words that names who benefits and where.
pub fn specific(goal: &Goal) -> Check {
    let words = goal.statement.split_whitespace().count();
    let mut missing = Vec::new();
    if words == 0 {
        return Check::missing(Letter::Specific, tr::model::smart::SPECIFIC_EMPTY);
    }
    if words < MIN_SPECIFIC_WORDS {
        missing.push(Msg::new(tr::model::smart::SPECIFIC_WHAT));
    }
    if goal.target_group.trim().is_empty() {
        missing.push(Msg::new(tr::model::smart::SPECIFIC_WHO));
    }
    if goal.place.trim().is_empty() {
        missing.push(Msg::new(tr::model::smart::SPECIFIC_WHERE));
    }
    if missing.is_empty() {
        let met = Msg::new(tr::model::smart::SPECIFIC_MET).text("group", goal.target_group.trim()).text("place", goal.place.trim());
        Check::met(Letter::Specific, met)
    } else {
        Check::missing(Letter::Specific, Msg::new(tr::model::smart::SPECIFIC_SAY).list("list", missing, false))
    }
}

/// Measurable: at least one linked metric has a target value.
pub fn measurable(goal: &Goal, cx: &SmartContext) -> Check {
    let linked: Vec<&Metric> = linked_metrics(goal, cx.metrics);
    if linked.is_empty() {
        return Check::missing(Letter::Measurable, tr::model::smart::MEASURABLE_NONE);
    }
    match linked.iter().find(|m| m.target_value.is_some()) {
        Some(m) => Check::met(
            Letter::Measurable,
            Msg::new(tr::model::smart::MEASURABLE_MET).text("name", m.name.as_str()).amount("target", m.target_value.unwrap_or_default(), &m.unit),
        ),
        None => Check::missing(Letter::Measurable, tr::model::smart::MEASURABLE_NO_TARGET),
    }
}

/// Achievable: a partner owns it; no linked target is far beyond what the measurements so
/// far point to; and, when the partnership keeps a resource map, a commitment supports it.
pub fn achievable(goal: &Goal, cx: &SmartContext) -> Check {
    let mut missing: Vec<Msg> = Vec::new();
    let owners = goal.owner_ids.iter().filter(|id| cx.partners.iter().any(|p| p.id == **id)).count();
    if owners == 0 {
        missing.push(tr::model::smart::NO_OWNER.into());
    }
    for m in linked_metrics(goal, cx.metrics) {
        if let Some(why) = beyond_trend(m, cx.measurements) {
            missing.push(why);
        }
    }
    if let Some(commitments) = &cx.commitments {
        if !goal.commitment_ids.iter().any(|id| commitments.iter().any(|c| c.id == *id)) {
            missing.push(tr::model::smart::NO_COMMITMENT.into());
        }
    }
    if missing.is_empty() {
        Check::met(Letter::Achievable, Msg::new(tr::model::smart::ACHIEVABLE_MET).int("n", owners as i128))
    } else {
        Check::missing(Letter::Achievable, Msg::new(tr::model::smart::ACHIEVABLE_MISSING).list("list", missing, true))
    }
}

/// Relevant: it works on at least one cause in the problem tree (symptoms alone do not
/// count), and — when the charter states a mission — it serves that mission.
pub fn relevant(goal: &Goal, cx: &SmartContext) -> Check {
    let causes = goal.cause_ids.iter().filter(|id| cx.tree.cause(**id).is_some()).count();
    let symptoms = goal.symptom_ids.iter().filter(|id| cx.tree.symptom(**id).is_some()).count();
    let mut missing = Vec::new();
    if causes == 0 && symptoms > 0 {
        missing.push(tr::model::smart::ONLY_SYMPTOMS);
    } else if causes == 0 {
        missing.push(tr::model::smart::NO_CAUSE);
    }
    if let Some(mission) = cx.mission.filter(|m| !m.trim().is_empty()) {
        if !goal.serves_mission && shared_words(&goal_text(goal), mission).is_empty() {
            missing.push(tr::model::smart::NO_MISSION);
        }
    }
    if missing.is_empty() {
        Check::met(Letter::Relevant, Msg::new(tr::model::smart::RELEVANT_MET).int("n", causes as i128))
    } else {
        let mut why = Msg::new(missing[0]);
        if let Some(second) = missing.get(1) {
            why = Msg::new(tr::model::smart::TWO).said("first", why).word("second", *second);
        }
        Check::missing(Letter::Relevant, why)
    }
}

/// Time-bound: an end date, after the start, and not already past for a goal still open.
pub fn time_bound(goal: &Goal, cx: &SmartContext) -> Check {
    let Some(end) = goal.end else {
        return Check::missing(Letter::TimeBound, tr::model::smart::NO_END);
    };
    if goal.start.is_some_and(|s| s > end) {
        return Check::missing(Letter::TimeBound, tr::model::smart::END_BEFORE_START);
    }
    if goal.is_open() && end < cx.today {
        return Check::missing(Letter::TimeBound, Msg::new(tr::model::smart::END_PASSED).date("date", end));
    }
    Check::met(Letter::TimeBound, Msg::new(tr::model::smart::TIME_MET).date("date", end))
}

fn linked_metrics<'m>(goal: &Goal, metrics: &'m [Metric]) -> Vec<&'m Metric> {
    metrics.iter().filter(|m| goal.metric_ids.contains(&m.id)).collect()
}

/// How many output and outcome metrics a goal tracks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MetricMix {
    pub outputs: usize,
    pub outcomes: usize,
}

impl MetricMix {
    /// What to tell the group (worded by the screen), or `None` when it has both kinds.
    pub fn advice(self) -> Option<Key> {
        use tr::model::mix;
        match (self.outputs, self.outcomes) {
            (_, 0) if self.outputs > 0 => Some(mix::ONLY_OUTPUTS),
            (0, 0) => Some(mix::NO_METRICS),
            (0, _) => Some(mix::ONLY_OUTCOMES),
            _ => None,
        }
    }
}

pub fn metric_mix(goal: &Goal, metrics: &[Metric]) -> MetricMix {
    let linked = linked_metrics(goal, metrics);
    MetricMix {
        outputs: linked.iter().filter(|m| m.kind == MetricKind::Output).count(),
        outcomes: linked.iter().filter(|m| m.kind == MetricKind::Outcome).count(),
    }
}

/// Words too common to link a goal to a mission, in each language of the interface, in lower
/// case: a partnership writes in its own language whatever the screen's, so all three apply.
/// One text per language keeps them small in the wasm.
const COMMON: [&str; 3] = [
    "about after also among been being between both each every from have into more most other over \
     partner partners partnership same such than that their them then there these they this those \
     through under until very what when where which while will with within work year years make help better",
    "para como este esta estos estas todo toda todos todas entre sobre desde hasta donde cuando tiene \
     tienen nuestro nuestra nuestros nuestras alianza socio socios también cada otro otra otros otras \
     mismo misma mismos hacer mejor mejores ayudar trabajo trabajar años durante través ellos ellas \
     porque pero según contra hacia mediante cual cuales quien quienes mucho mucha muchos muchas poco \
     pocos menos tanto será serán puede pueden estar haber sean",
    "pour avec dans entre sans sous vers chez leur leurs notre nous vous votre cette ceux celle celles \
     tous toute toutes tout plus aussi comme depuis pendant après avant être avoir faire mieux meilleur \
     meilleure aider travail travailler année années chaque autre autres même mêmes très partenaire \
     partenaires partenariat afin ainsi dont elles mais alors donc encore lors selon parmi contre quand \
     quel quelle quels quelles sera seront peut peuvent ceci cela",
];

fn is_common(w: &str) -> bool {
    COMMON.iter().any(|words| words.split_ascii_whitespace().any(|c| c == w))
}

/// The meaningful words two texts share: words of four letters or more, ignoring case, a
/// plural ending and the common words of each language. Used to see whether a goal speaks to
/// the mission ("healthy food for east-side families" shares "healthy", "food" and "families").
pub fn shared_words(a: &str, b: &str) -> Vec<String> {
    let words = |s: &str| -> HashSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .map(|w| w.lower())
            .filter(|w| w.chars().count() >= 4 && !is_common(w))
            .map(singular)
            // Again once singular: a plural of a common word ("socios") is common too.
            .filter(|w| w.chars().count() >= 4 && !is_common(w))
            .collect()
    };
    let theirs = words(b);
    let mut out: Vec<String> = words(a).into_iter().filter(|w| theirs.contains(w)).collect();
    sort(&mut out);
    out
}

/// "families" → "family", "goals" → "goal"; leaves "access" and short words alone.
fn singular(w: String) -> String {
    if w.len() > 4 && w.ends_with("ies") {
        format!("{}y", &w[..w.len() - 3])
    } else if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") {
        w[..w.len() - 1].to_string()
    } else {
        w
    }
}

fn goal_text(goal: &Goal) -> String {
    format!("{} {} {}", goal.statement, goal.target_group, goal.place)
}

/// What stops the goal from being saved at all (the SMART checks are advice, not errors).
pub fn check_goal(goal: &Goal) -> Vec<super::Problem> {
    let mut out = Vec::new();
    if goal.statement.trim().is_empty() {
        out.push(super::Problem::new("statement", tr::problem::goals::STATEMENT));
    }
    out
}

crate::listed!(Goal => goals);

/// Checks for `validate`.
pub fn check(c: &mut Checker, p: &Partnership) {
    for (i, g) in p.goals.iter().enumerate() {
        let path = Item("goals", i);
        c.record(path, g);
        c.not_blank(format!("{path}.statement"), &g.statement, tr::problem::what::GOAL);
        c.date(path, "start", g.start);
        c.date(path, "end", g.end);
    }
}

/// Adds the sample's three goals: two SMART, one deliberately not ("Reduce hunger"), so
/// that the builder's advice shows.
pub(crate) fn add_sample(p: &mut Partnership, now: DateTime<Utc>) {
    let causes = super::causes::add_sample(p, now);
    let m = super::metrics::add_sample(p, now);
    let today = now.date_naive();
    let partner = |name: &str| p.partners.iter().find(|x| x.name.starts_with(name)).map(|x| x.id);
    let owners = |names: &[&str]| names.iter().filter_map(|n| partner(n)).collect::<Vec<_>>();
    let mut food = Goal::new(
        "Raise the share of east-side households that are food-secure from 62% to 75% within two years",
        now,
    );
    food.target_group = "Households with children on the east side".into();
    food.place = "Eastside, Riverside".into();
    food.owner_ids = owners(&["Riverside Food Bank", "Eastside Tenants", "Riverside University"]);
    food.status = GoalStatus::Active;
    food.start = Some(today - chrono::Duration::days(365));
    food.end = Some(today + chrono::Duration::days(365));
    food.cause_ids = vec![causes.incomes, causes.benefits];
    food.metric_ids = vec![m.food_secure, m.parcels, m.meals];
    food.serves_mission = true;

    let mut surplus = Goal::new(
        "Get 32 tonnes of surplus food from FreshMart stores to the east-side pantries instead of landfill",
        now,
    );
    surplus.target_group = "Families using the two east-side pantries".into();
    surplus.place = "FreshMart's three stores and the Riverside pantries".into();
    surplus.owner_ids = owners(&["FreshMart", "Riverside Food Bank"]);
    surplus.status = GoalStatus::Active;
    surplus.start = Some(today - chrono::Duration::days(365));
    surplus.end = Some(today + chrono::Duration::days(180));
    surplus.cause_ids = vec![causes.surplus];
    surplus.metric_ids = vec![m.surplus];
    surplus.serves_mission = true;

    // Resource-map commitments back the two real goals: FreshMart's for the surplus goal,
    // the others for food security (all of them where the split leaves one side empty).
    let freshmart = partner("FreshMart");
    let all: Vec<Uuid> = p.resources.commitments.iter().map(|c| c.id).collect();
    let (from_freshmart, others): (Vec<_>, Vec<_>) =
        p.resources.commitments.iter().partition(|c| Some(c.from_partner) == freshmart);
    let ids = |list: Vec<&super::resources::Commitment>| {
        if list.is_empty() { all.clone() } else { list.iter().map(|c| c.id).collect() }
    };
    surplus.commitment_ids = ids(from_freshmart);
    food.commitment_ids = ids(others);

    let mut vague = Goal::new("Reduce hunger", now);
    vague.symptom_ids = vec![causes.hungry];
    p.goals.extend([food, surplus, vague]);
}

#[cfg(test)]
mod tests;
