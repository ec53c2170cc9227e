//! Runs only the large merge, many times, for a profiler (`perf record`). Not part of the bench.
use common_ground::model::generate::{large_partnership, modified_copy};
use common_ground::model::merge::merge;
use common_ground::model::time::at;
use std::collections::HashMap;

fn main() {
    let now = at("2026-11-27T09:00:00Z");
    let later = at("2026-12-20T09:00:00Z");
    let p = large_partnership(1, now);
    let theirs = modified_copy(&p, 1, later);
    let t = std::time::Instant::now();
    for _ in 0..20 {
        std::hint::black_box(merge(&p, &theirs, "Group B", &HashMap::new(), later).map(|m| m.changes.len()).unwrap_or(0));
    }
    println!("{:?} per merge", t.elapsed() / 20);
}
