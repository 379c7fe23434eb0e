#!/usr/bin/env bash
# Runs every cargo-fuzz target for a bounded time and prints one line per target and a total.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 30 seconds each, every target
#
# Stable toolchain: cargo-fuzz needs nightly flags, so RUSTC_BOOTSTRAP=1 lets the stable
# compiler accept them; `-s none` builds without a sanitizer (the crate forbids unsafe code,
# so panics and overflow checks, which stay on, are what there is to find). Seeds come from
# fuzz/seeds/<target>/ (checked in), tokens from fuzz/dicts/<target>.dict; what the fuzzer learns goes to fuzz/corpus/<target>/ and
# crashes to fuzz/artifacts/<target>/ (both ignored by git). A target passes when it found no
# crash, hang (one input over 20 s) or memory blow-up in its time. Exit status: 0 when all pass.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CARGO_FUZZ_VERSION="0.13.2"
SECONDS_EACH="${1:-30}"
shift || true
ALL_TARGETS=(parse_article filters_roundtrip search_query bundle_decode bundle_mutate)
if [ "$#" -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL_TARGETS[@]}"); fi

case "$SECONDS_EACH" in
  '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]  (SECONDS a whole number)" >&2; exit 2 ;;
esac

say() { printf '\033[1m[fuzz]\033[0m %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

if [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION (about 2 minutes, once)"
  cargo install --locked --force "cargo-fuzz@$CARGO_FUZZ_VERSION"
fi
if ! command -v c++ >/dev/null; then
  say "installing a C++ compiler (libFuzzer is built from C++ source)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq g++ >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq g++ >/dev/null; fi
fi

export RUSTC_BOOTSTRAP=1
cd "$ROOT/fuzz"
say "building ${#TARGETS[@]} target(s)"
LOGS="$ROOT/fuzz/target/fuzz-logs"
mkdir -p "$LOGS"
for t in "${TARGETS[@]}"; do
  if ! cargo fuzz build -s none "$t" >"$LOGS/build-$t.log" 2>&1; then
    cat "$LOGS/build-$t.log" >&2
    say "$t did not build"
    exit 1
  fi
done

passed=0
failed=0
for t in "${TARGETS[@]}"; do
  mkdir -p "corpus/$t"
  # Extra seed folders: real articles and the hostile fixtures for the article parser.
  extra=()
  if [ "$t" = parse_article ]; then extra=("$ROOT/corpus" "$ROOT/tests/fixtures/hostile"); fi
  dict=()
  if [ -f "dicts/$t.dict" ]; then dict=("-dict=dicts/$t.dict"); fi
  log="$LOGS/$t.log"
  say "$t: ${SECONDS_EACH}s"
  status=0
  cargo fuzz run -s none "$t" "corpus/$t" "seeds/$t" "${extra[@]}" -- \
    -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}" \
    >"$log" 2>&1 || status=$?
  runs="$(grep -oE '^Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1 || true)"
  [ -n "$runs" ] || runs="$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1 || true)"
  cov="$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)"
  corp="$(find "corpus/$t" -type f | wc -l)"
  if [ "$status" = 0 ]; then
    passed=$((passed + 1))
    printf '%-18s passed  %10s runs in %ss, coverage %s, corpus %s inputs\n' "$t" "${runs:-?}" "$SECONDS_EACH" "${cov:-?}" "$corp"
  else
    failed=$((failed + 1))
    artifact="$(grep -oE 'Test unit written to [^ ]+' "$log" | tail -1 | sed 's/Test unit written to //' || true)"
    why="$(awk '/panicked at/ { sub(/^.*panicked at /, "panic at "); l = $0; getline m; print l " " m; exit }' "$log")"
    [ -n "$why" ] || why="$(grep -m1 -oE 'ERROR: libFuzzer: [a-z-]+' "$log" || echo "exit status $status")"
    printf '%-18s FAILED  %s; input: %s; log: %s\n' "$t" "$why" "${artifact:-none}" "$log"
    [ -z "$artifact" ] || printf '%-18s         replay: (cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -s none %s %s)\n' "" "$t" "$artifact"
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
