//! The problem tree: the problem the partnership tackles, the causes behind it (each cause
//! may have deeper causes of its own) and the symptoms people can see. Goals link to causes,
//! so that the partnership works on what produces the problem rather than on its signs.
use crate::i18n::{tr, Msg};
use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::{new_id, take_by_id, Extra, IdMap, IdSet, Record};
use super::check::Checker;
use super::Partnership;
use crate::model::check::Item;

/// The tree itself. Causes and symptoms are records (ids, tombstones) so that two groups'
/// trees merge; the problem statement is one text the group rewrites together.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProblemTree {
    /// The problem in one sentence, e.g. "Families on the east side go without enough food".
    #[serde(default)]
    pub problem: String,
    #[serde(default)]
    pub causes: Vec<Cause>,
    #[serde(default)]
    pub symptoms: Vec<Symptom>,
    #[serde(flatten)]
    pub extra: Extra,
}

crate::record! {
    /// Something that produces the problem. `parent` is the cause it explains ("why does that
    /// happen?"); `None` means it sits directly under the problem.
    pub struct Cause("cause") {
        pub text: String,
        #[serde(default)]
        pub parent: Option<Uuid>,
    }
}

crate::record! {
    /// A visible sign of the problem (long queues, hungry children). Working on a symptom alone
    /// relieves it for a while; the cause keeps producing it.
    pub struct Symptom("symptom") {
        pub text: String,
    }
}

impl Cause {
    pub fn new(text: impl Into<String>, parent: Option<Uuid>, now: DateTime<Utc>) -> Cause {
        Cause { id: new_id(), created_at: now, updated_at: now, text: text.into(), parent, at: Default::default(), extra: Extra::new() }
    }
}

impl Symptom {
    pub fn new(text: impl Into<String>, now: DateTime<Utc>) -> Symptom {
        Symptom { id: new_id(), created_at: now, updated_at: now, text: text.into(), at: Default::default(), extra: Extra::new() }
    }
}

/// How many levels of causes the tree holds under the problem: far more than any group asks
/// "why?", and few enough that every screen and report can draw them.
pub const MAX_TREE_DEPTH: usize = 100;

/// The causes directly under the problem (with those whose parent is gone) and under each cause.
struct Index<'a> {
    top: Vec<&'a Cause>,
    under: IdMap<Vec<&'a Cause>>,
}

/// One cause as the tree shows it: how deep it sits, and which goals work on it.
#[derive(Clone, Debug, PartialEq)]
pub struct TreeRow {
    pub cause: Cause,
    /// 0 directly under the problem, 1 for a cause of that cause, and so on.
    pub depth: usize,
    /// No deeper cause is recorded under it: the end of a chain of "why?".
    pub is_root: bool,
    pub coverage: Coverage,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coverage {
    /// A goal links to this cause itself (the number of such goals).
    Direct(usize),
    /// No goal links to it, but one works on a deeper cause beneath it.
    ThroughDeeper,
    /// Nothing the partnership aims for touches this cause.
    Unaddressed,
}

impl ProblemTree {
    pub fn cause(&self, id: Uuid) -> Option<&Cause> {
        super::record::find(&self.causes, id)
    }

    pub fn symptom(&self, id: Uuid) -> Option<&Symptom> {
        super::record::find(&self.symptoms, id)
    }

    pub fn is_empty(&self) -> bool {
        self.problem.trim().is_empty() && self.causes.is_empty() && self.symptoms.is_empty()
    }

    /// The causes whose `parent` is `parent`, in the order they were added. A cause whose
    /// parent no longer exists (e.g. after a merge) is shown at the top rather than lost.
    pub fn children(&self, parent: Option<Uuid>) -> Vec<&Cause> {
        match parent {
            Some(id) => self.causes.iter().filter(|c| c.parent == Some(id)).collect(),
            None => self.index().top,
        }
    }

    /// Who sits under whom, built once so that every walk of the tree is linear: a crafted
    /// file's chain of thousands of causes must not take minutes.
    fn index(&self) -> Index<'_> {
        let ids: IdSet = self.causes.iter().map(|c| c.id).collect();
        let mut index = Index { top: Vec::new(), under: IdMap::default() };
        for c in &self.causes {
            match c.parent {
                Some(p) if ids.contains(&p) => index.under.entry(p).or_default().push(c),
                _ => index.top.push(c),
            }
        }
        index
    }

    /// `id` and every cause beneath it. Safe on a (corrupt) cycle: each cause is visited once.
    pub fn branch(&self, id: Uuid) -> Vec<Uuid> {
        let mut under: IdMap<Vec<Uuid>> = IdMap::default();
        for c in &self.causes {
            if let Some(p) = c.parent {
                under.entry(p).or_default().push(c.id);
            }
        }
        let mut out = vec![id];
        let mut seen: IdSet = IdSet::from_iter([id]);
        let mut i = 0;
        while i < out.len() {
            for &c in under.get(&out[i]).into_iter().flatten() {
                if seen.insert(c) {
                    out.push(c);
                }
            }
            i += 1;
        }
        out
    }

