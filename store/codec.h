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
};

// What one issue contributes, stored once under its (date, issue) key in
// the `contributions` family: its extraction merged on its own (nodes
// without sightings, edges with that issue's evidence).
struct IssueContribution {
  std::string date;
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

std::string Encode(const NodeValue& v);
std::string Encode(const EdgeValue& v);
std::string Encode(const IssueContribution& v);
std::string Encode(const IssueRecord& v);
// The same encoding as Encode(IssueContribution{date, nodes, edges}),
// without copying them.
std::string EncodeIssueContribution(std::string_view date, const std::vector<Node>& nodes,
                                    const std::vector<Edge>& edges);

bool Decode(std::string_view in, NodeValue* v);
bool Decode(std::string_view in, EdgeValue* v);
bool Decode(std::string_view in, IssueContribution* v);
bool Decode(std::string_view in, IssueRecord* v);

}  // namespace cg::codec
