#!/usr/bin/env bash
# plan-part.sh DIR: one task of plan-week.sh's Slurm array. Plans DIR/parts/part-NN.json, NN
# the task's index, into DIR/plans/plan-NN.json.
#
# The planner gets the task's remaining Slurm time less MILEN_MARGIN seconds (default 60, at
# least 1 second left) as its --time-limit, so a part that runs out of time still ends with a
# plan, marked as cut by the clock (cutByClock), instead of being killed by Slurm with none;
# `milen merge` names such parts. A planner killed by a signal (the out-of-memory killer, an
# administrator) is run again, up to MILEN_TRIES attempts (default 2); any other failure is the
# part's own answer (bad data, an impossible week, no plan in time), which a retry would repeat.
# Each attempt's time and CPU seconds go to the task's log.
set -uo pipefail
dir=$1
part=$(printf '%02d' "$SLURM_ARRAY_TASK_ID")
tries=${MILEN_TRIES:-2}
margin=${MILEN_MARGIN:-60}

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

TIMEFORMAT="plan-part: part $part: %R s elapsed, %U s user CPU, %S s system CPU"
for ((try = 1; ; try++)); do
  limit=()
  if left=$(seconds_left) && [ -n "$left" ]; then
    seconds=$((left - margin))
    limit=(--time-limit $((seconds < 1 ? 1 : seconds)))
  fi
  [ ${#limit[@]} = 0 ] && echo "plan-part: no time limit read from Slurm: the week's own applies"
  echo "plan-part: part $part, attempt $try of $tries on $(hostname): milen plan ${limit[*]}"
  time milen plan "$dir/parts/part-$part.json" "${limit[@]}" -o "$dir/plans/plan-$part.json"
  rc=$?
  [ "$rc" = 0 ] && exit 0
  echo "plan-part: part $part, attempt $try ended with exit $rc" >&2
  if [ "$rc" -le 128 ] || [ "$try" -ge "$tries" ]; then exit "$rc"; fi
done
