#!/usr/bin/env bash
# Every coordinator command timed side by side in one run, against a yardstick Y measured in the
# same run (docs/performance.md, "bench-commands"): the release build, the Aulum week (plan,
# whatif, suggest, breakeven, simulate 12 weeks, check, view --all) and M seed 1 (plan, once).
# Y is `milen validate` of M seed 1's week (read and validate, no solve), the median of 5. Each
# command's figure is the median of N runs (BENCH_RUNS, default 3; M's plan runs once), wall and
# CPU, and its ratio to Y. The deterministic work of the plans (branch-and-bound nodes and simplex iterations
# summed over the goal levels, and each level's value) is printed beside.
#
#   scripts/bench-commands.sh                 # measure and print the table
#   scripts/bench-commands.sh --guard         # also compare with Benchmarks/commands.thresholds
#   scripts/bench-commands.sh --record        # write the measured figures as the thresholds
#
# The guard fails when a ratio exceeds its recorded value times BENCH_TOLERANCE (default 3: the
# machine is shared) or when a work counter or a goal value differs from the recorded one
# (counters may move by at most 2 %: GLPK repeats them exactly for the same model). A threshold
# is re-recorded only with a line in docs/performance.md naming the cause and the figures
# before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MILEN=${MILEN:-.build/release/milen}
[ -x "$MILEN" ] || { echo "bench-commands: build it first: make release" >&2; exit 66; }
MILEN=$(cd "$(dirname "$MILEN")" && pwd)/$(basename "$MILEN")
MODE=${1:-}
RUNS=${BENCH_RUNS:-3}
TOL=${BENCH_TOLERANCE:-3}
THRESHOLDS=${BENCH_THRESHOLDS:-$ROOT/Benchmarks/commands.thresholds}
WITH_M=${BENCH_M:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# wall (from the nanosecond clock) and CPU (user + system, 10 ms steps) seconds of one command,
# its output discarded.
timed() {
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$work/t" "$@" >/dev/null 2>"$work/err" || {
    echo "bench-commands: failed: $*" >&2
    cat "$work/err" >&2
    exit 1
  }
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" '{ printf "%.3f %.3f\n", b - a, $1 + $2 }' "$work/t"
}
# the median of N runs: "wall cpu"
median() {
  local n=$1
  shift
  local out=()
  for _ in $(seq "$n"); do out+=("$(timed "$@")"); done
  printf '%s\n' "${out[@]}" | sort -g | sed -n "$(((n + 1) / 2))p"
}
# nodes, iterations and level values of a plan file (JSON)
work_of() {
  python3 - "$1" <<'EOF'
import json, sys
plan = json.load(open(sys.argv[1]))
goals = plan["solver"]["goals"]
nodes = sum(g.get("nodes", 0) for g in goals)
its = sum(g.get("simplexIterations", 0) for g in goals)
values = ",".join("%g" % g["objective"] for g in sorted(goals, key=lambda g: g["priority"]))
print(nodes, its, values)
EOF
}

echo "bench-commands: $(date -u '+%Y-%m-%d %H:%M') UTC, load $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(nproc) cores, $RUNS runs each, $MILEN"
cp "$ROOT/Fixtures/aulum.json" aulum.json
"$MILEN" plan aulum.json --format json -o aulum-plan.json >/dev/null
"$MILEN" generate --size M --seed 1 -o m.json >/dev/null
# Y: reading and validating M seed 1's week (about 0.1 s: long enough for the clock's steps,
# and no solve in it).
read -r y_wall y_cpu < <(median 5 "$MILEN" validate m.json)
echo "yardstick Y = milen validate of M seed 1's week: $y_wall s wall, $y_cpu s CPU (median of 5)"
# G: issue 22's yardstick, GLPK itself on a fixed model: glpsol on the committed export of M seed
# 1's median-size town (town 06, 50 participants) at goal level 4 (Benchmarks/yardstick/). It is
# printed with the issue's targets; the guard uses Y only (glpsol is optional: glpk-utils).
g_wall=""
if command -v glpsol >/dev/null 2>&1; then
  gunzip -c "$ROOT/Benchmarks/yardstick/m1-town06-level4.mps.gz" >g.mps
  read -r g_wall g_cpu < <(median 5 glpsol --freemps g.mps)
  echo "yardstick G = glpsol on M seed 1 town 06's level 4: $g_wall s wall, $g_cpu s CPU (median of 5)"
fi
targets=()

