#pragma once
// The CLI is a table: one row per subcommand. A new subcommand is one file
// (cmd_<name>.cpp defining Setup<Name>) plus one row in commands.cpp.
#include <CLI/CLI.hpp>

#include <vector>

namespace cg::cli {

// Adds the command's options to `sub` and sets its callback. The callback
// stores the process exit status in `*exit_code`.
using SetupFn = void (*)(CLI::App& sub, int* exit_code);

struct Command {
  const char* name;
  const char* summary;
  SetupFn setup;
};

const std::vector<Command>& Commands();

// One declaration per row of the table.
void SetupExtract(CLI::App&, int*);
void SetupIngest(CLI::App&, int*);
void SetupRemove(CLI::App&, int*);
void SetupReindex(CLI::App&, int*);
void SetupVerify(CLI::App&, int*);
void SetupStats(CLI::App&, int*);
void SetupShow(CLI::App&, int*);
void SetupNeighbours(CLI::App&, int*);
void SetupFind(CLI::App&, int*);
void SetupPath(CLI::App&, int*);
void SetupRank(CLI::App&, int*);
void SetupCommunities(CLI::App&, int*);
void SetupTimeline(CLI::App&, int*);
void SetupRender(CLI::App&, int*);
void SetupMap(CLI::App&, int*);
void SetupExport(CLI::App&, int*);

}  // namespace cg::cli
