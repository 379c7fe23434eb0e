#!/usr/bin/env bash
# Prints the raw and gzip size of each file of dist/, the page's and the import worker's wasm,
# and the total a first visit downloads before the timeline shows (the import worker is
# fetched only when someone imports articles; the service worker precaches everything later).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/dist"
first_raw=0; first_gz=0
printf '%-48s %10s %10s\n' "file" "raw B" "gzip B"
for f in $(ls | grep -E '\.(wasm|js|css|html|bin|svg|webmanifest)$'); do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  printf '%-48s %10d %10d\n' "$f" "$raw" "$gz"
  case "$f" in
    counterparts-worker*|sw.js) ;;  # not part of the first load
    *) first_raw=$((first_raw + raw)); first_gz=$((first_gz + gz)) ;;
  esac
done
app=$(ls counterparts-app-*_bg.wasm | head -n1)
worker=$(ls counterparts-worker*_bg.wasm 2>/dev/null | head -n1 || true)
printf 'wasm size (page): %d bytes raw, %d bytes gzip\n' "$(stat -c %s "$app")" "$(gzip -9 -c "$app" | wc -c)"
[ -n "$worker" ] && printf 'wasm size (import worker, on demand): %d bytes raw, %d bytes gzip\n' "$(stat -c %s "$worker")" "$(gzip -9 -c "$worker" | wc -c)"
printf 'first load total: %d bytes raw, %d bytes gzip\n' "$first_raw" "$first_gz"
