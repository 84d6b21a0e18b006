#include "graph/filter.h"

#include <algorithm>
#include <cctype>

namespace cg {
namespace {

bool ValidDate(const std::string& d) {
  // YYYY, YYYY-MM or YYYY-MM-DD with plausible month and day.
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  for (size_t i = 0; i < d.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? d[i] != '-' : !std::isdigit(static_cast<unsigned char>(d[i]))) return false;
  }
  if (d.size() >= 7) {
    int m = std::stoi(d.substr(5, 2));
    if (m < 1 || m > 12) return false;
  }
  if (d.size() == 10) {
    int day = std::stoi(d.substr(8, 2));
    if (day < 1 || day > 31) return false;
  }
  return true;
}

template <typename T, size_t N>
std::string List(const std::array<T, N>& all) {
  std::string s;
  for (auto t : all) s += (s.empty() ? "" : ", ") + std::string(ToString(t));
  return s;
}

bool EvidenceKept(const GraphFilter& f, const Evidence& ev) {
  if (f.source == SourceFilter::kText && ev.source != Source::kText) return false;
  if (f.source == SourceFilter::kReference && ev.source != Source::kReference) return false;
  return f.InWindow(ev.date);
}

}  // namespace

bool GraphFilter::empty() const {
  return node_types.empty() && relation_types.empty() && !has_window() && source == SourceFilter::kAll;
}

bool GraphFilter::InWindow(const std::string& date) const {
  if (!has_window()) return true;
  if (date.empty()) return false;
  if (!since.empty() && date.compare(0, since.size(), since) < 0) return false;
  if (!until.empty() && date.compare(0, until.size(), until) > 0) return false;
  return true;
}

bool GraphFilter::KeepsType(EntityType t) const {
  return node_types.empty() || std::find(node_types.begin(), node_types.end(), t) != node_types.end();
}

bool GraphFilter::KeepsRelation(RelationType t) const {
  return relation_types.empty() ||
         std::find(relation_types.begin(), relation_types.end(), t) != relation_types.end();
}

Result<GraphFilter> MakeFilter(const std::vector<std::string>& types,
                               const std::vector<std::string>& relations,
                               const std::string& since, const std::string& until,
                               const std::string& source) {
  GraphFilter f;
  for (const auto& w : types) {
    auto t = ParseEntityType(w);
    if (!t) return Status::InvalidArgument("--type " + w + ": unknown entity type (one of " + List(kAllEntityTypes) + ")");
    f.node_types.push_back(*t);
  }
  for (const auto& w : relations) {
    auto r = ParseRelationType(w);
    if (!r) return Status::InvalidArgument("--rel " + w + ": unknown relation type (one of " + List(kAllRelationTypes) + ")");
    f.relation_types.push_back(*r);
  }
  if (!since.empty() && !ValidDate(since))
    return Status::InvalidArgument("--since " + since + ": not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  if (!until.empty() && !ValidDate(until))
    return Status::InvalidArgument("--until " + until + ": not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  if (!since.empty() && !until.empty() && since.substr(0, std::min(since.size(), until.size())) >
                                              until.substr(0, std::min(since.size(), until.size())))
    return Status::InvalidArgument("--since " + since + " is after --until " + until);
  f.since = since;
  f.until = until;
  if (source.empty() || source == "all") f.source = SourceFilter::kAll;
  else if (source == "text") f.source = SourceFilter::kText;
  else if (source == "reference") f.source = SourceFilter::kReference;
  else return Status::InvalidArgument("--source " + source + ": one of text, reference, all");
  return f;
}

Graph Apply(const Graph& g, const GraphFilter& f) {
  if (f.empty()) {
    Graph copy = g;
    copy.Canonicalise();
    return copy;
  }
  auto kept_node = [&](const Node& n) {
    return f.KeepsType(n.type) || std::find(f.keep.begin(), f.keep.end(), n.id) != f.keep.end();
  };
  // Edges first: a dated node survives a window through its sightings or
  // through a kept edge.
  std::vector<Edge> edges;
  std::vector<bool> touched(g.node_count(), false);
  for (const Edge& e : g.edges()) {
    if (!f.KeepsRelation(e.type)) continue;
    const Graph::Index h = g.HeadIndex(e), t = g.TailIndex(e);
    if (!kept_node(g.nodes()[h]) || !kept_node(g.nodes()[t])) continue;
    Edge copy = e;
    copy.evidence.clear();
    for (const auto& ev : e.evidence)
      if (EvidenceKept(f, ev)) copy.evidence.push_back(ev);
    if (copy.evidence.empty() && !(e.evidence.empty() && !f.has_window() && f.source == SourceFilter::kAll))
      continue;
    if (f.source != SourceFilter::kAll) copy.attributes["source"] = IsReferenceEdge(copy) ? "reference" : "text";
    touched[h] = touched[t] = true;
    edges.push_back(std::move(copy));
  }
  Graph out;
  for (Graph::Index i = 0; i < g.node_count(); ++i) {
    const Node& n = g.nodes()[i];
    if (!kept_node(n)) continue;
    Node copy = n;
    if (f.has_window()) {
      std::erase_if(copy.seen, [&](const Sighting& s) { return !f.InWindow(s.date); });
      if (copy.seen.empty() && !touched[i]) continue;
    }
    out.UpsertNode(std::move(copy));
  }
  for (auto& e : edges) out.UpsertEdge(std::move(e));
  out.Canonicalise();
  return out;
}

}  // namespace cg
