// Filters, name lookup, algorithms and queries on hand-built graphs.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

#include "graph/algorithms.h"
#include "graph/filter.h"
#include "graph/lookup.h"
#include "graph/query.h"
#include "graph/table.h"
#include "tests/graph/fixtures.h"

using namespace cg;
using namespace cg::test;

namespace {

bool HasEdge(const Graph& g, RelationType t) {
  return std::any_of(g.edges().begin(), g.edges().end(), [&](const Edge& e) { return e.type == t; });
}

// A graph from "a-b" style pairs (PARTNER edges between Organisations).
Graph Pairs(const std::vector<std::pair<std::string, std::string>>& pairs) {
  Graph g;
  for (const auto& [a, b] : pairs) {
    for (const auto& n : {a, b}) {
      Node node;
      node.id = "organisation:" + n;
      node.name = n;
      g.UpsertNode(node);
    }
    Edge e;
    e.type = RelationType::kPartner;
    e.head = "organisation:" + a;
    e.tail = "organisation:" + b;
    Evidence ev;
    ev.sentence = a + " and " + b + ".";
    e.evidence.push_back(ev);
    g.UpsertEdge(e);
  }
  g.Canonicalise();
  return g;
}

QueryOptions Opts(std::vector<std::string> types = {}, std::vector<std::string> rels = {}, std::string since = "",
                  std::string until = "", std::string source = "all") {
  auto f = MakeFilter(types, rels, since, until, source);
  REQUIRE(f.ok());
  return {*f};
}

}  // namespace

TEST_CASE("Filter: a date window keeps the graph as those issues describe it", "[graph][filter]") {
  const Graph g = ChainGraph();
  const Graph w = Apply(g, Opts({}, {}, "2016-11", "2016-12").filter);
  CHECK_FALSE(HasEdge(w, RelationType::kRole));       // only in issue A
  CHECK_FALSE(HasEdge(w, RelationType::kRegulates));  // only in issue C
  CHECK(HasEdge(w, RelationType::kDevelops));
  const auto partner = std::find_if(w.edges().begin(), w.edges().end(),
                                    [](const Edge& e) { return e.type == RelationType::kPartner; });
  REQUIRE(partner != w.edges().end());
  REQUIRE(partner->evidence.size() == 1);
  CHECK(partner->evidence[0].issue == "issueB");
  CHECK_FALSE(w.FindNode("nationalbody:nhs england"));  // seen only in A
  REQUIRE(w.FindNode("ods:RLQ"));
  CHECK(w.FindNode("ods:RLQ")->seen.size() == 1);
  // A partial bound covers its whole month.
  const Graph oct = Apply(g, Opts({}, {}, "", "2016-10").filter);
  CHECK(HasEdge(oct, RelationType::kRole));
  CHECK_FALSE(HasEdge(oct, RelationType::kDevelops));
}

TEST_CASE("Filter: node types, relation types and source", "[graph][filter]") {
  const Graph g = ChainGraph();
  const Graph trusts = Apply(g, Opts({"Trust"}).filter);
  CHECK(trusts.node_count() == 2);
  REQUIRE(trusts.edge_count() == 1);
  CHECK(trusts.edges()[0].type == RelationType::kPartner);
  const Graph roles = Apply(g, Opts({}, {"role", "comments-on"}).filter);
  CHECK(roles.edge_count() == 2);
  CHECK(roles.node_count() == g.node_count());  // relation filters keep nodes
  const Graph text = Apply(g, Opts({}, {}, "", "", "text").filter);
  CHECK_FALSE(HasEdge(text, RelationType::kPartOf));
  const Graph ref = Apply(g, Opts({}, {}, "", "", "reference").filter);
  REQUIRE(ref.edge_count() == 1);
  CHECK(ref.edges()[0].type == RelationType::kPartOf);
}

TEST_CASE("Filter: undated evidence is excluded once a window is set", "[graph][filter]") {
  Graph g = Pairs({{"a", "b"}});  // evidence without a date
  CHECK(Apply(g, GraphFilter{}).edge_count() == 1);
  CHECK(Apply(g, Opts({}, {}, "2016").filter).edge_count() == 0);
}

