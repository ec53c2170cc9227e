#!/usr/bin/env bash
# The performance benchmark (issue 10): builds the release bundle, then prints the native
# figures (model on a generated large partnership) and the browser figures (bundle sizes,
# cold load, import, merge, edits, heap), each next to its budget, then Lighthouse's mobile
# scores on dist/ served gzipped, then the fuzzer for 10 minutes (it fails on a panic or on an
# input slower than 200 ms). Not part of the tests' pass/fail: timings depend on the machine.
# `--quick` runs the small, one-iteration mode (and 30 s of fuzzing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
quick=()
fuzz_seconds=600
if [ "${1:-}" = "--quick" ]; then quick=(--quick); fuzz_seconds=30; fi

echo "== release build"
trunk build --release

echo "== native benchmark (cargo run --release --example bench)"
cargo run --quiet --release --example bench -- "${quick[@]}"

echo "== browser benchmark (node bench/run.mjs)"
node bench/run.mjs "${quick[@]}"

echo "== Lighthouse (node bench/lighthouse.mjs)"
node bench/lighthouse.mjs

echo "== fuzzer, ${fuzz_seconds} s (cargo run --profile fuzz --example fuzz)"
cargo run --quiet --profile fuzz --example fuzz -- --seconds "${fuzz_seconds}"
