#!/usr/bin/env bash
# Runs the unit tests again with the machine's date 400 days ahead (libfaketime), so a test that depends on
# today's date fails here rather than next year. Installs faketime when possible (root with apt-get); without it,
# this check alone is skipped with the reason printed. Needs a prior 'mvn install' (runs offline).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v faketime >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "future-date-check: installing faketime (Debian package 'faketime')..."
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime; } \
      >/tmp/future-date-check-apt.log 2>&1; then
    echo "future-date-check: apt-get could not install faketime (see /tmp/future-date-check-apt.log)."
  fi
fi
if ! command -v faketime >/dev/null 2>&1; then
  echo "future-date-check: SKIPPED: faketime is not installed. Install the Debian package 'faketime' to run it."
  exit 0
fi

echo "future-date-check: unit tests with the date 400 days ahead ($(faketime -f '+400d' date -u +%F))"
faketime -f '+400d' mvn -B -o test