TEST_CASE("MakeFilter: bad words are named", "[graph][filter]") {
  auto t = MakeFilter({"Hospital"}, {}, "", "", "");
  REQUIRE_FALSE(t.ok());
  CHECK(t.status().message().find("--type Hospital") == 0);
  CHECK(t.status().message().find("Trust") != std::string::npos);
  CHECK_FALSE(MakeFilter({}, {"LIKES"}, "", "", "").ok());
  CHECK_FALSE(MakeFilter({}, {}, "2016-13", "", "").ok());
  CHECK_FALSE(MakeFilter({}, {}, "yesterday", "", "").ok());
  CHECK_FALSE(MakeFilter({}, {}, "2017", "2016-12-31", "").ok());
  CHECK_FALSE(MakeFilter({}, {}, "", "", "gossip").ok());
  CHECK(MakeFilter({"ccg", "Place"}, {"part_of"}, "2016-10", "2016-10", "text").ok());
}

TEST_CASE("Lookup: exact, alias, code, id, prefix, word and near matches, best first", "[graph][lookup]") {
  const Graph g = ChainGraph();
  auto first = [&](const std::string& text) {
    auto m = FindNodes(g, text);
    REQUIRE_FALSE(m.empty());
    return std::make_pair(g.nodes()[m[0].node].id, m[0].kind);
  };
  CHECK(first("nhs england") == std::make_pair(NodeId("nationalbody:nhs england"), MatchKind::kExact));
  CHECK(first("NHSE") == std::make_pair(NodeId("nationalbody:nhs england"), MatchKind::kAlias));
  CHECK(first("RJC") == std::make_pair(NodeId("ods:RJC"), MatchKind::kExact));
  CHECK(first("ods:RLQ") == std::make_pair(NodeId("ods:RLQ"), MatchKind::kExact));
  CHECK(first("wye") == std::make_pair(NodeId("ods:RLQ"), MatchKind::kPrefix));
  CHECK(first("Warwickshire") == std::make_pair(NodeId("ods:RJC"), MatchKind::kWord));
  CHECK(first("NHS Englnd") == std::make_pair(NodeId("nationalbody:nhs england"), MatchKind::kNear));
  CHECK(first("NHS Improvemnet") == std::make_pair(NodeId("nationalbody:nhs improvement"), MatchKind::kNear));
  CHECK(FindNodes(g, "zzzzzz").empty());
  // "nhs" prefixes two names and is a word of two more: prefixes first, then by name.
  auto nhs = FindNodes(g, "nhs");
  REQUIRE(nhs.size() == 4);
  CHECK(g.nodes()[nhs[0].node].name == "NHS England");
  CHECK(g.nodes()[nhs[1].node].name == "NHS Improvement");
  CHECK(nhs[2].kind == MatchKind::kWord);
  CHECK(g.nodes()[nhs[2].node].name == "South Warwickshire NHS Foundation Trust");
  CHECK(g.nodes()[nhs[3].node].name == "Wye Valley NHS Trust");
  CHECK(FindNodes(g, "nhs", {EntityType::kTrust}).size() == 2);
}

TEST_CASE("Lookup: an ambiguous name lists the candidates with their types", "[graph][lookup]") {
  const Graph g = ChainGraph();
  auto r = ResolveNode(g, "Simon Stevens");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == Status::Code::kAmbiguous);
  CHECK(r.status().message().find("Simon Stevens (Organisation, organisation:simon stevens)") != std::string::npos);
  CHECK(r.status().message().find("Simon Stevens (Person, person:simon stevens)") != std::string::npos);
  auto person = ResolveNode(g, "Simon Stevens", {EntityType::kPerson});
  REQUIRE(person.ok());
  CHECK(g.nodes()[*person].id == "person:simon stevens");
  auto by_id = ResolveNode(g, "organisation:simon stevens");
  REQUIRE(by_id.ok());
  CHECK(g.nodes()[*by_id].type == EntityType::kOrganisation);
  // An alias of one node resolves even though a prefix matches others.
  REQUIRE(ResolveNode(g, "Mr Stevens").ok());
  // Two prefix matches are ambiguous too.
  CHECK(ResolveNode(g, "nhs").status().code() == Status::Code::kAmbiguous);
}