    /// The tree in reading order (depth first), each cause with its depth and coverage by
    /// the goals that are not dropped.
    pub fn rows(&self, goals: &[super::goals::Goal]) -> Vec<TreeRow> {
        let mut direct: IdMap<usize> = IdMap::default();
        for g in goals.iter().filter(|g| g.is_live()) {
            for id in &g.cause_ids {
                *direct.entry(*id).or_default() += 1;
            }
        }
        let index = self.index();
        let no_kids = Vec::new();
        let kids = |id: Uuid| index.under.get(&id).unwrap_or(&no_kids);
        // Depth first: the order the rows are read in.
        let mut order: Vec<(&Cause, usize)> = Vec::new();
        let mut seen = IdSet::default();
        let mut stack: Vec<(&Cause, usize)> = index.top.iter().rev().map(|c| (*c, 0)).collect();
        while let Some((cause, depth)) = stack.pop() {
            if seen.insert(cause.id) {
                order.push((cause, depth));
                stack.extend(kids(cause.id).iter().rev().map(|c| (*c, depth + 1)));
            }
        }
        // Deeper causes come later in that order, so reading it backwards knows, at each cause,
        // whether a goal works on something beneath it.
        let mut worked_below = IdSet::default();
        for (cause, _) in order.iter().rev() {
            if kids(cause.id).iter().any(|k| direct.contains_key(&k.id) || worked_below.contains(&k.id)) {
                worked_below.insert(cause.id);
            }
        }
        order
            .into_iter()
            .map(|(cause, depth)| {
                let coverage = match direct.get(&cause.id) {
                    Some(n) => Coverage::Direct(*n),
                    None if worked_below.contains(&cause.id) => Coverage::ThroughDeeper,
                    None => Coverage::Unaddressed,
                };
                TreeRow { cause: cause.clone(), depth, is_root: kids(cause.id).is_empty(), coverage }
            })
            .collect()
    }

    /// How many causes stand between `parent` and the problem, counting `parent` itself:
    /// a cause put under it sits at this depth. Stops counting on a (corrupt) loop.
    pub fn depth_under(&self, parent: Option<Uuid>) -> usize {
        let mut depth = 0;
        let mut here = parent;
        while let Some(cause) = here.and_then(|id| self.cause(id)) {
            depth += 1;
            if depth > self.causes.len() {
                break;
            }
            here = cause.parent;
        }
        depth
    }

    /// The causes that sit under themselves: their parents make a loop. Each cause's chain of
    /// parents is followed once, so this is linear in the number of causes.
    fn in_loops(&self) -> IdSet {
        let parent_of: IdMap<Option<Uuid>> = self.causes.iter().rev().map(|c| (c.id, c.parent)).collect();
        let mut done = IdSet::default();
        let mut looped = IdSet::default();
        for c in &self.causes {
            let mut path: Vec<Uuid> = Vec::new();
            let mut on_path = IdSet::default();
            let mut here = Some(c.id);
            while let Some(id) = here.filter(|id| parent_of.contains_key(id) && !done.contains(id)) {
                if !on_path.insert(id) {
                    let start = path.iter().position(|p| *p == id).unwrap_or(0);
                    looped.extend(path[start..].iter().copied());
                    break;
                }
                path.push(id);
                here = parent_of[&id];
            }
            done.extend(path);
        }
        looped
    }

    /// The causes no live goal works on, directly or through a deeper cause.
    pub fn unaddressed(&self, goals: &[super::goals::Goal]) -> Vec<Cause> {
        self.rows(goals).into_iter().filter(|r| r.coverage == Coverage::Unaddressed).map(|r| r.cause).collect()
    }

    /// The causes a cause could move under without making a loop: not itself, not one of
    /// its own deeper causes.
    pub fn possible_parents(&self, id: Uuid) -> Vec<&Cause> {
        let branch: HashSet<Uuid> = self.branch(id).into_iter().collect();
        self.causes.iter().filter(|c| !branch.contains(&c.id)).collect()
    }
}

/// Refuses a parent that would make a loop; run it before saving a cause with
/// [`Partnership::upsert`].
pub fn check_parent(p: &Partnership, cause: &Cause) -> Result<(), Msg> {
    let tree = &p.problem_tree;
    match cause.parent {
        Some(parent) if tree.branch(cause.id).contains(&parent) => {
            Err(tr::problem::causes::UNDER_ITSELF.into())
        }
        // The deepest cause it brings along must still fit in the tree.
        _ if tree.depth_under(cause.parent) + deepest_below(tree, cause.id) >= MAX_TREE_DEPTH => {
            Err(Msg::new(tr::problem::causes::TOO_DEEP_TO_MOVE).int("most", MAX_TREE_DEPTH as i128))
        }
        _ => Ok(()),
    }
}

