// caregraph verify [--db PATH]: checks every index against the primary data
// and the schema version; exits 1 listing the first problems.
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"

namespace cg::cli {
namespace {

constexpr size_t kShown = 20;

int RunVerify(const std::string& db) {
  auto store = OpenForRead(db);
  if (!store.ok()) return Fail(store.status());
  auto problems = (*store)->Verify();
  if (!problems.ok()) return Fail(problems.status());
  if (problems->empty()) {
    std::cout << db << ": ok\n";
    return 0;
  }
  for (size_t i = 0; i < problems->size() && i < kShown; ++i) std::cerr << "caregraph: " << (*problems)[i] << "\n";
  if (problems->size() > kShown) std::cerr << "caregraph: ... and " << problems->size() - kShown << " more\n";
  std::cerr << "caregraph: " << db << ": " << problems->size() << " problem" << (problems->size() == 1 ? "" : "s")
            << " found\n";
  return 1;
}

}  // namespace

void SetupVerify(CLI::App& sub, int* exit_code) {
  auto db = std::make_shared<std::string>();
  AddDbOption(sub, db.get());
  sub.callback([db, exit_code] { *exit_code = RunVerify(*db); });
}

}  // namespace cg::cli
