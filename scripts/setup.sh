#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for caregraph and builds it in Release.
#
# Installs every Debian package the build, the tests and the benchmarks need
# (non-interactive, only what is missing, so it is safe to run twice), then
# configures and builds in build/ (or $CAREGRAPH_BUILD_DIR).
#   CAREGRAPH_SANITIZE=1   build with ASan+UBSan instead (build-asan/)
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang
  # libraries
  libboost-graph-dev librocksdb-dev nlohmann-json3-dev libgraphviz-dev graphviz
  catch2 libcli11-dev libgumbo-dev
  # RocksDB's compression libraries, linked statically with it (CMakeLists.txt)
  libsnappy-dev liblz4-dev libzstd-dev libbz2-dev zlib1g-dev
  # the allocator linked into every program (CMakeLists.txt)
  libjemalloc-dev
  # tests: XML checks, notebook and dump consumers, scale-out recipe
  libxml2-utils python3 python3-networkx python3-pandas python3-matplotlib
  jupyter-nbconvert python3-nbformat python3-ipykernel python3-distributed
  nodejs
)

# npm comes with some nodejs builds; Debian's own nodejs needs the npm package.
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "${CAREGRAPH_SANITIZE:-0}" = "1" ]; then
  BUILD_DIR=${CAREGRAPH_BUILD_DIR:-build-asan}
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAREGRAPH_SANITIZE=ON >/dev/null
else
  BUILD_DIR=${CAREGRAPH_BUILD_DIR:-build}
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD_DIR" -j "$(nproc)"

# The embedded graph database Kuzu (npm, pinned in package.json) for the
# dump-consumer tests; they skip with a message if it cannot be installed.
if [ ! -d tests/e2e/consumers/node_modules/kuzu ] && command -v npm >/dev/null; then
  npm install --prefix tests/e2e/consumers --no-audit --no-fund --loglevel=error >/dev/null 2>&1 ||
    echo "setup: npm install of kuzu failed; the Kuzu consumer test will be skipped" >&2
fi
