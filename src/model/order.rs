//! Stable sorting with one copy of the sorting code for the whole app.
//!
//! `slice::sort_by` is compiled anew for every element type and every comparison (about 3 KB
//! of wasm each, 30 copies). These sort a list of positions instead, through one comparison
//! behind a pointer, and then move the elements into that order: the same result as
//! `sort_by`, stable, with one sorter in the bundle.
use std::cmp::Ordering;

/// `items.sort_by(cmp)`.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| cmp(&items[a], &items[b]));
    // `order[j]` is where the element that belongs at `j` is now. Follow each cycle of the
    // permutation with swaps, marking the places done.
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut j = start;
        while order[j] != DONE {
            let from = order[j];
            order[j] = DONE;
            if from == start {
                break;
            }
            items.swap(j, from);
            j = from;
        }
    }
}

/// `items.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// `items.sort()`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// A map built pair by pair (a repeated key keeps its last value, as `collect` does).
/// `collect()` into a `BTreeMap` sorts the pairs first, with its own copy of the sorting code
/// for every key and value type; inserting needs none.
pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> std::collections::BTreeMap<K, V> {
    let mut map = std::collections::BTreeMap::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

/// [`map_of`] for a JSON object.
pub fn object_of(pairs: impl IntoIterator<Item = (String, serde_json::Value)>) -> serde_json::Map<String, serde_json::Value> {
    let mut map = serde_json::Map::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

#[inline(never)]
fn sort_positions(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|a, b| cmp(*a, *b));
}

#[cfg(test)]
mod tests;
