# Milen: `make run` plans the built-in Aulum week; `make test` runs every test.
SWIFT ?= swift
MILEN := .build/release/milen

.PHONY: run test browser-test slurm-test image build release deps lint format embed bench bench-check bench-update bench-peers bench-commands bench-commands-guard fuzz clean

# GLPK from Debian (libglpk-dev ships no pkg-config file; the module map links -lglpk).
deps:
	@if [ ! -f /usr/include/glpk.h ]; then \
	  echo "make: installing libglpk-dev (GLPK)"; \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libglpk-dev; \
	  else \
	    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libglpk-dev; \
	  fi; \
	fi

release: deps
	$(SWIFT) build -c release --product milen

run: release
	$(MILEN) plan --details

build: deps
	$(SWIFT) build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	scripts/test-scale.sh
	$(MAKE) browser-test
	$(MAKE) slurm-test

# The recipes of docs/scale.md on a one-node Slurm cluster started for the test, with the release
# build (the one `make run` uses); the Kubernetes manifests against the schema. Skipped loudly
# when Slurm is not installed, a failure under CI (scripts/test-slurm.sh).
slurm-test: release
	scripts/test-slurm.sh $(MILEN)

# The image of the Kubernetes Jobs (deploy/kubernetes/), built from the Containerfile with Podman
# and run: milen plan and the Jobs' commands in it must give the bytes of this release build's
# plan (scripts/build-image.sh; docs/scale.md). Needs root; 20 to 30 minutes from nothing (the
# release build inside the image), so neither make test nor CI runs it.
image: release
	scripts/build-image.sh $(MILEN)

# The planning page (`milen serve`) in headless Chromium with selenium; skipped loudly only
# when chromium is missing locally, a failure under CI (scripts/browser-test.sh).
browser-test: deps
	$(SWIFT) build --product milen
	scripts/browser-test.sh

lint:
	$(SWIFT) format lint -r -s Sources Tests

format:
	$(SWIFT) format -r -i Sources Tests

# Re-embed Fixtures/aulum.json into the binary after editing it.
embed:
	scripts/embed-aulum.sh

# Every benchmark (L included: minutes).
bench: deps
	cd Benchmarks && $(SWIFT) package benchmark

# The CI guard: the CI benchmarks against Benchmarks/Thresholds.
bench-check: deps
	scripts/bench-check.sh

# Record new thresholds on purpose (after a deliberate change), then commit Benchmarks/Thresholds.
bench-update: deps
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark thresholds update \
	  --filter "PlanAulum|ReplanAulum|WhatIfAulum|PlanS|BuildM|PlanM|PlanMTowns"

# Milen against HiGHS on the same exported models, per town and goal level (docs/performance.md):
# BENCH_SIZE=M BENCH_SEED=1 by default; BENCH_PARTS=3 to take only the largest parts.
bench-peers: release
	scripts/bench-peers.sh

# Every coordinator command on the Aulum week and M seed 1's plan, timed against a yardstick of
# the same run (`milen check` of the Aulum week), as ratios (scripts/bench-commands.sh).
bench-commands: release
	scripts/bench-commands.sh

# The CI guard of those ratios (3x) and of the plans' work counters and goal values against
# Benchmarks/commands.thresholds (re-record: scripts/bench-commands.sh --record, with a line in
# docs/performance.md).
bench-commands-guard: release
	scripts/bench-commands.sh --guard

# libFuzzer on the scenario and plan readers for FUZZ_SECONDS (default 600); findings in
# .build/fuzz/findings/ (scripts/fuzz.sh).
FUZZ_SECONDS ?= 600
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

clean:
	rm -rf .build
