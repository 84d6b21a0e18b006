#!/usr/bin/env bash
# bench/run.sh [--quick] [--only extraction,ingest,queries,render,shapes]
#
# Runs every comparison of caregraph with its peers in one go and prints one
# table (Markdown), also written to bench/out/results.md and, with every
# figure, bench/out/results.json. From a fresh clone, after scripts/setup.sh
# (Debian packages: the toolchain, RocksDB, Graphviz, nodejs/npm):
#   1. configures and builds what it needs in build-bench/ (Release, no
#      tests; $CAREGRAPH_BENCH_BUILD overrides the folder);
#   2. installs the npm peers pinned in bench/peers/package.json (+ lock)
#      into bench/peers/node_modules (ignored by git), once;
#   3. runs bench/compare.py: extraction against compromise and wink-nlp,
#      ingest at 1k/10k/100k issues, queries against Kuzu, rendering
#      against Graphviz's own commands. See bench/README.md.
# --quick runs small sizes (a check of the script, not figures to quote).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${CAREGRAPH_BENCH_BUILD:-$ROOT/build-bench}
start=$(date +%s)

for tool in cmake ninja node npm dot sfdp; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh: $tool not found (run scripts/setup.sh first)" >&2; exit 1; }
done
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3

echo "[bench] load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAREGRAPH_TESTS=OFF >/dev/null
fi
[ -f "$BUILD/.gitignore" ] || printf '*\n' >"$BUILD/.gitignore"  # keeps a build folder out of git status
echo "[bench] building in $BUILD" >&2
ninja -C "$BUILD" caregraph gen_issues store_bench peer_extract peer_graph >/dev/null

PEERS=$ROOT/bench/peers
if [ ! -d "$PEERS/node_modules/kuzu" ] || [ ! -d "$PEERS/node_modules/wink-eng-lite-web-model" ] ||
   [ ! -d "$PEERS/node_modules/compromise" ] || [ "$PEERS/package.json" -nt "$PEERS/node_modules" ]; then
  echo "[bench] npm install of the peers in bench/peers" >&2
  if [ -f "$PEERS/package-lock.json" ]; then
    npm ci --prefix "$PEERS" --no-audit --no-fund --loglevel=error >/dev/null
  else
    npm install --prefix "$PEERS" --no-audit --no-fund --loglevel=error >/dev/null
  fi
fi
export CAREGRAPH_BENCH_SETUP_SECONDS=$(( $(date +%s) - start ))
echo "[bench] set up in $CAREGRAPH_BENCH_SETUP_SECONDS s" >&2

"$PYTHON" "$ROOT/bench/compare.py" --build "$BUILD" --peers "$PEERS" --work "$BUILD/bench-work" \
  --out "$ROOT/bench/out" "$@"
echo "[bench] done in $(( $(date +%s) - start )) s" >&2
