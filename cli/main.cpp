// caregraph: newsletter issues in, a knowledge graph of the NHS out.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"caregraph: turn health-policy briefings into a knowledge graph of the NHS"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "caregraph 0.1.0");
  int exit_code = 0;
  for (const auto& cmd : cg::cli::Commands()) {
    CLI::App* sub = app.add_subcommand(cmd.name, cmd.summary);
    cmd.setup(*sub, &exit_code);
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
