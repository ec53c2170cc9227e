//! The order of a merged list, the same whichever copy is mine and in whatever order three
//! copies are merged.
//!
//! Lists are appended to (a new record goes last) and records leave them through tombstones,
//! so the order that every copy can agree on is the order of creation: by `created_at`, ties
//! by id. A list that is the same sequence on both sides keeps its order (a merge of a file
//! that changed no list leaves every list as it was); any other merged list is put in
//! creation order, which is also what a list grown only by appending already has.
use std::hash::Hash;

use chrono::{DateTime, Utc};

/// The keys of a merged list in their merged order (see the module's documentation).
pub fn merge_order<K: Clone + Eq + Hash + Ord>(
    mine: &[(K, Option<DateTime<Utc>>)],
    theirs: &[(K, Option<DateTime<Utc>>)],
) -> Vec<K> {
    let same = mine.len() == theirs.len() && mine.iter().zip(theirs).all(|(a, b)| a.0 == b.0);
    if same {
        return mine.iter().map(|(k, _)| k.clone()).collect();
    }
    let mut all: Vec<&(K, Option<DateTime<Utc>>)> = mine.iter().chain(theirs).collect();
    crate::model::order::sort_by(&mut all, |a, b| (a.1, &a.0).cmp(&(b.1, &b.0)));
    let mut out: Vec<K> = Vec::with_capacity(all.len());
    for (k, _) in all {
        if out.last() != Some(k) {
            out.push(k.clone());
        }
    }
    out
}
