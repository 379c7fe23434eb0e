#!/usr/bin/env bash
# Installs what is missing, then runs every test layer: lint, host tests (cargo test),
# in-browser component tests (wasm-bindgen-test in headless Chromium), the release build,
# and end-to-end tests (Playwright + Debian Chromium against dist/ on a static server).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh --test

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --all --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --lib --bins --test browser -- -D warnings

step "host tests (cargo test)"
cargo test --quiet

step "in-browser tests (wasm-bindgen-test, headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test browser

step "release build"
trunk build --release
scripts/size.sh

step "end-to-end tests (Playwright, Debian Chromium, release build on a static server)"
cd e2e
npx playwright test
