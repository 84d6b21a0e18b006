// neo4j-admin import CSV: nodes.csv and edges.csv.
//
//   nodes.csv  id:ID, name, type, aliases:string[], <codes>, <attributes>,
//              first_seen:date, last_seen:date, mentions:int,
//              issues:string[], :LABEL
//   edges.csv  :START_ID, :END_ID, :TYPE, <attributes (vanguard:boolean)>,
//              first_seen:date, last_seen:date, weight:int,
//              issues:string[], sentence
//
// One ID space (ids are unique across types). Arrays use ';', neo4j-admin's
// default --array-delimiter. The start and end ids come first, as Kuzu's
// COPY of a relationship table expects.
#include <string>
#include <vector>

#include "graph/export.h"
#include "graph/export_internal.h"

namespace cg {
namespace {

using namespace export_internal;

// One RFC 4180 cell, formula-neutralised (see export.h).
std::string Cell(std::string_view raw) {
  std::string s = ValidUtf8(raw);
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
    s.insert(s.begin(), '\'');
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void Row(std::ostream& out, const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << Cell(cells[i]);
  out << '\n';
}

}  // namespace

Status WriteCsv(const Graph& g, std::ostream& nodes, std::ostream& edges) {
  const Schema schema = CollectSchema(g);
  std::vector<std::string> code_fields;
  for (const auto& c : schema.codes) code_fields.push_back(CodeField(c));

  std::vector<std::string> header = {"id:ID", "name", "type", "aliases:string[]"};
  for (const auto& c : code_fields) header.push_back(c);
  for (const auto& a : schema.node_attributes) header.push_back(NodeAttributeField(a, code_fields));
  for (const char* h : {"first_seen:date", "last_seen:date", "mentions:int", "issues:string[]", ":LABEL"})
    header.push_back(h);
  Row(nodes, header);
  for (Graph::Index i : NodeOrder(g)) {
    const Node& n = g.nodes()[i];
    std::vector<std::string> row = {n.id, n.name, std::string(ToString(n.type)), JoinList(n.aliases)};
    for (const auto& c : schema.codes) row.push_back(ValueOr(n.codes, c));
    for (const auto& a : schema.node_attributes) row.push_back(ValueOr(n.attributes, a));
    std::vector<std::string> issues;
    for (const auto& s : n.seen) issues.push_back(s.issue);
    row.push_back(NodeFirstSeen(n));
    row.push_back(NodeLastSeen(n));
    row.push_back(std::to_string(n.seen.size()));
    row.push_back(JoinList(issues));
    row.push_back(std::string(ToString(n.type)));
    Row(nodes, row);
    if (!nodes) return Status::IOError("export csv: writing nodes.csv failed");
  }

  header = {":START_ID", ":END_ID", ":TYPE"};
  for (const auto& a : schema.edge_attributes)
    header.push_back(EdgeAttributeField(a) + (IsBooleanAttribute(a) ? ":boolean" : ""));
  for (const char* h : {"first_seen:date", "last_seen:date", "weight:int", "issues:string[]", "sentence"})
    header.push_back(h);
  Row(edges, header);
  for (Graph::Index i : EdgeOrder(g)) {
    const Edge& e = g.edges()[i];
    const std::vector<Evidence> evidence = SortedEvidence(e);
    std::vector<std::string> row = {e.head, e.tail, std::string(ToString(e.type))};
    for (const auto& a : schema.edge_attributes) row.push_back(ValueOr(e.attributes, a));
    row.push_back(FirstSeen(e));
    row.push_back(LastSeen(e));
    row.push_back(std::to_string(evidence.size()));
    row.push_back(JoinList(EvidenceIssues(evidence)));
    row.push_back(evidence.empty() ? std::string() : evidence.front().sentence);
    Row(edges, row);
    if (!edges) return Status::IOError("export csv: writing edges.csv failed");
  }
  nodes.flush();
  edges.flush();
  if (!nodes || !edges) return Status::IOError("export csv: write failed");
  return Status::OK();
}

}  // namespace cg
