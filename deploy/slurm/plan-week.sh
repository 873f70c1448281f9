#!/usr/bin/env bash
# plan-week.sh WEEK.json: plans a week on Slurm (docs/scale.md). Splits the week into its
# parts beside it (parts/), submits one array task per part (plan-part.sh, each writing
# plans/plan-NN.json) and a merge job that runs after all of them (merge-week.sh, writing
# plan.json), and prints the two job ids. The week's folder must be one every node sees, and
# `milen` must be on the PATH of the nodes (sbatch passes this shell's PATH on).
set -euo pipefail
here=$(dirname "$(realpath "$0")")
week=$(realpath "$1")
dir=$(dirname "$week")
mkdir -p "$dir/parts" "$dir/plans"
milen split "$week" "$dir/parts" >/dev/null
n=$(ls "$dir"/parts/part-*.json | wc -l)
# At most 50 tasks at once, one core and 1 GB each, an hour each (a part plans in far less:
# docs/scale.md). --requeue: Slurm runs a task again when its node fails, or when the task
# requeues itself because its planner was killed (plan-part.sh); --open-mode=append keeps the
# log of every run in the task's log.
array=$(sbatch --parsable --job-name=milen-parts --array=1-"$n"%50 --cpus-per-task=1 --mem=1G \
  --time=01:00:00 --requeue --open-mode=append --output="$dir/plans/slurm-%a.log" \
  "$here/plan-part.sh" "$dir")
# afterany: the merge runs even when a part failed, and then names the missing parts.
merge=$(sbatch --parsable --job-name=milen-merge --dependency=afterany:"$array" \
  --cpus-per-task=1 --mem=2G --time=00:30:00 --output="$dir/merge.log" \
  "$here/merge-week.sh" "$week")
echo "$n parts: array job $array, merge job $merge"
