#pragma once
// The properties the fuzz harnesses check, shared with tests/regress (which
// replays every crash input and seed corpus file through them).
//
// Each returns "" when the input is handled correctly, else what went wrong.
// Header-only so that both the clang fuzz build and the normal test build
// compile it against their own libraries.
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "extract/extractor.h"
#include "graph/graph.h"
#include "graph/json.h"
#include "store/codec.h"

namespace cg::fuzz {

// An Extraction's JSON, read back and written again, is the same text.
inline std::string CheckJsonRoundTrip(const Extraction& x) {
  std::string once;
  try {
    once = nlohmann::json(x).dump();
  } catch (const std::exception& e) {
    return std::string("the extraction is not serialisable: ") + e.what();
  }
  auto back = ParseExtraction(once, "again");
  if (!back.ok()) return "the extraction's JSON does not read back: " + back.status().message();
  std::string twice = nlohmann::json(*back).dump();
  if (twice != once) return "the extraction's JSON does not round-trip:\n  " + once + "\n  " + twice;
  return "";
}

// The extractor on arbitrary bytes: an error with a message, or an
// extraction whose spans lie inside the input, that takes reference
// relations, round-trips through JSON and merges into a Graph.
inline std::string CheckExtract(std::string_view bytes) {
  const Extractor& extractor = Extractor::Default();
  auto x = extractor.Extract("fuzz.txt", bytes);
  if (!x.ok()) return x.status().message().empty() ? "an error without a message" : "";
  for (const auto& e : x->entities)
    for (const auto& m : e.mentions)
      if (m.begin > m.end || m.end > bytes.size()) return "mention span outside the input: " + e.name;
  for (const auto& r : x->relations)
    if (r.evidence.begin > r.evidence.end || r.evidence.end > bytes.size())
      return "evidence span outside the input: " + r.evidence.sentence;
  extractor.AddReferenceRelations(*x);
  if (std::string bad = CheckJsonRoundTrip(*x); !bad.empty()) return bad;
  Graph g;
  g.Merge(*x);
  g.Canonicalise();
  return "";
}

// The extraction JSON reader (extract --out files, ingest --extractions
// lines): an error naming the input, or an extraction that round-trips and
// merges into a Graph.
inline std::string CheckExtractionJson(std::string_view text) {
  auto x = ParseExtraction(text, "line 1");
  if (!x.ok()) {
    if (x.status().message().rfind("line 1: ", 0) != 0)
      return "the error does not name the input: " + x.status().message();
    return "";
  }
  if (std::string bad = CheckJsonRoundTrip(*x); !bad.empty()) return bad;
  Graph g;
  g.Merge(*x);
  g.Canonicalise();
  return "";
}

template <typename T>
std::string CheckCodecValue(std::string_view in, const char* kind) {
  T v;
  if (!codec::Decode(in, &v)) return "";
  std::string once = codec::Encode(v);
  T w;
  if (!codec::Decode(once, &w) || codec::Encode(w) != once) return std::string(kind) + " does not round-trip";
  return "";
}

// The store's value decoders on arbitrary bytes (a corrupted or foreign
// database): false or a value, never an out-of-bounds read or an unbounded
// allocation; a decoded value re-encodes to a fixed point.
inline std::string CheckCodec(std::string_view in) {
  for (const std::string& bad : {CheckCodecValue<codec::NodeValue>(in, "NodeValue"),
                                 CheckCodecValue<codec::EdgeValue>(in, "EdgeValue"),
                                 CheckCodecValue<codec::IssueContribution>(in, "IssueContribution"),
                                 CheckCodecValue<IssueRecord>(in, "IssueRecord")})
    if (!bad.empty()) return bad;
  return "";
}

}  // namespace cg::fuzz
