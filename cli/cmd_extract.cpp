// caregraph extract --out DIR FILE...: one JSON extraction per input file,
// DIR/<basename>.json, in the exchange format of GUIDE.md.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "extract/extractor.h"
#include "graph/json.h"

namespace cg::cli {
namespace {

struct ExtractArgs {
  std::string out;
  std::vector<std::string> inputs;
};

int RunExtract(const ExtractArgs& a) {
  std::error_code ec;
  if (!std::filesystem::is_directory(a.out, ec)) {
    std::filesystem::create_directories(a.out, ec);
    if (ec) return Fail(Status::IOError(a.out + ": cannot create output folder (" + ec.message() + ")"));
  }
  auto files = CollectIssueFiles(a.inputs);
  if (!files.ok()) return Fail(files.status());
  const Extractor& extractor = Extractor::Default();
  int failures = 0;
  for (const auto& path : *files) {
    auto bytes = ReadFile(path);
    std::filesystem::path p(path);
    Result<Extraction> x = bytes.ok() ? extractor.Extract(p.filename().string(), *bytes)
                                      : Result<Extraction>(bytes.status());
    if (!x.ok()) {
      Fail(x.status());
      ++failures;
      continue;
    }
    const std::string out = (std::filesystem::path(a.out) / p.stem()).string() + ".json";
    Status s = WriteFileAtomic(out, nlohmann::json(*x).dump(2) + "\n");
    if (!s.ok()) {
      Fail(s);
      ++failures;
    }
  }
  return failures ? 1 : 0;
}

}  // namespace

void SetupExtract(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<ExtractArgs>();
  sub.add_option("--out", a->out, "folder for the JSON files (created if missing)")->required();
  sub.add_option("files", a->inputs, "issue files or folders")->required();
  sub.callback([a, exit_code] { *exit_code = RunExtract(*a); });
}

}  // namespace cg::cli