results=()
measure() {
  local name=$1 runs=$2
  shift 2
  read -r wall cpu < <(median "$runs" "$@")
  local ratio
  ratio=$(awk -v w="$wall" -v y="$y_wall" 'BEGIN { printf "%.2f", (y > 0 ? w / y : 0) }')
  local cpu_ratio
  cpu_ratio=$(awk -v c="$cpu" -v y="$y_wall" 'BEGIN { printf "%.2f", (y > 0 ? c / y : 0) }')
  printf '%-18s %8s s wall %8s s CPU %8s Y (CPU %s Y)\n' "$name" "$wall" "$cpu" "$ratio" "$cpu_ratio"
  results+=("ratio $name $ratio")
  [ -n "$g_wall" ] && targets+=("$name $wall")
  return 0
}

measure aulum-plan "$RUNS" "$MILEN" plan aulum.json --format json
measure aulum-whatif "$RUNS" "$MILEN" whatif aulum.json "$ROOT/Fixtures/whatif/new-company.json"
measure aulum-suggest "$RUNS" "$MILEN" suggest aulum.json --for p15
measure aulum-breakeven "$RUNS" "$MILEN" breakeven aulum.json
measure aulum-simulate12 "$RUNS" "$MILEN" simulate aulum.json --weeks 12 --seed 1
measure aulum-check "$RUNS" "$MILEN" check aulum.json aulum-plan.json
measure aulum-view-all "$RUNS" "$MILEN" view aulum.json aulum-plan.json --all -o views
read -r nodes its values < <(work_of aulum-plan.json)
echo "aulum plan work: nodes $nodes, simplex iterations $its, level values $values"
results+=("nodes aulum $nodes" "iterations aulum $its" "values aulum $values")
if [ "$WITH_M" = 1 ]; then
  # The policy's 60 s limit bites on a loaded machine (docs/performance.md): a long limit, so
  # that the node limits alone decide where each level stops and the counters repeat.
  measure m1-plan 1 "$MILEN" plan m.json --time-limit 600 --format json -o m-plan.json
  read -r nodes its values < <(work_of m-plan.json)
  echo "M seed 1 plan work: nodes $nodes, simplex iterations $its, level values $values"
  results+=("nodes m1 $nodes" "iterations m1 $its" "values m1 $values")
fi

# Issue 22's targets, each as a ratio to G measured in this run (docs/performance.md).
if [ -n "$g_wall" ]; then
  echo "issue 22's targets against G = $g_wall s:"
  for t in "${targets[@]}"; do
    read -r name wall <<<"$t"
    case "$name" in
      aulum-plan) goal=0.30 ;;
      aulum-whatif | aulum-suggest) goal=0.60 ;;
      aulum-breakeven) goal=1.2 ;;
      aulum-simulate12) goal=2.0 ;;
      m1-plan) goal=30 ;;
      *) continue ;;
    esac
    awk -v n="$name" -v w="$wall" -v g="$g_wall" -v t="$goal" 'BEGIN {
      r = w / g; printf "  %-18s %8.3f s = %6.2f G, target <= %s G: %s\n", n, w, r, t, (r <= t ? "met" : "NOT met") }'
  done
fi

case "$MODE" in
  --record)
    {
      echo "# bench-commands thresholds (scripts/bench-commands.sh --record); re-record only with a"
      echo "# line in docs/performance.md naming the cause and the figures before and after."
      printf '%s\n' "${results[@]}"
    } >"$THRESHOLDS"
    echo "bench-commands: thresholds written to $THRESHOLDS"
    ;;
  --guard)
    [ -f "$THRESHOLDS" ] || { echo "bench-commands: no thresholds at $THRESHOLDS" >&2; exit 1; }
    failed=0
    while read -r kind name recorded; do
      case "$kind" in '#'* | '') continue ;; esac
      measured=$(printf '%s\n' "${results[@]}" | awk -v k="$kind" -v n="$name" '$1 == k && $2 == n { print $3 }')
      if [ -z "$measured" ]; then
        case "$name" in m1*) [ "$WITH_M" != 1 ] && continue ;; esac
        echo "bench-commands: GUARD $kind $name: not measured" >&2
        failed=1
        continue
      fi
      verdict=$(awk -v k="$kind" -v m="$measured" -v r="$recorded" -v t="$TOL" 'BEGIN {
        if (k == "ratio") print (m <= r * t ? "ok" : "WORSE")
        else if (k == "values") print (m == r ? "ok" : "DIFFERENT")
        else { d = m - r; if (d < 0) d = -d; print (d <= 0.02 * r + 1 ? "ok" : "DIFFERENT") }
      }')
      echo "bench-commands: guard $kind $name: measured $measured, recorded $recorded: $verdict"
      [ "$verdict" = ok ] || failed=1
    done <"$THRESHOLDS"
    if [ $failed -ne 0 ]; then
      echo "bench-commands: FAILED: a ratio beyond ${TOL}x its threshold or other work than recorded" >&2
      exit 1
    fi
    echo "bench-commands: every ratio and counter within its threshold"
    ;;
esac
