// PLACEHOLDER: replaced by the real command.
#include "cli/commands.h"
#include "cli/common.h"

namespace cg::cli {

void SetupReindex(CLI::App& sub, int* exit_code) {
  sub.callback([exit_code] { *exit_code = Fail(Status::InvalidArgument("reindex: not implemented yet")); });
}

}  // namespace cg::cli
