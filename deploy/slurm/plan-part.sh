#!/usr/bin/env bash
# plan-part.sh DIR: one task of plan-week.sh's Slurm array. Plans DIR/parts/part-NN.json, NN
# the task's index, into DIR/plans/plan-NN.json.
#
# Time: the planner gets the task's remaining Slurm time less MILEN_MARGIN seconds (default 60,
# at least 1 second left) as its --time-limit (MILEN_TIME_LIMIT seconds instead, when set), so
# a part that runs out of time ends by its own clock with a plan, marked as cut by the clock
# (cutByClock). Should Slurm's limit come first all the same, Slurm sends SIGTERM and SIGKILL
# KillWait seconds later: with --cut-on-term the planner takes the SIGTERM as the end of its
# time and writes the plan so far, marked cutByClock, and the task waits for it. `milen merge`
# names such parts.
#
# Retries are Slurm's: when the planner is killed by a signal other than the time limit's (the
# out-of-memory killer, an administrator), the task requeues itself (`scontrol requeue`) and
# Slurm runs it again, up to MILEN_TRIES runs in all (default 2; Slurm counts the requeues in
# SLURM_RESTART_COUNT). Any other failure is the part's own answer (bad data, an impossible
# week, no plan in time), which a retry would repeat: the task fails, and the merge names the
# part. Each run's time and CPU seconds go to the task's log.
set -uo pipefail
dir=$1
part=$(printf '%02d' "$SLURM_ARRAY_TASK_ID")
tries=${MILEN_TRIES:-2}
margin=${MILEN_MARGIN:-60}
run=$((${SLURM_RESTART_COUNT:-0} + 1))

# The task's remaining time in seconds (squeue's [D-][H:]M:S), or nothing when unlimited.
# (The last task of an array has the array's own id, which squeue answers with every task's
# line: hence the filter on the task's own id, %A.)
seconds_left() {
  local left days=0 h=0 m=0 s=0
  left=$(squeue --noheader --jobs="$SLURM_JOB_ID" --format='%A %L' \
    | awk -v id="$SLURM_JOB_ID" '$1 == id {print $2}') || return 0
  case $left in *[!0-9:-]* | "") return 0 ;; esac
  if [[ $left == *-* ]]; then days=${left%%-*}; left=${left#*-}; fi
  IFS=: read -r -a f <<<"$left"
  case ${#f[@]} in
    3) h=${f[0]} m=${f[1]} s=${f[2]} ;;
    2) m=${f[0]} s=${f[1]} ;;
    *) s=${f[0]} ;;
  esac
  echo $((10#$days * 86400 + 10#$h * 3600 + 10#$m * 60 + 10#$s))
}

limit=()
if [ -n "${MILEN_TIME_LIMIT:-}" ]; then
  limit=(--time-limit "$MILEN_TIME_LIMIT")
elif left=$(seconds_left) && [ -n "$left" ]; then
  seconds=$((left - margin))
  limit=(--time-limit $((seconds < 1 ? 1 : seconds)))
else
  echo "plan-part: no time limit read from Slurm: the week's own applies"
fi
echo "plan-part: part $part, run $run of $tries on $(hostname): milen plan ${limit[*]}"
# Slurm's SIGTERM reaches the planner too; the task waits for it to write its plan.
term=
trap 'term=1; echo "plan-part: part $part: SIGTERM from Slurm (its time limit)"' TERM
started=$(date +%s.%N)
milen plan "$dir/parts/part-$part.json" "${limit[@]}" --cut-on-term \
  -o "$dir/plans/plan-$part.json" &
planner=$!
wait "$planner"
rc=$?
# The SIGTERM interrupts `wait`: wait on for the planner's own end.
while [ -n "$term" ] && kill -0 "$planner" 2>/dev/null; do
  wait "$planner"
  rc=$?
done
if [ -n "$term" ] && [ "$rc" -gt 128 ]; then
  wait "$planner"
  r=$?
  [ "$r" != 127 ] && rc=$r
fi
# The CPU seconds of this task's children, the planner's above all (`times`, run in this
# shell: a pipe would run it in a subshell without children).
cpu=$(mktemp)
times >"$cpu"
awk -v part="$part" -v t0="$started" -v t1="$(date +%s.%N)" '
  function s(f, a) { split(f, a, "m"); sub("s", "", a[2]); return a[1] * 60 + a[2] }
  NR == 2 {
    printf "plan-part: part %s: %.2f s elapsed, %.2f s user CPU, %.2f s system CPU\n",
      part, t1 - t0, s($1), s($2)
  }' "$cpu"
rm -f "$cpu"
if [ "$rc" = 0 ]; then
  if [ -n "$term" ] && grep -q '"cutByClock" : true' "$dir/plans/plan-$part.json"; then
    echo "plan-part: part $part: planned until Slurm's time limit, cut by the clock"
  fi
  exit 0
fi
echo "plan-part: part $part, run $run ended with exit $rc" >&2
if [ "$rc" -gt 128 ] && [ -z "$term" ] && [ "$run" -lt "$tries" ]; then
  echo "plan-part: part $part: killed by signal $((rc - 128)): requeued for run $((run + 1))" >&2
  # Slurm's own SIGTERM to the requeued task ends this script.
  trap - TERM
  scontrol requeue "${SLURM_ARRAY_JOB_ID}_$SLURM_ARRAY_TASK_ID" && exit 0
fi
exit "$rc"
