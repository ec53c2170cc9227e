#!/usr/bin/env bash
# How big the bundle is without the screens: builds, for the browser and with the app's
# wasm-bindgen and wasm-opt settings, `examples/size_floor.rs` (the model and storage: read a
# file, load, merge, build a report, save, export, no screen) and `examples/size_leptos.rs`
# (the smallest Leptos page: a signal, a memo, a form, a keyed list), both together
# (`examples/size_both.rs`, shared code counted once), and prints their sizes
# gzipped next to the app's. Not a test; figures for the bundle budget (README, Performance).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/size-floor
rm -rf "$out" && mkdir -p "$out"
gz() { gzip -9c "$1" | wc -c; }
for name in size_floor size_leptos size_both; do
  cargo build --quiet --release --target wasm32-unknown-unknown --example "$name"
  wasm-bindgen --target web --no-typescript --out-dir "$out" "target/wasm32-unknown-unknown/release/examples/$name.wasm"
  # What the release build does (scripts/optimise.sh): functions laid out, then wasm-opt -Oz.
  node scripts/wasm-layout.mjs "$out/${name}_bg.wasm" "$out/${name}_bg.layout.wasm"
  wasm-opt -Oz --strip-producers --reorder-functions-by-name "$out/${name}_bg.layout.wasm" -o "$out/${name}_bg.wasm"
  rm "$out/${name}_bg.layout.wasm"
  size=$(( $(gz "$out/${name}_bg.wasm") + $(gz "$out/$name.js") ))
  awk -v b="$size" -v n="examples/$name.rs:" 'BEGIN { printf "%-36s wasm + js %7.1f KB gzipped\n", n, b / 1024 }'
done
if ls dist/*_bg.wasm >/dev/null 2>&1; then
  app=0
  for f in dist/*_bg.wasm dist/common-ground-*.js; do app=$(( app + $(gz "$f") )); done
  awk -v b="$app" 'BEGIN { printf "%-36s wasm + js %7.1f KB gzipped\n", "the app (dist/):", b / 1024 }'
fi
