#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/) with clang++ in build-fuzz/ and runs
# each for SECONDS (default 60) on its seed corpus (fuzz/corpus/<name>; new
# inputs go to build-fuzz/corpus/<name>). Exits non-zero when a harness
# crashes; the crashing input is left in build-fuzz/artifacts/.
#   bash scripts/fuzz.sh [SECONDS] [HARNESS...]   (harnesses: extract extraction_json codec)
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-60}
shift || true
HARNESSES=("$@")
[ ${#HARNESSES[@]} -gt 0 ] || HARNESSES=(extract extraction_json codec)
BUILD=${CAREGRAPH_FUZZ_BUILD_DIR:-build-fuzz}

cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCAREGRAPH_FUZZ=ON -DCAREGRAPH_TESTS=OFF -DCAREGRAPH_BENCH=OFF >/dev/null
targets=()
for h in "${HARNESSES[@]}"; do targets+=("fuzz_$h"); done
cmake --build "$BUILD" -j "$(nproc)" --target "${targets[@]}"

status=0
for h in "${HARNESSES[@]}"; do
  corpus="$BUILD/corpus/$h"
  mkdir -p "$corpus" "$BUILD/artifacts"
  seeds=("fuzz/corpus/$h")
  [ "$h" = extract ] && seeds+=(samples)  # the sample issues seed the extractor too
  echo "fuzz: $h for ${SECS}s" >&2
  # -timeout: one input taking longer is a hang; -rss_limit_mb: runaway memory.
  # fuzz/<name>.dict, where there is one: tokens of the shapes we know cost most.
  dict=()
  [ -f "fuzz/$h.dict" ] && dict=(-dict="fuzz/$h.dict")
  if ! "$BUILD/fuzz/fuzz_$h" -max_total_time="$SECS" -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 "${dict[@]}" \
      -artifact_prefix="$BUILD/artifacts/$h-" "$corpus" "${seeds[@]}" >"$BUILD/fuzz_$h.log" 2>&1; then
    echo "fuzz: $h FAILED (log: $BUILD/fuzz_$h.log; input: $(ls -t "$BUILD"/artifacts/"$h"-* 2>/dev/null | head -1))" >&2
    grep -E "ERROR|SUMMARY|invariant|runtime error" "$BUILD/fuzz_$h.log" | head -5 >&2 || true
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$BUILD/fuzz_$h.log" | tr '\n' ' ' >&2
    echo "(corpus: $(ls "$corpus" | wc -l) inputs)" >&2
  fi
done
exit $status
