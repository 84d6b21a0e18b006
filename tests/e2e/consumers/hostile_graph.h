#pragma once
// A small hand-built graph whose names and sentences try to break every
// export format: quotes, backslashes, newlines, markup, '&', leading '=',
// '+', '-', '@', ';' inside list items, non-ASCII, control characters,
// attributes named like structural fields, a pair of nodes joined by two
// relation types (a multigraph), undated reference evidence.
//
// Used by tests/graph/export_test.cpp and by export_fixture (which writes
// the dumps for the Python consumer tests).
#include <algorithm>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace cg::test {

inline Evidence Ev(std::string issue, std::string date, std::string sentence, uint64_t begin,
                   Source source = Source::kText) {
  Evidence e;
  e.issue = std::move(issue);
  e.date = std::move(date);
  e.sentence = std::move(sentence);
  e.begin = begin;
  e.end = begin + e.sentence.size();
  e.source = source;
  return e;
}

inline std::vector<Node> HostileNodes() {
  std::vector<Node> n(7);
  n[0].id = "ods:RJC";
  n[0].type = EntityType::kTrust;
  n[0].name = "South \"Warwickshire\" NHS Foundation Trust";
  n[0].aliases = {"=HYPERLINK(\"http://evil.example\")", "SWFT", "semi;colon"};
  n[0].codes = {{"ods", "RJC"}};
  n[0].attributes = {{"candidates", "RJC;RXX"}, {"id", "attribute named id"}};
  n[0].seen = {{"aaaa000000000001", "2016-03-01"}, {"aaaa000000000002", "2016-05-10"}};

  n[1].id = "person:siobhan o'brien";
  n[1].type = EntityType::kPerson;
  n[1].name = "Siobh\u00e1n O'Brien <script>alert(1)</script>";
  n[1].aliases = {"Back\\slash \\\"quoted\\\"", "multi\nline\r\nalias"};
  n[1].seen = {{"aaaa000000000001", "2016-03-01"}};

  n[2].id = "place:a and b";
  n[2].type = EntityType::kPlace;
  n[2].name = "A & B, \"Town\"\twith tab";
  n[2].seen = {{"aaaa000000000002", "2016-05-10"}};

  n[3].id = "ccg:+44 plus";
  n[3].type = EntityType::kCCG;
  n[3].name = "+44 Leading Plus CCG";
  n[3].aliases = {"-minus", "@mention"};
  n[3].codes = {{"ons", "E38000001"}};
  n[3].seen = {{"aaaa000000000003", ""}};

  n[4].id = "caremodel:pacs";
  n[4].type = EntityType::kCareModel;
  n[4].name = "Ysbyty Gwynedd \u2014 \u533b\u9662 PACS \U0001F3E5";

  n[5].id = "nationalbody:cqc";
  n[5].type = EntityType::kNationalBody;
  n[5].name = "Care Quality Commission";
  n[5].aliases = {"CQC"};

  n[6].id = "organisation:ctrl";
  n[6].type = EntityType::kOrganisation;
  n[6].name = "Control\x01" "char & bell\x07";
  return n;
}

inline std::vector<Edge> HostileEdges() {
  std::vector<Edge> e(6);
  e[0].type = RelationType::kRole;
  e[0].head = "person:siobhan o'brien";
  e[0].tail = "ods:RJC";
  e[0].attributes = {{"role", "chief executive"}, {"source", "text"}};
  e[0].evidence = {Ev("aaaa000000000002", "2016-05-10", "She said: \"We're fine, really\",\nthen left.", 40),
                   Ev("aaaa000000000001", "2016-03-01", "O'Brien, chief executive of SWFT, said = yes.", 10)};

  e[1].type = RelationType::kCommentsOn;  // parallel to the ROLE edge
  e[1].head = "person:siobhan o'brien";
  e[1].tail = "ods:RJC";
  e[1].attributes = {{"stance", "critical"}, {"source", "text"}, {"key", "attribute named key"}};
  e[1].evidence = {Ev("aaaa000000000001", "2016-03-01", "<b>bold</b> & \\ backslash", 100)};

  e[2].type = RelationType::kPartner;
  e[2].head = "place:a and b";  // stored as given; PARTNER is symmetric
  e[2].tail = "ods:RJC";
  e[2].attributes = {{"kind", "chain"}, {"source", "text"}};
  e[2].evidence = {Ev("aaaa000000000002", "2016-05-10", "-1 for the chain; +1 for \u00e9l\u00e8ve", 5)};

  e[3].type = RelationType::kDevelops;
  e[3].head = "ods:RJC";
  e[3].tail = "caremodel:pacs";
  e[3].attributes = {{"vanguard", "true"}, {"source", "text"}};
  e[3].evidence = {Ev("aaaa000000000001", "2016-03-01", "@everyone: SWFT is a PACS vanguard.", 200)};

  e[4].type = RelationType::kRegulates;
  e[4].head = "nationalbody:cqc";
  e[4].tail = "ods:RJC";
  e[4].attributes = {{"rating", "requires improvement"}, {"source", "reference"}};
  e[4].evidence = {Ev("", "", "reference data", 0, Source::kReference)};

  e[5].type = RelationType::kDevelops;
  e[5].head = "ccg:+44 plus";
  e[5].tail = "caremodel:pacs";
  e[5].attributes = {{"vanguard", "false"}, {"source", "text"}};
  e[5].evidence = {Ev("aaaa000000000003", "", "The CCG bids\x01 to run PACS.", 7)};
  return e;
}

// The graph, nodes and edges inserted in the given order (reversed if
// `reverse`): the export must not depend on it.
inline Graph HostileGraph(bool reverse = false) {
  auto nodes = HostileNodes();
  auto edges = HostileEdges();
  if (reverse) {
    std::reverse(nodes.begin(), nodes.end());
    std::reverse(edges.begin(), edges.end());
  }
  Graph g;
  for (auto& n : nodes) g.UpsertNode(std::move(n));
  for (auto& e : edges) g.UpsertEdge(std::move(e));
  return g;
}

}  // namespace cg::test
