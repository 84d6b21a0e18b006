// PLACEHOLDER: replaced by the real command.
#include "cli/commands.h"
#include "cli/common.h"

namespace cg::cli {

void SetupNeighbours(CLI::App& sub, int* exit_code) {
  sub.callback([exit_code] { *exit_code = Fail(Status::InvalidArgument("neighbours: not implemented yet")); });
}

}  // namespace cg::cli
