//! Native benchmark of the model's hot paths on a generated large partnership (issue 10).
//!
//!     cargo run --release --example bench            # the sizes, 15 runs each
//!     cargo run --release --example bench -- --quick # small sizes, one run (CI: does it still work?)
//!
//! Each figure is the median of N runs with min and max. The browser is slower than native
//! code (wasm, and `opt-level = "z"`), so the budgets are checked by `bench/run.mjs`; these
//! numbers say where the time goes.
use std::collections::HashMap;
use std::time::{Duration, Instant};

use common_ground::model::file::{compact_json, export_json, open};
use common_ground::model::generate::{modified_copy, partnership_of, SIZES, SMALL};
use common_ground::model::merge::merge;
use common_ground::model::time::at;
use common_ground::model::migrate::migrate;
use common_ground::model::{community, learning, metrics, report, resources, validate::validate, Partnership};
use common_ground::storage::{parts, Backend, MemoryBackend};

/// localStorage holds about 5 Mi UTF-16 characters per origin in Chromium and Firefox.
const QUOTA_CHARS: usize = 5 * 1024 * 1024;

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let (sizes, runs) = if quick { (SMALL, 1) } else { (SIZES, 15) };
    let now = at("2026-11-27T09:00:00Z");
    let later = at("2026-12-20T09:00:00Z");

    let t = Instant::now();
    let p = partnership_of(sizes, 1, now);
    let generated_in = t.elapsed();
    let theirs = modified_copy(&p, 1, later);
    println!("Common Ground native benchmark{}", if quick { " (quick mode: small sizes, one run)" } else { "" });
    println!(
        "partnership: {} partners, {} resource entries, {} goals, {} metrics, {} measurements, {} inputs, {} ideas (generated in {})",
        p.partners.len(),
        p.resources.entries.len(),
        p.goals.len(),
        p.metrics.len(),
        p.measurements.len(),
        p.community.inputs.len(),
        p.ideas.ideas.len(),
        ms(generated_in)
    );

    let stored = compact_json(&p, now);
    let file = export_json(&p, now);
    let chars = stored.encode_utf16().count();
    println!(
        "stored size (compact JSON): {} bytes, {} UTF-16 chars = {:.0}% of the 5 Mi-character localStorage quota",
        stored.len(),
        chars,
        100.0 * chars as f64 / QUOTA_CHARS as f64
    );
    println!("exported file (indented):   {} bytes", file.len());
    // As the app keeps it: the long lists in chunks, measurements as rows (storage::parts).
    let backend = MemoryBackend::default();
    let mut kept = p.clone();
    let mut shadow = parts::Shadow::default();
    let whole_save = Instant::now();
    parts::save(&backend, &mut kept, &mut shadow, now, None).expect("saving in parts");
    let whole_save = whole_save.elapsed();
    let in_parts: usize = backend
        .keys()
        .unwrap()
        .iter()
        .map(|k| k.encode_utf16().count() + backend.get(k).unwrap().unwrap().encode_utf16().count())
        .sum();
    println!(
        "stored size (in parts, as the app keeps it): {} UTF-16 chars in {} keys = {:.0}% of the quota (first save {})",
        in_parts,
        backend.keys().unwrap().len(),
        100.0 * in_parts as f64 / QUOTA_CHARS as f64,
        ms(whole_save)
    );

    println!("{:<44} {:>10} {:>10} {:>10}", "operation", "median", "min", "max");
    report("serialise (compact, for storage)", runs, || {
        std::hint::black_box(compact_json(&p, now));
    });
    match open(&stored) {
        Ok(_) => report("open: parse + migrate + validate (file::open)", runs, || {
            std::hint::black_box(open(&stored).map(|o| o.partnership.measurements.len()).unwrap_or(0));
        }),
        Err(e) => println!("{:<44} REFUSED: {e}", "open (file::open)"),
    }
    // The same steps as file::open without its size cap, to know what opening would cost.
    report("parse + migrate + validate, without the cap", runs, || {
        std::hint::black_box(open_uncapped(&stored));
    });
    let metric = p.metrics[0].id;
    report("save after adding a measurement (in parts)", runs, || {
        kept.measurements.push(metrics::Measurement::new(metric, now.date_naive(), 1.0, now));
        std::hint::black_box(parts::save(&backend, &mut kept, &mut shadow, now, None).unwrap());
    });
    // What the app does after every edit: find the fields it changed and stamp them.
    let mut clock = common_ground::model::stamp::Clock::new(0xbe);
    report("copy of the partnership (Undo keeps one per edit)", runs, || {
        std::hint::black_box(kept.clone());
    });
    report("stamp an edit: a measurement added", runs, || {
        let before = kept.clone();
        kept.measurements.push(metrics::Measurement::new(metric, now.date_naive(), 2.0, now));
        common_ground::model::stamp::record_edit(&before, &mut kept, &mut clock, now);
    });
    report("stamp an edit: a partner renamed", runs, || {
        let before = kept.clone();
        kept.partners[1].name.push('y');
        common_ground::model::stamp::record_edit(&before, &mut kept, &mut clock, now);
    });
    report("save after renaming a partner (in parts)", runs, || {
        kept.partners[1].name.push('x');
        std::hint::black_box(parts::save(&backend, &mut kept, &mut shadow, now, None).unwrap());
    });
    report("load from storage (in parts)", runs, || {
        std::hint::black_box(parts::load(&backend, kept.id).map(|(p, _)| p.measurements.len()).unwrap_or(0));
    });
    report("validate alone", runs, || {
        std::hint::black_box(validate(&p).len());
    });
    report("merge with another group's copy", runs, || {
        std::hint::black_box(merge(&p, &theirs, "Group B", &HashMap::new(), later).map(|m| m.changes.len()).unwrap_or(0));
    });
    report("progress of every metric, one by one (assess)", runs, || {
        let today = now.date_naive();
        for m in &p.metrics {
            std::hint::black_box(metrics::assess(m, &p.measurements, today));
        }
    });
    report("progress of every metric, indexed (ByMetric)", runs, || {
        let today = now.date_naive();
        let by = metrics::ByMetric::new(&p.measurements);
        for m in &p.metrics {
            std::hint::black_box(by.assess(m, today));
        }
    });
    report("resource gaps (resources::unmet_needs)", runs, || {
        std::hint::black_box(resources::unmet_needs(&p).len());
    });
    report("resource heat map (resources::heat_map)", runs, || {
        std::hint::black_box(resources::heat_map(&p));
    });
    report("match suggestions, best 3 for every need", runs, || {
        std::hint::black_box(resources::suggestions(&p, 3).len());
    });
    report("categories with one giver", runs, || {
        std::hint::black_box(resources::single_partner_categories(&p).len());
    });
    report("report for funders, last 12 months (report::build)", runs, || {
        let today = now.date_naive();
        let opts = report::ReportOptions { period: report::Period::last_months(today, 12), audience: report::ReportAudience::Funders };
        std::hint::black_box(report::build(&p, opts, today, learning::from_other_tools(&p), &common_ground::i18n::Words::english()).sections.len());
    });
    report("community: response rate, themes, unanswered", runs, || {
        let c = &p.community;
        std::hint::black_box((community::response_rate(c), community::theme_counts(c).len(), community::inputs_without_response(c).len()));
    });
    match merge(&p, &theirs, "Group B", &HashMap::new(), later) {
        Ok(m) => println!("merge found {} changes", m.changes.len()),
        Err(e) => {
            eprintln!("merge failed: {e:?}");
            std::process::exit(1);
        }
    }
    if open_uncapped(&stored) != 0 {
        eprintln!("the generated partnership does not open");
        std::process::exit(1);
    }
}

/// file::open's steps (parse, migrate, read, validate) without its 5 MiB limit; the number
/// of problems found, or `usize::MAX` if it could not be read.
fn open_uncapped(text: &str) -> usize {
    let Ok(mut root) = serde_json::from_str::<serde_json::Value>(text) else { return usize::MAX };
    let version = root["schema_version"].as_u64().unwrap_or(0) as u32;
    let Some(mut p) = root.get_mut("partnership").map(serde_json::Value::take) else { return usize::MAX };
    if migrate(&mut p, version).is_err() {
        return usize::MAX;
    }
    match serde_json::from_value::<Partnership>(p) {
        Ok(p) => validate(&p).len(),
        Err(_) => usize::MAX,
    }
}

/// Runs `f` `runs` times and prints the median, min and max.
fn report(what: &str, runs: usize, mut f: impl FnMut()) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    let median = times[times.len() / 2];
    println!("{what:<44} {:>10} {:>10} {:>10}", ms(median), ms(times[0]), ms(times[times.len() - 1]));
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}
