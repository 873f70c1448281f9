#!/usr/bin/env bash
# Synthesizes the 52-week M season of docs/performance.md into WORKDIR/m52.sqlite: generate M
# seed 1, simulate 8 weeks (seed 1, first goal level only) into a scratch season, then copy
# those 8 weeks in SQL to W10-W53 (week relabelled, fingerprints suffixed; files and rows
# unchanged). Simulating all 52 weeks stops after 8-10 weeks on M (performance.md says why).
# Usage: scripts/season-m52.sh WORKDIR; then scripts/season-bench.sh WORKDIR.
set -euo pipefail
MILEN=${MILEN:-$(cd "$(dirname "$0")/.." && pwd)/.build/release/milen}
mkdir -p "$1" && cd "$1"
"$MILEN" generate --size M --seed 1 -o m.json
rm -f run0.sqlite m52.sqlite
"$MILEN" simulate m.json --weeks 8 --seed 1 --levels 1 --season run0.sqlite >/dev/null
cp run0.sqlite m52.sqlite
for k in $(seq 8 51); do
  src=$(( 2 + k % 8 )); dst=$(( 2 + k ))
  s=$(printf "2026-W%02d" $src); d=$(printf "2026-W%02d" $dst)
  echo "INSERT INTO week_version (week, version, scenario_fingerprint, plan_fingerprint, scenario_json, plan_json, served, enrolled, admitted, waiting, in_placement, employed, break_even, target, placement_hours, mentor_hours, coordinator_hours, coordinator_capacity, annual_cost, benefit_saved, off_benefit, assumptions_json) SELECT '$d', version, scenario_fingerprint || '-copy-$d', plan_fingerprint || '-copy-$d', scenario_json, plan_json, served, enrolled, admitted, waiting, in_placement, employed, break_even, target, placement_hours, mentor_hours, coordinator_hours, coordinator_capacity, annual_cost, benefit_saved, off_benefit, assumptions_json FROM week_version WHERE week = '$s' AND scenario_fingerprint NOT LIKE '%-copy-%';
INSERT INTO person_week SELECT (SELECT id FROM week_version WHERE week = '$d'), participant, name, status, track, company, company_name, employer, work_hours, mentor_hours, exit_reason, left_benefit_on, enrolled_on, referred_on, saved FROM person_week WHERE version_id = (SELECT id FROM week_version WHERE week = '$s');"
done > copy.sql
sqlite3 m52.sqlite < copy.sql
sqlite3 m52.sqlite "PRAGMA wal_checkpoint(TRUNCATE);"
sqlite3 m52.sqlite "SELECT COUNT(*), MIN(week), MAX(week) FROM week_version; SELECT COUNT(*), COUNT(DISTINCT participant) FROM person_week;"
