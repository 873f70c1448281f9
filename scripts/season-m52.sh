#!/usr/bin/env bash
# Simulates the 52-week M season of docs/performance.md into WORKDIR/m52.sqlite: generate M
# seed 1, then simulate 52 weeks (seed 1, the first goal level only, so each week plans fast)
# into a scratch season. About 40 minutes on 2 cores at load 1-6 (release build).
# Usage: scripts/season-m52.sh WORKDIR; then scripts/season-bench.sh WORKDIR.
set -euo pipefail
MILEN=${MILEN:-$(cd "$(dirname "$0")/.." && pwd)/.build/release/milen}
mkdir -p "$1" && cd "$1"
"$MILEN" generate --size M --seed 1 -o m.json
rm -f m52.sqlite
"$MILEN" simulate m.json --weeks 52 --seed 1 --levels 1 --season m52.sqlite >/dev/null
sqlite3 m52.sqlite "SELECT COUNT(*), MIN(week), MAX(week) FROM week_version; SELECT COUNT(*), COUNT(DISTINCT participant) FROM person_week;"
