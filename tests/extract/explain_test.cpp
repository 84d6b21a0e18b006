// Extractor::Explain (`extract --explain`): every mention and relation says
// what produced it, and the explanation covers what Extract outputs.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "extract/extractor.h"
#include "tests/extract/extract_util.h"
#include "tests/test_util.h"

namespace fs = std::filesystem;

namespace {

void CheckExplained(const std::string& name, const std::string& bytes) {
  auto e = cg::Extractor::Default().Explain(name, bytes);
  REQUIRE(e.ok());
  auto x = cg::Extractor::Default().Extract(name, bytes);
  REQUIRE(x.ok());
  INFO(name);
  std::set<std::string> explained;
  for (const auto& en : e->entities) {
    explained.insert(en.name);
    for (const auto& m : en.mentions) {
      INFO(en.name << " / " << m.text);
      CHECK_FALSE(m.rule.empty());
      CHECK(bytes.substr(m.begin, m.end - m.begin).size() == m.end - m.begin);
    }
  }
  for (const auto& ent : x->entities) CHECK(explained.count(ent.name) == 1);
  for (const auto& r : e->relations) {
    INFO(cg::ToString(r.type) << " " << r.head << " -> " << r.tail);
    CHECK_FALSE(r.rule.empty());
  }
  // Every extracted relation is among the explained ones.
  for (const auto& r : x->relations) {
    bool found = false;
    for (const auto& er : e->relations) found |= er.type == r.type && er.head == r.head && er.tail == r.tail;
    INFO(cg::ToString(r.type) << " " << r.head << " -> " << r.tail);
    CHECK(found);
  }
}

}  // namespace

TEST_CASE("Explain: an invented issue names the rule of each mention and relation", "[extract][explain]") {
  const std::string text =
      "Date: 2017-03-02\nNews\n\nHarriet Vane, chief executive of Alderley NHS Foundation Trust, said NHS England "
      "had published the Rural Access Strategy.\n";
  auto e = cg::Extractor::Default().Explain("t.txt", text);
  REQUIRE(e.ok());
  bool role = false, publishes = false;
  for (const auto& r : e->relations) {
    role |= r.type == cg::RelationType::kRole && r.rule == "role.apposition_post_of";
    publishes |= r.type == cg::RelationType::kPublishes && r.rule == "publishes.verb";
  }
  CHECK(role);
  CHECK(publishes);
  bool lexicon = false;
  for (const auto& en : e->entities)
    for (const auto& m : en.mentions) lexicon |= m.rule == "lexicon national_bodies.tsv: NHS England";
  CHECK(lexicon);
  CheckExplained("t.txt", text);
}

TEST_CASE("Explain: every sample's entities and relations are explained", "[extract][explain]") {
  for (const auto& f : fs::directory_iterator(cg::test::SourceDir() / "samples")) {
    const auto ext = f.path().extension();
    if (ext != ".txt" && ext != ".html") continue;
    std::ifstream in(f.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    CheckExplained(f.path().filename().string(), ss.str());
  }
}
