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

#[inline(never)]
fn sort_positions(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|a, b| cmp(*a, *b));
}

#[cfg(test)]
mod tests;
