#!/usr/bin/env bash
# The CI guard for performance: runs the CI benchmarks (the Aulum week, replanning, a what-if,
# S and M) against the thresholds committed in Benchmarks/Thresholds. Fails when a counter
# (simplex iterations, branch-and-bound nodes, model size, LP gap, mallocs) regresses by more
# than 10 % or wall-clock time by more than 3x. An improvement beyond the tolerance passes with
# a notice: record it on purpose with `make bench-update` (docs/performance.md).
set -uo pipefail
cd "$(dirname "$0")/../Benchmarks"
filter="${MILEN_BENCH_FILTER:-PlanAulum|ReplanAulum|WhatIfAulum|PlanS|BuildM|PlanM|PlanMTowns}"
out=$(mktemp)
swift package benchmark thresholds check --filter "$filter" --no-progress >"$out" 2>&1
code=$?
grep -E "Deviations|error:|WORSE|BETTER" "$out" || true
if [ $code -ne 0 ]; then
  if grep -q "benchmarkThresholdRegression" "$out"; then
    sed -n '1,400p' "$out"
    echo "bench-check: a benchmark regressed beyond its threshold (see above)"
    rm -f "$out"
    exit 1
  fi
  if grep -q "benchmarkThresholdImprovement" "$out"; then
    echo "bench-check: improvements beyond the tolerance; record them with 'make bench-update'"
    rm -f "$out"
    exit 0
  fi
  sed -n '1,400p' "$out"
  echo "bench-check: the benchmark run failed (exit $code)"
  rm -f "$out"
  exit 1
fi
echo "bench-check: every guarded benchmark is within its thresholds"
rm -f "$out"
