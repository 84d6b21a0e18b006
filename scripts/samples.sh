#!/usr/bin/env bash
# The main job: set up, ingest every issue in samples/ into a RocksDB
# database, print the summary (issues, nodes by type, edges by type) and
# render a map of the whole graph to an SVG whose path it prints.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB=build/samples.db
MAP=build/samples-map.svg
rm -rf "$DB"
./build/cli/caregraph ingest --db "$DB" samples/
./build/cli/caregraph stats --db "$DB"
./build/cli/caregraph render --db "$DB" --out "$MAP" --title "caregraph: the bundled sample issues"
