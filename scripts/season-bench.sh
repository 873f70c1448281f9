#!/usr/bin/env bash
# The season's size and report time at M (docs/performance.md, "The season"). Synthesizes a
# 52-week M season unless WORKDIR holds one (generate --size M --seed 1, then simulate 52
# weeks, seed 1, the first goal level, into a scratch season, as scripts/season-m52.sh does),
# then times `season report` in every format with the release build, against a yardstick of
# the same run: `milen validate` of one M week.
# Usage: scripts/season-bench.sh [WORKDIR] (default: a new temporary folder).
set -euo pipefail
cd "$(dirname "$0")/.."
MILEN=${MILEN:-.build/release/milen}
[ -x "$MILEN" ] || { echo "build it first: swift build -c release --product milen" >&2; exit 1; }
MILEN=$(cd "$(dirname "$MILEN")" && pwd)/$(basename "$MILEN")
WORK=${1:-$(mktemp -d)}
mkdir -p "$WORK" && cd "$WORK"
now() { date +%s.%N; }
secs() { echo "$1 $2" | awk '{printf "%.3f", $2 - $1}'; }
if [ ! -f m52.sqlite ]; then
  "$MILEN" generate --size M --seed 1 -o m.json
  t0=$(now)
  "$MILEN" simulate m.json --weeks 52 --seed 1 --levels 1 --season m52.sqlite >/dev/null
  echo "synthesized 52 weeks in $(secs "$t0" "$(now)") s"
fi
echo "store: $(stat -c %s m52.sqlite) bytes ($(du -h m52.sqlite | cut -f1))"
echo "people: $(sqlite3 m52.sqlite 'SELECT COUNT(DISTINCT participant) FROM person_week' 2>/dev/null || echo '?'), rows: $(sqlite3 m52.sqlite 'SELECT COUNT(*) FROM person_week' 2>/dev/null || echo '?')"
t0=$(now); "$MILEN" validate m.json >/dev/null; yard=$(secs "$t0" "$(now)")
echo "yardstick: validate one M week: $yard s"
for f in text json html csv; do
  best=
  for run in 1 2 3; do
    t0=$(now)
    "$MILEN" season report --db m52.sqlite --format "$f" --lang da >/dev/null
    s=$(secs "$t0" "$(now)")
    if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; fi
  done
  echo "report $f: best of 3 $best s ($(awk "BEGIN{printf \"%.1f\", $best / $yard}")x the yardstick)"
done
