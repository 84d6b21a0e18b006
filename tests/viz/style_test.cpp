// viz/style.h: distinct looks per type, short labels, escaping, tooltips.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "tests/viz/viz_fixture.h"
#include "viz/style.h"

using namespace cg;

TEST_CASE("Style: every entity type and relation looks different", "[viz]") {
  std::set<std::string> shapes, colours;
  for (auto t : kAllEntityTypes) {
    shapes.insert(viz::StyleOf(t).shape);
    colours.insert(viz::StyleOf(t).fillcolor);
  }
  CHECK(shapes.size() == kAllEntityTypes.size());
  CHECK(colours.size() == kAllEntityTypes.size());
  std::set<std::string> lines;
  for (auto r : kAllRelationTypes)
    lines.insert(std::string(viz::StyleOf(r).style) + viz::StyleOf(r).color + viz::StyleOf(r).arrowhead);
  CHECK(lines.size() == kAllRelationTypes.size());
}

TEST_CASE("Style: short labels abbreviate and wrap long names", "[viz]") {
  CHECK(viz::ShortLabel("South Warwickshire NHS Foundation Trust") == "South Warwickshire\nNHS FT");
  CHECK(viz::ShortLabel("NHS Dudley Clinical Commissioning Group") == "NHS Dudley CCG");
  CHECK(viz::ShortLabel("MCP") == "MCP");
  // At most three lines; the rest elided.
  const std::string l = viz::ShortLabel(
      "The Royal Wolverhampton and Walsall and Dudley and Sandwell and West Birmingham Hospitals Alliance Trust");
  CHECK(std::count(l.begin(), l.end(), '\n') == 2);
  CHECK(l.ends_with("…"));
  // Counted in code points: twenty non-ASCII letters fit one line.
  CHECK(viz::ShortLabel("Ünïcødé Ünïcødé Ünï") == "Ünïcødé Ünïcødé Ünï");
}

TEST_CASE("Style: Text escapes what Graphviz would interpret", "[viz]") {
  CHECK(viz::Text("a\\N b") == "a\\\\N b");      // no \N substitution
  CHECK(viz::Text("R&D; &amp;") == "R&amp;D; &amp;amp;");
  CHECK(viz::Text("two\nlines") == "two lines");
  CHECK(viz::Text("two\nlines", true) == "two\\nlines");
  CHECK(viz::Text("quote \" stays") == "quote \" stays");  // cgraph quotes it when writing
  CHECK(viz::Text("bad \xFF byte\x01") == "bad \xEF\xBF\xBD byte ");
  CHECK(viz::Text("\xE6\x9D\xB1\xE4\xBA\xAC") == "東京");
  CHECK(viz::Html("<b>\"x\" & y</b>") == "&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;");
}

TEST_CASE("Style: edge labels come from role, kind, rating, stance", "[viz]") {
  Graph g = test::FixtureGraph();
  auto label_of = [&](RelationType t, const std::string& head) {
    for (const auto& e : g.edges())
      if (e.type == t && e.head == head) return viz::EdgeLabel(e);
    return std::string("?");
  };
  CHECK(label_of(RelationType::kRole, "person:glen burley") == "chief executive");
  CHECK(label_of(RelationType::kPartner, "ods:RBK") == "merger");
  CHECK(label_of(RelationType::kRegulates, "nationalbody:care quality commission") == "inadequate");
  CHECK(label_of(RelationType::kRegulates, "nationalbody:nhs improvement") == "regulates");
  CHECK(label_of(RelationType::kDevelops, "ccg:dudley ccg") == "vanguard");
  CHECK(label_of(RelationType::kCommentsOn, "organisation:nasty") == "critical");
  CHECK(label_of(RelationType::kPartOf, "ccg:dudley ccg").empty());
}

TEST_CASE("Style: tooltips carry the full name, type, codes and evidence", "[viz]") {
  Node n = test::MakeNode("ods:RJC", EntityType::kTrust, "South Warwickshire NHS Foundation Trust");
  n.codes["ods"] = "RJC";
  n.aliases = {"SWFT"};
  const std::string tip = viz::NodeTooltip(n);
  CHECK(tip.find("South Warwickshire NHS Foundation Trust\nTrust") == 0);
  CHECK(tip.find("ods: RJC") != std::string::npos);
  CHECK(tip.find("SWFT") != std::string::npos);
  Edge e = test::MakeEdge(RelationType::kRole, "a", "b", {{"role", "chair"}}, test::kIssueA, "She is the chair.");
  CHECK(viz::EdgeTooltip(e, "Ann", "Trust X") == "Ann ROLE (chair) Trust X\n[2016-03-01] She is the chair.");
}

TEST_CASE("Style: the legend lists only the types present", "[viz]") {
  const std::string h = viz::LegendHtml("My <map>", {EntityType::kTrust, EntityType::kPerson},
                                        {RelationType::kRole});
  CHECK(h.find("My &lt;map&gt;") != std::string::npos);
  CHECK(h.find(">Trust") != std::string::npos);
  CHECK(h.find(">Person") != std::string::npos);
  CHECK(h.find(">CCG") == std::string::npos);
  CHECK(h.find("ROLE") != std::string::npos);
  CHECK(h.find("PARTNER") == std::string::npos);
}
