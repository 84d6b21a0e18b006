#pragma once
// Graph: the in-memory knowledge graph that queries, maps and dumps read.
//
// Nodes and edges are values; one edge per (type, head, tail), PARTNER
// stored with head < tail. Merging is deterministic: the same extractions in
// any order give the same graph after Canonicalise().
//
// Not thread-safe for writes; const methods may be called concurrently.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/extraction.h"
#include "graph/node.h"

namespace cg {

// The merge rules of Graph, usable on their own (the store folds values
// with them). PrepareNode/PrepareEdge put a first sighting of a node/edge in
// the form the graph keeps (sorted aliases / evidence, symmetric ends in
// order); MergeNodeInto/MergeEdgeInto fold a later one (same id / same
// type, head and tail) into it.
void PrepareNode(Node& n);
void PrepareEdge(Edge& e);
void MergeNodeInto(Node& have, const Node& n);
void MergeEdgeInto(Edge& have, const Edge& e);

class Graph {
 public:
  using Index = uint32_t;

  // Adds every entity and relation of one issue's extraction, merging nodes
  // by NodeKey() and edges by (type, head, tail).
  void Merge(const Extraction& x);

  // Inserts `n`, or merges its aliases, codes, attributes and sightings into
  // the node with the same id. Returns the node's index.
  Index UpsertNode(Node n);
  // Inserts `e`, or merges its evidence and attributes into the edge with the
  // same (type, head, tail). REQUIRES: both ends were upserted before.
  void UpsertEdge(Edge e);

  const std::vector<Node>& nodes() const { return nodes_; }
  const std::vector<Edge>& edges() const { return edges_; }
  size_t node_count() const { return nodes_.size(); }
  size_t edge_count() const { return edges_.size(); }

  std::optional<Index> IndexOf(const NodeId& id) const;
  const Node* FindNode(const NodeId& id) const;
  // Edge indexes leaving / entering node i.
  const std::vector<Index>& OutEdges(Index i) const { return out_[i]; }
  const std::vector<Index>& InEdges(Index i) const { return in_[i]; }
  Index HeadIndex(const Edge& e) const { return *IndexOf(e.head); }
  Index TailIndex(const Edge& e) const { return *IndexOf(e.tail); }

  // Sorts nodes by id and edges by (head, type, tail), evidence and aliases
  // too, and rebuilds the indexes: two equal graphs then compare equal and
  // export byte-identically.
  void Canonicalise();

 private:
  void Reindex();
  static std::string EdgeKey(const Edge& e);

  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::unordered_map<NodeId, Index> node_index_;
  std::unordered_map<std::string, Index> edge_index_;
  std::vector<std::vector<Index>> out_, in_;
};

// Adds `s` to the sorted, de-duplicated vector `v`.
void InsertSorted(std::vector<std::string>& v, const std::string& s);

}  // namespace cg
