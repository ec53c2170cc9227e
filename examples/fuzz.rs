//! A deterministic mutation fuzzer for every way data comes in and is drawn: files (parse ->
//! validate -> migrate -> merge), storage decoding (a stored head, a backup of stored parts,
//! the index), CSV import, and the models the screens draw (report, metric charts, runway).
//! Stable Rust has no cargo-fuzz, so this is its equivalent, seeded by `tests/corpus/`.
//!
//!     cargo run --profile fuzz --example fuzz -- --seconds 600 [--seed 1] [--out target/fuzz-crashes] [--limit-ms 200]
//!     cargo run --profile fuzz --example fuzz -- --one target/fuzz-crashes/slow-1-559.json
//!
//! The `fuzz` profile is optimised like a release but keeps unwinding: the release profile
//! aborts on panic, and a fuzzer must catch each panic, save the input that caused it and go
//! on. An input that takes longer than the limit (200 ms of processor time) is saved and fails
//! the run too: a crafted file must not freeze the tab. `--one` times each stage of one input.
//! Each input is mutated from a corpus file by byte flips, truncations, splices of two files,
//! inserted bytes, or a JSON-aware
//! change (a value replaced by another type, a key removed, a list element doubled, deep
//! nesting, huge numbers, payload text). Reports iterations, how many opened, and every panic.
use std::collections::HashMap;
use std::fs;
use std::panic::{self, catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common_ground::model::file::{open_bytes, to_json_value};
use common_ground::model::merge::{merge, Side};
use common_ground::model::migrate::{migrate, CURRENT};
use common_ground::model::sample::sample;
use common_ground::model::time::at;
use common_ground::model::validate::validate;
use common_ground::model::{metrics, report, sustainability, Partnership};
use common_ground::storage::{self, parts, Backend, MemoryBackend, Store};
use serde_json::{json, Value};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: small, fast and the same on every machine.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let seconds: u64 = arg("--seconds").and_then(|s| s.parse().ok()).unwrap_or(60);
    let seed: u64 = arg("--seed").and_then(|s| s.parse().ok()).unwrap_or(1);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = arg("--out").map(PathBuf::from).unwrap_or_else(|| root.join("target/fuzz-crashes"));
    let limit = Duration::from_millis(arg("--limit-ms").and_then(|s| s.parse().ok()).unwrap_or(200));

    let mut corpus: Vec<Vec<u8>> = fs::read_dir(root.join("tests/corpus"))
        .expect("tests/corpus exists: run `cargo run --example make_corpus`")
        .filter_map(Result::ok)
        .filter(|e| e.metadata().map(|m| m.len() < 200_000).unwrap_or(false))
        .filter_map(|e| fs::read(e.path()).ok())
        .collect();
    corpus.sort();
    // Files that open: half the inputs start from one of these with a single JSON-aware
    // change, so that validation and merging see many inputs, not only the parser.
    let good: Vec<Vec<u8>> = corpus.iter().filter(|b| open_bytes(b).is_ok()).cloned().collect();
    println!("fuzzing for {seconds} s from {} corpus files ({} open), seed {seed}", corpus.len(), good.len());

    // `--one <file>`: one input, each stage timed (to see why an input was slow).
    if let Some(file) = arg("--one") {
        let input = fs::read(&file).expect("the input file");
        let now = at("2026-11-27T09:00:00Z");
        let mine = sample(now);
        let text = std::str::from_utf8(&input).unwrap_or("");
        let t = Instant::now();
        csv_import(text, &mine, now);
        println!("csv import {:?}", t.elapsed());
        let t = Instant::now();
        storage_decoding(text, now);
        println!("storage decoding {:?}", t.elapsed());
        if let Ok(o) = open_bytes(&input) {
            let t = Instant::now();
            draw(&o.partnership, now);
            println!("draw {:?}", t.elapsed());
        }
        let (t, cpu) = (Instant::now(), cpu_time());
        run(&input, &mine, now, &mut Rng(1));
        println!("whole run {:?} ({:?} of processor time)", t.elapsed(), cpu_time().saturating_sub(cpu));
        return;
    }
    // Panics are caught and counted; the default hook would print each one twice.
    panic::set_hook(Box::new(|info| eprintln!("PANIC: {info}")));
    let now = at("2026-11-27T09:00:00Z");
    let mine = sample(now);
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let (mut iterations, mut opened, mut panics, mut slow) = (0u64, 0u64, 0u64, 0u64);
    let mut slowest = Duration::ZERO;
    let start = Instant::now();
    let end = start + Duration::from_secs(seconds);
    while Instant::now() < end {
        let input = if rng.below(2) == 0 && !good.is_empty() {
            let i = rng.below(good.len());
            mutate_json(&good[i], &mut rng)
        } else {
            mutate(&corpus, &mut rng)
        };
        iterations += 1;
        let began = cpu_time();
        let result = catch_unwind(AssertUnwindSafe(|| run(&input, &mine, now, &mut Rng(iterations))));
        let took = cpu_time().saturating_sub(began);
        slowest = slowest.max(took);
        if took > limit {
            slow += 1;
            let _ = fs::create_dir_all(&out);
            let path = out.join(format!("slow-{seed}-{iterations}.json"));
            let _ = fs::write(&path, &input);
            println!("input took {} ms (limit {} ms), saved to {}", took.as_millis(), limit.as_millis(), path.display());
        }
        match result {
            Ok(true) => opened += 1,
            Ok(false) => {}
            Err(_) => {
                panics += 1;
                let _ = fs::create_dir_all(&out);
                let path = out.join(format!("crash-{seed}-{iterations}.json"));
                let _ = fs::write(&path, &input);
                println!("panic on input saved to {}", path.display());
            }
        }
        if iterations % 20_000 == 0 {
            println!("{iterations} inputs, {opened} opened, {panics} panics, {slow} slow, {:.0} s", start.elapsed().as_secs_f64());
        }
    }
    println!(
        "done: {iterations} inputs in {:.0} s ({:.0}/s), {opened} opened, merged and drawn, {panics} panics, \
         {slow} over {} ms (slowest {} ms)",
        start.elapsed().as_secs_f64(),
        iterations as f64 / start.elapsed().as_secs_f64(),
        limit.as_millis(),
        slowest.as_millis()
    );
    if panics > 0 || slow > 0 {
        std::process::exit(1);
    }
}

