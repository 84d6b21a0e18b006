// viz/maps.h and viz/filter.h: what each map kind holds, and filters.
#include <catch2/catch.hpp>
#include <graphviz/cgraph.h>

#include <set>

#include "tests/viz/viz_fixture.h"
#include "viz/subgraph.h"
#include "viz/maps.h"

using namespace cg;

namespace {

std::set<NodeId> Ids(const Graph& g) {
  std::set<NodeId> out;
  for (const auto& n : g.nodes()) out.insert(n.id);
  return out;
}

std::set<RelationType> Relations(const Graph& g) {
  std::set<RelationType> out;
  for (const auto& e : g.edges()) out.insert(e.type);
  return out;
}

viz::Map Build(const char* kind, viz::MapArgs args = {}) {
  const viz::MapKind* k = viz::FindMapKind(kind);
  REQUIRE(k);
  auto m = k->build(test::FixtureGraph(), args);
  REQUIRE(m.ok());
  return std::move(*m);
}

// Clusters as cgraph reads them back from the DOT.
int DotClusters(const viz::Map& m) {
  RenderOptions o;
  o.clusters = m.clusters;
  Agraph_t* g = agmemread(ToDot(m.graph, o).c_str());
  REQUIRE(g);
  int n = 0;
  for (Agraph_t* s = agfstsubg(g); s; s = agnxtsubg(s)) ++n;
  agclose(g);
  return n;
}

}  // namespace

TEST_CASE("Maps: the table lists every kind once", "[viz]") {
  std::set<std::string> names;
  for (const auto& k : viz::MapKinds()) names.insert(k.name);
  CHECK(names == std::set<std::string>{"chains", "vanguards", "people", "ego", "issue"});
  CHECK(viz::FindMapKind("nope") == nullptr);
}

TEST_CASE("Maps: chains cluster partnered trusts with leaders and regulators", "[viz]") {
  viz::Map m = Build("chains");
  CHECK(Ids(m.graph) == std::set<NodeId>{"ods:RJC", "ods:RLQ", "ods:RLT", "ods:RNA", "ods:RBK",
                                          "person:glen burley", "person:diane wake",
                                          "nationalbody:care quality commission", "nationalbody:nhs improvement"});
  CHECK(Relations(m.graph) == std::set<RelationType>{RelationType::kPartner, RelationType::kRole, RelationType::kRegulates});
  REQUIRE(m.clusters.size() == 2);
  CHECK(m.clusters[0].members == std::vector<NodeId>{"ods:RBK", "ods:RNA"});
  CHECK(m.clusters[0].label == "merger (2)");
  CHECK(m.clusters[1].members == std::vector<NodeId>{"ods:RJC", "ods:RLQ", "ods:RLT"});
  CHECK(m.clusters[1].label == "buddying, chain (3)");
  CHECK(DotClusters(m) == 2);
  CHECK(m.graph.edge_count() == 3 + 3 + 2);
}

TEST_CASE("Maps: vanguards group developers by care model", "[viz]") {
  viz::Map m = Build("vanguards");
  CHECK(Ids(m.graph) == std::set<NodeId>{"caremodel:mcp", "caremodel:pacs", "ccg:dudley ccg", "ccg:northumberland ccg",
                                          "ods:RJC", "stp:black country stp", "ods:RLQ", "ods:RLT"});
  REQUIRE(m.clusters.size() == 2);
  CHECK(m.clusters[0].label == "MCP (2)");
  CHECK(m.clusters[0].members == std::vector<NodeId>{"caremodel:mcp", "ccg:dudley ccg"});
  // SWFT develops both models: it sits between the clusters, not in one.
  CHECK(m.clusters[1].members == std::vector<NodeId>{"caremodel:pacs", "ccg:northumberland ccg"});
  CHECK(DotClusters(m) == 2);
  CHECK(Relations(m.graph) == std::set<RelationType>{RelationType::kDevelops, RelationType::kPartOf, RelationType::kPartner});
}

TEST_CASE("Maps: people shows posts only", "[viz]") {
  viz::Map m = Build("people");
  CHECK(Ids(m.graph) == std::set<NodeId>{"person:glen burley", "person:diane wake", "ods:RJC", "ods:RLT", "ods:RNA"});
  CHECK(m.graph.edge_count() == 3);
  CHECK(Relations(m.graph) == std::set<RelationType>{RelationType::kRole});
  CHECK(m.title.find("2 people") != std::string::npos);
}

