//! Runs one of the large partnership's hot paths many times, for a profiler; not part of the
//! bench. Under callgrind, count only the runs (not the generation of the partnership):
//!
//!     cargo run --release --example merge_profile -- [merge|open|edit|apply|journal] [runs]
//!     valgrind --tool=callgrind --toggle-collect='*merge_profile::profiled*' \
//!         target/release/examples/merge_profile merge 1
//!
//! - `merge`: the review's merge of another group's copy (`merge::merge`);
//! - `open`: opening that copy's exported file (`file::open`);
//! - `edit`: what the app does for one edit before the screen shows it: the copy Undo keeps,
//!   the edit (a partner renamed), its stamps and the save in parts;
//! - `apply`: the save of a merged partnership in parts (what applying a merge writes);
//! - `journal`: the journal entry a save that replaces chunk by chunk writes first (the
//!   merged partnership as one compact file), which applying a large merge does.
use std::collections::HashMap;

use common_ground::model::file::{compact_json, export_json, open};
use common_ground::model::generate::{large_partnership, modified_copy};
use common_ground::model::merge::merge;
use common_ground::model::stamp::{record_edit, Clock};
use common_ground::model::time::at;
use common_ground::storage::{parts, MemoryBackend};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let what = args.get(1).map(String::as_str).unwrap_or("merge").to_string();
    let runs: u32 = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(20);
    let now = at("2026-11-27T09:00:00Z");
    let later = at("2026-12-20T09:00:00Z");
    let p = large_partnership(1, now);
    let theirs = modified_copy(&p, 1, later);
    let file = export_json(&theirs, later);
    let backend = MemoryBackend::default();
    let mut kept = p.clone();
    let mut shadow = parts::Shadow::default();
    parts::save(&backend, &mut kept, &mut shadow, now, None).expect("saving in parts");
    let merged = merge(&p, &theirs, "Group B", &HashMap::new(), later).expect("merges").result;
    let mut clock = Clock::new(0xbe);
    let t = std::time::Instant::now();
    for i in 0..runs {
        profiled(&what, i, &p, &theirs, &file, &merged, &backend, &mut kept, &mut shadow, &mut clock);
    }
    println!("{what}: {:?} per run", t.elapsed() / runs.max(1));
}

#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn profiled(
    what: &str,
    i: u32,
    p: &common_ground::model::Partnership,
    theirs: &common_ground::model::Partnership,
    file: &str,
    merged: &common_ground::model::Partnership,
    backend: &MemoryBackend,
    kept: &mut common_ground::model::Partnership,
    shadow: &mut parts::Shadow,
    clock: &mut Clock,
) {
    let now = at("2026-12-20T09:00:00Z");
    match what {
        "open" => {
            std::hint::black_box(open(file).map(|o| o.partnership.measurements.len()).unwrap_or(0));
        }
        "edit" => {
            let before = kept.clone();
            kept.partners[1].name = format!("Renamed {i}");
            kept.partners[1].updated_at = now;
            record_edit(&before, kept, clock, now);
            parts::save(backend, kept, shadow, now, None).expect("saves");
            std::hint::black_box(before);
        }
        "apply" => {
            // From the unmerged state each time, as applying a merge does.
            let mut to = if i % 2 == 0 { merged.clone() } else { p.clone() };
            parts::save(backend, &mut to, shadow, now, None).expect("saves");
            std::hint::black_box(to);
        }
        "journal" => {
            std::hint::black_box(compact_json(merged, now).len());
        }
        _ => {
            std::hint::black_box(merge(p, theirs, "Group B", &HashMap::new(), now).map(|m| m.changes.len()).unwrap_or(0));
        }
    }
}
