// caregraph reindex [--db PATH] [--all]: re-extracts the stored issues whose
// extractor version differs from this caregraph's (every issue with --all)
// from their stored text, one atomic write per issue.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "extract/extractor.h"

namespace cg::cli {
namespace {

struct ReindexArgs {
  std::string db;
  bool all = false;
};

int RunReindex(const ReindexArgs& a) {
  auto opened = OpenForRead(a.db);
  if (!opened.ok()) return Fail(opened.status());
  opened->reset();
  auto store = Store::Open(a.db, StoreOptions{.read_only = false, .create_if_missing = false});
  if (!store.ok()) return Fail(store.status());
  auto headers = (*store)->IssueHeaders();
  if (!headers.ok()) return Fail(headers.status());
  const Extractor& extractor = Extractor::Default();
  const std::string version(Extractor::Version());
  size_t done = 0, skipped = 0, failed = 0;
  for (const auto& h : *headers) {
    if (!a.all && h.extractor_version == version) {
      ++skipped;
      continue;
    }
    auto rec = (*store)->FindIssue(h.id);
    if (!rec.ok() || !*rec) {
      Fail(rec.ok() ? Status::NotFound(a.db + ": issue " + h.id + " vanished") : rec.status());
      ++failed;
      continue;
    }
    IssueRecord issue = std::move(**rec);
    auto x = extractor.Extract(std::filesystem::path(issue.source).filename().string(), issue.text);
    if (!x.ok()) {
      Fail(Status::InvalidArgument(issue.source + " (issue " + issue.id + "): " + x.status().message()));
      ++failed;
      continue;
    }
    extractor.AddReferenceRelations(*x);
    issue.date = x->date;
    issue.title = x->title;
    issue.extractor_version = version;
    Status s = (*store)->Reindex(issue, *x);
    if (!s.ok()) {
      Fail(s);
      ++failed;
      continue;
    }
    ++done;
  }
  // Refolds the node, edge and name indexes once, for every issue reindexed.
  if (Status s = (*store)->UpdateView(); !s.ok()) return Fail(s);
  std::cout << "reindexed " << done << " issues, " << skipped << " already at extractor version " << version << ", "
            << failed << " failed\n";
  return failed ? 1 : 0;
}

}  // namespace

void SetupReindex(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<ReindexArgs>();
  AddDbOption(sub, &a->db);
  sub.add_flag("--all", a->all, "re-extract every issue, whatever extractor version stored it");
  sub.callback([a, exit_code] { *exit_code = RunReindex(*a); });
}

}  // namespace cg::cli
