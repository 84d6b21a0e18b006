// libFuzzer: the extractor on arbitrary bytes.
//
// Extract() must never crash, hang or read out of bounds, and whatever it
// returns must hold together: evidence and mention spans inside the input,
// reference relations addable, and the Extraction serialisable as JSON (the
// CLI writes it with `extract`) and read back equal.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "extract/extractor.h"
#include "graph/graph.h"
#include "graph/json.h"

namespace {

void Check(bool ok, const char* what) {
  if (!ok) {
    fprintf(stderr, "extract_fuzzer: invariant broken: %s\n", what);
    abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const cg::Extractor& extractor = cg::Extractor::Default();
  auto x = extractor.Extract("fuzz.txt", bytes);
  if (!x.ok()) {
    Check(!x.status().message().empty(), "an error without a message");
    return 0;
  }
  for (const auto& e : x->entities)
    for (const auto& m : e.mentions) Check(m.begin <= m.end && m.end <= size, "mention span outside the input");
  for (const auto& r : x->relations) Check(r.evidence.begin <= r.evidence.end && r.evidence.end <= size,
                                           "evidence span outside the input");
  extractor.AddReferenceRelations(*x);
  std::string text;
  try {
    text = nlohmann::json(*x).dump();
  } catch (const std::exception& e) {
    fprintf(stderr, "extract_fuzzer: extraction is not serialisable: %s\n", e.what());
    abort();
  }
  auto back = cg::ParseExtraction(text, "fuzz.json");
  Check(back.ok(), "the extraction's JSON does not read back");
  Check(nlohmann::json(*back).dump() == text, "the extraction's JSON does not round-trip");
  cg::Graph g;
  g.Merge(*x);
  g.Canonicalise();
  return 0;
}
