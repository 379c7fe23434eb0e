#!/usr/bin/env bash
# Installs what is missing, then builds and serves the app on http://127.0.0.1:8080
# (release build; pass --dev for a faster, larger debug build while editing).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
MODE=(--release)
[ "${1:-}" = "--dev" ] && MODE=()
echo "Serving Counterparts on http://127.0.0.1:8080 (Ctrl-C stops it)" >&2
exec trunk serve "${MODE[@]}" --address 127.0.0.1 --port 8080