TEST_CASE("Lookup: an unknown name suggests the nearest ones", "[graph][lookup]") {
  const Graph g = ChainGraph();
  auto r = ResolveNode(g, "Simon Stephens");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == Status::Code::kNotFound);
  CHECK(r.status().message().find("no entity named \"Simon Stephens\"") == 0);
  CHECK(r.status().message().find("did you mean: Simon Stevens") != std::string::npos);
  auto none = ResolveNode(g, "Leeds Teaching Hospitals");
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().code() == Status::Code::kNotFound);
  CHECK(none.status().message().find("did you mean") == std::string::npos);
}

TEST_CASE("EditDistance: optimal string alignment with a cap", "[graph][lookup]") {
  CHECK(EditDistance("stevens", "stevens", 3) == 0);
  CHECK(EditDistance("stevens", "steevns", 3) == 1);  // transposition
  CHECK(EditDistance("kitten", "sitting", 5) == 3);
  CHECK(EditDistance("a", "abcdefgh", 2) == 3);  // beyond the cap
}

TEST_CASE("Neighbours: BFS to a depth, undirected, in stable order", "[graph][algorithms]") {
  const Graph g = ChainGraph();
  auto one = Neighbours(g, "SWFT", 1, {});
  REQUIRE(one.ok());
  std::vector<std::string> names;
  for (const auto& n : one->neighbours) names.push_back(n.node.name);
  CHECK(names == std::vector<std::string>{"Wye Valley NHS Trust", "hospital chain"});
  auto two = Neighbours(g, "SWFT", 2, {});
  REQUIRE(two.ok());
  CHECK(two->neighbours.size() == 5);  // + Herefordshire STP, NHS Improvement, Simon Stevens
  const auto& stevens = *std::find_if(two->neighbours.begin(), two->neighbours.end(),
                                      [](const auto& r) { return r.node.id == "person:simon stevens"; });
  CHECK(stevens.depth == 2);
  CHECK(stevens.via.name == "hospital chain");
  REQUIRE(stevens.relations.size() == 1);
  CHECK(stevens.relations[0].type == RelationType::kCommentsOn);
  CHECK(stevens.relations[0].direction == Direction::kIn);  // Stevens -> chain, seen from the chain
  // --rel and --type narrow the walk; the origin stays whatever its type.
  auto partners = Neighbours(g, "SWFT", 3, Opts({}, {"PARTNER"}));
  REQUIRE(partners.ok());
  CHECK(partners->neighbours.size() == 1);
  auto people = Neighbours(g, "hospital chain", 2, Opts({"Person"}));
  REQUIRE(people.ok());
  REQUIRE(people->neighbours.size() == 1);
  CHECK(people->neighbours[0].node.name == "Simon Stevens");
  CHECK(Neighbours(g, "SWFT", 0, {}).status().code() == Status::Code::kInvalidArgument);
}

TEST_CASE("Path: each hop with its relation and evidence", "[graph][algorithms]") {
  const Graph g = ChainGraph();
  auto p = Path(g, "SWFT", "NHS England", 0, false, {});
  REQUIRE(p.ok());
  CHECK(p->length == 3);
  REQUIRE(p->paths.size() == 1);
  const auto& hops = p->paths[0];
  REQUIRE(hops.size() == 3);
  CHECK(hops[0].type == RelationType::kDevelops);
  CHECK(hops[0].direction == Direction::kOut);
  CHECK(hops[0].evidence.sentence == "SWFT is building a hospital chain.");
  CHECK(hops[1].to.name == "Simon Stevens");
  CHECK(hops[1].direction == Direction::kIn);
  CHECK(hops[2].type == RelationType::kRole);
  CHECK(hops[2].evidence.date == "2016-10-01");
  CHECK(Path(g, "SWFT", "NHS England", 2, false, {}).status().code() == Status::Code::kNotFound);
  // The window removes the chain: no path at all.
  auto late = Path(g, "SWFT", "NHS Improvement", 0, false, Opts({}, {}, "2017"));
  CHECK(late.status().code() == Status::Code::kNotFound);  // SWFT is not in 2017's issues
  auto late2 = Path(g, "Wye Valley", "NHS Improvement", 0, false, Opts({}, {}, "2017"));
  REQUIRE(late2.ok());
  CHECK(late2->length == 1);
  CHECK(Path(g, "Simon Stevens", "SWFT", 0, false, {}).status().code() == Status::Code::kAmbiguous);
}

