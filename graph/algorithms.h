#pragma once
// Graph algorithms over a Boost.Graph view of a cg::Graph.
//
// GraphView is an undirected view: every edge of the Graph appears as two
// arcs (head -> tail and tail -> head) of a boost::compressed_sparse_row_graph
// whose vertex i is Graph node i, and every arc carries the index of the
// edge it comes from (so its relation type, direction and evidence). Arcs
// of a vertex are sorted by (neighbour, edge), so every traversal, and hence
// every result, is deterministic.
//
// Thread-safety: a GraphView is immutable once built; any number of threads
// may run algorithms on it concurrently. It borrows the Graph, which must
// outlive it and not change.
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstdint>
#include <vector>

#include "graph/graph.h"

namespace cg {

class GraphView {
 public:
  struct Arc {
    Graph::Index edge = 0;  // index into Graph::edges()
  };
  using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Arc,
                                                 boost::no_property, uint32_t, uint32_t>;
  using Vertex = boost::graph_traits<Csr>::vertex_descriptor;

  explicit GraphView(const Graph& g);
  GraphView(const GraphView&) = delete;
  GraphView& operator=(const GraphView&) = delete;

  const Graph& graph() const { return *graph_; }
  const Csr& csr() const { return csr_; }
  size_t node_count() const { return boost::num_vertices(csr_); }
  // Number of arcs leaving i: its degree counting each edge once.
  size_t Degree(Graph::Index i) const { return boost::out_degree(i, csr_); }

 private:
  const Graph* graph_;
  Csr csr_;
};

// One node reached by a traversal, with how it was first reached.
struct Reached {
  Graph::Index node = 0;
  uint32_t depth = 0;
  Graph::Index parent = 0;  // the node it was reached from (itself at depth 0)
  Graph::Index edge = 0;    // the edge parent--node (meaningless at depth 0)
};

// Breadth-first from `origin` to `max_depth` hops (>= 1), undirected. The
// origin comes first (depth 0), then nodes in BFS order. Cost proportional
// to the nodes and arcs within reach, not to the graph.
std::vector<Reached> Neighbourhood(const GraphView& v, Graph::Index origin, uint32_t max_depth);

// One step of a path: the edge taken and the node it leads to.
struct Hop {
  Graph::Index edge = 0;
  Graph::Index to = 0;
};
using NodePath = std::vector<Hop>;  // from a source; empty iff source == target

// Shortest paths from `a` to `b` (undirected, by hop count) of at most
// `max_len` hops (0: no limit). Returns none if there is no such path, the
// lexicographically first (by node index, then edge index) if !all, else
// every shortest path in that order, at most `limit` of them. Where two
// edges join the same pair of nodes, each gives a distinct path only if
// `all`; otherwise the lowest edge index is taken.
std::vector<NodePath> ShortestPaths(const GraphView& v, Graph::Index a, Graph::Index b,
                                    uint32_t max_len, bool all, size_t limit = 100);

// Centralities, one value per node. Degree counts edges (undirected).
// Betweenness is Brandes' (boost::brandes_betweenness_centrality) for the
// undirected graph, unnormalised: the number of shortest paths between
// other pairs through the node, each pair counted once. PageRank is
// boost::graph::page_rank on the undirected view (damping 0.85, 50
// iterations), scaled to sum to 1.
std::vector<double> DegreeCentrality(const GraphView& v);
std::vector<double> BetweennessCentrality(const GraphView& v);
std::vector<double> PageRank(const GraphView& v);

// Connected components (boost::connected_components on the undirected
// view): component[i] for each node, numbered 0.. in the order of each
// component's lowest node index.
std::vector<uint32_t> ConnectedComponents(const GraphView& v);

// Louvain community detection (modularity, resolution 1) on the undirected
// graph where two nodes are joined with weight = number of edges between
// them. Deterministic: nodes are visited in index order and ties go to the
// lowest community. community[i] is numbered 0.. in the order of each
// community's lowest node index; isolated nodes are their own community.
struct Communities {
  std::vector<uint32_t> community;
  double modularity = 0.0;  // of that partition, in [-0.5, 1]
};
Communities DetectCommunities(const GraphView& v);

// Newman-Girvan modularity of `membership` on the same weighted graph.
double Modularity(const GraphView& v, const std::vector<uint32_t>& membership);

}  // namespace cg
