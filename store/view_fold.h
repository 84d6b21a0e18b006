#pragma once
// ViewFold: node and edge values folded from issue contributions taken in
// (date, issue) order: what Graph::UpsertNode / Graph::UpsertEdge make of
// them (store/schema.h, "Merge semantics"). The view keeps no sightings and
// no evidence, which grow with every issue: an edge's evidence is folded as
// a summary (its last date, and whether it is all reference data), which is
// all that merging one more edge into it reads. LoadGraph() asks for the
// sightings and evidence too (gather).
//
// The writer folds onto stored values: a loader fills the slot of each node
// and edge the first time the fold meets it.
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/status.h"
#include "store/codec.h"

namespace cg {

class ViewFold {
 public:
  struct NodeSlot {
    bool present = false;  // value holds a node
    bool stored = false;   // the view had the node before this fold (set by the loader)
    codec::NodeValue value;
    std::vector<Sighting> seen;  // with gather: (date, issue) order
  };
  struct EdgeSlot {
    bool present = false;
    bool stored = false;
    codec::EdgeValue value;
    std::vector<Evidence> evidence;  // with gather
  };
  using NodeLoader = std::function<Status(const std::string& hash, NodeSlot&)>;
  using EdgeLoader = std::function<Status(const std::string& key, EdgeSlot&)>;

  explicit ViewFold(bool gather = false) : gather_(gather) {}
  void SetLoaders(NodeLoader nodes, EdgeLoader edges) {
    load_node_ = std::move(nodes);
    load_edge_ = std::move(edges);
  }

  // Folds the contribution of `issue` (taken apart: its nodes and edges are
  // moved from). Corruption when two node ids share a hash or two edges a
  // key; a loader's error as it is.
  Status Add(std::string_view issue, codec::IssueContribution& c);

  // By H(id) and by out_edges key (store/schema.h).
  std::unordered_map<std::string, NodeSlot>& nodes() { return nodes_; }
  std::unordered_map<std::string, EdgeSlot>& edges() { return edges_; }
  const std::unordered_map<std::string, NodeSlot>& nodes() const { return nodes_; }
  const std::unordered_map<std::string, EdgeSlot>& edges() const { return edges_; }

 private:
  bool gather_;
  NodeLoader load_node_;
  EdgeLoader load_edge_;
  std::unordered_map<std::string, NodeSlot> nodes_;
  std::unordered_map<std::string, EdgeSlot> edges_;
};

}  // namespace cg
