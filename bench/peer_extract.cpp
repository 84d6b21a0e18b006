// peer_extract: extraction throughput of Extractor::Default() on a folder of
// issue files, the same files bench/peers/ner.js gives compromise and
// wink-nlp, so that bench/run.sh can compare them pair by pair.
//
//   peer_extract DIR [MIN_SECONDS]
//
// Reads every regular file of DIR (sorted by name) into memory, builds the
// extractor and warms it up on the first 20 files (untimed), then extracts
// every file on the calling thread, pass after pass over the whole folder
// until at least MIN_SECONDS (default 0: one pass) have passed, so that a
// corpus small enough for the slowest peer still gives a measurable time.
// Prints one JSON line (issues and bytes count every pass; entities and
// relations are the first pass's):
//   {"engine":"caregraph","issues":N,"bytes":B,"seconds":S,"passes":P,
//    "entities":E,"relations":R,"errors":K}
// Exit status 1 if DIR holds no file or an extraction fails.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"

namespace {

namespace fs = std::filesystem;

struct File {
  std::string name, bytes;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 && argc != 3) {
    std::fprintf(stderr, "usage: peer_extract DIR [MIN_SECONDS]\n");
    return 2;
  }
  std::vector<File> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(argv[1], ec)) {
    if (!e.is_regular_file(ec)) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    files.push_back({e.path().filename().string(), ss.str()});
  }
  if (ec || files.empty()) {
    std::fprintf(stderr, "peer_extract: %s: no issue files\n", argv[1]);
    return 1;
  }
  std::sort(files.begin(), files.end(), [](const File& a, const File& b) { return a.name < b.name; });

  const cg::Extractor& ex = cg::Extractor::Default();
  for (size_t i = 0; i < std::min<size_t>(20, files.size()); ++i) (void)ex.Extract(files[i].name, files[i].bytes);

  const double min_seconds = argc == 3 ? std::atof(argv[2]) : 0;
  size_t issues = 0, bytes = 0, entities = 0, relations = 0, errors = 0, passes = 0;
  const auto start = std::chrono::steady_clock::now();
  double secs = 0;
  do {
    for (const auto& f : files) {
      auto x = ex.Extract(f.name, f.bytes);
      ++issues;
      bytes += f.bytes.size();
      if (!x.ok()) {
        ++errors;
        continue;
      }
      if (passes == 0) entities += x->entities.size(), relations += x->relations.size();
    }
    ++passes;
    secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  } while (secs < min_seconds);
  std::printf(
      "{\"engine\":\"caregraph\",\"issues\":%zu,\"bytes\":%zu,\"seconds\":%.6f,\"passes\":%zu,\"entities\":%zu,"
      "\"relations\":%zu,\"errors\":%zu}\n",
      issues, bytes, secs, passes, entities, relations, errors);
  return errors ? 1 : 0;
}
