// caregraph remove [--db PATH] ISSUE: retracts one issue, named by its id or
// by the path it was ingested from.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"

namespace cg::cli {
namespace {

struct RemoveArgs {
  std::string db;
  std::string issue;
};

int RunRemove(const RemoveArgs& a) {
  auto opened = OpenForRead(a.db);  // a clear error when there is no database
  if (!opened.ok()) return Fail(opened.status());
  opened->reset();
  auto store = Store::Open(a.db, StoreOptions{.read_only = false, .create_if_missing = false});
  if (!store.ok()) return Fail(store.status());
  // As given, else as an absolute path (sources are stored absolute).
  std::string key = a.issue;
  auto found = (*store)->FindIssue(key);
  if (found.ok() && !*found) {
    std::error_code ec;
    key = std::filesystem::absolute(a.issue, ec).lexically_normal().string();
    found = (*store)->FindIssue(key);
  }
  if (!found.ok()) return Fail(found.status());
  if (!*found) return Fail(Status::NotFound(a.db + ": no issue with id or source \"" + a.issue + "\""));
  Status s = (*store)->Remove((*found)->id);
  if (s.ok()) s = (*store)->UpdateView();  // the indexes lose what it alone held
  if (!s.ok()) return Fail(s);
  std::cout << "removed " << (*found)->id << "  " << (*found)->source << "\n";
  return 0;
}

}  // namespace

void SetupRemove(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<RemoveArgs>();
  AddDbOption(sub, &a->db);
  sub.add_option("issue", a->issue, "issue id (as `ingest --verbose` prints it) or the file it was ingested from")
      ->required();
  sub.callback([a, exit_code] { *exit_code = RunRemove(*a); });
}

}  // namespace cg::cli
