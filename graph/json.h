#pragma once
// nlohmann_json conversions of the graph value types.
//
// Extraction JSON follows GUIDE.md: relation attributes are top-level keys
// ("role", "kind", "stance", "rating", and "vanguard" as a boolean) and
// "evidence" is the sentence; caregraph adds "span", "date", "confidence",
// "source", and per-entity "codes", "candidates" and "mentions".
#include <nlohmann/json.hpp>

#include "graph/extraction.h"
#include "graph/node.h"
#include "graph/status.h"

namespace cg {

void to_json(nlohmann::json& j, const Evidence& e);
void from_json(const nlohmann::json& j, Evidence& e);
void to_json(nlohmann::json& j, const Sighting& s);
void from_json(const nlohmann::json& j, Sighting& s);
void to_json(nlohmann::json& j, const Node& n);
void from_json(const nlohmann::json& j, Node& n);
void to_json(nlohmann::json& j, const Edge& e);
void from_json(const nlohmann::json& j, Edge& e);
void to_json(nlohmann::json& j, const Mention& m);
void from_json(const nlohmann::json& j, Mention& m);
void to_json(nlohmann::json& j, const ExtractedEntity& e);
void from_json(const nlohmann::json& j, ExtractedEntity& e);
void to_json(nlohmann::json& j, const ExtractedRelation& r);
void from_json(const nlohmann::json& j, ExtractedRelation& r);
void to_json(nlohmann::json& j, const Extraction& x);
void from_json(const nlohmann::json& j, Extraction& x);

// Parses one Extraction from JSON text; errors name `what` (a file name or
// "line 12") and the problem, never throw.
Result<Extraction> ParseExtraction(std::string_view text, const std::string& what);

}  // namespace cg
