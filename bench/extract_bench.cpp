// extract_bench: extraction throughput of Extractor::Default() on one core.
//
// Builds a corpus of at least --mb megabytes in memory from the repo's own
// samples (samples/*.txt), each copy varied a little (a copy number in its
// title and first paragraph) so that every issue is different bytes, then
// extracts every issue once on the calling thread and prints MB/s and
// issues/s. The reference data and gazetteer construction is timed and
// reported separately, and a warm-up pass over the samples is excluded.
// The thread's CPU time is printed too: on a shared core it is the figure
// that other programs do not inflate.
//
//   extract_bench [--mb 50] [--samples DIR] [--html]
//
// Target (issue 3): >= 20 MB/s.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/knowledge/gazetteer.h"
#include "extract/knowledge/reference.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
}

struct Sample {
  std::string name;
  std::string bytes;
};

std::vector<Sample> ReadSamples(const fs::path& dir, bool html) {
  std::vector<Sample> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const auto ext = e.path().extension();
    if (ext != ".txt" && !(html && ext == ".html")) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back({e.path().filename().string(), ss.str()});
  }
  std::sort(out.begin(), out.end(), [](const Sample& a, const Sample& b) { return a.name < b.name; });
  return out;
}

// Copy `k` of a sample: " (copy k)" after the title line (the first line
// that is not the Date header) and "In copy k, " before the first
// paragraph's text, so copies differ in bytes and in their title.
std::string Vary(const std::string& bytes, size_t k) {
  std::string out = bytes;
  size_t line = 0;
  if (out.rfind("Date:", 0) == 0) line = out.find('\n') + 1;
  size_t eol = out.find('\n', line);
  if (eol == std::string::npos) eol = out.size();
  if (out.compare(line, 1, "<") != 0) {  // plain text: vary the title line
    const std::string tag = " (copy " + std::to_string(k) + ")";
    out.insert(eol, tag);
    eol += tag.size();
  }
  // The first blank-line-separated paragraph after the title.
  size_t para = out.find("\n\n", eol);
  if (para != std::string::npos) out.insert(para + 2, "Copy " + std::to_string(k) + " follows. ");
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"extract_bench: Extractor::Default() throughput on one core"};
  double mb = 50;
  std::string samples = (fs::path(__FILE__).parent_path().parent_path() / "samples").string();
  bool html = false;
  app.add_option("--mb", mb, "corpus size in MB (default 50)");
  app.add_option("--samples", samples, "folder of sample issues (default: the repo's samples/)");
  app.add_flag("--html", html, "also use samples/*.html");
  CLI11_PARSE(app, argc, argv);

  const auto base = ReadSamples(samples, html);
  if (base.empty()) {
    std::cerr << "extract_bench: " << samples << ": no sample issues (*.txt)\n";
    return 1;
  }

  // Reference data, gazetteer and pipeline construction.
  auto t0 = Clock::now();
  const auto& ref = cg::ReferenceData::Get();
  auto t1 = Clock::now();
  const auto& gaz = cg::Gazetteer::Get();
  auto t2 = Clock::now();
  const cg::Extractor& ex = cg::Extractor::Default();
  auto t3 = Clock::now();
  std::printf("setup: reference data %.3f s (%zu organisations, %zu name forms), gazetteer %.3f s (%zu patterns), "
              "pipeline %.3f s\n",
              Seconds(t1 - t0), ref.orgs().size(), ref.forms().size(), Seconds(t2 - t1), gaz.pattern_count(),
              Seconds(t3 - t2));

  // The corpus.
  const size_t target = static_cast<size_t>(mb * 1e6);
  std::vector<Sample> corpus;
  size_t bytes = 0;
  for (size_t k = 0; bytes < target; ++k)
    for (const auto& s : base) {
      corpus.push_back({s.name, Vary(s.bytes, k)});
      bytes += corpus.back().bytes.size();
    }
  std::printf("corpus: %zu issues, %.1f MB (%zu samples from %s, mean %.1f KB)\n", corpus.size(), bytes / 1e6,
              base.size(), samples.c_str(), bytes / 1e3 / corpus.size());

  // Warm-up: every sample once, untimed.
  for (const auto& s : base) {
    auto x = ex.Extract(s.name, s.bytes);
    if (!x.ok()) {
      std::cerr << "extract_bench: " << x.status().message() << "\n";
      return 1;
    }
  }

  size_t entities = 0, relations = 0, errors = 0;
  auto start = Clock::now();
  const double cpu_start = ThreadCpuSeconds();
  for (const auto& s : corpus) {
    auto x = ex.Extract(s.name, s.bytes);
    if (!x.ok()) {
      ++errors;
      continue;
    }
    entities += x->entities.size();
    relations += x->relations.size();
  }
  const double secs = Seconds(Clock::now() - start);
  const double cpu = ThreadCpuSeconds() - cpu_start;
  std::printf("extract: %.2f s, %.1f MB/s, %.0f issues/s (%zu entities, %zu relations, %zu errors)\n", secs,
              bytes / 1e6 / secs, corpus.size() / secs, entities, relations, errors);
  // On a shared machine the wall time counts other programs' turns on the
  // core too; the thread's CPU time does not.
  std::printf("cpu: %.2f s on this thread, %.1f MB/s\n", cpu, bytes / 1e6 / cpu);
  std::printf("target >= 20 MB/s: %s\n", bytes / 1e6 / secs >= 20 ? "met" : "NOT met");
  return errors ? 1 : 0;
}
