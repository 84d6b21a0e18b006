#pragma once
// A small hand-built graph with every map kind's material: two trust
// groups, leaders and regulators, care models with developers and STPs, two
// dated issues, and one organisation whose name needs every escape.
#include <string>

#include "graph/graph.h"

namespace cg::test {

inline constexpr const char* kIssueA = "aaaa111122223333";  // 2016-03-01
inline constexpr const char* kIssueB = "bbbb444455556666";  // 2017-05-01
// Quotes, a backslash, markup, an ampersand, a newline and non-ASCII.
inline constexpr const char* kNastyName = "He said \"hi\" \\ <script>alert(1)</script> & Co\nLtd — Ünïcødé 東京";

inline Node MakeNode(const std::string& id, EntityType t, const std::string& name,
                     const std::string& issue = kIssueA) {
  Node n;
  n.id = id;
  n.type = t;
  n.name = name;
  n.seen.push_back({issue, issue == kIssueA ? "2016-03-01" : "2017-05-01"});
  return n;
}

inline Edge MakeEdge(RelationType t, const std::string& head, const std::string& tail,
                     std::map<std::string, std::string> attrs = {}, const std::string& issue = kIssueA,
                     const std::string& sentence = "") {
  Edge e;
  e.type = t;
  e.head = head;
  e.tail = tail;
  e.attributes = std::move(attrs);
  Evidence ev;
  ev.issue = issue;
  ev.date = issue == kIssueA ? "2016-03-01" : "2017-05-01";
  ev.sentence = sentence.empty() ? head + " " + std::string(ToString(t)) + " " + tail + "." : sentence;
  e.evidence.push_back(ev);
  return e;
}

// `reverse` inserts everything in the opposite order (same graph).
inline Graph FixtureGraph(bool reverse = false) {
  using E = EntityType;
  using R = RelationType;
  std::vector<Node> nodes = {
      MakeNode("ods:RJC", E::kTrust, "South Warwickshire NHS Foundation Trust"),
      MakeNode("ods:RLQ", E::kTrust, "Wye Valley NHS Trust"),
      MakeNode("ods:RLT", E::kTrust, "George Eliot Hospital NHS Trust"),
      MakeNode("ods:RNA", E::kTrust, "The Dudley Group NHS Foundation Trust", kIssueB),
      MakeNode("ods:RBK", E::kTrust, "Walsall Healthcare NHS Trust", kIssueB),
      MakeNode("person:glen burley", E::kPerson, "Glen Burley"),
      MakeNode("person:diane wake", E::kPerson, "Diane Wake", kIssueB),
      MakeNode("nationalbody:care quality commission", E::kNationalBody, "Care Quality Commission"),
      MakeNode("nationalbody:nhs improvement", E::kNationalBody, "NHS Improvement", kIssueB),
      MakeNode("caremodel:mcp", E::kCareModel, "MCP", kIssueB),
      MakeNode("caremodel:pacs", E::kCareModel, "PACS"),
      MakeNode("ccg:dudley ccg", E::kCCG, "NHS Dudley Clinical Commissioning Group", kIssueB),
      MakeNode("ccg:northumberland ccg", E::kCCG, "NHS Northumberland CCG"),
      MakeNode("stp:black country stp", E::kSTP, "Black Country STP", kIssueB),
      MakeNode("policy:five year forward view", E::kPolicy, "Five Year Forward View"),
      MakeNode("place:birmingham", E::kPlace, "Birmingham"),
      MakeNode("localauthority:birmingham city council", E::kLocalAuthority, "Birmingham City Council"),
      MakeNode("organisation:nasty", E::kOrganisation, kNastyName),
  };
  std::vector<Edge> edges = {
      MakeEdge(R::kPartner, "ods:RJC", "ods:RLQ", {{"kind", "chain"}}),
      MakeEdge(R::kPartner, "ods:RJC", "ods:RLT", {{"kind", "buddying"}}),
      MakeEdge(R::kPartner, "ods:RBK", "ods:RNA", {{"kind", "merger"}}, kIssueB),
      MakeEdge(R::kRole, "person:glen burley", "ods:RJC", {{"role", "chief executive"}}),
      MakeEdge(R::kRole, "person:glen burley", "ods:RLT", {{"role", "chief executive"}}),
      MakeEdge(R::kRole, "person:diane wake", "ods:RNA", {{"role", "chief executive"}}, kIssueB),
      MakeEdge(R::kRegulates, "nationalbody:care quality commission", "ods:RLQ", {{"rating", "inadequate"}}),
      MakeEdge(R::kRegulates, "nationalbody:nhs improvement", "ods:RNA", {}, kIssueB),
      MakeEdge(R::kDevelops, "ccg:dudley ccg", "caremodel:mcp", {{"vanguard", "true"}}, kIssueB),
      MakeEdge(R::kDevelops, "ods:RJC", "caremodel:mcp", {{"vanguard", "false"}}, kIssueB),
      MakeEdge(R::kDevelops, "ods:RJC", "caremodel:pacs", {}),
      MakeEdge(R::kDevelops, "ccg:northumberland ccg", "caremodel:pacs", {{"vanguard", "true"}}),
      MakeEdge(R::kPartOf, "ccg:dudley ccg", "stp:black country stp", {}, kIssueB),
      MakeEdge(R::kPublishes, "nationalbody:nhs improvement", "policy:five year forward view", {}, kIssueB),
      MakeEdge(R::kLocatedIn, "localauthority:birmingham city council", "place:birmingham"),
      MakeEdge(R::kCommentsOn, "organisation:nasty", "ods:RLQ", {{"stance", "critical"}}, kIssueA,
               std::string("Quoted: ") + kNastyName),
  };
  if (reverse) {
    std::reverse(nodes.begin(), nodes.end());
    std::reverse(edges.begin(), edges.end());
  }
  Graph g;
  for (auto& n : nodes) g.UpsertNode(n);
  for (auto& e : edges) g.UpsertEdge(e);
  return g;
}

}  // namespace cg::test
