#!/usr/bin/env bash
# scripts/crash.sh [ROUNDS] [ISSUES]
#
# The store's crash test at scale (tests/store/crash_test.cpp runs 20+ kills
# in ctest): ingests ISSUES synthetic issues (default 300, bench/gen_issues)
# with `caregraph ingest`, kills it with SIGKILL at a random moment, checks
# that the database opens and `caregraph verify` passes, finishes the ingest
# and compares the canonical JSON export with that of an uninterrupted run.
# ROUNDS times (default 100). Needs a build in build/ (scripts/setup.sh).
# Exit 0 iff every round gave the same graph.
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=${CAREGRAPH:-build/cli/caregraph}
GEN=${CAREGRAPH_GEN:-build/bench/gen_issues}
rounds=${1:-100}
count=${2:-300}
for f in "$CLI" "$GEN"; do
  [ -x "$f" ] || { echo "scripts/crash.sh: $f not built (run scripts/setup.sh)" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/caregraph-crash.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$GEN" --count "$count" --seed 5 --out "$work/corpus" >/dev/null
t0=$(date +%s%N)
"$CLI" ingest --db "$work/ref" "$work/corpus" >/dev/null 2>&1
full_us=$(( ($(date +%s%N) - t0) / 1000 ))
"$CLI" export --db "$work/ref" --format json --out "$work/ref.json" 2>/dev/null
echo "crash.sh: $count issues, an uninterrupted ingest takes $((full_us / 1000)) ms; $rounds rounds" >&2

killed=0
for ((r = 1; r <= rounds; r++)); do
  db="$work/db"
  rm -rf "$db"
  "$CLI" ingest --db "$db" "$work/corpus" >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v us="$full_us" -v s="$RANDOM" 'BEGIN { printf "%.6f", (s / 32768.0) * us / 1e6 }')"
  if kill -KILL "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2>/dev/null || true
  if [ -f "$db/CURRENT" ]; then
    "$CLI" verify --db "$db" >"$work/verify.out" 2>&1 ||
      { echo "crash.sh: round $r: verify failed after the kill:" >&2; cat "$work/verify.out" >&2; exit 1; }
  fi
  "$CLI" ingest --db "$db" "$work/corpus" >/dev/null 2>"$work/ingest.err" ||
    { echo "crash.sh: round $r: finishing the ingest failed:" >&2; cat "$work/ingest.err" >&2; exit 1; }
  "$CLI" export --db "$db" --format json --out "$work/got.json" 2>/dev/null
  cmp -s "$work/ref.json" "$work/got.json" ||
    { echo "crash.sh: round $r: the graph differs from the uninterrupted ingest" >&2; exit 1; }
done
echo "crash.sh: $rounds rounds, $killed killed mid-ingest, every database verified and finished to the same graph"
