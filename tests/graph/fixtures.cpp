#include "tests/graph/fixtures.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/json.h"
#include "tests/test_util.h"

namespace cg::test {

ExtractedEntity Ent(EntityType t, std::string name, std::vector<std::string> aliases,
                    std::map<std::string, std::string> codes) {
  ExtractedEntity e;
  e.type = t;
  e.name = std::move(name);
  e.aliases = std::move(aliases);
  e.codes = std::move(codes);
  return e;
}

ExtractedRelation Rel(RelationType type, EntityType ht, std::string head, EntityType tt, std::string tail,
                      std::string sentence, std::map<std::string, std::string> attrs, Source source) {
  ExtractedRelation r;
  r.type = type;
  r.head_type = ht;
  r.head = std::move(head);
  r.tail_type = tt;
  r.tail = std::move(tail);
  r.attributes = std::move(attrs);
  r.evidence.sentence = std::move(sentence);
  r.evidence.source = source;
  return r;
}

std::vector<Extraction> ChainIssues() {
  using E = EntityType;
  using R = RelationType;
  const auto swft = Ent(E::kTrust, "South Warwickshire NHS Foundation Trust", {"SWFT"}, {{"ods", "RJC"}});
  const auto wye = Ent(E::kTrust, "Wye Valley NHS Trust", {"Wye Valley"}, {{"ods", "RLQ"}});
  const auto stevens = Ent(E::kPerson, "Simon Stevens", {"Mr Stevens"});
  const auto nhse = Ent(E::kNationalBody, "NHS England", {"NHSE"});
  const auto chain = Ent(E::kCareModel, "hospital chain", {"chain"});
  std::vector<Extraction> xs(3);
  xs[0].issue = "issueA";
  xs[0].date = "2016-10-01";
  xs[0].entities = {swft, wye, stevens, nhse};
  xs[0].relations = {
      Rel(R::kRole, E::kPerson, "Simon Stevens", E::kNationalBody, "NHS England",
          "Simon Stevens, chief executive of NHS England, spoke.", {{"role", "chief executive"}}),
      Rel(R::kPartner, E::kTrust, "Wye Valley NHS Trust", E::kTrust, "South Warwickshire NHS Foundation Trust",
          "SWFT and Wye Valley plan a chain.", {{"kind", "chain"}})};
  xs[1].issue = "issueB";
  xs[1].date = "2016-11-15";
  xs[1].entities = {swft, wye, stevens, chain};
  xs[1].relations = {
      Rel(R::kPartner, E::kTrust, "South Warwickshire NHS Foundation Trust", E::kTrust, "Wye Valley NHS Trust",
          "The SWFT chain with Wye Valley goes ahead.", {{"kind", "chain"}}),
      Rel(R::kDevelops, E::kTrust, "South Warwickshire NHS Foundation Trust", E::kCareModel, "hospital chain",
          "SWFT is building a hospital chain."),
      Rel(R::kCommentsOn, E::kPerson, "Simon Stevens", E::kCareModel, "hospital chain",
          "Mr Stevens praised chains.", {{"stance", "supportive"}})};
  xs[2].issue = "issueC";
  xs[2].date = "2017-01-10";
  xs[2].entities = {wye, Ent(E::kNationalBody, "NHS Improvement", {"NHSI"}),
                    Ent(E::kSTP, "Herefordshire and Worcestershire STP", {}, {{"ons", "E54000018"}}),
                    Ent(E::kOrganisation, "Simon Stevens", {}, {})};
  xs[2].relations = {
      Rel(R::kRegulates, E::kNationalBody, "NHS Improvement", E::kTrust, "Wye Valley NHS Trust",
          "NHS Improvement rated Wye Valley inadequate.", {{"rating", "inadequate"}}),
      Rel(R::kPartOf, E::kTrust, "Wye Valley NHS Trust", E::kSTP, "Herefordshire and Worcestershire STP", "", {},
          Source::kReference)};
  return xs;
}

Graph ChainGraph() {
  Graph g;
  for (const auto& x : ChainIssues()) g.Merge(x);
  g.Canonicalise();
  return g;
}

Graph GoldGraph() {
  Graph g;
  if (!HaveShared()) return g;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(SharedDir() / "gold"))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  int n = 0;
  for (const auto& f : files) {
    std::ifstream in(f);
    std::stringstream ss;
    ss << in.rdbuf();
    auto x = ParseExtraction(ss.str(), f.string());
    if (!x.ok()) continue;
    ++n;
    x->issue = "gold-" + std::to_string(n);
    x->date = "2016-10-0" + std::to_string(n);
    // GUIDE.md lets relation ends omit their types: take the entity's.
    for (auto& r : x->relations) {
      for (const auto& e : x->entities) {
        if (e.name == r.head) r.head_type = e.type;
        if (e.name == r.tail) r.tail_type = e.type;
      }
      r.evidence.issue = x->issue;
      r.evidence.date = x->date;
    }
    g.Merge(*x);
  }
  g.Canonicalise();
  return g;
}

}  // namespace cg::test
