#!/usr/bin/env bash
# Builds the image that deploy/kubernetes/*.yaml run, from the repository's Containerfile
# unchanged, with Podman, and runs it for real (docs/scale.md, "The image"):
#  1. the Containerfile's two base images, when they are not already here, made locally without
#     Docker Hub and tagged with the names the Containerfile uses:
#     - docker.io/library/debian:bookworm-slim: a minbase Debian 12 from Debian's mirror
#       (mmdebstrap), without documentation, manual pages and translations, imported;
#     - docker.io/library/swift:6.3-bookworm: that Debian plus the packages of swift-docker's
#       Debian 12 image and this machine's Swift toolchain (scripts/swift-bookworm.Containerfile);
#  2. `podman build --pull=never -f Containerfile .` (where this machine reads Swift packages
#     from local copies through git's url.<copies>.insteadOf, the copies are mounted read-only
#     into the build and the Swift base image has the same rewrite);
#  3. in the image, as user 10001 like the Kubernetes pods: `milen --version` must be the host's;
#     `milen plan` of a generated week, read from a read-only mount, must give the bytes of the
#     host's `milen plan`; and the three Jobs' commands, read from the manifests, run in turn on
#     a folder mounted as /week (split; each part with its JOB_COMPLETION_INDEX; merge and
#     check), whose plan.json must be the same bytes again.
# Each step's wall time is printed, and the image's size.
#
# Usage: scripts/build-image.sh [MILEN]   (default .build/release/milen: the host's build to
# compare with; `make image` builds it first)
# MILEN_IMAGE names the image (default registry.example/milen:0.1.0, the manifests' name);
# MILEN_REBUILD_BASES=1 makes the two base images anew; MILEN_TOOLCHAIN is the toolchain's
# root (default: the one of `swift` on PATH, /opt/swift here); MILEN_IMAGE_KEEP=1 keeps the
# temporary folder; MILEN_IMAGE_NO_BUILD=1 only runs the image already built. Needs root (mmdebstrap, rootful Podman); installs podman, runc and mmdebstrap
# from Debian when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
IMAGE=${MILEN_IMAGE:-registry.example/milen:0.1.0}
DEBIAN_BASE=docker.io/library/debian:bookworm-slim
SWIFT_BASE=docker.io/library/swift:6.3-bookworm
MIRROR=http://deb.debian.org/debian
MILEN="$(realpath "${1:-.build/release/milen}")"

fail() { echo "build-image: FAIL: $*" >&2; exit 1; }
start=$(date +%s)
step_start=$start
step() {
  local now
  now=$(date +%s)
  echo "build-image: $1 ($((now - step_start)) s)"
  step_start=$now
}

[ -x "$MILEN" ] || fail "no milen at $MILEN to compare with (swift build -c release --product milen)"
[ "$(id -u)" = 0 ] || fail "run as root: mmdebstrap and rootful Podman make the base images"

