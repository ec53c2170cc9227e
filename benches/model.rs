//! Micro-benchmarks of the model's hot paths on the large generated partnership (issue 10):
//!
//!     cargo bench --bench model
//!
//! Native code, so the browser (wasm, `opt-level = "z"`) is slower; `bench/run.mjs` checks the
//! budgets there. `examples/bench.rs` prints the same operations as a table.
use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use common_ground::model::file::to_json_value;
use common_ground::model::generate::{large_partnership, modified_copy};
use common_ground::model::migrate::migrate;
use common_ground::model::time::at;
use common_ground::model::{merge, metrics, resources, validate::validate, Partnership};
use divan::{black_box, Bencher};
use serde_json::Value;

fn main() {
    divan::main();
}

fn now() -> DateTime<Utc> {
    at("2026-11-27T09:00:00Z")
}

fn later() -> DateTime<Utc> {
    at("2026-12-20T09:00:00Z")
}

static LARGE: LazyLock<Partnership> = LazyLock::new(|| large_partnership(1, now()));
static THEIRS: LazyLock<Partnership> = LazyLock::new(|| modified_copy(&LARGE, 1, later()));

/// The large partnership as a schema-version-1 file's `partnership` would have it.
static V1: LazyLock<Value> = LazyLock::new(|| {
    let mut v = to_json_value(&LARGE);
    let o = v.as_object_mut().expect("an object");
    if let Some(name) = o.remove("name") {
        o.insert("title".into(), name);
    }
    for partner in o.get_mut("partners").and_then(Value::as_array_mut).into_iter().flatten() {
        let p = partner.as_object_mut().expect("a partner");
        if let Some(name) = p.remove("name") {
            p.insert("organisation".into(), name);
        }
        if let Some(sector) = p.remove("sector") {
            p.insert("type".into(), sector);
        }
    }
    v
});

#[divan::bench]
fn validation(b: Bencher) {
    b.bench(|| validate(black_box(&LARGE)).len());
}

#[divan::bench]
fn migration_v1_to_v2(b: Bencher) {
    b.with_inputs(|| V1.clone()).bench_local_values(|mut v| {
        migrate(&mut v, 1).expect("migrates");
        v
    });
}

#[divan::bench]
fn merge(b: Bencher) {
    let (mine, theirs) = (&*LARGE, &*THEIRS);
    b.bench(|| {
        merge::merge(black_box(mine), black_box(theirs), "Group B", &HashMap::new(), later())
            .expect("merges")
            .changes
            .len()
    });
}

#[divan::bench]
fn progress(b: Bencher) {
    let p = &*LARGE;
    let today = now().date_naive();
    b.bench(|| {
        p.metrics.iter().map(|m| metrics::assess(m, black_box(&p.measurements), today)).filter(|a| a.progress.is_some()).count()
    });
}

#[divan::bench]
fn progress_indexed(b: Bencher) {
    let p = &*LARGE;
    let today = now().date_naive();
    b.bench(|| {
        let by = metrics::ByMetric::new(black_box(&p.measurements));
        p.metrics.iter().map(|m| by.assess(m, today)).filter(|a| a.progress.is_some()).count()
    });
}

#[divan::bench]
fn gaps(b: Bencher) {
    b.bench(|| resources::unmet_needs(black_box(&LARGE)).len());
}

#[divan::bench]
fn heat_map(b: Bencher) {
    b.bench(|| resources::heat_map(black_box(&LARGE)));
}
