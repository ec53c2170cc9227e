#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): writes a .br (brotli 11) and a .gz (gzip -9) beside
# each wasm, JS and CSS file of a release build, so a static host can send them as they are
# (README, "Hosting"). Debug builds (`trunk serve`) skip it. Also runs by hand on a folder:
# `scripts/compress.sh dist`.
set -euo pipefail
[ "${TRUNK_PROFILE:-release}" = release ] || exit 0
dir=${TRUNK_STAGING_DIR:-${1:-dist}}
command -v brotli >/dev/null || { echo "compress.sh: brotli is missing; run scripts/setup.sh" >&2; exit 1; }
for f in "$dir"/*.wasm "$dir"/*.js "$dir"/*.css; do
  [ -f "$f" ] || continue
  # -n: no file name or time in the header, so one build always gives the same bytes.
  gzip -9 -n -k -f "$f"
  brotli -q 11 -k -f "$f"
done
