#pragma once
// Hand-built extractions for the store tests: a small world of entities
// that issues share, so merges, shared nodes and retractions all happen.
// Deterministic for a given seed.
#include <random>
#include <string>
#include <vector>

#include "graph/extraction.h"
#include "graph/graph.h"
#include "graph/hash.h"
#include "store/store.h"

namespace cg::test {

struct WorldEntity {
  EntityType type;
  std::vector<std::string> names;  // spellings an issue may use as canonical
  std::vector<std::string> aliases;
  std::string ods;                 // "" = unlinked
};

inline const std::vector<WorldEntity>& World() {
  static const std::vector<WorldEntity> w = {
      {EntityType::kTrust, {"The Dudley Group NHS Foundation Trust", "Dudley Group NHS Foundation Trust"}, {"Dudley Group"}, "RNA"},
      {EntityType::kTrust, {"Northumbria Healthcare NHS Foundation Trust"}, {"Northumbria"}, "RTF"},
      {EntityType::kTrust, {"Salford Royal NHS Foundation Trust", "Salford Royal"}, {"SRFT"}, ""},
      {EntityType::kCCG, {"NHS Dudley CCG", "Dudley CCG"}, {"Dudley clinical commissioning group"}, "05C"},
      {EntityType::kCCG, {"NHS Wakefield CCG"}, {"Wakefield CCG"}, ""},
      {EntityType::kSTP, {"Black Country STP"}, {"Black Country and West Birmingham"}, ""},
      {EntityType::kPerson, {"Simon Stevens", "Simon Stevens'"}, {"Mr Stevens", "Stevens"}, ""},
      {EntityType::kPerson, {"Jeremy Hunt"}, {"Mr Hunt", "health secretary Jeremy Hunt"}, ""},
      {EntityType::kPerson, {"Sir David Dalton", "David Dalton"}, {"Dalton"}, ""},
      {EntityType::kNationalBody, {"NHS England", "NHS England's"}, {"NHSE"}, ""},
      {EntityType::kNationalBody, {"Care Quality Commission"}, {"CQC"}, ""},
      {EntityType::kNationalBody, {"The King's Fund", "Kings Fund"}, {"King's Fund"}, ""},
      {EntityType::kPolicy, {"Five Year Forward View"}, {"FYFV", "Forward View"}, ""},
      {EntityType::kCareModel, {"multispecialty community provider"}, {"MCP"}, ""},
      {EntityType::kLocalAuthority, {"Dudley Metropolitan Borough Council"}, {"Dudley council"}, ""},
      {EntityType::kPlace, {"Dudley"}, {}, ""},
  };
  return w;
}

// One issue's text and extraction; `variant` changes the text (and so the
// id) and the extraction of the same "source".
struct SyntheticIssue {
  IssueRecord record;
  Extraction extraction;
};

inline SyntheticIssue MakeIssue(uint32_t seed, int index, int variant = 0, const std::string& source_dir = "/corpus") {
  std::mt19937 rng(seed * 7919u + static_cast<uint32_t>(index) * 104729u + static_cast<uint32_t>(variant) * 31u);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  const auto& world = World();
  SyntheticIssue s;
  Extraction& x = s.extraction;
  static const char* kDates[] = {"", "2016-01-04", "2016-01-11", "2016-02-01", "2016-02-01", "2016-03-07", "2017-05-02"};
  x.date = kDates[pick(7)];
  x.title = "Issue " + std::to_string(index) + (variant ? " (revised " + std::to_string(variant) + ")" : "");
  x.doc = "issue_" + std::to_string(index) + ".txt";
  x.extractor_version = "test";
  std::vector<size_t> chosen;
  const size_t n = 2 + pick(6);
  for (size_t i = 0; i < n; ++i) {
    size_t e = pick(world.size());
    if (std::find(chosen.begin(), chosen.end(), e) == chosen.end()) chosen.push_back(e);
  }
  std::string text = x.title + " " + x.date + "\n";
  for (size_t e : chosen) {
    const WorldEntity& w = world[e];
    ExtractedEntity ent;
    ent.type = w.type;
    ent.name = w.names[pick(w.names.size())];
    for (const auto& a : w.aliases)
      if (pick(2)) ent.aliases.push_back(a);
    if (!w.ods.empty() && pick(4) != 0) ent.codes["ods"] = w.ods;  // sometimes unlinked
    ent.mentions.push_back({text.size(), text.size() + ent.name.size(), ent.name});
    text += ent.name + " said things. ";
    x.entities.push_back(std::move(ent));
  }
  static const char* kRoles[] = {"chief executive", "chair", "director", "secretary of state"};
  for (size_t i = 0; i + 1 < x.entities.size(); ++i) {
    if (pick(3) == 0) continue;
    const auto& h = x.entities[i];
    const auto& t = x.entities[pick(x.entities.size())];
    ExtractedRelation r;
    r.type = kAllRelationTypes[pick(kAllRelationTypes.size())];
    r.head = h.name;
    r.tail = t.name;
    r.head_type = h.type;
    r.tail_type = t.type;
    if (r.type == RelationType::kRole) r.attributes["role"] = kRoles[pick(4)];
    if (pick(5) == 0) r.attributes["vanguard"] = pick(2) ? "true" : "false";
    r.evidence.sentence = h.name + " and " + t.name + " (" + std::to_string(i) + ").";
    r.evidence.begin = text.size();
    text += r.evidence.sentence + " ";
    r.evidence.end = text.size() - 1;
    r.evidence.confidence = 0.5 + 0.1 * static_cast<double>(pick(5));
    r.evidence.source = pick(6) == 0 ? Source::kReference : Source::kText;
    x.relations.push_back(std::move(r));
  }
  s.record.text = text;
  s.record.id = ContentId(text);
  s.record.source = source_dir + "/issue_" + std::to_string(index) + ".txt";
  s.record.date = x.date;
  s.record.title = x.title;
  s.record.extractor_version = x.extractor_version;
  x.issue = s.record.id;
  for (auto& r : x.relations) r.evidence.issue = x.issue, r.evidence.date = x.date;
  return s;
}

// The graph the store must hold for these issues: each issue's extraction
// merged on its own, folded in (date, id) order with Graph's rules.
inline Graph ReferenceGraph(std::vector<SyntheticIssue> issues) {
  std::sort(issues.begin(), issues.end(), [](const SyntheticIssue& a, const SyntheticIssue& b) {
    return std::tie(a.record.date, a.record.id) < std::tie(b.record.date, b.record.id);
  });
  Graph g;
  for (const auto& s : issues) {
    Graph c;
    c.Merge(s.extraction);
    for (const auto& n : c.nodes()) g.UpsertNode(n);
    for (const auto& e : c.edges()) g.UpsertEdge(e);
  }
  g.Canonicalise();
  return g;
}

}  // namespace cg::test
