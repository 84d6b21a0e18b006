#pragma once
// Helpers shared by the extract tests: run the default extractor on a text
// written in the test, and look up entities and relations in its output.
#include <string>
#include <string_view>
#include <vector>

#include "extract/document/document.h"
#include "graph/extraction.h"

namespace cg::test {

// Extracts `text` as issue `name` with Extractor::Default(); fails the test
// (REQUIRE) when the extractor returns an error.
Extraction ExtractOk(std::string_view text, std::string_view name = "test.txt");

// The entity whose canonical name or one of whose aliases equals `form`
// (exact case), or nullptr.
const ExtractedEntity* FindByForm(const Extraction& x, const std::string& form);
// The entity with that canonical name (any type), or nullptr.
const ExtractedEntity* FindByName(const Extraction& x, const std::string& name);
// True if `e` has `form` as its name or among its aliases.
bool HasForm(const ExtractedEntity& e, const std::string& form);

// The first relation of `type` from `head` to `tail` (canonical names; for
// PARTNER either direction), or nullptr.
const ExtractedRelation* FindRelation(const Extraction& x, RelationType type, const std::string& head,
                                      const std::string& tail);

// The text of every sentence of a read document, in order.
std::vector<std::string> SentenceTexts(const Document& doc);

// One-line summary of an extraction's entities and relations, for INFO().
std::string Describe(const Extraction& x);

}  // namespace cg::test
