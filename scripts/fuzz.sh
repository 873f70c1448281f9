#!/bin/sh
# Builds the libFuzzer target for the scenario and plan readers (Fuzz/FuzzReaders.swift) with
# -sanitize=fuzzer in its own build folder, seeds a corpus from Fixtures/ and runs it for
# FUZZ_SECONDS (default 600). Findings are written to .build/fuzz/findings/.
set -eu
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${FUZZ_SECONDS:-600}"
SCRATCH=.build/fuzz
swift build --scratch-path "$SCRATCH" --target MilenReports -Xswiftc -sanitize=fuzzer \
  -Xcc -fsanitize=fuzzer-no-link
BIN="$SCRATCH/debug"
OBJS=$(find "$BIN/MilenFormats.build" "$BIN/MilenReports.build" "$BIN/MilenModel.build" "$BIN/MilenSolver.build" \
  "$BIN/MilenCheck.build" "$BIN/GLPK.build" "$BIN/CGLPKGuard.build" "$BIN/Yams.build" \
  "$BIN/CYaml.build" "$BIN/Mustache.build" "$BIN/CSV.build" -name '*.o')
# SHA-256 comes from swift-crypto (BoringSSL underneath).
for d in Crypto CCryptoBoringSSL CCryptoBoringSSLShims CryptoBoringWrapper CXKCP CXKCPShims; do
  if [ -d "$BIN/$d.build" ]; then OBJS="$OBJS $(find "$BIN/$d.build" -name '*.o')"; fi
done
swiftc -sanitize=fuzzer -parse-as-library -g Fuzz/FuzzReaders.swift -I "$BIN/Modules" \
  -I Sources/CGLPK -Xcc -fmodule-map-file="$BIN/CGLPKGuard.build/module.modulemap" \
  -I Sources/CGLPKGuard/include -I "$SCRATCH/checkouts/Yams/Sources/CYaml/include" $OBJS -lglpk \
  -o "$SCRATCH/milen-fuzz"
CORPUS="$SCRATCH/corpus"
mkdir -p "$CORPUS" "$SCRATCH/findings"
# Seeds: each fixture once per reader (the first byte picks it: '0' JSON, '1' YAML, '2' plan).
for f in Fixtures/*.json Fixtures/rules/*.json Fixtures/whatif/*.json Fixtures/whatif/*.yaml; do
  n=$(basename "$f")
  { printf '0'; cat "$f"; } >"$CORPUS/json-$n"
  { printf '1'; cat "$f"; } >"$CORPUS/yaml-$n"
done
if [ -x .build/debug/milen ]; then
  { printf '2'; .build/debug/milen plan --format json; } >"$CORPUS/plan-aulum.json" || true
fi
"$SCRATCH/milen-fuzz" "$CORPUS" -max_total_time="$SECONDS_TO_RUN" -max_len=65536 \
  -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$SCRATCH/findings/" -print_final_stats=1
