//! The order of a merged list: one order whichever side is mine, that keeps each side's own
//! order where it can.
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use chrono::{DateTime, Utc};

/// Where each element of a merged list goes (a sort key). Elements both sides have are
/// anchors, in mine's order. Elements one side has alone go after the anchor they followed
/// there: in that side's order when only one side added there, else by creation time and key,
/// so that both directions of a merge, and three copies merged in any order, agree.
pub type OrderKey<K> = (i64, u8, Option<DateTime<Utc>>, usize, K);

pub fn merge_order<K: Clone + Eq + Hash + Ord>(
    mine: &[(K, Option<DateTime<Utc>>)],
    theirs: &[(K, Option<DateTime<Utc>>)],
) -> HashMap<K, OrderKey<K>> {
    let in_theirs: HashSet<&K> = theirs.iter().map(|(k, _)| k).collect();
    let mut anchors: HashMap<&K, i64> = HashMap::new();
    for (n, (k, _)) in mine.iter().filter(|(k, _)| in_theirs.contains(k)).enumerate() {
        anchors.insert(k, n as i64);
    }
    // The gap (anchor before it) of each element one side has alone.
    let gaps = |list: &'_ [(K, Option<DateTime<Utc>>)]| -> Vec<Option<i64>> {
        let mut at = -1;
        list.iter()
            .map(|(k, _)| match anchors.get(k) {
                Some(&x) => {
                    at = x;
                    None
                }
                None => Some(at),
            })
            .collect()
    };
    let (gm, gt) = (gaps(mine), gaps(theirs));
    let used = |g: &[Option<i64>]| -> HashSet<i64> { g.iter().flatten().copied().collect() };
    let (um, ut) = (used(&gm), used(&gt));
    let mut out = HashMap::with_capacity(mine.len().max(theirs.len()));
    for (list, gaps) in [(mine, &gm), (theirs, &gt)] {
        for (i, ((k, c), gap)) in list.iter().zip(gaps).enumerate() {
            let key = match gap {
                None => (anchors[k], 0, None, 0, k.clone()),
                Some(g) if um.contains(g) && ut.contains(g) => (*g, 1, *c, 0, k.clone()),
                Some(g) => (*g, 1, None, i, k.clone()),
            };
            out.insert(k.clone(), key);
        }
    }
    out
}

