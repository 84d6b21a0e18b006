#include "graph/json.h"

#include <set>
#include <stdexcept>
#include <type_traits>

namespace cg {
namespace {

using nlohmann::json;

EntityType EntityTypeFrom(const json& j) {
  auto t = ParseEntityType(j.get<std::string>());
  if (!t) throw std::invalid_argument("unknown entity type \"" + j.get<std::string>() + "\"");
  return *t;
}

RelationType RelationTypeFrom(const json& j) {
  auto t = ParseRelationType(j.get<std::string>());
  if (!t) throw std::invalid_argument("unknown relation type \"" + j.get<std::string>() + "\"");
  return *t;
}

// A byte offset: a non-negative integer (a float such as 5e69 would not
// convert to uint64_t; reading it is an error, not undefined behaviour).
uint64_t Offset(const json& v, const char* what) {
  if (!v.is_number_unsigned())
    throw std::invalid_argument(std::string(what) + " must be a byte offset (a non-negative integer)");
  return v.get<uint64_t>();
}

template <typename T>
void GetIf(const json& j, const char* key, T& out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  if constexpr (std::is_integral_v<T> && std::is_unsigned_v<T> && !std::is_same_v<T, bool>)
    out = static_cast<T>(Offset(*it, key));
  else
    it->get_to(out);
}

// "vanguard" is a boolean in GUIDE.md; every other attribute is a string.
void AttributesToJson(json& j, const std::map<std::string, std::string>& attrs) {
  for (const auto& [k, v] : attrs) {
    if (k == "vanguard") j[k] = (v == "true");
    else j[k] = v;
  }
}

}  // namespace

void to_json(json& j, const Evidence& e) {
  j = json{{"issue", e.issue}, {"begin", e.begin}, {"end", e.end}, {"sentence", e.sentence},
           {"date", e.date}, {"confidence", e.confidence},
           {"source", e.source == Source::kReference ? "reference" : "text"}};
}

void from_json(const json& j, Evidence& e) {
  GetIf(j, "issue", e.issue);
  GetIf(j, "begin", e.begin);
  GetIf(j, "end", e.end);
  GetIf(j, "sentence", e.sentence);
  GetIf(j, "date", e.date);
  GetIf(j, "confidence", e.confidence);
  std::string src;
  GetIf(j, "source", src);
  e.source = src == "reference" ? Source::kReference : Source::kText;
}

void to_json(json& j, const Sighting& s) { j = json{{"issue", s.issue}, {"date", s.date}}; }
void from_json(const json& j, Sighting& s) {
  GetIf(j, "issue", s.issue);
  GetIf(j, "date", s.date);
}

void to_json(json& j, const Node& n) {
  j = json{{"id", n.id},           {"type", ToString(n.type)}, {"name", n.name},
           {"aliases", n.aliases}, {"attributes", n.attributes}, {"codes", n.codes},
           {"seen", n.seen}};
}

void from_json(const json& j, Node& n) {
  j.at("id").get_to(n.id);
  n.type = EntityTypeFrom(j.at("type"));
  j.at("name").get_to(n.name);
  GetIf(j, "aliases", n.aliases);
  GetIf(j, "attributes", n.attributes);
  GetIf(j, "codes", n.codes);
  GetIf(j, "seen", n.seen);
}

void to_json(json& j, const Edge& e) {
  j = json{{"type", ToString(e.type)}, {"head", e.head}, {"tail", e.tail},
           {"attributes", e.attributes}, {"evidence", e.evidence}};
}

void from_json(const json& j, Edge& e) {
  e.type = RelationTypeFrom(j.at("type"));
  j.at("head").get_to(e.head);
  j.at("tail").get_to(e.tail);
  GetIf(j, "attributes", e.attributes);
  GetIf(j, "evidence", e.evidence);
}

void to_json(json& j, const Mention& m) { j = json{{"begin", m.begin}, {"end", m.end}, {"text", m.text}}; }
void from_json(const json& j, Mention& m) {
  GetIf(j, "begin", m.begin);
  GetIf(j, "end", m.end);
  GetIf(j, "text", m.text);
}

void to_json(json& j, const ExtractedEntity& e) {
  j = json{{"type", ToString(e.type)}, {"name", e.name}, {"aliases", e.aliases}};
  if (!e.codes.empty()) j["codes"] = e.codes;
  if (!e.candidates.empty()) j["candidates"] = e.candidates;
  if (!e.mentions.empty()) j["mentions"] = e.mentions;
  if (e.optional) j["optional"] = true;
}

void from_json(const json& j, ExtractedEntity& e) {
  e.type = EntityTypeFrom(j.at("type"));
  j.at("name").get_to(e.name);
  GetIf(j, "aliases", e.aliases);
  GetIf(j, "codes", e.codes);
  GetIf(j, "candidates", e.candidates);
  GetIf(j, "mentions", e.mentions);
  GetIf(j, "optional", e.optional);
}

void to_json(json& j, const ExtractedRelation& r) {
  j = json{{"type", ToString(r.type)},        {"head", r.head},
           {"tail", r.tail},                  {"head_type", ToString(r.head_type)},
           {"tail_type", ToString(r.tail_type)}};
  AttributesToJson(j, r.attributes);
  j["evidence"] = r.evidence.sentence;
  j["span"] = {r.evidence.begin, r.evidence.end};
  if (!r.evidence.date.empty()) j["date"] = r.evidence.date;
  j["confidence"] = r.evidence.confidence;
  if (r.evidence.source == Source::kReference) j["source"] = "reference";
}

void from_json(const json& j, ExtractedRelation& r) {
  r.type = RelationTypeFrom(j.at("type"));
  j.at("head").get_to(r.head);
  j.at("tail").get_to(r.tail);
  if (j.contains("head_type")) r.head_type = EntityTypeFrom(j.at("head_type"));
  if (j.contains("tail_type")) r.tail_type = EntityTypeFrom(j.at("tail_type"));
  // Every other string key is an attribute (role, kind, stance, rating,
  // vanguard_name, ...): to_json writes them all, so they must read back.
  static const std::set<std::string> kStructural = {"type", "head", "tail", "head_type", "tail_type",
                                                    "evidence", "span", "date", "confidence", "source"};
  for (const auto& [key, value] : j.items())
    if (value.is_string() && !kStructural.count(key)) r.attributes[key] = value.get<std::string>();
  if (auto it = j.find("vanguard"); it != j.end() && it->is_boolean())
    r.attributes["vanguard"] = it->get<bool>() ? "true" : "false";
  GetIf(j, "evidence", r.evidence.sentence);
  if (auto it = j.find("span"); it != j.end() && it->is_array() && it->size() == 2) {
    r.evidence.begin = Offset((*it)[0], "span");
    r.evidence.end = Offset((*it)[1], "span");
  }
  GetIf(j, "date", r.evidence.date);
  GetIf(j, "confidence", r.evidence.confidence);
  std::string src;
  GetIf(j, "source", src);
  r.evidence.source = src == "reference" ? Source::kReference : Source::kText;
}

void to_json(json& j, const Extraction& x) {
  j = json{{"doc", x.doc}, {"issue", x.issue}, {"date", x.date}, {"title", x.title},
           {"extractor_version", x.extractor_version},
           {"entities", x.entities}, {"relations", x.relations}};
}

void from_json(const json& j, Extraction& x) {
  GetIf(j, "doc", x.doc);
  GetIf(j, "issue", x.issue);
  GetIf(j, "date", x.date);
  GetIf(j, "title", x.title);
  GetIf(j, "extractor_version", x.extractor_version);
  GetIf(j, "entities", x.entities);
  GetIf(j, "relations", x.relations);
  for (auto& r : x.relations) {
    if (r.evidence.issue.empty()) r.evidence.issue = x.issue;
    if (r.evidence.date.empty()) r.evidence.date = x.date;
  }
}

Result<Extraction> ParseExtraction(std::string_view text, const std::string& what) {
  try {
    json j = json::parse(text);
    if (!j.is_object()) return Status::InvalidArgument(what + ": an extraction must be a JSON object");
    return j.get<Extraction>();
  } catch (const std::exception& e) {
    return Status::InvalidArgument(what + ": " + e.what());
  }
}

}  // namespace cg
