#pragma once
// Sentence splitting inside blocks. A block ends a sentence (bullets need no
// full stop). Inside a block a sentence ends at '.', '!' or '?' (plus any
// closing quotes or brackets) followed by a space and an upper-case letter,
// digit, opening quote or bracket — except after abbreviations ("Mr", "Dr",
// "St", "Prof", "e.g."), single initials ("J. Smith") and inside numbers
// ("£2.4bn", "2015-16" never split as they have no space after the dot).
#include "extract/document/document.h"

namespace cg {

// Fills doc->sentences from doc->blocks and doc->text.
void SplitSentences(Document* doc);

}  // namespace cg
