// caregraph: newsletter issues in, a knowledge graph of the NHS out.
#include <CLI/CLI.hpp>

#include <malloc.h>

#include <cstring>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  // With glibc's malloc (the sanitizer builds; jemalloc otherwise, see
  // CMakeLists.txt) RocksDB's background threads would each get an arena of
  // their own, growing peak memory with the compactions: one arena serves
  // one writer. A process-wide setting, so here and not in the store.
  ::mallopt(M_ARENA_MAX, 1);
  CLI::App app{"caregraph: turn health-policy briefings into a knowledge graph of the NHS"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "caregraph 0.1.0");
  // Every command is listed (name and summary, for --help), but only the one
  // named first on the command line gets its options and callback: setting
  // up all of them costs ~0.4 ms of every start, 1% of a small render. When
  // the first argument names no command (--help, a typo), all are set up.
  const char* named = argc > 1 ? argv[1] : "";
  bool known = false;
  for (const auto& cmd : cg::cli::Commands()) known = known || std::strcmp(cmd.name, named) == 0;
  int exit_code = 0;
  for (const auto& cmd : cg::cli::Commands()) {
    CLI::App* sub = app.add_subcommand(cmd.name, cmd.summary);
    if (!known || std::strcmp(cmd.name, named) == 0) cmd.setup(*sub, &exit_code);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    std::cerr << "caregraph: " << e.what() << "\n";
    return 1;
  }
  return exit_code;
}
