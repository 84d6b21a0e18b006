#pragma once
// Subgraphs for maps. The filters that narrow a map (--type, --rel,
// --since, --until, --source) are the queries' own: graph/filter.h.
#include <set>
#include <string>
#include <vector>

#include "graph/filter.h"
#include "graph/graph.h"
#include "graph/status.h"

namespace cg::viz {

// The subgraph of `g` with the nodes in `ids` and the edges for which
// `keep_edge` is true and whose two ends are in `ids`; canonicalised.
// Ids not in `g` are ignored.
template <typename EdgePred>
Graph Subgraph(const Graph& g, const std::set<NodeId>& ids, EdgePred keep_edge) {
  Graph out;
  for (const auto& n : g.nodes())
    if (ids.count(n.id)) out.UpsertNode(n);
  for (const auto& e : g.edges())
    if (ids.count(e.head) && ids.count(e.tail) && keep_edge(e)) out.UpsertEdge(e);
  out.Canonicalise();
  return out;
}

// `g` without the nodes that no edge touches: a map filtered to some
// relations shows who those relations join, not everyone else.
inline Graph WithoutIsolated(const Graph& g) {
  std::set<NodeId> linked;
  for (const auto& e : g.edges()) {
    linked.insert(e.head);
    linked.insert(e.tail);
  }
  return Subgraph(g, linked, [](const Edge&) { return true; });
}

// The graph a map draws: `g` narrowed by the query filters; with a
// relation filter, without the nodes those relations leave alone.
inline Graph MapView(Graph g, const GraphFilter& f) {
  if (f.empty()) return g;
  Graph out = Apply(g, f);
  return f.relation_types.empty() ? out : WithoutIsolated(out);
}

}  // namespace cg::viz
