#pragma once
// From the annotated Document to the exchange format, and reference edges.
#include "extract/document/document.h"
#include "graph/extraction.h"

namespace cg {

// Entities with their canonical name, aliases (every other form the issue
// used), codes and mention spans; relations with their evidence sentence
// (verbatim bytes of the issue), span, date and confidence.
Extraction ToExtraction(const Document& doc);

// Adds the reference-data facts about the extraction's linked organisations:
// each CCG PART_OF its STP, each vanguard organisation DEVELOPS its care
// model (vanguard: true). Marked Source::kReference.
void AddReferenceEdges(Extraction& x);

}  // namespace cg
