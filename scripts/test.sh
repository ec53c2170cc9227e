#!/usr/bin/env bash
# Installs what is missing, then runs every test: the model's native tests, a release build
# (its gzipped size printed), and the end-to-end journeys with accessibility audits in
# headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# No incremental cache: CI builds once, and the cache doubles the disk a build needs.
export CARGO_INCREMENTAL=0

echo "== native tests (model, storage, files)"
cargo test --quiet

echo "== release build"
trunk build --release
scripts/sizes.sh

echo "== end-to-end journeys in headless Chromium"
node --test --test-concurrency=1 e2e/

# Checks that the benchmark still runs (its timings are not judged here; see scripts/bench.sh).
echo "== benchmark (quick mode)"
cargo run --quiet --release --example bench -- --quick
node bench/run.mjs --quick
