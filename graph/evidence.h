#pragma once
// Evidence: where in which issue a fact was read.
#include <cstdint>
#include <string>

namespace cg {

// Where an edge or fact comes from: the text of an issue, or the NHS
// reference data shipped with caregraph (CCG PART_OF STP, vanguards).
enum class Source : uint8_t { kText = 0, kReference = 1 };

struct Evidence {
  std::string issue;     // issue id (content hash); empty for reference facts
  uint64_t begin = 0;    // byte span of the sentence in the issue's original bytes
  uint64_t end = 0;
  std::string sentence;  // the sentence, verbatim (normalised whitespace)
  std::string date;      // the issue's date, "YYYY-MM-DD", or empty
  double confidence = 1.0;
  Source source = Source::kText;

  friend bool operator==(const Evidence&, const Evidence&) = default;
};

}  // namespace cg
