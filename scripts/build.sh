#!/usr/bin/env bash
# Builds the release site into dist/ and prints the size of what a first visit downloads.
# CORPUS_DIR=/path/to/articles builds the site with your own articles instead of corpus/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
trunk build --release "$@"
scripts/size.sh
