#!/usr/bin/env bash
# Prints the size of the built bundle in dist/, raw, gzipped (-9) and with brotli (-q 11),
# per file and in all, then the wasm + JS budget (gzipped): 870 KB, stretch goal 700 KB.
set -euo pipefail
cd "$(dirname "$0")/../dist"
KB=1024; BUDGET=870; STRETCH=700
total_raw=0; total_gz=0; total_br=0; app_gz=0
printf '%-6s %10s %10s %10s  %s\n' kind raw gzip brotli file
for f in *.wasm *.js *.css; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c); br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  # The budget counts what starts the app: its wasm and JS, not the service worker.
  case "$f" in *.wasm|common-ground-*.js) app_gz=$((app_gz + gz)) ;; esac
  printf '%-6s %10d %10d %10d  %s\n' "${f##*.}" "$raw" "$gz" "$br" "$f"
done
printf '%-6s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
verdict=met; [ "$app_gz" -le $((BUDGET * KB)) ] || verdict="NOT met"
stretch=met; [ "$app_gz" -le $((STRETCH * KB)) ] || stretch="not yet"
awk -v b="$app_gz" -v v="$verdict" -v s="$stretch" -v B="$BUDGET" -v S="$STRETCH" \
  'BEGIN { printf "app wasm + js, gzipped: %.1f KB   budget <= %d KB   %s   (stretch <= %d KB: %s)\n", b / 1024, B, v, S, s }'
