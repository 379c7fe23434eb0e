#!/usr/bin/env bash
# Installs whatever is missing to build (and, with --test, to test) Counterparts on a
# Debian machine with rustup, node and npm. Skips every step already done at the right
# version, so a second run takes seconds. Source it (`. scripts/setup.sh`) to get PATH.
# See ../shared/TOOLCHAIN.md for why each piece is pinned the way it is.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WANT_TEST=0
for arg in "$@"; do
  case "$arg" in
    --test) WANT_TEST=1 ;;
  esac
done

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"

export PATH="$ROOT/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root to run: $*"; return 1; fi
}

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 5 minutes, once)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ] \
   || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 2 minutes, once)"
  # Not --locked: its lockfile pins a crate version the registry lacks.
  cargo install --force wasm-bindgen-cli --version "$WB_VERSION"
fi

# npm tooling: wasm-opt (binaryen), Playwright, axe-core, benchmark peers.
LOCK_SUM="$(sha256sum "$ROOT/e2e/package-lock.json" | cut -d' ' -f1)"
if [ ! -x "$ROOT/e2e/node_modules/.bin/wasm-opt" ] || [ "$(cat "$ROOT/e2e/node_modules/.lock-sum" 2>/dev/null || true)" != "$LOCK_SUM" ]; then
  say "installing npm tooling (binaryen, playwright, axe-core)"
  (cd "$ROOT/e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  echo "$LOCK_SUM" > "$ROOT/e2e/node_modules/.lock-sum"
fi

if [ "$WANT_TEST" = 1 ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Debian chromium and chromium-driver"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  for c in rustfmt clippy; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$c"; then
      rustup component add "$c"
    fi
  done
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}')"
