#!/usr/bin/env bash
# Prints the size of the built bundle in dist/, raw and gzipped (-9), per file and in all.
set -euo pipefail
cd "$(dirname "$0")/../dist"
total_raw=0; total_gz=0
printf '%-12s %10s %10s  %s\n' kind raw gzip file
for f in *.wasm *.js *.css; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-12s %10d %10d  %s\n' "${f##*.}" "$raw" "$gz" "$f"
done
printf '%-12s %10d %10d\n' total "$total_raw" "$total_gz"
