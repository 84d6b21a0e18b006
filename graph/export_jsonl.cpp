// JSON Lines: one record per line, every node then every edge, each written
// as soon as it is built (memory stays at one record whatever the graph).
// Records are the node-link JSON ones plus "record": "node" | "edge" (not
// "kind": PARTNER edges have a "kind" attribute).
#include "graph/export.h"
#include "graph/export_internal.h"

namespace cg {

Status WriteJsonl(const Graph& g, std::ostream& out) {
  using namespace export_internal;
  const Schema schema = CollectSchema(g);
  std::vector<std::string> code_fields;
  for (const auto& c : schema.codes) code_fields.push_back(CodeField(c));
  std::string line;
  for (Graph::Index i : NodeOrder(g)) {
    line.clear();
    AppendNodeRecord(line, g.nodes()[i], code_fields, "node");
    out << line << '\n';
    if (!out) return Status::IOError("export jsonl: write failed");
  }
  for (Graph::Index i : EdgeOrder(g)) {
    line.clear();
    AppendEdgeRecord(line, g.edges()[i], "edge");
    out << line << '\n';
    if (!out) return Status::IOError("export jsonl: write failed");
  }
  out.flush();
  if (!out) return Status::IOError("export jsonl: write failed");
  return Status::OK();
}

}  // namespace cg
