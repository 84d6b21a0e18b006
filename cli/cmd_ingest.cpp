// caregraph ingest [--db PATH] [--verbose] FILE|DIR...: extracts each issue
// and stores it, one atomic write per issue. Prints a summary; per-issue
// lines with --verbose; a progress bar on stderr when it is a terminal.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "extract/extractor.h"
#include "graph/hash.h"
#include "graph/json.h"

namespace cg::cli {
namespace {

struct IngestArgs {
  std::string db;
  std::vector<std::string> inputs;
  std::string extractions;  // JSONL from `caregraph extract --jsonl` ("-" = stdin)
  bool verbose = false;
};

// Counts and prints what happens to each issue.
struct Tally {
  size_t added = 0, unchanged = 0, replaced = 0, failed = 0;
  // Returns false when the store cannot take more (I/O error, corruption).
  bool Record(const Result<IngestOutcome>& outcome, const IssueRecord& rec, bool verbose) {
    if (!outcome.ok()) {
      Fail(outcome.status());
      ++failed;
      return outcome.status().code() != Status::Code::kIOError &&
             outcome.status().code() != Status::Code::kCorruption;
    }
    const char* word = "added";
    switch (*outcome) {
      case IngestOutcome::kAdded: ++added; break;
      case IngestOutcome::kUnchanged: ++unchanged; word = "unchanged"; break;
      case IngestOutcome::kReplaced: ++replaced; word = "replaced"; break;
    }
    if (verbose) std::cout << word << "  " << rec.id << "  " << rec.source << "\n";
    return true;
  }
  int Summary(Store& store) const {
    std::cout << "issues: " << added << " added, " << unchanged << " unchanged, " << replaced << " replaced, "
              << failed << " failed\n";
    // The issues are stored; the node, edge and name indexes catch up here.
    if (Status s = store.UpdateView(); !s.ok()) return Fail(s);
    auto st = store.Stats();
    if (!st.ok()) return Fail(st.status());
    std::cout << "graph: " << st->issues << " issues, " << st->nodes << " nodes, " << st->edges << " edges\n";
    return failed ? 1 : 0;
  }
};

// --extractions: merge extractions made elsewhere (one JSON per line, as
// `caregraph extract --jsonl` writes them) into the store.
int IngestExtractions(const IngestArgs& a, Store& store) {
  std::ifstream file;
  if (a.extractions != "-") {
    file.open(a.extractions, std::ios::binary);
    if (!file) return Fail(Status::IOError(a.extractions + ": cannot read"));
  }
  std::istream& in = a.extractions == "-" ? std::cin : file;
  const Extractor& extractor = Extractor::Default();
  Tally tally;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = a.extractions + " line " + std::to_string(n);
    auto x = ParseExtraction(line, where);
    IssueRecord rec;
    Result<IngestOutcome> outcome = Status::OK();
    auto j = x.ok() ? nlohmann::json::parse(line, nullptr, false) : nlohmann::json();
    for (const char* key : {"text", "source"})
      if (x.ok() && j.contains(key) && !j[key].is_string())
        x = Status::InvalidArgument(where + ": \"" + key + "\" must be a string");
    if (x.ok()) {
      rec.text = j.value("text", "");
      rec.source = j.value("source", x->doc);
      rec.id = x->issue.empty() ? ContentId(rec.text) : x->issue;
      x->issue = rec.id;
      rec.date = x->date;
      rec.title = x->title;
      rec.extractor_version = x->extractor_version;
      extractor.AddReferenceRelations(*x);
      outcome = store.Ingest(rec, *x);
    } else {
      outcome = x.status();
    }
    if (!tally.Record(outcome, rec, a.verbose)) break;
  }
  return tally.Summary(store);
}

// "[#####.....] 120/4000 issues  3.1 MB/s  1:05 left" on one redrawn line.
class Progress {
 public:
  Progress(size_t total, bool enabled) : total_(total), enabled_(enabled), start_(Clock::now()) {}
  void Update(size_t done, uint64_t bytes) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (done < total_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double mbps = secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0;
    const double left = done > 0 ? secs / static_cast<double>(done) * static_cast<double>(total_ - done) : 0;
    const int width = 30, filled = static_cast<int>(width * done / std::max<size_t>(total_, 1));
    std::fprintf(stderr, "\r[%s%s] %zu/%zu issues  %.1f MB/s  %d:%02d left ",
                 std::string(filled, '#').c_str(), std::string(width - filled, '.').c_str(), done, total_, mbps,
                 static_cast<int>(left) / 60, static_cast<int>(left) % 60);
  }
  void Clear() {
    if (enabled_) std::fprintf(stderr, "\r%80s\r", "");
  }

