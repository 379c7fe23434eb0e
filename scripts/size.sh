#!/usr/bin/env bash
# Prints the raw and gzip size of each file of dist/ and the total a first visit downloads.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/dist"
total_raw=0; total_gz=0
printf '%-48s %10s %10s\n' "file" "raw B" "gzip B"
for f in $(ls | grep -E '\.(wasm|js|css|html|bin|svg|json|webmanifest)$'); do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "$f" "$raw" "$gz"
done
wasm=$(ls *.wasm | head -n1)
printf 'wasm size: %d bytes raw, %d bytes gzip\n' "$(stat -c %s "$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"
printf 'first load total: %d bytes raw, %d bytes gzip\n' "$total_raw" "$total_gz"
