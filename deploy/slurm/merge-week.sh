#!/usr/bin/env bash
# merge-week.sh WEEK.json: the last job of plan-week.sh. Joins the parts' plans into
# plan.json beside the week and checks it; `milen merge` refuses a set with a part missing
# (naming it, writing nothing) and names every part that was cut by the clock.
set -euo pipefail
week=$(realpath "$1")
dir=$(dirname "$week")
milen merge --scenario "$week" "$dir"/plans/plan-*.json -o "$dir/plan.json"
milen check "$week" "$dir/plan.json"
