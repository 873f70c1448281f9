#!/usr/bin/env bash
# The batch flow of docs/scale.md on a small week, as `make test` runs it: split a generated
# three-town S week, plan each part as its own process (xargs -P 2), merge, check, and compare
# the bytes with `milen plan` of the whole week; merge's refusals; and an exported part read by
# glpsol when it is installed. Usage: scripts/test-scale.sh [MILEN] (default .build/debug/milen).
set -euo pipefail
cd "$(dirname "$0")/.."
MILEN="$(realpath "${1:-.build/debug/milen}")"
DIR="$(mktemp -d "${TMPDIR:-/tmp}/milen-scale.XXXXXX")"
trap 'rm -rf "$DIR"' EXIT
fail() { echo "test-scale: FAIL: $*" >&2; exit 1; }
cd "$DIR"

"$MILEN" generate --size S --seed 1 --towns 3 -o week.json >/dev/null
mkdir parts plans
"$MILEN" split week.json parts >/dev/null
n=$(ls parts/part-*.json | wc -l)
[ "$n" = 3 ] || fail "expected 3 parts, got $n"
# Each part is its own process, two at a time (a batch engine runs them anywhere).
ls parts/part-*.json | xargs -P 2 -I{} sh -c \
  'f="{}"; "$0" plan "$f" -o "plans/plan-$(basename "$f" .json | sed s/part-//).json"' "$MILEN"
"$MILEN" merge --scenario week.json plans/plan-*.json -o merged.json
"$MILEN" check week.json merged.json >/dev/null || fail "milen check rejects the merged plan"
"$MILEN" plan week.json -o whole.json
cmp -s merged.json whole.json || fail "the merged plan differs from milen plan of the whole week"
echo "test-scale: split, 3 parts planned by xargs -P 2, merge, check: same bytes as milen plan"

# Refusals, each naming the file.
expect_refusal() { # message-part, args...
  local want="$1"; shift
  local out rc=0
  out=$("$MILEN" merge --lang en --scenario week.json "$@" -o bad.json 2>&1) || rc=$?
  [ "$rc" = 65 ] || fail "merge $*: exit $rc, expected 65 ($out)"
  case "$out" in *"$want"*) ;; *) fail "merge $*: '$out' does not say '$want'" ;; esac
  [ ! -e bad.json ] || fail "merge $* wrote a plan"
}
expect_refusal "no plan of part 3" plans/plan-01.json plans/plan-02.json
# The coordinator's default language says it in Danish.
out=$("$MILEN" merge --scenario week.json plans/plan-01.json plans/plan-02.json -o bad.json 2>&1) \
  && fail "merge of two of three parts succeeded"
case "$out" in *"der mangler en plan for del 3"*) ;; *) fail "merge in Danish: '$out'" ;; esac
expect_refusal "no plans of parts 1 (" plans/plan-02.json
expect_refusal ", 3 (" plans/plan-02.json
expect_refusal "plans/plan-01.json and plans/plan-01.json are both plans of part 1" \
  plans/plan-01.json plans/plan-01.json plans/plan-02.json plans/plan-03.json
"$MILEN" generate --size S --seed 2 --towns 3 -o other.json >/dev/null
mkdir other && "$MILEN" split other.json other >/dev/null
"$MILEN" plan other/part-01.json -o other-01.json
expect_refusal "other-01.json was not made for a part of week.json" \
  other-01.json plans/plan-02.json plans/plan-03.json
sed 's/"week" : "2026-W02"/"week" : "2026-W03"/' plans/plan-01.json > w03.json
expect_refusal "w03.json is a plan of week 2026-W03" w03.json plans/plan-02.json plans/plan-03.json
echo "test-scale: merge refuses missing (naming every missing part), doubled, foreign and other-week plans"

# A part whose plan was cut by the clock (as `plan --time-limit` marks it): merge writes the
# week, marked so, and names the part.
python3 -c "
import json, sys
p = json.load(open('plans/plan-02.json')); p['cutByClock'] = True
json.dump(p, open('cut-02.json', 'w'), indent=2)"
out=$("$MILEN" merge --lang en --scenario week.json plans/plan-01.json cut-02.json \
  plans/plan-03.json -o cut.json 2>&1) || fail "merge refuses a part cut by the clock: $out"
case "$out" in *"part 2 (cut-02.json) was cut by the clock"*) ;; *) fail "merge does not name the part cut by the clock: '$out'" ;; esac
grep -q '"cutByClock" : true' cut.json || fail "the merged plan is not marked as cut by the clock"
if grep -q '"cutByClock"' merged.json; then fail "a merge of uncut parts is marked as cut"; fi
echo "test-scale: merge names a part cut by the clock and marks the week's plan"

# An exported part, every level, read by glpsol: the optimum is minus the plan's value.
if command -v glpsol >/dev/null 2>&1; then
  for level in 1 2 3 4 5; do
    "$MILEN" export-model week.json --part 2 --level "$level" --plan plans/plan-02.json \
      -o "p2-$level.mps"
    glpsol --freemps "p2-$level.mps" -o "p2-$level.sol" >/dev/null || fail "glpsol cannot read level $level"
    got=$(awk '/^Objective:/ {print $4}' "p2-$level.sol")
    want=$(python3 -c "import json; p=json.load(open('plans/plan-02.json')); print([g['objective'] for g in p['solver']['goals'] if g['priority']==$level][0])")
    python3 -c "import sys; g=-float('$got'); w=float('$want'); sys.exit(0 if abs(g-w) <= 1e-5*max(1,abs(w)) else 1)" \
      || fail "level $level: glpsol's optimum $got is not minus the plan's $want"
  done
  echo "test-scale: glpsol reads part 2's five exported levels and reaches the plan's values"
else
  echo "test-scale: glpsol not installed (apt-get install glpk-utils): export not read by glpsol"
fi
