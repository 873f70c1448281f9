#!/usr/bin/env bash
# The batch recipes of docs/scale.md on real engines, as `make test` and CI run them:
#  - docs/scale.md shows the files under deploy/ verbatim;
#  - the Kubernetes manifests (deploy/kubernetes/) pass the Kubernetes schema, offline
#    (PyPI's kubernetes-validate), and the Containerfile parses (PyPI's dockerfile);
#  - a single-node Slurm cluster (munged, slurmctld, slurmd; one node of 2 CPUs) is started from
#    a configuration written into a temporary folder; deploy/slurm/plan-week.sh plans a
#    generated week of several towns on it, unchanged; the merged plan must be the bytes of
#    `milen plan` and pass `milen check`;
#  - faults: the planner of one task is killed (the task requeues itself and Slurm runs it
#    again, to the same bytes), another task is cancelled (the merge refuses, naming that part,
#    and writes nothing), then that part is planned again under a one-minute Slurm limit that
#    leaves the planner 1 second (its plan is cut by the clock, and the merge says so), and once
#    more with its time (the merged plan is the bytes of `milen plan`);
#  - Slurm's time limit: a task planning a one-town week of 2,000 is ended by Slurm at its
#    one-minute limit (TIMEOUT); the planner takes the SIGTERM as the end of its time and
#    writes its plan so far, cut by the clock, and the merge names the part;
#  - the daemons are stopped and nothing of the cluster is left running.
#
# Usage: scripts/test-slurm.sh [MILEN]   (default .build/release/milen)
# MILEN_SLURM_WEEK="--size L --seed 1" runs only the recipe on that week and prints its
# figures (time, parts, CPU per part; docs/scale.md); MILEN_SLURM_KEEP=1 keeps the folder.
# Without Slurm or munge installed (apt-get install slurmctld slurmd slurm-client munge) the
# test says so and fails under CI=true; elsewhere it skips.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
MILEN="$(realpath "${1:-.build/release/milen}")"
[ -x "$MILEN" ] || { echo "test-slurm: FAIL: no milen at $MILEN (swift build -c release --product milen)" >&2; exit 1; }
fail() { echo "test-slurm: FAIL: $*" >&2; exit 1; }
# A tool that is missing: a failure under CI, a loud skip elsewhere.
absent() {
  if [ "${CI:-}" = true ]; then fail "$1 (CI installs it: .ci/run)"; fi
  echo "test-slurm: SKIPPED: $1" >&2
}

# --- The documented files are the tested files ------------------------------------------------
# Each "<!-- file: PATH -->" line in docs/scale.md is followed by a fenced block that must be
# PATH's text, byte for byte.
python3 - "$ROOT" <<'EOF' || fail "docs/scale.md does not show the files under deploy/ as they are"
import pathlib, re, sys
root = pathlib.Path(sys.argv[1])
doc = (root / "docs/scale.md").read_text()
shown = re.findall(r"<!-- file: (\S+) -->\n```[a-z]*\n(.*?)```\n", doc, re.S)
expected = sorted(str(p.relative_to(root)) for p in (root / "deploy").rglob("*") if p.is_file())
expected.append("Containerfile")
missing = sorted(set(expected) - {p for p, _ in shown})
if missing:
    sys.exit(f"test-slurm: docs/scale.md does not show {', '.join(missing)}")
for path, text in shown:
    if (root / path).read_text() != text:
        sys.exit(f"test-slurm: docs/scale.md shows {path} otherwise than the file")
print(f"test-slurm: docs/scale.md shows {len(shown)} files of deploy/ and the Containerfile as they are")
EOF

# --- Kubernetes and the Containerfile ---------------------------------------------------------
kv=()
if command -v kubernetes-validate >/dev/null 2>&1; then
  kv=(kubernetes-validate)
elif python3 -c 'import kubernetes_validate' >/dev/null 2>&1; then
  kv=(python3 -m kubernetes_validate)
