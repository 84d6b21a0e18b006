#pragma once
// MapFilter: the query filters that narrow a map (node types, relation
// types, a date window on the evidence). Small and graph/-independent on
// purpose: it only reads the Graph's public values.
#include <set>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/status.h"

namespace cg::viz {

struct MapFilter {
  std::set<EntityType> node_types;    // keep only these node types; empty = all
  std::set<RelationType> relations;   // keep only these relations; empty = all
  // Inclusive date window on evidence dates, "YYYY", "YYYY-MM" or
  // "YYYY-MM-DD"; a shorter form covers the whole year or month
  // (until "2016" keeps 2016-12-31). Empty = open.
  std::string since;
  std::string until;

  bool empty() const { return node_types.empty() && relations.empty() && since.empty() && until.empty(); }
  bool has_window() const { return !since.empty() || !until.empty(); }
  // True iff `date` lies in the window (an undated "" lies in no window
  // but the open one).
  bool InWindow(const std::string& date) const;
};

// Parses command-line values ("Trust", "part-of", "2016-03"); the error
// names the bad value and lists the valid ones.
Result<MapFilter> ParseMapFilter(const std::vector<std::string>& node_types,
                                 const std::vector<std::string>& relations, const std::string& since,
                                 const std::string& until);

// The part of `g` the filter keeps:
// - nodes of the kept types; edges of the kept relations between kept nodes;
// - with a date window, only the evidence dated inside it (reference data,
//   which has no date, counts as inside), edges left without evidence go,
//   and so do nodes neither seen in an issue inside the window nor at the
//   end of a remaining dated edge (reference edges join kept nodes only);
// - with a relation filter, nodes left without any edge go.
// The result is canonicalised. An empty filter returns a copy of `g`.
Graph ApplyFilter(const Graph& g, const MapFilter& f);

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

}  // namespace cg::viz
