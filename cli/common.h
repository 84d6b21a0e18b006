#pragma once
// Helpers shared by the subcommands: the database path, input files, errors.
#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "graph/atomic_file.h"
#include "graph/graph.h"
#include "graph/status.h"
#include "store/store.h"

namespace cg::cli {

// The default database: $CAREGRAPH_DB if set, else ./caregraph.db.
std::string DefaultDbPath();
// Adds `--db PATH` (with the documented default) to `sub`.
void AddDbOption(CLI::App& sub, std::string* db);

// Prints "caregraph: <message>" on stderr and returns 1 (2 for kAmbiguous).
int Fail(const Status& s);

// Expands files and folders into the issue files they hold (*.txt, *.html,
// *.htm; folders recursively, sorted). Errors name the path: missing,
// unreadable, a folder with no issues, a symlink loop.
Result<std::vector<std::string>> CollectIssueFiles(const std::vector<std::string>& paths);

// Reads a whole file; the error names the file. (Writing: graph/atomic_file.h.)
Result<std::string> ReadFile(const std::string& path);

// Opens the database read-only (NotFound with a hint if there is none);
// `graph_only`: only what LoadGraph() reads (StoreOptions::graph_only).
Result<std::unique_ptr<Store>> OpenForRead(const std::string& db, bool graph_only = false);
// Opens it (graph only) and loads the whole graph.
Result<Graph> LoadGraph(const std::string& db);

}  // namespace cg::cli