TEST_CASE("Path --all: every shortest path, lexicographic", "[graph][algorithms]") {
  // a - b - d and a - c - d: two paths of 2 hops; a - e - f - d is longer.
  const Graph g = Pairs({{"a", "b"}, {"b", "d"}, {"a", "c"}, {"c", "d"}, {"a", "e"}, {"e", "f"}, {"f", "d"}});
  auto all = Path(g, "a", "d", 0, true, {});
  REQUIRE(all.ok());
  REQUIRE(all->paths.size() == 2);
  CHECK(all->paths[0][0].to.name == "b");
  CHECK(all->paths[1][0].to.name == "c");
  auto one = Path(g, "a", "d", 0, false, {});
  REQUIRE(one.ok());
  CHECK(one->paths.size() == 1);
  auto same = Path(g, "a", "a", 0, false, {});
  REQUIRE(same.ok());
  CHECK(same->length == 0);
}

TEST_CASE("Rank: degree, betweenness and pagerank orders", "[graph][algorithms]") {
  // A star around "hub" plus a tail: hub-x, hub-y, hub-z, z-w.
  const Graph g = Pairs({{"hub", "x"}, {"hub", "y"}, {"hub", "z"}, {"z", "w"}});
  auto deg = Rank(g, RankBy::kDegree, 0, {});
  REQUIRE(deg.rows.size() == 5);
  CHECK(deg.rows[0].node.name == "hub");
  CHECK(deg.rows[0].score == 3);
  CHECK(deg.rows[1].node.name == "z");
  CHECK(deg.rows[2].rank == 3);  // w, x, y tie at 1: same rank, by name
  CHECK(deg.rows[3].rank == 3);
  CHECK(deg.rows[2].node.name == "w");
  auto btw = Rank(g, RankBy::kBetweenness, 2, {});
  REQUIRE(btw.rows.size() == 2);
  CHECK(btw.rows[0].node.name == "hub");
  CHECK(btw.rows[0].score == Approx(5.0));  // pairs x-y, x-z, y-z, x-w, y-w
  CHECK(btw.rows[1].node.name == "z");
  CHECK(btw.rows[1].score == Approx(3.0));  // w to hub, x, y
  auto pr = Rank(g, RankBy::kPageRank, 0, {});
  CHECK(pr.rows[0].node.name == "hub");
  double sum = 0;
  for (const auto& r : pr.rows) sum += r.score;
  CHECK(sum == Approx(1.0));
  // --type lists only those types, scored on the whole graph.
  auto people = Rank(ChainGraph(), RankBy::kDegree, 0, Opts({"Person"}));
  REQUIRE(people.rows.size() == 1);
  CHECK(people.rows[0].score == 2);
}

TEST_CASE("Communities: components and Louvain on two cliques and a bridge", "[graph][algorithms]") {
  const Graph g = Pairs({{"a1", "a2"}, {"a1", "a3"}, {"a1", "a4"}, {"a2", "a3"}, {"a2", "a4"}, {"a3", "a4"},
                         {"b1", "b2"}, {"b1", "b3"}, {"b1", "b4"}, {"b2", "b3"}, {"b2", "b4"}, {"b3", "b4"},
                         {"a4", "b1"}, {"lone1", "lone2"}});
  auto r = FindCommunities(g, {});
  REQUIRE(r.components.size() == 2);
  CHECK(r.components[0].members.size() == 8);
  CHECK(r.components[1].members.size() == 2);
  REQUIRE(r.communities.size() == 3);
  CHECK(r.communities[0].members.size() == 4);
  CHECK(r.communities[1].members.size() == 4);
  auto names = [](const auto& grp) {
    std::vector<std::string> n;
    for (const auto& m : grp.members) n.push_back(m.name);
    std::sort(n.begin(), n.end());
    return n;
  };
  CHECK(names(r.communities[0]) == std::vector<std::string>{"a1", "a2", "a3", "a4"});
  CHECK(names(r.communities[1]) == std::vector<std::string>{"b1", "b2", "b3", "b4"});
  CHECK(r.modularity > 0.4);
  // Same partition, computed independently.
  GraphView v(g);
  auto c = DetectCommunities(v);
  CHECK(Modularity(v, c.community) == Approx(r.modularity));
  std::vector<uint32_t> one_block(g.node_count(), 0);
  CHECK(Modularity(v, one_block) == Approx(0.0).margin(1e-12));
}

