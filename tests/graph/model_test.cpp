// The graph model: NormaliseName, node keys, JSON round trips, merging.
#include <catch2/catch.hpp>

#include <algorithm>

#include "graph/identity.h"
#include "graph/json.h"
#include "tests/graph/fixtures.h"

using namespace cg;
using namespace cg::test;

TEST_CASE("NormaliseName: folds case, punctuation, 'the', '&' and possessives", "[graph][model]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"The Dudley Group NHS Foundation Trust", "dudley group nhs foundation trust"},
      {"Birmingham & Solihull STP", "birmingham and solihull stp"},
      {"NHS England's", "nhs england"},
      {"NHS England\xE2\x80\x99s", "nhs england"},
      {"  Wye   Valley  ", "wye valley"},
      {"Humber, Coast and Vale", "humber coast and vale"},
      {"ods:RJC", "ods rjc"},
      {"Theatre Trust", "theatre trust"},  // "the" only as a word
  };
  for (const auto& [in, want] : cases) {
    INFO(in);
    CHECK(NormaliseName(in) == want);
  }
}

TEST_CASE("NodeKey: codes first, else type and normalised name", "[graph][model]") {
  CHECK(NodeKey(EntityType::kTrust, "SWFT", {{"ods", "RJC"}}) == "ods:RJC");
  CHECK(NodeKey(EntityType::kSTP, "Frimley Health STP", {{"ons", "E54000034"}}) == "ons:E54000034");
  CHECK(NodeKey(EntityType::kPerson, "Simon Stevens", {}) == "person:simon stevens");
  CHECK(NodeKey(EntityType::kCareModel, "The hospital chain", {}) == "caremodel:hospital chain");
}

TEST_CASE("JSON: nodes, edges and extractions round-trip", "[graph][model]") {
  const Graph g = ChainGraph();
  for (const Node& n : g.nodes()) {
    nlohmann::json j = n;
    CHECK(j.get<Node>() == n);
  }
  for (const Edge& e : g.edges()) {
    nlohmann::json j = e;
    CHECK(j.get<Edge>() == e);
  }
  for (Extraction x : ChainIssues()) {
    // A relation's evidence belongs to its issue: JSON stores the issue once.
    for (auto& r : x.relations) {
      r.evidence.issue = x.issue;
      r.evidence.date = x.date;
    }
    auto back = ParseExtraction(nlohmann::json(x).dump(), "round trip");
    REQUIRE(back.ok());
    CHECK(*back == x);
  }
}

TEST_CASE("ParseExtraction: errors name the input, never throw", "[graph][model]") {
  auto bad = ParseExtraction("{\"entities\": [{\"type\": \"Hospital\", \"name\": \"X\"}]}", "x.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("x.json") == 0);
  CHECK(bad.status().message().find("Hospital") != std::string::npos);
  CHECK_FALSE(ParseExtraction("[1, 2]", "y.json").ok());
  CHECK_FALSE(ParseExtraction("{", "z.json").ok());
}

TEST_CASE("Graph::Merge: one node per key, aliases and sightings merged", "[graph][model]") {
  const Graph g = ChainGraph();
  const Node* wye = g.FindNode("ods:RLQ");
  REQUIRE(wye);
  CHECK(wye->name == "Wye Valley NHS Trust");
  CHECK(wye->aliases == std::vector<std::string>{"Wye Valley"});
  REQUIRE(wye->seen.size() == 3);
  CHECK(wye->seen[0].date == "2016-10-01");
  CHECK(wye->seen[2].issue == "issueC");
  // Same name, two types: two nodes.
  CHECK(g.FindNode("person:simon stevens"));
  CHECK(g.FindNode("organisation:simon stevens"));
}

TEST_CASE("Graph::UpsertEdge: one edge per (type, head, tail), PARTNER stored head < tail", "[graph][model]") {
  const Graph g = ChainGraph();
  const auto partner = std::find_if(g.edges().begin(), g.edges().end(),
                                    [](const Edge& e) { return e.type == RelationType::kPartner; });
  REQUIRE(partner != g.edges().end());
  CHECK(partner->head == "ods:RJC");  // "ods:RJC" < "ods:RLQ" though issue A named Wye Valley first
  CHECK(partner->tail == "ods:RLQ");
  REQUIRE(partner->evidence.size() == 2);
  CHECK(partner->evidence[0].date == "2016-10-01");
  CHECK(FirstSeen(*partner) == "2016-10-01");
  CHECK(LastSeen(*partner) == "2016-11-15");
  CHECK(partner->attributes.at("source") == "text");
  CHECK(std::count_if(g.edges().begin(), g.edges().end(),
                      [](const Edge& e) { return e.type == RelationType::kPartner; }) == 1);
}

TEST_CASE("Graph::UpsertNode: a linked node takes the official name", "[graph][model]") {
  Graph g;
  Node a;
  a.id = "ods:RJC";
  a.type = EntityType::kTrust;
  a.name = "SWFT";
  g.UpsertNode(a);
  Node b = a;
  b.name = "South Warwickshire NHS Foundation Trust";
  b.codes = {{"ods", "RJC"}};
  g.UpsertNode(b);
  REQUIRE(g.node_count() == 1);
  CHECK(g.nodes()[0].name == "South Warwickshire NHS Foundation Trust");
  CHECK(g.nodes()[0].aliases == std::vector<std::string>{"SWFT"});
}

TEST_CASE("Graph::Canonicalise: merge order does not matter", "[graph][model]") {
  auto xs = ChainIssues();
  Graph forward, backward;
  for (const auto& x : xs) forward.Merge(x);
  for (auto it = xs.rbegin(); it != xs.rend(); ++it) backward.Merge(*it);
  forward.Canonicalise();
  backward.Canonicalise();
  CHECK(forward.nodes() == backward.nodes());
  CHECK(forward.edges() == backward.edges());
  CHECK(std::is_sorted(forward.nodes().begin(), forward.nodes().end(),
                       [](const Node& a, const Node& b) { return a.id < b.id; }));
  for (Graph::Index i = 0; i < forward.node_count(); ++i) CHECK(*forward.IndexOf(forward.nodes()[i].id) == i);
}
