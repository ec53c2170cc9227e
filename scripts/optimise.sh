#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml) for a release build: optimises the wasm that
# wasm-bindgen wrote (wasm-opt -Oz, its functions first laid out by scripts/wasm-layout.mjs so
# that the file compresses better), then writes the precompressed copies (scripts/compress.sh).
# Trunk's own wasm-opt step is off (index.html, data-wasm-opt="0"): it cannot run a step
# between wasm-bindgen and wasm-opt. Debug builds (`trunk serve`) skip all of it.
# By hand: `scripts/optimise.sh DIR` on a folder whose wasm is not optimised yet.
set -euo pipefail
[ "${TRUNK_PROFILE:-release}" = release ] || exit 0
dir=${TRUNK_STAGING_DIR:-${1:-dist}}
here=$(dirname "$0")
# binaryen 132 from npm (scripts/setup.sh): Debian's older wasm-opt builds a blank page.
version=$(wasm-opt --version 2>/dev/null || true)
case "$version" in
  *"version 132"*) ;;
  *) echo "optimise.sh: needs wasm-opt version 132 (npm binaryen) on PATH, found: ${version:-none}; run scripts/setup.sh" >&2; exit 1 ;;
esac
for f in "$dir"/*_bg.wasm; do
  [ -f "$f" ] || continue
  node "$here/wasm-layout.mjs" "$f" "$f.layout"
  wasm-opt -Oz --strip-producers --reorder-functions-by-name "$f.layout" -o "$f"
  rm -f "$f.layout"
done
exec "$here/compress.sh" "$dir"
