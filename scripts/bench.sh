#!/usr/bin/env bash
# The benchmark command (not part of scripts/test.sh): installs what is missing, builds the
# release site (dist/) and the benchmark page (target/bench-site/, cargo feature `bench`, never
# shipped), then bench/run.mjs serves both on 127.0.0.1, drives Debian's headless Chromium and
# prints one table: transfer size, cold start, search beside minisearch and flexsearch at
# 5 / 1,000 / 10,000 / 50,000 articles, memory, and tagging beside compromise. The same figures
# go to target/bench/results.json (checked for every required key before it is written) and
# target/bench/results.md. Synthetic corpora are generated once and cached in target/bench/.
#
#   scripts/bench.sh            run the benchmark
#   scripts/bench.sh --readme   run it and put the table into README.md ("Benchmarks")
#   BENCH_SIZES=1000,10000 scripts/bench.sh     fewer sizes, for a quick look
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
README=0
for arg in "$@"; do
  case "$arg" in
    --readme) README=1 ;;
    *) echo "usage: scripts/bench.sh [--readme]" >&2; exit 2 ;;
  esac
done
set --
. scripts/setup.sh --test

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "the results check rejects incomplete results"
node bench/run.mjs --self-test

step "release site (dist/)"
trunk build --release

step "benchmark page (target/bench-site/, feature bench)"
trunk build --release --dist target/bench-site bench/index.html

step "release CLI (data, native tagging; also at opt-level 3)"
cargo build --release --quiet --bin counterparts
CARGO_PROFILE_RELEASE_OPT_LEVEL=3 cargo build --release --quiet --bin counterparts --target-dir target/bench-native

step "benchmark (headless Chromium on 127.0.0.1)"
node bench/run.mjs
node bench/run.mjs --check target/bench/results.json
if [ "$README" = 1 ]; then
  node bench/run.mjs --readme
fi
