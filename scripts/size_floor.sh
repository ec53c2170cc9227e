#!/usr/bin/env bash
# How big the bundle is without any screen: builds `examples/size_floor.rs` (the model and
# storage: read a file, load, merge, build a report, save, export) for the browser, with the
# same wasm-bindgen and wasm-opt settings as the app, and prints its size gzipped next to the
# app's. Not a test; a figure for the bundle budget (see README, Performance).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/size-floor
rm -rf "$out" && mkdir -p "$out"
cargo build --quiet --release --target wasm32-unknown-unknown --example size_floor
wasm-bindgen --target web --no-typescript --out-dir "$out" target/wasm32-unknown-unknown/release/examples/size_floor.wasm
# The flags trunk passes for index.html's data-wasm-opt="z" and data-wasm-opt-params.
wasm-opt -Oz --strip-producers --reorder-functions-by-name --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/size_floor_bg.wasm" -o "$out/size_floor_bg.wasm"
gz() { gzip -9c "$1" | wc -c; }
floor=$(( $(gz "$out/size_floor_bg.wasm") + $(gz "$out/size_floor.js") ))
awk -v b="$floor" 'BEGIN { printf "no screens (examples/size_floor.rs): wasm + js %7.1f KB gzipped\n", b / 1024 }'
if ls dist/*_bg.wasm >/dev/null 2>&1; then
  app=0
  for f in dist/*_bg.wasm dist/common-ground-*.js; do app=$(( app + $(gz "$f") )); done
  awk -v b="$app" 'BEGIN { printf "the app (dist/):                     wasm + js %7.1f KB gzipped\n", b / 1024 }'
fi