fi
if [ ${#kv[@]} -gt 0 ]; then
  # --strict: an unknown field is an error too. The schemas ship with the package (no network).
  "${kv[@]}" --strict --quiet deploy/kubernetes/*.yaml \
    || fail "the Kubernetes manifests do not pass the schema"
  echo "test-slurm: deploy/kubernetes/*.yaml pass the Kubernetes schema (kubernetes-validate --strict)"
else
  absent "kubernetes-validate is not installed (pip install kubernetes-validate): manifests not validated"
fi
if python3 -c 'import dockerfile' >/dev/null 2>&1; then
  python3 - <<'EOF' || fail "the Containerfile does not parse"
import dockerfile
cmds = [c.cmd for c in dockerfile.parse_file("Containerfile")]
assert cmds.count("FROM") == 2 and "COPY" in cmds, cmds
EOF
  echo "test-slurm: the Containerfile parses (the dockerfile package: Docker's own parser; built and run by make image)"
else
  absent "python's dockerfile package is not installed (pip install dockerfile): Containerfile not parsed"
fi

# --- A Slurm cluster of one node --------------------------------------------------------------
for tool in munged slurmctld slurmd sbatch squeue scontrol scancel; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    absent "$tool is not installed (apt-get install slurmctld slurmd slurm-client munge): the Slurm recipe did not run"
    exit 0
  fi
done

[ "$(id -u)" = 0 ] || { absent "Slurm's daemons run jobs as root here: run as root"; exit 0; }

DIR="$(mktemp -d "${TMPDIR:-/tmp}/milen-slurm.XXXXXX")"
# munged refuses a socket in a folder others cannot enter, and a key others can read.
chmod 755 "$DIR"
mkdir -p "$DIR/munge" "$DIR/run" "$DIR/state" "$DIR/spool" "$DIR/log"
chmod 700 "$DIR/munge"
# Every process of this cluster carries this variable: the daemons (and so slurmstepd) from
# their start, the jobs from sbatch's environment. This shell does not.
MARK="MILEN_SLURM_TEST=$DIR"
CONF="$DIR/slurm.conf"
# Slurm's commands against this cluster only.
on_cluster() { env "$MARK" SLURM_CONF="$CONF" PATH="$(dirname "$MILEN"):$PATH" "$@"; }
pids=()

# The processes of this cluster still running (daemons, slurmstepd, jobs).
ours() {
  local f
  for f in /proc/[0-9]*/environ; do
    if grep -qa -- "$MARK" "$f" 2>/dev/null; then f=${f#/proc/}; echo "${f%/environ}"; fi
  done
}

stop_cluster() {
  local rc=$? left i
  set +e
  trap - EXIT
  if [ -f "$CONF" ] && [ ${#pids[@]} -gt 1 ]; then
    on_cluster scancel --quiet --full "--user=$(id -un)" 2>/dev/null
    for i in $(seq 1 40); do
      [ -z "$(on_cluster squeue --noheader 2>/dev/null)" ] && break
      sleep 0.5
    done
  fi
  # slurmd, slurmctld, then munged: each by the pid it was started with.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[$i]}" 2>/dev/null; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null; done
  for i in $(seq 1 40); do
    left=$(ours)
    [ -z "$left" ] && break
    sleep 0.25
  done
  if [ -n "$left" ]; then
    echo "test-slurm: FAIL: still running after the stop: $(echo $left)" >&2
    for p in $left; do ps -o pid=,args= -p "$p" >&2; kill -KILL "$p" 2>/dev/null; done
    rc=1
  else
    echo "test-slurm: daemons stopped, nothing of the cluster left running"
  fi
  if [ "$rc" != 0 ]; then
    for f in "$DIR"/log/*.log; do
      [ -f "$f" ] && { echo "--- $f (last lines)" >&2; tail -n 15 "$f" >&2; }
    done
  fi
  if [ "${MILEN_SLURM_KEEP:-}" = 1 ]; then echo "test-slurm: kept $DIR"; else rm -rf "$DIR"; fi
  exit "$rc"
}
trap stop_cluster EXIT

# munge: its own key and socket.
head -c 1024 /dev/urandom >"$DIR/munge/munge.key"
chmod 400 "$DIR/munge/munge.key"
env "$MARK" munged --foreground --socket="$DIR/run/munge.socket" \
  --key-file="$DIR/munge/munge.key" --pid-file="$DIR/munge/munged.pid" \
  --seed-file="$DIR/munge/munged.seed" --log-file="$DIR/log/munged.log" \
  >"$DIR/log/munged.out" 2>&1 &
pids+=($!)
for i in $(seq 1 50); do [ -S "$DIR/run/munge.socket" ] && break; sleep 0.1; done
[ -S "$DIR/run/munge.socket" ] || fail "munged did not start: $(tail -n 3 "$DIR/log/munged.out")"

# Two free ports on the loopback interface.
read -r ctld_port slurmd_port < <(python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])')
host=$(hostname -s)
# No cgroups and no systemd: processes tracked by their parent ids, no task binding, no
# accounting database (a task's CPU time is in its log, from plan-part.sh). A requeued task
# waits cred_expire seconds before it runs again (Slurm's default: 120); a task at its time
# limit is killed there (OverTimeLimit=0), SIGTERM first and SIGKILL KillWait seconds later
# (Slurm's default, 30).
cat >"$CONF" <<EOF
ClusterName=milentest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=$(id -un)
SlurmdUser=$(id -un)
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$DIR/run/munge.socket,cred_expire=10
StateSaveLocation=$DIR/state
SlurmdSpoolDir=$DIR/spool
SlurmctldPidFile=$DIR/run/slurmctld.pid
SlurmdPidFile=$DIR/run/slurmd.pid
SlurmctldLogFile=$DIR/log/slurmctld.log
SlurmdLogFile=$DIR/log/slurmd.log
MailProg=/bin/true
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SlurmdParameters=config_overrides
ReturnToService=2
OverTimeLimit=0
KillWait=30
MinJobAge=600
NodeName=$host NodeAddr=127.0.0.1 CPUs=2 RealMemory=4096 State=UNKNOWN
PartitionName=main Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
env "$MARK" SLURM_CONF="$CONF" slurmctld -D -i >"$DIR/log/slurmctld.out" 2>&1 &
pids+=($!)
env "$MARK" SLURM_CONF="$CONF" slurmd -D >"$DIR/log/slurmd.out" 2>&1 &
pids+=($!)
for i in $(seq 1 120); do
  [ "$(on_cluster sinfo --noheader --format=%T 2>/dev/null)" = idle ] && break
  sleep 0.25
done
[ "$(on_cluster sinfo --noheader --format=%T 2>/dev/null)" = idle ] \
  || fail "the node did not come up: $(on_cluster sinfo 2>&1 | tail -n 2)"
echo "test-slurm: slurmctld and slurmd up ($(slurmctld -V)), one node of 2 CPUs"

# Waits until none of the given jobs is pending or running (at most 15 minutes).
wait_jobs() {
  local i
  for i in $(seq 1 1800); do
    [ -z "$(on_cluster squeue --noheader --jobs="$(IFS=,; echo "$*")" 2>/dev/null)" ] && return 0
    sleep 0.5
  done
  fail "jobs $* still not done after 15 minutes"
}
# A job's state and exit code: "COMPLETED 0:0".
job_state() {
  on_cluster scontrol show job "$1" | tr ' ' '\n' | sed -n 's/^JobState=//p; s/^ExitCode=//p' | paste -sd' '
}
# plan-week.sh's ids from its last line: "N parts: array job A, merge job M".
submit_week() { # WEEK.json
  local out
  out=$(cd "$(dirname "$1")" && on_cluster "$ROOT/deploy/slurm/plan-week.sh" "$1")
  echo "test-slurm: plan-week.sh: $out" >&2
  sed -n 's/^\([0-9]*\) parts: array job \([0-9]*\), merge job \([0-9]*\)$/\1 \2 \3/p' <<<"$out"
}
# The CPU seconds (user + system) of every attempt in a part's log.
cpu_of() { awk '/^plan-part: part .* user CPU/ {s += $(NF-7) + $(NF-3)} END {printf "%.1f", s}' "$1"; }

# --- The recipe as documented ------------------------------------------------------------------
W="$DIR/week"
mkdir "$W"
if [ -n "${MILEN_SLURM_WEEK:-}" ]; then
  # shellcheck disable=SC2086
  "$MILEN" generate $MILEN_SLURM_WEEK -o "$W/week.json" >/dev/null
else
  "$MILEN" generate --size M --seed 1 -o "$W/week.json" >/dev/null
fi
start=$(date +%s.%N)
read -r n array merge < <(submit_week "$W/week.json")
[ -n "${merge:-}" ] || fail "plan-week.sh did not submit its jobs"
if [ -z "${MILEN_SLURM_WEEK:-}" ]; then
  # The whole week's plan meanwhile, to compare. The bytes do not depend on the load as long
  # as no goal level is stopped by the clock: a generous limit, as the tasks have (the week's
  # own 60 seconds can be reached on a loaded machine).
  "$MILEN" plan "$W/week.json" --time-limit 3600 -o "$DIR/whole.json" &
  whole=$!
fi
wait_jobs "$array" "$merge"
end=$(date +%s.%N)
state=$(job_state "$merge")
[ "$state" = "COMPLETED 0:0" ] || fail "the merge job ended $state: $(cat "$W/merge.log")"
tasks=$(on_cluster scontrol show job "$array" | grep -c 'JobState=COMPLETED')
[ "$tasks" = "$n" ] || fail "$tasks of $n array tasks completed"
"$MILEN" check "$W/week.json" "$W/plan.json" >/dev/null || fail "milen check rejects the merged plan"
for f in "$W"/plans/slurm-*.log; do
  grep -q 'user CPU' "$f" || fail "$f has no CPU time"
done
if [ -n "${MILEN_SLURM_WEEK:-}" ]; then
  echo "test-slurm: $MILEN_SLURM_WEEK: $n parts through Slurm in $(awk "BEGIN {printf \"%.1f\", $end - $start}") s" \
    "(split to checked plan); CPU seconds (user + system) per part:"
  for f in "$W"/plans/slurm-*.log; do
    echo "  part $(basename "$f" .log | sed s/slurm-//): $(cpu_of "$f") s"
  done | sort -t: -k2 -n -r
  python3 - "$W"/plans/slurm-*.log <<'EOF'
import re, sys
cpu = []
for path in sys.argv[1:]:
    s = 0.0
    for line in open(path):
        m = re.search(r"([\d.]+) s user CPU, ([\d.]+) s system CPU", line)
        if m: s += float(m.group(1)) + float(m.group(2))
    cpu.append(s)
cpu.sort()
print(f"test-slurm: CPU per part: total {sum(cpu):.1f} s, mean {sum(cpu)/len(cpu):.2f} s, "
      f"median {cpu[len(cpu)//2]:.2f} s, largest {cpu[-1]:.1f} s")
EOF
  grep -q '"cutByClock"' "$W/plan.json" && echo "test-slurm: the plan was cut by the clock"
  exit 0
fi
wait "$whole"
cmp -s "$W/plan.json" "$DIR/whole.json" || fail "the merged plan differs from milen plan of the whole week"
echo "test-slurm: plan-week.sh: $n array tasks, merge, check: the same bytes as milen plan"

# --- Faults -------------------------------------------------------------------------------------
F="$DIR/faults"
mkdir "$F"
cp "$W/week.json" "$F/week.json"
# The two largest parts: the planner of the second is killed, the first is cancelled.
mkdir "$F/sizes" && "$MILEN" split "$F/week.json" "$F/sizes" >/dev/null
read -r big second < <(ls -S "$F"/sizes/part-*.json | head -n 2 | sed 's/.*part-0*\([0-9]*\)\.json/\1/' | paste -sd' ')
rm -r "$F/sizes"
read -r n array merge < <(submit_week "$F/week.json")
on_cluster scancel "${array}_$big"
big2=$(printf '%02d' "$big")
second2=$(printf '%02d' "$second")
# The planner of the second largest part, once it runs: killed as the out-of-memory killer would.
victim=
for i in $(seq 1 1200); do
  victim=$(pgrep -f -- "plan $F/parts/part-$second2.json" | head -n 1 || true)
  [ -n "$victim" ] && break
  sleep 0.05
done
[ -n "$victim" ] || fail "the planner of part $second never ran"
kill -KILL "$victim"
killed_at=$(date +%s)
wait_jobs "$array" "$merge"
# Slurm ran the task again: the task requeued itself, and Slurm counts the restart.
task=$(on_cluster scontrol show job "${array}_$second")
grep -q "Restarts=1 " <<<"$task" || fail "Slurm did not run part $second's task again: $task"
grep -q "JobState=COMPLETED " <<<"$task" || fail "part $second's task did not complete: $task"
log="$F/plans/slurm-$second.log"
grep -q "part $second2, run 1 ended with exit 137" "$log" \
  || fail "part $second's log does not show the killed run: $(cat "$log")"
grep -q "requeued for run 2" "$log" || fail "part $second's task did not requeue itself: $(cat "$log")"
grep -q "part $second2, run 2 of 2" "$log" || fail "Slurm did not run part $second again: $(cat "$log")"
cmp -s "$F/plans/plan-$second2.json" "$W/plans/plan-$second2.json" \
  || fail "part $second planned again is not the plan of the undisturbed run"
restarted=$(on_cluster scontrol show job "${array}_$second" | tr ' ' '\n' | sed -n 's/^StartTime=//p')
echo "test-slurm: part $second's planner killed (exit 137): the task requeued itself" \
  "(scontrol requeue), Slurm ran it again $(($(date -d "$restarted" +%s) - killed_at)) s after" \
  "the kill (Restarts=1), same bytes"
state=$(job_state "$merge")
[ "$state" = "FAILED 65:0" ] || fail "with part $big cancelled the merge job ended $state"
grep -qE "(no plan of part|der mangler en plan for del) $big \(" "$F/merge.log" || fail "the merge does not name part $big: $(cat "$F/merge.log")"
[ ! -e "$F/plan.json" ] || fail "the merge wrote a plan with part $big missing"
echo "test-slurm: part $big cancelled: the merge names it ($(grep -oE "(no plan of part|der mangler en plan for del) [^;]*" "$F/merge.log")) and writes nothing"

# Part $big again, alone, under a one-minute Slurm limit (Slurm's least: it counts minutes):
# plan-part.sh keeps its 60-second margin and leaves the planner 1 second.
job=$(on_cluster sbatch --parsable --array="$big" --time=0:01 --output="$F/plans/slurm-%a.log" \
  "$ROOT/deploy/slurm/plan-part.sh" "$F")
merge=$(on_cluster sbatch --parsable --dependency=afterany:"$job" --output="$F/merge.log" \
  "$ROOT/deploy/slurm/merge-week.sh" "$F/week.json")
wait_jobs "$job" "$merge"
grep -q -- "--time-limit 1$" "$F/plans/slurm-$big.log" || fail "part $big's planner did not get 1 second"
grep -q '"cutByClock" : true' "$F/plans/plan-$big2.json" \
  || fail "part $big's plan is not marked as cut by the clock: $(cat "$F/plans/slurm-$big.log")"
grep -qE "(part|del) $big \(.*plan-$big2.json\) (was cut by the clock|blev afbrudt af uret)" "$F/merge.log" \
  || fail "the merge does not say part $big was cut by the clock: $(cat "$F/merge.log")"
# What the clock left of the part decides what the merge can do: a cut part may leave a
# referral waiting that its whole plan admits, and on the whole week that breaks the referral
# order (rule 9), which only `plan` of the whole week can settle. Either way the part is named.
state=$(job_state "$merge")
case $state in
  "COMPLETED 0:0")
    grep -q '"cutByClock" : true' "$F/plan.json" || fail "the merged plan is not marked as cut by the clock"
    "$MILEN" check "$F/week.json" "$F/plan.json" >/dev/null || fail "milen check rejects the merged plan"
    outcome="the week's plan is marked so and checks" ;;
  "FAILED 65:0")
    grep -q "referred earlier, waits without a reason on the whole week" "$F/merge.log" \
      || fail "the merge refused for another reason: $(cat "$F/merge.log")"
    [ ! -e "$F/plan.json" ] || fail "the merge refused but wrote a plan"
    outcome="the cut broke the referral order across towns: refused, nothing written" ;;
  *) fail "the merge job ended $state: $(cat "$F/merge.log")" ;;
esac
echo "test-slurm: part $big under a one-minute limit: planned for 1 s, cut by the clock; the merge names it ($outcome)"

# Part $big once more with its time, as docs/scale.md says to: the set is whole again, and the
# merged plan is the bytes of `milen plan`, the killed and re-run part included.
rm -f "$F/plan.json"
job=$(on_cluster sbatch --parsable --array="$big" --time=10 --output="$F/plans/slurm-%a.log" \
  "$ROOT/deploy/slurm/plan-part.sh" "$F")
merge=$(on_cluster sbatch --parsable --dependency=afterany:"$job" --output="$F/merge.log" \
  "$ROOT/deploy/slurm/merge-week.sh" "$F/week.json")
wait_jobs "$job" "$merge"
state=$(job_state "$merge")
[ "$state" = "COMPLETED 0:0" ] || fail "the merge job ended $state: $(cat "$F/merge.log")"
cmp -s "$F/plan.json" "$DIR/whole.json" \
  || fail "the merged plan after the re-run parts differs from milen plan of the whole week"
echo "test-slurm: part $big planned again with its time: the merge checks, the same bytes as milen plan"

# --- Slurm's time limit kills a task -------------------------------------------------------------
# One town of 2,000 participants: one part, minutes of planning on this kind of machine. Its
# task has Slurm's least limit (one minute; OverTimeLimit=0) and the planner a clock of an hour
# (MILEN_TIME_LIMIT): Slurm's SIGTERM ends it, the planner writes its plan so far (cut by the
# clock) within KillWait, and the merge names the part.
T="$DIR/limit"
mkdir -p "$T/parts" "$T/plans"
"$MILEN" generate --participants 2000 --towns 1 --seed 1 -o "$T/week.json" >/dev/null
"$MILEN" split "$T/week.json" "$T/parts" >/dev/null
[ "$(ls "$T"/parts | wc -l)" = 1 ] || fail "the one-town week is not one part"
job=$(on_cluster env MILEN_TIME_LIMIT=3600 sbatch --parsable --array=1 --time=1 \
  --output="$T/plans/slurm-%a.log" "$ROOT/deploy/slurm/plan-part.sh" "$T")
merge=$(on_cluster sbatch --parsable --dependency=afterany:"$job" --output="$T/merge.log" \
  "$ROOT/deploy/slurm/merge-week.sh" "$T/week.json")
wait_jobs "$job" "$merge"
task=$(on_cluster scontrol show job "${job}_1")
log="$T/plans/slurm-1.log"
grep -q "JobState=TIMEOUT Reason=TimeLimit" <<<"$task" \
  || fail "the task did not end by Slurm's time limit: $task $(cat "$log")"
runtime=$(tr ' ' '\n' <<<"$task" | sed -n 's/^RunTime=//p')
grep -q "SIGTERM from Slurm (its time limit)" "$log" || fail "the task saw no SIGTERM: $(cat "$log")"
grep -qE "SIGTERM (received|modtaget) \(--cut-on-term\)" "$log" || fail "the planner saw no SIGTERM: $(cat "$log")"
grep -q "planned until Slurm's time limit, cut by the clock" "$log" \
  || fail "the task did not leave a plan cut by the clock: $(cat "$log")"
grep -q '"cutByClock" : true' "$T/plans/plan-01.json" || fail "part 1's plan is not marked as cut by the clock"
grep -qE "(part|del) 1 \(.*plan-01.json\) (was cut by the clock|blev afbrudt af uret)" "$T/merge.log" \
  || fail "the merge does not say part 1 was cut by the clock: $(cat "$T/merge.log")"
state=$(job_state "$merge")
case $state in
  "COMPLETED 0:0")
    grep -q '"cutByClock" : true' "$T/plan.json" || fail "the merged plan is not marked as cut by the clock"
    "$MILEN" check "$T/week.json" "$T/plan.json" >/dev/null || fail "milen check rejects the merged plan"
    outcome="the week's plan is marked so and checks" ;;
  "FAILED 65:0")
    grep -qE "was cut by the clock|blev afbrudt af uret" "$T/merge.log" || fail "the merge refused for another reason: $(cat "$T/merge.log")"
    [ ! -e "$T/plan.json" ] || fail "the merge refused but wrote a plan"
    outcome="refused, naming the cut part, nothing written" ;;
  *) fail "the merge job ended $state: $(cat "$T/merge.log")" ;;
esac
echo "test-slurm: a one-town week of 2,000 under --time=1: Slurm's time limit ended the task" \
  "(TIMEOUT after $runtime), the planner's SIGTERM left its plan cut by the clock" \
  "($(grep -o '[0-9.]* s elapsed, [0-9.]* s user CPU' "$log")); the merge names part 1 ($outcome)"
