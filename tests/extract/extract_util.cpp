#include "tests/extract/extract_util.h"

#include <catch2/catch.hpp>

#include "extract/extractor.h"

namespace cg::test {

Extraction ExtractOk(std::string_view text, std::string_view name) {
  Result<Extraction> x = Extractor::Default().Extract(name, text);
  INFO(x.status().message());
  REQUIRE(x.ok());
  return std::move(x).value();
}

bool HasForm(const ExtractedEntity& e, const std::string& form) {
  if (e.name == form) return true;
  for (const auto& a : e.aliases)
    if (a == form) return true;
  return false;
}

const ExtractedEntity* FindByForm(const Extraction& x, const std::string& form) {
  for (const auto& e : x.entities)
    if (HasForm(e, form)) return &e;
  return nullptr;
}

const ExtractedEntity* FindByName(const Extraction& x, const std::string& name) {
  for (const auto& e : x.entities)
    if (e.name == name) return &e;
  return nullptr;
}

const ExtractedRelation* FindRelation(const Extraction& x, RelationType type, const std::string& head,
                                      const std::string& tail) {
  for (const auto& r : x.relations) {
    if (r.type != type) continue;
    if (r.head == head && r.tail == tail) return &r;
    if (IsSymmetric(type) && r.head == tail && r.tail == head) return &r;
  }
  return nullptr;
}

std::vector<std::string> SentenceTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.Text(s.span));
  return out;
}

std::string Describe(const Extraction& x) {
  std::string out = "entities:";
  for (const auto& e : x.entities) {
    out += " [" + std::string(ToString(e.type)) + " " + e.name;
    for (const auto& [k, v] : e.codes) out += " " + k + "=" + v;
    for (const auto& c : e.candidates) out += " cand=" + c;
    for (const auto& a : e.aliases) out += " | " + a;
    out += "]";
  }
  out += "\nrelations:";
  for (const auto& r : x.relations) {
    out += " [" + std::string(ToString(r.type)) + " " + r.head + " -> " + r.tail;
    for (const auto& [k, v] : r.attributes) out += " " + k + "=" + v;
    out += "]";
  }
  return out;
}

}  // namespace cg::test