TEST_CASE("Show: the card groups relations with evidence and dates", "[graph][query]") {
  const Graph g = ChainGraph();
  auto c = Show(g, "Wye Valley", {});
  REQUIRE(c.ok());
  CHECK(c->node.id == "ods:RLQ");
  CHECK(c->codes.at("ods") == "RLQ");
  CHECK(c->first_seen == "2016-10-01");
  CHECK(c->last_seen == "2017-01-10");
  CHECK(c->issues.size() == 3);
  REQUIRE(c->relations.size() == 3);
  CHECK(c->relations[0].type == RelationType::kPartner);
  CHECK(c->relations[0].direction == Direction::kBoth);
  CHECK(c->relations[0].evidence.size() == 2);
  CHECK(c->relations[1].type == RelationType::kPartOf);
  CHECK(c->relations[2].type == RelationType::kRegulates);
  CHECK(c->relations[2].direction == Direction::kIn);
  CHECK(c->relations[2].attributes.at("rating") == "inadequate");
  const std::string text = ToText(*c);
  CHECK(text.find("PARTNER (1)") != std::string::npos);
  CHECK(text.find("\"NHS Improvement rated Wye Valley inadequate.\" (2017-01-10, issue issueC)") != std::string::npos);
  auto j = ToJson(*c);
  CHECK(j["relations"][2]["other"]["name"] == "NHS Improvement");
  CHECK(j["relations"][0]["evidence"][1]["issue"] == "issueB");
  // A window shows only what those issues say.
  auto early = Show(g, "Wye Valley", Opts({}, {}, "", "2016-10-31"));
  REQUIRE(early.ok());
  CHECK(early->relations.size() == 1);
  CHECK(early->last_seen == "2016-10-01");
  CHECK(Show(g, "NHS Improvement", Opts({}, {}, "", "2016")).status().code() == Status::Code::kNotFound);
}

TEST_CASE("Timeline: mentions and new relations per issue", "[graph][query]") {
  auto t = Timeline(ChainGraph(), "SWFT", {});
  REQUIRE(t.ok());
  REQUIRE(t->entries.size() == 2);
  CHECK(t->entries[0].date == "2016-10-01");
  CHECK(t->entries[0].mentioned);
  CHECK(t->entries[0].evidence == 1);
  REQUIRE(t->entries[0].new_relations.size() == 1);
  CHECK(t->entries[0].new_relations[0].type == RelationType::kPartner);
  CHECK(t->entries[1].issue == "issueB");
  CHECK(t->entries[1].evidence == 2);
  REQUIRE(t->entries[1].new_relations.size() == 1);
  CHECK(t->entries[1].new_relations[0].other.name == "hospital chain");
}

TEST_CASE("Outputs are stable: same graph, same bytes", "[graph][query]") {
  auto xs = ChainIssues();
  Graph a, b;
  for (const auto& x : xs) a.Merge(x);
  for (auto it = xs.rbegin(); it != xs.rend(); ++it) b.Merge(*it);
  a.Canonicalise();
  b.Canonicalise();
  CHECK(ToJson(FindCommunities(a, {})).dump() == ToJson(FindCommunities(b, {})).dump());
  CHECK(ToText(Rank(a, RankBy::kPageRank, 0, {})) == ToText(Rank(b, RankBy::kPageRank, 0, {})));
  CHECK(ToText(*Show(a, "Wye Valley", {})) == ToText(*Show(b, "Wye Valley", {})));
  CHECK(ToJson(*Neighbours(a, "hospital chain", 2, {})).dump() == ToJson(*Neighbours(b, "hospital chain", 2, {})).dump());
}

TEST_CASE("Table: columns align on code points, no trailing spaces", "[graph][table]") {
  Table t({"NAME", "TYPE"});
  t.AddRow({"St Helen\xE2\x80\x99s", "Place"});
  t.AddRow({"Wye", "Trust"});
  t.AddRow({"x"});
  CHECK(t.Render() == "NAME        TYPE\nSt Helen\xE2\x80\x99s  Place\nWye         Trust\nx\n");
  Table cut({"A"});
  cut.SetMaxWidth(0, 6);
  cut.AddRow({"abcdefghij"});
  CHECK(cut.Render() == "A\nabc...\n");
}
