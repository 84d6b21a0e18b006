// viz/render.h: DOT structure, escaping, determinism, real Graphviz output.
#include <catch2/catch.hpp>
#include <graphviz/cgraph.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "tests/test_util.h"
#include "tests/viz/viz_fixture.h"
#include "viz/render.h"
#include "viz/style.h"

using namespace cg;
namespace fs = std::filesystem;

namespace {

// DOT parsed back by cgraph itself: the proof that the escaping holds.
struct Parsed {
  Agraph_t* g = nullptr;
  explicit Parsed(const std::string& dot) { g = agmemread(dot.c_str()); }
  ~Parsed() {
    if (g) agclose(g);
  }
  std::string Get(void* obj, const char* attr) const {
    char* v = agget(obj, const_cast<char*>(attr));
    return v ? v : "";
  }
  Agnode_t* Node(const std::string& id) const { return agnode(g, const_cast<char*>(id.c_str()), 0); }
  int Clusters() const {
    int n = 0;
    for (Agraph_t* s = agfstsubg(g); s; s = agnxtsubg(s)) n += std::string(agnameof(s)).rfind("cluster", 0) == 0;
    return n;
  }
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Files in `dir` (to prove nothing half-written stays behind).
size_t FileCount(const fs::path& dir) {
  return static_cast<size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("Render: DOT has every node and edge, typed and styled", "[viz]") {
  Graph g = test::FixtureGraph();
  RenderOptions o;
  o.title = "Test map";
  Parsed p(ToDot(g, o));
  REQUIRE(p.g);
  CHECK(agnnodes(p.g) == static_cast<int>(g.node_count()));
  CHECK(agnedges(p.g) == static_cast<int>(g.edge_count()));
  CHECK(p.Clusters() == 0);
  Agnode_t* swft = p.Node("ods:RJC");
  REQUIRE(swft);
  CHECK(p.Get(swft, "shape") == viz::StyleOf(EntityType::kTrust).shape);
  CHECK(p.Get(swft, "fillcolor") == viz::StyleOf(EntityType::kTrust).fillcolor);
  CHECK(p.Get(swft, "label") == "South Warwickshire\\nNHS FT");
  Agnode_t* glen = p.Node("person:glen burley");
  REQUIRE(glen);
  CHECK(p.Get(glen, "shape") == viz::StyleOf(EntityType::kPerson).shape);
  // Our head is Graphviz's tail: the arrow runs person -> trust.
  Agedge_t* role = agedge(p.g, glen, swft, nullptr, 0);
  REQUIRE(role);
  CHECK(p.Get(role, "label") == "chief executive");
  CHECK(p.Get(role, "style") == viz::StyleOf(RelationType::kRole).style);
  CHECK(p.Get(role, "tooltip").find("[2016-03-01] person:glen burley ROLE ods:RJC.") != std::string::npos);
  // PARTNER is drawn without an arrow.
  Agedge_t* chain = agedge(p.g, swft, p.Node("ods:RLQ"), nullptr, 0);
  REQUIRE(chain);
  CHECK(p.Get(chain, "dir") == "none");
  // Legend and title in the graph label (an HTML-like label).
  char* label = agget(p.g, const_cast<char*>("label"));
  REQUIRE(label);
  CHECK(aghtmlstr(label));
  const std::string l = label;
  CHECK(l.find("Test map") != std::string::npos);
  for (auto t : kAllEntityTypes) CHECK(l.find(">" + std::string(ToString(t))) != std::string::npos);
  CHECK(l.find("COMMENTS_ON") != std::string::npos);
  CHECK(p.Get(p.g, "layout") == "dot");
}

TEST_CASE("Render: labels survive quotes, backslashes, markup, newlines, Unicode", "[viz]") {
  Graph g = test::FixtureGraph();
  const std::string dot = ToDot(g, {});
  Parsed p(dot);
  REQUIRE(p.g);
  Agnode_t* nasty = p.Node("organisation:nasty");
  REQUIRE(nasty);
  // What Graphviz reads back is exactly what we set, escapes and all.
  CHECK(p.Get(nasty, "label") == viz::Text(viz::ShortLabel(test::kNastyName), true));
  CHECK(p.Get(nasty, "tooltip") == viz::Text(viz::NodeTooltip(*g.FindNode("organisation:nasty")), true));
  CHECK(p.Get(nasty, "tooltip").find("He said \"hi\" \\\\ <script>alert(1)</script> &amp; Co\\nLtd — Ünïcødé 東京") == 0);
  // In the DOT text the quotes are escaped and no raw newline splits a string.
  CHECK(dot.find("He said \\\"hi\\\"") != std::string::npos);
  CHECK(dot.find("Co\nLtd") == std::string::npos);
}

TEST_CASE("Render: the same graph gives byte-identical DOT", "[viz]") {
  RenderOptions o;
  o.title = "t";
  o.clusters = {{"group", {"ods:RJC", "ods:RLQ"}}};
  const std::string a = ToDot(test::FixtureGraph(), o);
  CHECK(a == ToDot(test::FixtureGraph(), o));
  CHECK(a == ToDot(test::FixtureGraph(/*reverse=*/true), o));  // insertion order does not matter
  Graph c = test::FixtureGraph(true);
  c.Canonicalise();
  CHECK(a == ToDot(c, o));
  CHECK(a.find("0x") == std::string::npos);  // no pointers
}

TEST_CASE("Render: clusters group their members; unknown members are ignored", "[viz]") {
  RenderOptions o;
  o.clusters = {{"SWFT group", {"ods:RJC", "ods:RLQ", "nowhere:x"}}, {"again", {"ods:RJC"}}, {"Dudley", {"ods:RNA"}}};
  Parsed p(ToDot(test::FixtureGraph(), o));
  REQUIRE(p.g);
  CHECK(p.Clusters() == 2);  // "again" only repeats a member: no cluster
  Agraph_t* c0 = agsubg(p.g, const_cast<char*>("cluster_0"), 0);
  REQUIRE(c0);
  CHECK(agnnodes(c0) == 2);
  CHECK(p.Get(c0, "label") == "SWFT group");
}

TEST_CASE("Render: SVG is well-formed XML with tooltips and escaped text", "[viz]") {
  test::TempDir dir;
  const fs::path svg = dir / "map.svg";
  RenderOptions o;
  o.title = "Escapes <&>";
  REQUIRE(RenderToFile(test::FixtureGraph(), svg.string(), o).ok());
  auto lint = test::RunShell("xmllint --noout " + test::Quote(svg.string()));
  CHECK(lint.status == 0);
  CHECK(lint.err.empty());
  const std::string text = Slurp(svg);
  CHECK(text.find("<script>") == std::string::npos);
  CHECK(text.find("&lt;script&gt;") != std::string::npos);
  CHECK(text.find("東京") != std::string::npos);
  CHECK(text.find("Escapes &lt;&amp;&gt;") != std::string::npos);
  CHECK(text.find("xlink:title=\"South Warwickshire NHS Foundation Trust") != std::string::npos);
  CHECK(FileCount(dir.path()) == 1);
}

TEST_CASE("Render: PNG and PDF have their magic bytes", "[viz]") {
  test::TempDir dir;
  for (const auto& [name, magic] : {std::pair{"map.png", std::string("\x89PNG\r\n\x1a\n")},
                                    std::pair{"map.pdf", std::string("%PDF-")}}) {
    const fs::path out = dir / name;
    REQUIRE(RenderToFile(test::FixtureGraph(), out.string(), {}).ok());
    const std::string bytes = Slurp(out);
    CHECK(bytes.size() > 1000);
    CHECK(bytes.substr(0, magic.size()) == magic);
  }
  const fs::path dot = dir / "map.DOT";  // extension case does not matter
  REQUIRE(RenderToFile(test::FixtureGraph(), dot.string(), {}).ok());
  CHECK(Slurp(dot) == ToDot(test::FixtureGraph(), {}));
  CHECK(FileCount(dir.path()) == 3);
}

TEST_CASE("Render: clear one-line errors, nothing half-written", "[viz]") {
  test::TempDir dir;
  const Graph g = test::FixtureGraph();
  Status s = RenderToFile(g, (dir / "no/such/folder/map.svg").string(), {});
  CHECK(s.code() == Status::Code::kNotFound);
  CHECK(s.message().find("no/such/folder") != std::string::npos);
  s = RenderToFile(g, (dir / "map.gif").string(), {});
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message().find(".gif") != std::string::npos);
  RenderOptions bad_layout;
  bad_layout.layout = "nosuchengine";
  s = RenderToFile(g, (dir / "map.svg").string(), bad_layout);
  CHECK(!s.ok());
  CHECK(s.message().find("nosuchengine") != std::string::npos);
  for (const auto& st : {s}) CHECK(st.message().find('\n') == std::string::npos);
  CHECK(FileCount(dir.path()) == 0);
}

TEST_CASE("Render: large graphs switch to sfdp and still render", "[viz]") {
  Graph g;
  for (int i = 0; i < 300; ++i)
    g.UpsertNode(test::MakeNode("trust:t" + std::to_string(i), EntityType::kTrust, "Trust number " + std::to_string(i)));
  for (int i = 1; i < 300; ++i)
    g.UpsertEdge(test::MakeEdge(RelationType::kPartner, "trust:t" + std::to_string(i / 3), "trust:t" + std::to_string(i),
                                {{"kind", "chain"}}));
  RenderOptions o;
  CHECK(ChooseLayout(g, o) == "sfdp");
  o.layout = "neato";
  CHECK(ChooseLayout(g, o) == "neato");
  CHECK(ChooseLayout(test::FixtureGraph(), {}) == "dot");
  test::TempDir dir;
  const auto start = std::chrono::steady_clock::now();
  REQUIRE(RenderToFile(g, (dir / "big.svg").string(), {}).ok());
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(secs < 60);
  CHECK(test::RunShell("xmllint --noout " + test::Quote((dir / "big.svg").string())).status == 0);
}

TEST_CASE("Render: unlinked nodes gather in a grid; edge labels are drawn", "[viz]") {
  Graph g = test::FixtureGraph();
  for (int i = 0; i < 6; ++i)
    g.UpsertNode(test::MakeNode("place:p" + std::to_string(i), EntityType::kPlace, "Place " + std::to_string(i)));
  Parsed p(ToDot(g, {}));
  REQUIRE(p.g);
  Agraph_t* loose = agsubg(p.g, const_cast<char*>("cluster_unlinked"), 0);
  REQUIRE(loose);
  CHECK(agnnodes(loose) == 6);
  CHECK(p.Get(loose, "label") == "not linked on this map (6)");
  test::TempDir dir;
  REQUIRE(RenderToFile(g, (dir / "m.svg").string(), {}).ok());
  // The labels are drawn as text, not only in tooltips (dot's `pack` loses them).
  const std::string svg = Slurp(dir / "m.svg");
  CHECK(svg.find(">chief executive</text>") != std::string::npos);
  CHECK(svg.find(">merger</text>") != std::string::npos);
}

