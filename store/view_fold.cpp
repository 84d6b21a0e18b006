#include "store/view_fold.h"

#include "graph/graph.h"
#include "store/schema.h"

namespace cg {
namespace {

using codec::EdgeValue;
using codec::EvidenceKind;

// Stands in for an edge's evidence when folding one more contribution into
// it: MergeEdgeInto reads only LastSeen() and IsReferenceEdge() of it.
std::vector<Evidence> EvidenceSummary(const EdgeValue& v) {
  if (v.evidence_kind == EvidenceKind::kNone) return {};
  Evidence ev;
  ev.issue = "\x01summary";
  ev.date = v.evidence_last_date;
  ev.source = v.evidence_kind == EvidenceKind::kAllReference ? Source::kReference : Source::kText;
  return {ev};
}

// The inverse: v.edge holds evidence; the value keeps its summary only.
void KeepEvidenceSummary(EdgeValue& v) {
  v.evidence_last_date = LastSeen(v.edge);
  v.evidence_kind = v.edge.evidence.empty()     ? EvidenceKind::kNone
                    : IsReferenceEdge(v.edge) ? EvidenceKind::kAllReference
                                              : EvidenceKind::kSomeText;
  v.edge.evidence.clear();
}

}  // namespace

Status ViewFold::Add(std::string_view issue, codec::IssueContribution& c) {
  for (auto& n : c.nodes) {
    const std::string h = schema::NodeHash(n.id);
    auto [it, fresh] = nodes_.try_emplace(h);
    NodeSlot& slot = it->second;
    if (fresh && load_node_)
      if (Status s = load_node_(h, slot); !s.ok()) return s;
    if (gather_) slot.seen.push_back({std::string(issue), c.date});
    codec::NodeValue& v = slot.value;
    if (!slot.present) {
      slot.present = true;
      v = codec::NodeValue{};
      v.node = std::move(n);
      PrepareNode(v.node);
    } else {
      if (v.node.id != n.id)
        return Status::Corruption("node ids \"" + v.node.id + "\" and \"" + n.id + "\" have the same hash");
      MergeNodeInto(v.node, n);
    }
    v.node.seen.clear();
    v.count += 1;
    v.last_date = c.date;
    v.last_issue = issue;
  }
  for (auto& e : c.edges) {
    const std::string key = schema::OutEdgeKey(e.type, e.head, e.tail);
    auto [it, fresh] = edges_.try_emplace(key);
    EdgeSlot& slot = it->second;
    if (fresh && load_edge_)
      if (Status s = load_edge_(key, slot); !s.ok()) return s;
    EdgeValue& v = slot.value;
    if (!slot.present) {
      slot.present = true;
      v = EdgeValue{};
      if (gather_) v.edge = e;  // its evidence is gathered below
      else v.edge = std::move(e);
      PrepareEdge(v.edge);
    } else {
      if (v.edge.head != e.head || v.edge.tail != e.tail)
        return Status::Corruption("edges " + v.edge.head + "-" + v.edge.tail + " and " + e.head + "-" + e.tail +
                                  " have the same key");
      v.edge.evidence = EvidenceSummary(v);
      MergeEdgeInto(v.edge, e);
    }
    KeepEvidenceSummary(v);
    v.count += 1;
    v.last_date = c.date;
    v.last_issue = issue;
    if (gather_)
      for (auto& ev : e.evidence) slot.evidence.push_back(std::move(ev));
  }
  return Status::OK();
}

}  // namespace cg