/// Time this thread has spent running: the limit per input is on the work done, not on the
/// wall clock, which other processes on a shared machine stretch (the same input measured
/// 49 ms and 414 ms by the wall clock a minute apart). Linux's schedstat; the wall clock
/// elsewhere.
fn cpu_time() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map(Duration::from_nanos)
        .unwrap_or_else(|| START.get_or_init(Instant::now).elapsed())
}

/// One input through every step. True when it opened.
fn run(input: &[u8], mine: &common_ground::model::Partnership, now: chrono::DateTime<chrono::Utc>, rng: &mut Rng) -> bool {
    // Migration on its own, from any version, on whatever JSON the input holds.
    if let Ok(text) = std::str::from_utf8(input) {
        if let Ok(mut v) = serde_json::from_str::<Value>(text) {
            if let Some(p) = v.get_mut("partnership") {
                let mut p = p.take();
                let _ = migrate(&mut p, 1 + rng.below(CURRENT as usize) as u32);
            }
        }
    }
    if let Ok(text) = std::str::from_utf8(input) {
        csv_import(text, mine, now);
        storage_decoding(text, now);
    }
    let Ok(o) = open_bytes(input) else { return false };
    assert!(validate(&o.partnership).is_empty(), "open returned an invalid partnership");
    let theirs = o.partnership;
    draw(&theirs, now);
    // Merges both ways, with defaults and with every conflict chosen the other way.
    for (a, b) in [(mine, &theirs), (&theirs, mine)] {
        if let Ok(m) = merge(a, b, "fuzz", &HashMap::new(), now) {
            assert!(validate(&m.result).is_empty(), "a merge made an invalid partnership");
            let flipped: HashMap<_, _> = m
                .changes
                .iter()
                .map(|c| (c.key(), if c.default == Side::Mine { Side::Theirs } else { Side::Mine }))
                .collect();
            let _ = merge(a, b, "fuzz", &flipped, now);
            // Merging the result again changes nothing.
            if let Ok(again) = merge(&m.result, b, "fuzz", &HashMap::new(), now) {
                let _ = to_json_value(&again.result);
            }
        }
    }
    true
}

/// The text as pasted or imported CSV: rows of measurements for a metric.
fn csv_import(text: &str, mine: &Partnership, now: chrono::DateTime<chrono::Utc>) {
    let _ = common_ground::model::csv::parse(text);
    if let Some(metric) = mine.metrics.first() {
        if let Ok(rows) = metrics::import_measurements(text, &mine.metrics, Some(metric.id), &mine.measurements, now) {
            let mut p = mine.clone();
            metrics::add_measurements(&mut p, rows, now);
            draw(&p, now);
        }
    }
}

