#!/usr/bin/env bash
# The planning page (`milen serve`) in a real browser: scripts/serve-browser-test.py drives
# headless Chromium with selenium. Locally it is skipped, loudly, only when Chromium itself is
# missing; under CI (CI=true) anything missing is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
MILEN=${MILEN:-.build/debug/milen}

if ! command -v chromium >/dev/null 2>&1; then
  if [ "${CI:-}" = true ]; then
    echo "browser test: FAILED: chromium is missing (.ci/run installs it)" >&2
    exit 1
  fi
  echo "################################################################################"
  echo "## browser test SKIPPED: chromium is not installed, so the planning page was    ##"
  echo "## not tested in a browser. apt-get install chromium chromium-driver;           ##"
  echo "## pip install selenium                                                         ##"
  echo "################################################################################"
  exit 0
fi
missing=()
command -v chromedriver >/dev/null 2>&1 || missing+=("chromedriver (apt-get install chromium-driver)")
python3 -c 'import selenium' >/dev/null 2>&1 || missing+=("selenium (pip install selenium)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "browser test: FAILED: chromium is here but these are missing: ${missing[*]}" >&2
  exit 1
fi
if [ ! -x "$MILEN" ]; then
  echo "browser test: FAILED: $MILEN is not built (swift build --product milen)" >&2
  exit 1
fi
exec python3 scripts/serve-browser-test.py "$MILEN"
