#!/usr/bin/env bash
# Screenshots of the main views for the README, taken with headless Debian Chromium from the
# release site: the timeline, the article reader, the Entities view, the Vietnamese timeline and
# the dark theme, each at 360 px (a phone) and 1280 px, into docs/screenshots/NAME-WIDTH.png.
#
#   scripts/screenshots.sh            build dist/ first when it is missing or older than the sources
#   scripts/screenshots.sh --build    always rebuild dist/ first
#
# SHOT_PORT (default 8799) is the local port the site is served on while shooting.
# SHOT_ARTICLE (an article id) picks the article shown in the reader; by default the first
# article of the corpus that reports a meeting.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PORT="${SHOT_PORT:-8799}"
OUT="$ROOT/docs/screenshots"
CHROMIUM="${CHROMIUM:-chromium}"
CORPUS="${CORPUS_DIR:-corpus}"

say() { printf '\033[1m[screenshots]\033[0m %s\n' "$*" >&2; }

build=0
if [ "${1:-}" = "--build" ] || [ ! -f dist/index.html ] \
   || [ -n "$(find src style index.html public "$CORPUS" -newer dist/index.html -print -quit)" ]; then
  build=1
fi
if [ "$build" = 1 ]; then
  say "building the release site"
  . scripts/setup.sh
  trunk build --release
fi
command -v "$CHROMIUM" >/dev/null || { say "no $CHROMIUM on PATH (scripts/setup.sh --test installs Debian's)"; exit 1; }

article="${SHOT_ARTICLE:-}"
if [ -z "$article" ]; then
  article="$(cargo run --quiet --bin counterparts -- extract "$CORPUS"/*.txt 2>/dev/null \
    | python3 -c 'import json, sys; print(next((a["id"] for a in json.load(sys.stdin) if a["meetings"]), ""))')"
fi

python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fs "http://127.0.0.1:$PORT/" >/dev/null 2>&1 && break
  sleep 0.1
done

mkdir -p "$OUT"
# shot NAME QUERY [chromium flags...]: one screenshot per width.
shot() {
  local name="$1" query="$2"
  shift 2
  for size in 360,800 1280,900; do
    local width="${size%,*}"
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
      --no-first-run --hide-scrollbars --virtual-time-budget=8000 \
      --window-size="$size" --screenshot="$OUT/$name-$width.png" "$@" \
      "http://127.0.0.1:$PORT/$query" >/dev/null 2>&1
    say "$name-$width.png"
  done
}

shot timeline ""
shot timeline-vi "?ui=vi"
shot timeline-dark "" --force-dark-mode --blink-settings=preferredColorScheme=0
shot reader "?view=article&article=$article"
shot entities "?view=entities"
say "written to ${OUT#"$ROOT"/}"
