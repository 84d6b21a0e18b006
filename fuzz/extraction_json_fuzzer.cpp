// libFuzzer: the extraction JSON reader (cg::ParseExtraction), which reads
// `extract --out` files and every line of `ingest --extractions` JSONL.
//
// It must never throw or crash; what it accepts must serialise, read back to
// the same JSON, and merge into a Graph.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "graph/graph.h"
#include "graph/json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto x = cg::ParseExtraction(text, "line 1");
  if (!x.ok()) {
    if (x.status().message().rfind("line 1: ", 0) != 0) {
      fprintf(stderr, "extraction_json_fuzzer: error does not name the input: %s\n", x.status().message().c_str());
      abort();
    }
    return 0;
  }
  std::string once;
  try {
    once = nlohmann::json(*x).dump();
  } catch (const std::exception& e) {
    fprintf(stderr, "extraction_json_fuzzer: accepted extraction is not serialisable: %s\n", e.what());
    abort();
  }
  auto back = cg::ParseExtraction(once, "again");
  if (!back.ok() || nlohmann::json(*back).dump() != once) {
    fprintf(stderr, "extraction_json_fuzzer: does not round-trip: %s\n",
            back.ok() ? "different JSON" : back.status().message().c_str());
    abort();
  }
  cg::Graph g;
  g.Merge(*x);
  g.Canonicalise();
  return 0;
}
