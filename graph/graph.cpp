#include "graph/graph.h"

#include <algorithm>
#include <tuple>

#include "graph/identity.h"

namespace cg {

void InsertSorted(std::vector<std::string>& v, const std::string& s) {
  auto it = std::lower_bound(v.begin(), v.end(), s);
  if (it == v.end() || *it != s) v.insert(it, s);
}

namespace {

void MergeSighting(std::vector<Sighting>& seen, const Sighting& s) {
  auto less = [](const Sighting& a, const Sighting& b) {
    return std::tie(a.date, a.issue) < std::tie(b.date, b.issue);
  };
  auto it = std::lower_bound(seen.begin(), seen.end(), s, less);
  if (it == seen.end() || !(*it == s)) seen.insert(it, s);
}

bool EvidenceLess(const Evidence& a, const Evidence& b) {
  return std::tie(a.date, a.issue, a.begin, a.end, a.sentence) <
         std::tie(b.date, b.issue, b.begin, b.end, b.sentence);
}

void MergeEvidence(std::vector<Evidence>& all, const Evidence& ev) {
  for (const auto& have : all)
    if (have.issue == ev.issue && have.begin == ev.begin && have.end == ev.end &&
        have.source == ev.source && have.sentence == ev.sentence)
      return;
  all.insert(std::upper_bound(all.begin(), all.end(), ev, EvidenceLess), ev);
}

}  // namespace

std::optional<Graph::Index> Graph::IndexOf(const NodeId& id) const {
  auto it = node_index_.find(id);
  if (it == node_index_.end()) return std::nullopt;
  return it->second;
}

const Node* Graph::FindNode(const NodeId& id) const {
  auto i = IndexOf(id);
  return i ? &nodes_[*i] : nullptr;
}

void PrepareNode(Node& n) {
  std::sort(n.aliases.begin(), n.aliases.end());
  n.aliases.erase(std::unique(n.aliases.begin(), n.aliases.end()), n.aliases.end());
}

void MergeNodeInto(Node& have, const Node& n) {
  // A linked node takes the official name; otherwise the first name stays.
  if (n.name != have.name) {
    if (!n.codes.empty() && have.codes.empty()) {
      std::string old = std::move(have.name);
      have.name = n.name;
      // The name is never also an alias, whatever the order of the merges.
      auto it = std::lower_bound(have.aliases.begin(), have.aliases.end(), have.name);
      if (it != have.aliases.end() && *it == have.name) have.aliases.erase(it);
      InsertSorted(have.aliases, old);
    } else {
      InsertSorted(have.aliases, n.name);
    }
  }
  for (const auto& a : n.aliases)
    if (a != have.name) InsertSorted(have.aliases, a);
  for (const auto& [k, v] : n.codes) have.codes.emplace(k, v);
  for (const auto& [k, v] : n.attributes) have.attributes.emplace(k, v);
  for (const auto& s : n.seen) MergeSighting(have.seen, s);
}

Graph::Index Graph::UpsertNode(Node n) {
  auto it = node_index_.find(n.id);
  if (it == node_index_.end()) {
    PrepareNode(n);
    Index i = static_cast<Index>(nodes_.size());
    node_index_.emplace(n.id, i);
    nodes_.push_back(std::move(n));
    out_.emplace_back();
    in_.emplace_back();
    return i;
  }
  MergeNodeInto(nodes_[it->second], n);
  return it->second;
}

std::string Graph::EdgeKey(const Edge& e) {
  std::string k(ToString(e.type));
  k += '\x1f';
  k += e.head;
  k += '\x1f';
  k += e.tail;
  return k;
}

void PrepareEdge(Edge& e) {
  if (IsSymmetric(e.type) && e.tail < e.head) std::swap(e.head, e.tail);
  std::sort(e.evidence.begin(), e.evidence.end(), EvidenceLess);
}

void MergeEdgeInto(Edge& have, const Edge& e) {
  // The latest issue's attributes win: a role can change over time.
  const bool newer = LastSeen(e) >= LastSeen(have);
  for (const auto& [k, v] : e.attributes) {
    if (newer) have.attributes[k] = v;
    else have.attributes.emplace(k, v);
  }
  for (const auto& ev : e.evidence) MergeEvidence(have.evidence, ev);
  // An edge read in text is a text edge even when reference data also has it.
  if (!IsReferenceEdge(have)) have.attributes["source"] = "text";
}

void Graph::UpsertEdge(Edge e) {
  if (IsSymmetric(e.type) && e.tail < e.head) std::swap(e.head, e.tail);
  const std::string key = EdgeKey(e);
  auto it = edge_index_.find(key);
  if (it == edge_index_.end()) {
    PrepareEdge(e);
    Index i = static_cast<Index>(edges_.size());
    edge_index_.emplace(key, i);
    out_[*IndexOf(e.head)].push_back(i);
    in_[*IndexOf(e.tail)].push_back(i);
    edges_.push_back(std::move(e));
    return;
  }
  MergeEdgeInto(edges_[it->second], e);
}

void Graph::Merge(const Extraction& x) {
  std::unordered_map<std::string, NodeId> ids;  // "type\x1fname" -> node id
  for (const auto& ent : x.entities) {
    Node n;
    n.id = NodeKey(ent);
    n.type = ent.type;
    n.name = ent.name;
    n.aliases = ent.aliases;
    n.codes = ent.codes;
    if (!ent.candidates.empty()) {
      std::string c;
      for (const auto& s : ent.candidates) c += (c.empty() ? "" : ";") + s;
      n.attributes["candidates"] = c;
    }
    if (!x.issue.empty()) n.seen.push_back({x.issue, x.date});
    ids[std::string(ToString(ent.type)) + '\x1f' + ent.name] = n.id;
    UpsertNode(std::move(n));
  }
  for (const auto& r : x.relations) {
    auto h = ids.find(std::string(ToString(r.head_type)) + '\x1f' + r.head);
    auto t = ids.find(std::string(ToString(r.tail_type)) + '\x1f' + r.tail);
    if (h == ids.end() || t == ids.end() || h->second == t->second) continue;
    Edge e;
    e.type = r.type;
    e.head = h->second;
    e.tail = t->second;
    e.attributes = r.attributes;
    e.attributes["source"] = r.evidence.source == Source::kReference ? "reference" : "text";
    Evidence ev = r.evidence;
    if (ev.issue.empty()) ev.issue = x.issue;
    if (ev.date.empty()) ev.date = x.date;
    e.evidence.push_back(std::move(ev));
    UpsertEdge(std::move(e));
  }
}

void Graph::Canonicalise() {
  std::sort(nodes_.begin(), nodes_.end(), [](const Node& a, const Node& b) { return a.id < b.id; });
  for (auto& e : edges_) std::sort(e.evidence.begin(), e.evidence.end(), EvidenceLess);
  std::sort(edges_.begin(), edges_.end(), [](const Edge& a, const Edge& b) {
    return std::tie(a.head, a.type, a.tail) < std::tie(b.head, b.type, b.tail);
  });
  Reindex();
}

void Graph::Reindex() {
  node_index_.clear();
  edge_index_.clear();
  out_.assign(nodes_.size(), {});
  in_.assign(nodes_.size(), {});
  for (Index i = 0; i < nodes_.size(); ++i) node_index_.emplace(nodes_[i].id, i);
  for (Index i = 0; i < edges_.size(); ++i) {
    edge_index_.emplace(EdgeKey(edges_[i]), i);
    out_[node_index_.at(edges_[i].head)].push_back(i);
    in_[node_index_.at(edges_[i].tail)].push_back(i);
  }
}

}  // namespace cg
