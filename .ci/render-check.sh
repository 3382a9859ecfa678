#!/usr/bin/env bash
# Renders the demo HTML report in headless Chromium, as a person would open it, and checks that the screenshot is
# not blank (ScreenshotCheck.java). Chromium is installed when possible (root with apt-get); without it, this check
# alone is skipped with the reason printed, and the script exits 0.
#
# Usage: .ci/render-check.sh [SCREENSHOT.png]    (needs app/target/viralscope.jar: mvn -pl app package)
set -euo pipefail
cd "$(dirname "$0")/.."

find_chromium() {
  for c in chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then command -v "$c"; return 0; fi
  done
  return 1
}

CHROMIUM=$(find_chromium || true)
if [[ -z "$CHROMIUM" && "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "render-check: installing Chromium (Debian package 'chromium')..."
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/tmp/render-check-apt.log 2>&1; then
    echo "render-check: apt-get could not install chromium (see /tmp/render-check-apt.log)."
  fi
  CHROMIUM=$(find_chromium || true)
fi
if [[ -z "$CHROMIUM" ]]; then
  if [[ "$(id -u)" != 0 ]]; then why="not root, so apt-get cannot install it"; else why="apt-get is missing or failed"; fi
  echo "render-check: SKIPPED: no Chromium on PATH ($why). Install the Debian package 'chromium' to run it."
  exit 0
fi

JAR=app/target/viralscope.jar
if [[ ! -f "$JAR" ]]; then
  echo "render-check: $JAR is missing; build it first with: mvn -B -pl app -am package -DskipTests" >&2
  exit 1
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SHOT=${1:-$WORK/report.png}

java -jar "$JAR" demo --out "$WORK/demo" >"$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; exit 1; }
REPORT="$WORK/demo/report.html"
if ! grep -qF "$REPORT" "$WORK/demo.log"; then
  echo "render-check: viralscope demo did not print the path of $REPORT:" >&2
  cat "$WORK/demo.log" >&2
  exit 1
fi

# a fresh profile and no background traffic: the report must render from the file alone
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --no-first-run --user-data-dir="$WORK/profile" --window-size=1400,2400 \
  --screenshot="$SHOT" "file://$REPORT" >"$WORK/chromium.log" 2>&1 || true
if [[ ! -s "$SHOT" ]]; then
  echo "render-check: Chromium wrote no screenshot:" >&2
  tail -20 "$WORK/chromium.log" >&2
  exit 1
fi

java .ci/ScreenshotCheck.java "$SHOT"
echo "render-check: OK: $("$CHROMIUM" --version 2>/dev/null | head -1) rendered the demo report."
