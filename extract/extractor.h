#pragma once
// Extractor: one issue's bytes in, one Extraction out.
//
// The pipeline (extract/pipeline.h) reads the document (plain text or HTML),
// finds entities from lexicons, reference data, patterns and acronyms,
// resolves them inside the issue, links them to official NHS codes and
// extracts relations with their evidence. Deterministic: the same bytes give
// the same Extraction.
//
// Thread-safety: Extract() is const and may run on many threads at once.
#include <memory>
#include <string>
#include <string_view>

#include "extract/explanation.h"
#include "graph/extraction.h"
#include "graph/status.h"

namespace cg {

class Extractor {
 public:
  virtual ~Extractor() = default;

  // The built-in pipeline with its embedded lexicons and reference data.
  // Built on first use; the reference lives for the whole program.
  static const Extractor& Default();

  // A version string stored with every issue: `reindex` re-extracts issues
  // stored with another one. Bump it whenever extraction output changes.
  static std::string_view Version();

  // `doc_name` is the file name that goes into Extraction::doc and into
  // error messages. Errors: invalid UTF-8, binary data, empty input.
  virtual Result<Extraction> Extract(std::string_view doc_name, std::string_view bytes) const = 0;

  // The same extraction with, for each entity's mentions and each relation,
  // what produced it (the rule, lexicon row or reference form) and the text
  // it matched. Same errors as Extract.
  virtual Result<Explanation> Explain(std::string_view doc_name, std::string_view bytes) const = 0;

  // Relations that come from the reference data rather than text (CCG
  // PART_OF STP, vanguards DEVELOPS their care model), between entities of
  // `x` that are linked to codes. Marked Source::kReference.
  virtual void AddReferenceRelations(Extraction& x) const = 0;
};

}  // namespace cg
