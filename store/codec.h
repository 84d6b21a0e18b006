#pragma once
// The binary encoding of the values in the caregraph database (see
// store/schema.h): a leading format byte, then fields as varints, single
// bytes, fixed 8-byte doubles and length-prefixed strings.
//
// Decode*() return false on any malformed input (truncated, bad enum, wrong
// format byte) and never read past the end.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/node.h"
#include "store/store.h"

namespace cg::codec {

// A node as stored in the `nodes` family: the fold of its contributions
// (node.seen is always empty here).
struct NodeValue {
  Node node;
  uint64_t count = 0;       // issues that support the node
  std::string last_date;    // (date, issue) of the latest supporting issue
  std::string last_issue;
  bool has_base = false;    // base: the fold of the contributions dated
  Node base;                // before last_date (see store/schema.h)
};

// How an edge's evidence looks, kept so that folding in one more
// contribution does not need the evidence itself (see EdgeSummary()).
enum class EvidenceKind : uint8_t { kNone = 0, kAllReference = 1, kSomeText = 2 };

// An edge as stored in `out_edges` (edge.evidence is always empty here).
struct EdgeValue {
  Edge edge;
  uint64_t count = 0;
  std::string last_date;
  std::string last_issue;
  std::string evidence_last_date;  // LastSeen() of the full evidence
  EvidenceKind evidence_kind = EvidenceKind::kNone;
  // The fold of the contributions dated before last_date, if any.
  bool has_base = false;
  Edge base_edge;
  std::string base_evidence_last_date;
  EvidenceKind base_evidence_kind = EvidenceKind::kNone;
};

// What one issue touched: the node ids and edges it contributed to.
struct EdgeRef {
  RelationType type = RelationType::kRole;
  NodeId head, tail;
};
struct Manifest {
  std::vector<NodeId> nodes;
  std::vector<EdgeRef> edges;
};

// One issue's contribution to one node / edge, with that issue's date.
struct NodeContribution {
  std::string date;
  Node node;  // seen empty
};
struct EdgeContribution {
  std::string date;
  Edge edge;  // with this issue's evidence
};

std::string Encode(const NodeValue& v);
std::string Encode(const EdgeValue& v);
std::string Encode(const Manifest& v);
std::string Encode(const NodeContribution& v);
std::string Encode(const EdgeContribution& v);
std::string Encode(const IssueRecord& v);
// The same encodings as Encode(NodeContribution{date, node}) and
// Encode(EdgeContribution{date, edge}), without copying the node or edge.
std::string EncodeNodeContribution(std::string_view date, const Node& node);
std::string EncodeEdgeContribution(std::string_view date, const Edge& edge);

bool Decode(std::string_view in, NodeValue* v);
bool Decode(std::string_view in, EdgeValue* v);
bool Decode(std::string_view in, Manifest* v);
bool Decode(std::string_view in, NodeContribution* v);
bool Decode(std::string_view in, EdgeContribution* v);
bool Decode(std::string_view in, IssueRecord* v);
// Only the date of a node contribution (cheap: LoadGraph's sightings).
bool DecodeContributionDate(std::string_view in, std::string* date);

}  // namespace cg::codec
