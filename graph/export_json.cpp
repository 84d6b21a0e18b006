// networkx node-link JSON, and the records it shares with jsonl.
//
// The document is written one record per line, keys in sorted order, so it
// streams and diffs line by line:
//   {"directed": true,
//   "edges": [
//   {...},
//   ...],
//   "graph": {...},
//   "links": [ the same list ],
//   "multigraph": true,
//   "nodes": [ ... ]}
// Both "edges" (networkx >= 3.4 default) and "links" (networkx <= 3.3, and
// the `link=`/`edges=` argument) are present so any version loads it.
#include <nlohmann/json.hpp>

#include "graph/export.h"
#include "graph/export_internal.h"

namespace cg {
namespace export_internal {

using nlohmann::json;

json NodeRecord(const Node& n, const std::vector<std::string>& code_fields) {
  json j = json::object();
  j["id"] = n.id;
  j["type"] = ToString(n.type);
  j["name"] = n.name;
  j["aliases"] = n.aliases;
  j["codes"] = json::object();
  for (const auto& [k, v] : n.codes) {
    j["codes"][k] = v;
    j[CodeField(k)] = v;
  }
  for (const auto& [k, v] : n.attributes) j[NodeAttributeField(k, code_fields)] = v;
  j["first_seen"] = NodeFirstSeen(n);
  j["last_seen"] = NodeLastSeen(n);
  j["mentions"] = n.seen.size();
  json seen = json::array();
  for (const auto& s : n.seen) seen.push_back({{"issue", s.issue}, {"date", s.date}});
  j["seen"] = std::move(seen);
  return j;
}

json EdgeRecord(const Edge& e) {
  json j = json::object();
  j["source"] = e.head;
  j["target"] = e.tail;
  j["key"] = EdgeKey(e);
  j["type"] = ToString(e.type);
  for (const auto& [k, v] : e.attributes) {
    if (IsBooleanAttribute(k)) j[EdgeAttributeField(k)] = (v == "true");
    else j[EdgeAttributeField(k)] = v;
  }
  const std::vector<Evidence> evidence = SortedEvidence(e);
  json ev = json::array();
  for (const auto& x : evidence)
    ev.push_back({{"issue", x.issue}, {"date", x.date}, {"sentence", x.sentence},
                  {"begin", x.begin}, {"end", x.end}, {"confidence", x.confidence},
                  {"origin", x.source == Source::kReference ? "reference" : "text"}});
  j["evidence"] = std::move(ev);
  j["first_seen"] = FirstSeen(e);
  j["last_seen"] = LastSeen(e);
  j["weight"] = evidence.size();
  return j;
}

std::string DumpRecord(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace export_internal

namespace {

using namespace export_internal;

void WriteEdgeList(const Graph& g, const std::vector<Graph::Index>& order, std::ostream& out) {
  out << "[";
  for (size_t i = 0; i < order.size(); ++i)
    out << (i ? ",\n" : "\n") << DumpRecord(EdgeRecord(g.edges()[order[i]]));
  out << "]";
}

}  // namespace

Status WriteNodeLinkJson(const Graph& g, std::ostream& out) {
  const Schema schema = CollectSchema(g);
  std::vector<std::string> code_fields;
  for (const auto& c : schema.codes) code_fields.push_back(CodeField(c));
  const auto edge_order = EdgeOrder(g);
  const auto node_order = NodeOrder(g);

  nlohmann::json graph_attrs = {{"name", "caregraph"},
                                {"format", "caregraph node-link 1"},
                                {"node_count", g.node_count()},
                                {"edge_count", g.edge_count()}};
  out << "{\"directed\": true,\n\"edges\": ";
  WriteEdgeList(g, edge_order, out);
  out << ",\n\"graph\": " << DumpRecord(graph_attrs) << ",\n\"links\": ";
  WriteEdgeList(g, edge_order, out);
  out << ",\n\"multigraph\": true,\n\"nodes\": [";
  for (size_t i = 0; i < node_order.size(); ++i)
    out << (i ? ",\n" : "\n") << DumpRecord(NodeRecord(g.nodes()[node_order[i]], code_fields));
  out << "]}\n";
  out.flush();
  if (!out) return Status::IOError("export json: write failed");
  return Status::OK();
}

}  // namespace cg