TEST_CASE("Maps: ego reaches depth hops both ways", "[viz]") {
  viz::MapArgs a;
  a.name = "Wye Valley NHS Trust";
  viz::Map one = Build("ego", a);
  CHECK(Ids(one.graph) == std::set<NodeId>{"ods:RLQ", "ods:RJC", "nationalbody:care quality commission", "organisation:nasty"});
  REQUIRE(one.clusters.size() == 1);
  CHECK(one.clusters[0].members == std::vector<NodeId>{"ods:RLQ"});
  a.depth = 2;
  viz::Map two = Build("ego", a);
  CHECK(two.graph.node_count() == 4 + 4);  // + RLT, Glen Burley, MCP, PACS
  CHECK(two.graph.FindNode("caremodel:pacs"));
  a.name = "ods:RLQ";  // ids work too
  CHECK(Build("ego", a).graph.node_count() == 8);
}

TEST_CASE("Maps: ego names are resolved or refused clearly", "[viz]") {
  const Graph g = test::FixtureGraph();
  CHECK((*viz::ResolveEntity(g, "glen burley"))->id == "person:glen burley");
  CHECK((*viz::ResolveEntity(g, "Wye Valley"))->id == "ods:RLQ");  // the only name containing it
  auto amb = viz::ResolveEntity(g, "Birmingham");                  // Place, and City Council contains it
  CHECK(amb.ok());
  CHECK((*amb)->id == "place:birmingham");
  auto none = viz::ResolveEntity(g, "Nowhere Trust");
  CHECK(none.status().code() == Status::Code::kNotFound);
  CHECK(none.status().message().find("Nowhere Trust") != std::string::npos);
  auto near = viz::ResolveEntity(g, "NHS");
  CHECK(near.status().code() == Status::Code::kNotFound);
  CHECK(near.status().message().find("did you mean") != std::string::npos);
  Graph dup = g;
  dup.UpsertNode(test::MakeNode("place:glen burley", EntityType::kPlace, "Glen Burley"));
  auto two = viz::ResolveEntity(dup, "Glen Burley");
  CHECK(two.status().code() == Status::Code::kAmbiguous);
  CHECK(two.status().message().find("place:glen burley") != std::string::npos);
}

TEST_CASE("Maps: issue keeps one issue's entities and evidence", "[viz]") {
  viz::MapArgs a;
  a.issue = "bbbb";  // a unique prefix
  viz::Map m = Build("issue", a);
  CHECK(m.title == std::string("Issue ") + test::kIssueB + " of 2017-05-01");
  CHECK(m.graph.FindNode("ods:RNA"));
  CHECK(!m.graph.FindNode("ods:RLQ"));
  for (const auto& e : m.graph.edges()) {
    REQUIRE(!e.evidence.empty());
    for (const auto& ev : e.evidence) CHECK(ev.issue == test::kIssueB);
  }
  CHECK(m.graph.edge_count() == 7);
  // SWFT is seen in issue A only, but its DEVELOPS MCP edge comes from B.
  CHECK(m.graph.FindNode("ods:RJC"));
  a.issue = "cccc";
  auto missing = viz::FindMapKind("issue")->build(test::FixtureGraph(), a);
  CHECK(missing.status().code() == Status::Code::kNotFound);
}

TEST_CASE("Filter: the query filters narrow a map", "[viz]") {
  const Graph g = test::FixtureGraph();
  auto f = MakeFilter({"trust", "Person"}, {}, "", "", "all");
  REQUIRE(f.ok());
  Graph only = viz::MapView(g, *f);
  for (const auto& n : only.nodes()) CHECK((n.type == EntityType::kTrust || n.type == EntityType::kPerson));
  CHECK(only.node_count() == 7);
  CHECK(only.edge_count() == 6);  // 3 PARTNER + 3 ROLE

  f = MakeFilter({}, {"regulates"}, "", "", "all");
  REQUIRE(f.ok());
  Graph regs = viz::MapView(g, *f);
  CHECK(regs.edge_count() == 2);
  CHECK(regs.node_count() == 4);  // a relation map drops the nodes it leaves alone

  f = MakeFilter({}, {}, "2017", "2017-12", "all");
  REQUIRE(f.ok());
  Graph y2017 = viz::MapView(g, *f);
  for (const auto& e : y2017.edges())
    for (const auto& ev : e.evidence) CHECK(ev.date.substr(0, 4) == "2017");
  CHECK(!y2017.FindNode("ods:RLQ"));
  CHECK(y2017.FindNode("ods:RNA"));
  f = MakeFilter({}, {}, "", "2016", "all");  // until 2016 includes 2016-03-01
  REQUIRE(f.ok());
  CHECK(viz::MapView(g, *f).FindNode("ods:RLQ"));
}