# --- Tools ----------------------------------------------------------------------------------------
missing=()
command -v podman >/dev/null 2>&1 || missing+=(podman)
command -v runc >/dev/null 2>&1 || missing+=(runc)
command -v mmdebstrap >/dev/null 2>&1 || missing+=(mmdebstrap)
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-image: installing ${missing[*]} (Debian's packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]} failed"
fi

# Podman's defaults do not run on every machine; these options are harmless where they do:
#  - runc, not Debian 12's default crun, which refuses a host with cgroup v1 and v2 mounted side
#    by side ("crun: cgroups in hybrid mode not supported, drop all controllers from cgroupv2");
#  - the open-file and process limits of this shell (processes at most the kernel's pid_max,
#    Podman's own), not Podman's defaults for root (1048576 files), which a container may only
#    get with CAP_SYS_RESOURCE ("setrlimit `RLIMIT_NOFILE`: Operation not permitted").
limit() {
  local v
  v=$(ulimit -H "$1")
  if [ "$v" = unlimited ] || [ "$v" -gt "$2" ]; then v=$2; fi
  echo "$v"
}
nofile=$(limit -n 1048576)
nproc=$(limit -u "$(cat /proc/sys/kernel/pid_max)")
podman_opts=(--runtime runc)
run_opts=(--ulimit "nofile=$nofile:$nofile" --ulimit "nproc=$nproc:$nproc")
pm() { podman "${podman_opts[@]}" "$@"; }

TOOLCHAIN=${MILEN_TOOLCHAIN:-}
if [ -z "$TOOLCHAIN" ]; then
  swift_bin=$(command -v swift) || fail "no swift on PATH (MILEN_TOOLCHAIN=ROOT names the toolchain)"
  TOOLCHAIN=$(dirname "$(dirname "$(dirname "$(realpath "$swift_bin")")")")
fi
[ -x "$TOOLCHAIN/usr/bin/swift" ] || fail "no Swift toolchain at $TOOLCHAIN (usr/bin/swift)"

# Swift packages read from local copies (git's url.DIR.insteadOf https://github.com/): the
# build's git gets the same rewrite and the copies, read-only.
packages=""
while read -r key value; do
  if [ "$value" = https://github.com/ ]; then
    dir=${key#url.}
    dir=${dir%.insteadof}
    if [ -d "$dir" ]; then packages=$dir; fi
  fi
done < <(git config --get-regexp '^url\..*\.insteadof$' || true)
mounts=()
if [ -n "$packages" ]; then
  mounts=(-v "$packages:$packages:ro")
  echo "build-image: Swift packages from $packages (git's insteadOf), mounted read-only into the build"
fi

DIR="$(mktemp -d "${TMPDIR:-/tmp}/milen-image.XXXXXX")"
cleanup() {
  if [ "${MILEN_IMAGE_KEEP:-}" = 1 ]; then echo "build-image: kept $DIR"; else rm -rf "$DIR"; fi
}
trap cleanup EXIT

# --- The base images ------------------------------------------------------------------------------
if [ "${MILEN_REBUILD_BASES:-}" = 1 ]; then
  pm rmi -f "$SWIFT_BASE" "$DEBIAN_BASE" >/dev/null 2>&1 || true
fi
if ! pm image exists "$DEBIAN_BASE"; then
  echo "build-image: making $DEBIAN_BASE from $MIRROR (mmdebstrap --variant=minbase bookworm)"
  mmdebstrap --variant=minbase --quiet \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/info/*' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/locale/*' --aptopt='Acquire::Languages "none"' \
    --customize-hook='rm -rf "$1"/var/lib/apt/lists/*' \
    bookworm "$DIR/debian.tar" \
    "deb $MIRROR bookworm main" "deb $MIRROR bookworm-updates main" \
    "deb ${MIRROR}-security bookworm-security main" \
    || fail "mmdebstrap could not make Debian 12 from $MIRROR"
  pm import --change 'CMD ["bash"]' "$DIR/debian.tar" "$DEBIAN_BASE" >/dev/null \
    || fail "podman import of the Debian root failed"
  rm -f "$DIR/debian.tar"
  step "made $DEBIAN_BASE"
fi
if ! pm image exists "$SWIFT_BASE"; then
  echo "build-image: making $SWIFT_BASE from $DEBIAN_BASE and the toolchain at $TOOLCHAIN"
  mkdir "$DIR/swift-context"
  pm build --pull=never --quiet "${run_opts[@]}" -v "$TOOLCHAIN:/toolchain:ro" \
    --build-arg "GIT_PACKAGE_MIRROR=$packages" -f scripts/swift-bookworm.Containerfile \
    -t "$SWIFT_BASE" "$DIR/swift-context" >/dev/null \
    || fail "podman build of $SWIFT_BASE (scripts/swift-bookworm.Containerfile) failed"
  step "made $SWIFT_BASE ($(pm run --rm "${run_opts[@]}" "$SWIFT_BASE" swift --version 2>&1 | head -1))"
fi

# --- The image ------------------------------------------------------------------------------------
if [ "${MILEN_IMAGE_NO_BUILD:-}" = 1 ]; then
  pm image exists "$IMAGE" || fail "no image $IMAGE to run (MILEN_IMAGE_NO_BUILD=1 runs the one built)"
else
  echo "build-image: podman build --pull=never -t $IMAGE -f Containerfile ."
  pm build --pull=never "${run_opts[@]}" "${mounts[@]}" -t "$IMAGE" -f Containerfile . \
    >"$DIR/build.log" 2>&1 || { tail -30 "$DIR/build.log" >&2; fail "podman build of the Containerfile failed"; }
fi
size=$(pm image inspect --format '{{.Size}}' "$IMAGE")
step "$IMAGE: $((size / 1000000)) MB"

# --- Run it ---------------------------------------------------------------------------------------
in_image() { pm run --rm "${run_opts[@]}" --user 10001:10001 "$@"; }
host_version=$("$MILEN" --version)
image_version=$(in_image "$IMAGE" milen --version) || fail "milen --version does not run in the image"
[ "$image_version" = "$host_version" ] \
  || fail "the image's milen is $image_version, the host's $host_version (build the host's anew)"
user=$(in_image "$IMAGE" id -u)
echo "build-image: the image runs milen $image_version as user $user"

# A week of 3 towns: its plan in the image (the week read-only) and on the host.
W="$DIR/in"
mkdir -p "$W" "$DIR/out"
"$MILEN" generate --size S --seed 1 --towns 3 --participants 45 -o "$W/week.json" >/dev/null
chmod -R a+rX "$DIR" && chown 10001:10001 "$DIR/out"
"$MILEN" plan "$W/week.json" -o "$DIR/host-plan.json" >/dev/null
step "planned the week on the host"
in_image -v "$W:/in:ro" -v "$DIR/out:/out" "$IMAGE" \
  milen plan /in/week.json -o /out/plan.json >/dev/null || fail "milen plan failed in the image"
cmp "$DIR/host-plan.json" "$DIR/out/plan.json" \
  || fail "the image's plan differs from the host's (kept: MILEN_IMAGE_KEEP=1)"
step "planned the week in the image: the same bytes as the host's ($(wc -c <"$DIR/host-plan.json") bytes)"

# The three Kubernetes Jobs' commands, as the manifests give them, on a folder as /week.
job_command() {
  python3 - "$1" <<'EOF'
import sys, yaml
job = yaml.safe_load(open(sys.argv[1]))
cmd = job["spec"]["template"]["spec"]["containers"][0]["command"]
assert cmd[:2] == ["sh", "-c"], cmd
print(cmd[2], end="")
EOF
}
K="$DIR/week"
mkdir "$K" && cp "$W/week.json" "$K/week.json" && chown -R 10001:10001 "$K"
# on_volume COMMAND...: in the image with the folder as /week (and INDEX, when set, as the
# pod's JOB_COMPLETION_INDEX).
on_volume() {
  local env=()
  if [ -n "${INDEX:-}" ]; then env=(-e "JOB_COMPLETION_INDEX=$INDEX"); fi
  in_image -v "$K:/week" "${env[@]}" "$IMAGE" "$@"
}
split=$(job_command deploy/kubernetes/split-job.yaml)
parts=$(on_volume sh -c "$split" | tail -1) || fail "the split Job's command failed in the image"
[ "$parts" -ge 2 ] 2>/dev/null || fail "the split Job's command printed '$parts', not a number of parts"
plan_part=$(job_command deploy/kubernetes/parts-job.yaml)
for ((i = 0; i < parts; i++)); do
  INDEX=$i on_volume sh -c "$plan_part" >/dev/null \
    || fail "the parts Job's command failed in the image for JOB_COMPLETION_INDEX=$i"
done
merge=$(job_command deploy/kubernetes/merge-job.yaml)
on_volume sh -c "$merge" >/dev/null || fail "the merge Job's command failed in the image"
cmp "$DIR/host-plan.json" "$K/plan.json" \
  || fail "the Jobs' merged plan differs from the host's milen plan (kept: MILEN_IMAGE_KEEP=1)"
step "ran the Jobs' commands in the image (split, $parts parts by JOB_COMPLETION_INDEX, merge and check): the same bytes as the host's plan"

echo "build-image: done in $(($(date +%s) - start)) s: $IMAGE, $((size / 1000000)) MB"
