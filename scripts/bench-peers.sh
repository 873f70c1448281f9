#!/usr/bin/env bash
# Milen against HiGHS on the same models (`make bench-peers`; docs/performance.md).
#
# Generates a scenario (BENCH_SIZE, default M; BENCH_SEED, default 1), splits it into its
# towns (`milen split`), plans each town on its own (`milen plan`, one at a time, with
# MILEN_TRACE=1 for each level's time), exports every goal level of every town with the values
# the plan reached (`milen export-model --plan`), and solves each exported model with HiGHS
# (highspy, default settings) and with GLPK as `plan` sets it up (`milen solve-model`: the same
# cuts, branching and node limit, but without plan's warm start). Prints one table row per
# town and level; the ratio is milen's time in `plan` over HiGHS's time on the export. Then one
# row per town: the town's whole `milen plan` (end to end) against HiGHS's five levels.
#
# BENCH_PARTS=N takes only the N largest towns (L has 40); BENCH_TIME_LIMIT (default 600 s)
# bounds each solve; BENCH_DIR (default .build/bench-peers) keeps the files.
set -euo pipefail
cd "$(dirname "$0")/.."
MILEN="$(realpath "${MILEN:-.build/release/milen}")"
SIZE="${BENCH_SIZE:-M}"
SEED="${BENCH_SEED:-1}"
PARTS="${BENCH_PARTS:-0}"
LIMIT="${BENCH_TIME_LIMIT:-600}"
DIR="${BENCH_DIR:-.build/bench-peers}/$SIZE-$SEED"
[ -x "$MILEN" ] || { echo "bench-peers: $MILEN is missing (make release)" >&2; exit 66; }

if ! python3 -c 'import highspy' >/dev/null 2>&1; then
  echo "bench-peers: installing highspy (HiGHS for Python)" >&2
  pip install highspy || python3 -m pip install --break-system-packages highspy
fi

rm -rf "$DIR" && mkdir -p "$DIR/parts"
"$MILEN" generate --size "$SIZE" --seed "$SEED" -o "$DIR/week.json" >/dev/null
"$MILEN" split "$DIR/week.json" "$DIR/parts" >/dev/null

MILEN="$MILEN" DIR="$DIR" PARTS="$PARTS" LIMIT="$LIMIT" SIZE="$SIZE" SEED="$SEED" python3 - <<'PY'
import glob, json, os, re, subprocess, time
import highspy

milen, d = os.environ["MILEN"], os.environ["DIR"]
limit = float(os.environ["LIMIT"])
files = sorted(glob.glob(f"{d}/parts/part-*.json"))
size = {f: len(json.load(open(f))["participants"]) for f in files}
take = int(os.environ["PARTS"])
if take > 0:
    files = sorted(sorted(files, key=lambda f: -size[f])[:take])
trace = re.compile(r"level (\d+) vars (\d+): (.*?) warm .* nodes (\d+) gap (\S+) t (\S+)")
search = re.compile(r"level (\d+) neighbourhoods (\d+) improved \d+ nodes (\d+) it \d+ t (\S+)")

def highs(path, relax=False):
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("log_to_console", False)
    h.setOptionValue("time_limit", limit)
    h.readModel(path)
    if relax:
        lp = h.getLp()
        lp.integrality_ = []
        h.passModel(lp)
    t = time.perf_counter()
    h.run()
    t = time.perf_counter() - t
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    return t, status, info.objective_function_value, getattr(info, "mip_dual_bound", None)

print(f"# bench-peers {os.environ['SIZE']} seed {os.environ['SEED']}: "
      f"{time.strftime('%Y-%m-%d %H:%M')}, load {os.getloadavg()[0]:.2f} "
      f"(1 min avg at start), HiGHS {highspy.Highs().version()}")
print("| town | people | level | columns | HiGHS s | HiGHS LP s | milen in plan s | ratio | "
      "milen status (nodes) | plan value (gap) | HiGHS value | GLPK on export s (status) |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
summary = []
for f in files:
    name = os.path.basename(f)[:-5].replace("part-", "")
    plan = f"{d}/plan-{name}.json"
    wall = time.perf_counter()
    run = subprocess.run([milen, "plan", f, "-o", plan, "--time-limit", str(limit)],
                         env=dict(os.environ, MILEN_TRACE="1"), capture_output=True, text=True)
    wall = time.perf_counter() - wall
    if run.returncode != 0:
        print(f"| {name} | plan failed: {run.stderr.strip()} |")
        continue
    levels = {}
    for m in trace.finditer(run.stderr):
        levels[int(m.group(1))] = (int(m.group(2)), m.group(3), int(m.group(4)), float(m.group(6)))
    for m in search.finditer(run.stderr):
        # The neighbourhood search after a level stopped at its node limit: its solves count
        # in milen's time and nodes for that level.
        cols, term, nodes, secs = levels[int(m.group(1))]
        levels[int(m.group(1))] = (cols, term, nodes + int(m.group(3)), secs + float(m.group(4)))
    goals = {g["priority"]: g for g in json.load(open(plan))["solver"]["goals"]}
    town = [name, size[f], wall, 0.0, 0.0]
    summary.append(town)
    for level in sorted(levels):
        mps = f"{d}/part-{name}-level-{level}.mps"
        subprocess.run([milen, "export-model", f, "--level", str(level), "--plan", plan,
                        "-o", mps], check=True)
        ht, hs, hobj, _ = highs(mps)
        lt, _, _, _ = highs(mps, relax=True)
        g = json.loads(subprocess.run([milen, "solve-model", mps, "--time-limit", str(limit)],
                                      capture_output=True, text=True, check=True).stdout)
        cols, term, nodes, secs = levels[level]
        ratio = secs / ht if ht > 0 else float("inf")
        town[3] += secs
        town[4] += ht
        print(f"| {name} | {size[f]} | {level} | {cols} | {ht:.2f} ({hs}) | {lt:.2f} | "
              f"{secs:.2f} | {ratio:.2f} | {goals[level]['status']} ({nodes}) | "
              f"{goals[level]['objective']:.4f} ({100 * (goals[level].get('gap') or 0):.1f} %) | "
              f"{-hobj:.4f} | {g['seconds']:.2f} ({g['status']}) |", flush=True)
# Each town end to end: the whole `milen plan` of the town (process start to plan written,
# with its checks), against HiGHS's time on the town's five exported levels.
print()
print("| town | people | milen plan, end to end s | milen's levels s | HiGHS's five levels s | "
      "end to end / HiGHS |")
print("|---|---|---|---|---|---|")
for name, people, wall, levels_s, highs_s in summary + [
        ["all", sum(t[1] for t in summary), sum(t[2] for t in summary),
         sum(t[3] for t in summary), sum(t[4] for t in summary)]]:
    print(f"| {name} | {people} | {wall:.2f} | {levels_s:.2f} | {highs_s:.2f} | "
          f"{wall / highs_s if highs_s > 0 else float('inf'):.2f} |")
PY