/// How many levels of deeper causes sit under `id` (0 when none).
fn deepest_below(tree: &ProblemTree, id: Uuid) -> usize {
    let rows = tree.rows(&[]);
    let Some(at) = rows.iter().position(|r| r.cause.id == id) else { return 0 };
    let depth = rows[at].depth;
    rows[at + 1..].iter().take_while(|r| r.depth > depth).map(|r| r.depth - depth).max().unwrap_or(0)
}

crate::listed!(Cause => problem_tree.causes {
    /// Every deeper cause goes with it (they explain it), with tombstones, and goals no
    /// longer link any of them.
    fn cascade(removed: &Cause, p: &mut Partnership, now: DateTime<Utc>) {
        let branch = p.problem_tree.branch(removed.id);
        for gone in &branch[1..] {
            take_by_id(&mut p.problem_tree.causes, *gone);
            p.bury(Cause::KIND, *gone, now);
        }
        for goal in &mut p.goals {
            if goal.cause_ids.iter().any(|c| branch.contains(c)) {
                goal.cause_ids.retain(|c| !branch.contains(c));
                goal.touch(now);
            }
        }
    }
});

crate::listed!(Symptom => problem_tree.symptoms {
    /// Goals no longer link it.
    fn cascade(removed: &Symptom, p: &mut Partnership, now: DateTime<Utc>) {
        for goal in &mut p.goals {
            if goal.symptom_ids.contains(&removed.id) {
                goal.symptom_ids.retain(|s| *s != removed.id);
                goal.touch(now);
            }
        }
    }
});

/// Deletes a cause with every deeper cause under it (see its [`Listed::cascade`]).
/// Returns how many causes were deleted.
pub fn delete_cause(p: &mut Partnership, id: Uuid, now: DateTime<Utc>) -> usize {
    let count = p.problem_tree.branch(id).len();
    p.remove::<Cause>(id, now).map_or(0, |_| count)
}

/// Checks for `validate`: ids, times, blank texts, and parents that loop.
pub fn check(c: &mut Checker, p: &Partnership) {
    let tree = &p.problem_tree;
    let looped = tree.in_loops();
    let too_deep: IdSet = tree.rows(&[]).into_iter().filter(|r| r.depth == MAX_TREE_DEPTH).map(|r| r.cause.id).collect();
    for (i, cause) in tree.causes.iter().enumerate() {
        let path = Item("problem_tree.causes", i);
        c.record(path, cause);
        c.not_blank(format!("{path}.text"), &cause.text, tr::problem::what::CAUSE);
        if looped.contains(&cause.id) {
            c.problem(format!("{path}.parent"), tr::problem::causes::IN_LOOP);
        }
        if too_deep.contains(&cause.id) {
            c.problem(
                format!("{path}.parent"),
                Msg::new(tr::problem::causes::TOO_DEEP).int("most", MAX_TREE_DEPTH as i128),
            );
        }
    }
    for (i, symptom) in tree.symptoms.iter().enumerate() {
        let path = Item("problem_tree.symptoms", i);
        c.record(path, symptom);
        c.not_blank(format!("{path}.text"), &symptom.text, tr::problem::what::SYMPTOM);
    }
}

/// The sample's tree: a food-security problem with nested causes and three symptoms.
/// Returns the ids the sample goals link to: (low incomes, unclaimed benefits, surplus
/// wasted, hungry children symptom).
pub(crate) fn add_sample(p: &mut Partnership, now: DateTime<Utc>) -> SampleIds {
    let t = &mut p.problem_tree;
    t.problem = "Families on Riverside's east side often go without enough healthy food.".into();
    let mut add = |text: &str, parent: Option<Uuid>| {
        let c = Cause::new(text, parent, now);
        let id = c.id;
        t.causes.push(c);
        id
    };
    let incomes = add("Household incomes are low and unpredictable", None);
    add("Many jobs on offer have irregular hours", Some(incomes));
    let benefits = add("Eligible families do not claim the benefits they are owed", Some(incomes));
    add("Claim forms are long and only in English", Some(benefits));
    let shops = add("Few shops sell fresh food within walking distance", None);
    add("The last east-side supermarket closed", Some(shops));
    let surplus = add("Surplus food is thrown away instead of reaching families", None);
    add("Donors and pantries share no cold storage or van", Some(surplus));
    let hungry = Symptom::new("Children arrive at school hungry", now);
    let hungry_id = hungry.id;
    t.symptoms.push(hungry);
    t.symptoms.push(Symptom::new("Long queues at the two pantries", now));
    t.symptoms.push(Symptom::new("Rising diet-related illness reported by clinics", now));
    SampleIds { incomes, benefits, surplus, hungry: hungry_id }
}

pub(crate) struct SampleIds {
    pub incomes: Uuid,
    pub benefits: Uuid,
    pub surplus: Uuid,
    pub hungry: Uuid,
}

#[cfg(test)]
mod tests;
