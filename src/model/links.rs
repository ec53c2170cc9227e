//! Links from a record to the partnership's goals and metrics (a story, a milestone, an
//! experiment, a community response), picked from the lists rather than retyped. A link to a
//! goal or metric that was removed stays until someone unticks it: it is shown as removed,
//! never dropped without a word.
use serde::{Deserialize, Deserializer};
use uuid::Uuid;

use super::Partnership;

/// Reads a list of ids, or the single id (or `null`) that files before the pickers wrote
/// under `goal_id` / `metric_id`, so those files load without a migration step.
pub fn one_or_many<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Uuid>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        Many(Vec<Uuid>),
        One(Option<Uuid>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::Many(ids) => ids,
        OneOrMany::One(id) => id.into_iter().collect(),
    })
}

/// The goals a record can link to: id and statement, in the goals' own order.
pub fn goal_choices(p: &Partnership) -> Vec<(Uuid, String)> {
    p.goals.iter().map(|g| (g.id, g.statement.clone())).collect()
}

/// The metrics a record can link to: id and name, in the metrics' own order.
pub fn metric_choices(p: &Partnership) -> Vec<(Uuid, String)> {
    p.metrics.iter().map(|m| (m.id, m.name.clone())).collect()
}

/// What each linked id names among `choices`, in the order linked; `None` for one that was
/// removed since.
pub fn linked<'a>(ids: &[Uuid], choices: &'a [(Uuid, String)]) -> Vec<Option<&'a str>> {
    ids.iter().map(|id| choices.iter().find(|(c, _)| c == id).map(|(_, name)| name.as_str())).collect()
}

/// Ticks `id` on (added at the end, once) or off.
pub fn toggle(ids: &mut Vec<Uuid>, id: Uuid, on: bool) {
    ids.retain(|x| *x != id);
    if on {
        ids.push(id);
    }
}

#[cfg(test)]
mod tests;