 private:
  using Clock = std::chrono::steady_clock;
  size_t total_;
  bool enabled_;
  Clock::time_point start_, last_;
};

// An error message that names the path rather than the bare file name.
Status NamePath(const Status& s, const std::string& name, const std::string& path) {
  if (s.message().rfind(name + ":", 0) == 0)
    return Status::InvalidArgument(path + s.message().substr(name.size()));
  if (s.message().find(path) != std::string::npos) return s;
  return Status::InvalidArgument(path + ": " + s.message());
}

int RunIngest(const IngestArgs& a) {
  if (!a.extractions.empty()) {
    auto opened = Store::Open(a.db, StoreOptions{});
    if (!opened.ok()) return Fail(opened.status());
    return IngestExtractions(a, **opened);
  }
  if (a.inputs.empty()) return Fail(Status::InvalidArgument("ingest: give issue files or folders, or --extractions FILE"));
  auto files = CollectIssueFiles(a.inputs);
  if (!files.ok()) return Fail(files.status());
  auto opened = Store::Open(a.db, StoreOptions{});
  if (!opened.ok()) return Fail(opened.status());
  Store& store = **opened;
  const Extractor& extractor = Extractor::Default();

  size_t added = 0, unchanged = 0, replaced = 0, failed = 0;
  uint64_t bytes_done = 0;
  Progress progress(files->size(), files->size() >= 20 && ::isatty(STDERR_FILENO));
  for (size_t i = 0; i < files->size(); ++i) {
    const std::string& path = (*files)[i];
    const std::string name = std::filesystem::path(path).filename().string();
    auto bytes = ReadFile(path);
    Result<Extraction> x = bytes.ok() ? extractor.Extract(name, *bytes) : Result<Extraction>(bytes.status());
    Result<IngestOutcome> outcome = Status::OK();
    IssueRecord rec;
    if (x.ok()) {
      extractor.AddReferenceRelations(*x);
      rec.id = ContentId(*bytes);
      std::error_code ec;
      rec.source = std::filesystem::absolute(path, ec).lexically_normal().string();
      rec.date = x->date;
      rec.title = x->title;
      rec.extractor_version = std::string(Extractor::Version());
      rec.text = *bytes;
      outcome = store.Ingest(rec, *x);
    } else {
      outcome = NamePath(x.status(), name, path);
    }
    if (!outcome.ok()) {
      progress.Clear();
      Fail(outcome.status());
      ++failed;
      // A store that cannot write any more will not write the next one either.
      if (outcome.status().code() == Status::Code::kIOError || outcome.status().code() == Status::Code::kCorruption)
        break;
    } else {
      const char* word = "added";
      switch (*outcome) {
        case IngestOutcome::kAdded: ++added; break;
        case IngestOutcome::kUnchanged: ++unchanged; word = "unchanged"; break;
        case IngestOutcome::kReplaced: ++replaced; word = "replaced"; break;
      }
      if (a.verbose) {
        progress.Clear();
        std::cout << word << "  " << rec.id << "  " << path << "\n";
      }
    }
    bytes_done += bytes.ok() ? bytes->size() : 0;
    progress.Update(i + 1, bytes_done);
  }
  progress.Clear();
  // The issues are stored; the node, edge and name indexes catch up here.
  if (Status s = store.UpdateView(); !s.ok()) return Fail(s);
  auto st = store.Stats();
  std::cout << "issues: " << added << " added, " << unchanged << " unchanged, " << replaced << " replaced, "
            << failed << " failed\n";
  if (st.ok())
    std::cout << "graph: " << st->issues << " issues, " << st->nodes << " nodes, " << st->edges << " edges\n";
  else
    return Fail(st.status());
  return failed ? 1 : 0;
}

}  // namespace

void SetupIngest(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<IngestArgs>();
  AddDbOption(sub, &a->db);
  sub.add_flag("-v,--verbose", a->verbose, "print one line per issue: added, unchanged or replaced");
  sub.add_option("files", a->inputs, "issue files or folders (*.txt, *.html, *.htm)");
  sub.add_option("--extractions", a->extractions,
                 "merge extractions made elsewhere: JSONL from `caregraph extract --jsonl` (- = stdin)");
  sub.callback([a, exit_code] { *exit_code = RunIngest(*a); });
}

}  // namespace cg::cli
