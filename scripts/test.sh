#!/usr/bin/env bash
# Set up, build and run every test (ctest runs the Catch2 executables and
# the end-to-end checks). Exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