/// The text as the browser's storage might hold it: a partnership's head, a backup of stored
/// parts, a chunk of measurements, the index.
fn storage_decoding(text: &str, now: chrono::DateTime<chrono::Utc>) {
    let id = uuid::Uuid::from_u128(1);
    let head = storage::partnership_key(id);
    let backend = MemoryBackend::default();
    let _ = backend.set(&head, text);
    let _ = backend.set(storage::INDEX_KEY, text);
    let _ = parts::load(&backend, id);
    let store = Store::new(&backend);
    let _ = store.index(now);
    let _ = store.load(id, now);
    if let Some(Ok(export)) = parts::as_export(text) {
        let _ = open_bytes(export.as_bytes());
    }
    // As the one chunk of measurements a head names.
    let chunked = MemoryBackend::default();
    let tag = "00000000";
    let named = format!(
        "{{\"format\":\"common-ground/partnership\",\"schema_version\":{CURRENT},\"exported_at\":\"2026-11-27T09:00:00Z\",\
         \"app_version\":\"0\",\"partnership\":{},\"stored_parts\":{{\"measurements\":[\"{tag}\"]}}}}",
        serde_json::to_string(&{
            let mut p = Partnership::new("Fuzz", now);
            p.id = id;
            p
        })
        .unwrap_or_default()
    );
    let _ = chunked.set(&head, &named);
    let _ = chunked.set(&parts::chunk_key(id, "measurements", 0, tag), text);
    let _ = parts::load(&chunked, id);
}

/// Everything the screens and the report draw from a partnership.
fn draw(p: &Partnership, now: chrono::DateTime<chrono::Utc>) {
    let today = now.date_naive();
    let period = report::Period::new(today - chrono::Duration::days(365), today);
    let words = common_ground::i18n::Words::english();
    for audience in [report::ReportAudience::Funders, report::ReportAudience::Community, report::ReportAudience::Partners] {
        let r = report::build(p, report::ReportOptions { period, audience }, today, Vec::new(), &words);
        let _ = report::to_markdown(&r, &words);
        let _ = report::to_html(&r, now, &words);
    }
    for m in &p.metrics {
        if let Some(chart) = report::metric_chart(m, &p.measurements, period, &words) {
            std::hint::black_box(chart);
        }
        let series = metrics::series(m, &p.measurements);
        let _ = report::metric_svg(m, &series, report::Frame::Report(period), &words);
    }
    for total in sustainability::totals_by_currency(&p.sustainability.funding, today) {
        let r = sustainability::runway(&p.sustainability.funding, &total.currency, today, 24);
        std::hint::black_box(report::runway_chart(&r, &words));
    }
    let _ = metrics::metrics_csv(&p.metrics, &p.measurements, today);
}

fn mutate(corpus: &[Vec<u8>], rng: &mut Rng) -> Vec<u8> {
    let mut data = corpus[rng.below(corpus.len())].clone();
    for _ in 0..1 + rng.below(3) {
        match rng.below(7) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 => data.truncate(rng.below(data.len() + 1)),
            2 => {
                let other = &corpus[rng.below(corpus.len())];
                let (cut, from) = (rng.below(data.len() + 1), rng.below(other.len() + 1));
                data.truncate(cut);
                data.extend_from_slice(&other[from..]);
            }
            3 => {
                let tokens: [&[u8]; 8] = [b"{", b"}", b"[", b"]", b"\"", b",", b":", b"\\u0000"];
                let i = rng.below(data.len() + 1);
                let t = tokens[rng.below(tokens.len())];
                data.splice(i..i, t.iter().copied());
            }
            _ => data = mutate_json(&data, rng),
        }
    }
    data
}

/// Changes one value somewhere in the JSON tree, if the input is JSON.
fn mutate_json(data: &[u8], rng: &mut Rng) -> Vec<u8> {
    let Ok(mut v) = serde_json::from_slice::<Value>(data) else { return data.to_vec() };
    let mut pointers = Vec::new();
    collect(&v, String::new(), &mut pointers);
    if pointers.is_empty() {
        return data.to_vec();
    }
    let p = pointers[rng.below(pointers.len())].clone();
    let choice = rng.below(12);
    if choice == 0 {
        if let Some((parent, key)) = p.rsplit_once('/') {
            match v.pointer_mut(parent) {
                Some(Value::Object(o)) => {
                    o.remove(key);
                }
                Some(Value::Array(a)) => {
                    if let Ok(i) = key.parse::<usize>() {
                        if i < a.len() {
                            let x = a[i].clone();
                            a.push(x);
                        }
                    }
                }
                _ => {}
            }
        }
    } else if let Some(x) = v.pointer_mut(&p) {
        *x = match choice {
            1 => json!(null),
            2 => json!(-1),
            3 => json!(1e308),
            4 => json!(u64::MAX),
            5 => json!(""),
            6 => json!("<img src=x onerror=alert(1)>"),
            7 => json!("javascript:alert(1)"),
            8 => json!([]),
            9 => json!({}),
            10 => serde_json::from_str(&format!("{}{}", "[".repeat(120), "]".repeat(120))).unwrap_or(Value::Null),
            _ => json!("00000000-0000-4000-8000-000000000001"),
        };
    }
    serde_json::to_vec(&v).unwrap_or_else(|_| data.to_vec())
}

fn collect(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(o) => o.iter().for_each(|(k, x)| collect(x, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| collect(x, format!("{at}/{i}"), out)),
        _ => {}
    }
    out.push(at);
}
