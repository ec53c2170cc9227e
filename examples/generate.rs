//! Writes a generated partnership as an export file, for the browser benchmark and for anyone
//! who wants to try the app with a lot of data.
//!
//!     cargo run --release --example generate -- OUT.json [--seed N] [--small | --divide N] [--modified] [--compact]
//!
//! `--divide N` divides every size by N; `--compact` writes the unindented form the app
//! keeps in localStorage (smaller than the indented export).
//!
//! `--modified` writes another group's edited copy of the same partnership (for merging).
use common_ground::model::file::{compact_json, export_json};
use common_ground::model::generate::{modified_copy, partnership_of, SIZES, SMALL};
use common_ground::model::time::at;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out) = args.iter().find(|a| !a.starts_with("--") && a.parse::<u64>().is_err()) else {
        eprintln!("usage: generate OUT.json [--seed N] [--small | --divide N] [--modified] [--compact]");
        std::process::exit(2);
    };
    let arg = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|s| s.parse::<u64>().ok());
    let sizes = if args.iter().any(|a| a == "--small") {
        SMALL
    } else {
        SIZES.divided(arg("--divide").unwrap_or(1) as usize)
    };
    let seed = arg("--seed").unwrap_or(1);
    let now = at("2026-11-27T09:00:00Z");
    let mut p = partnership_of(sizes, seed, now);
    let mut when = now;
    if args.iter().any(|a| a == "--modified") {
        when = at("2026-12-20T09:00:00Z");
        p = modified_copy(&p, seed, when);
    }
    let text = if args.iter().any(|a| a == "--compact") { compact_json(&p, when) } else { export_json(&p, when) };
    if let Err(e) = std::fs::write(out, &text) {
        eprintln!("cannot write {out}: {e}");
        std::process::exit(1);
    }
    println!("wrote {out}: {} bytes", text.len());
}
