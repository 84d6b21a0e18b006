#include "viz/filter.h"

namespace cg::viz {
namespace {

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" with digits in the right places.
bool IsDatePrefix(const std::string& s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
  }
  return true;
}

}  // namespace

bool MapFilter::InWindow(const std::string& date) const {
  if (!has_window()) return true;
  if (date.empty()) return false;
  if (!since.empty() && date < since) return false;
  if (!until.empty() && date.substr(0, until.size()) > until) return false;
  return true;
}

Result<MapFilter> ParseMapFilter(const std::vector<std::string>& node_types,
                                 const std::vector<std::string>& relations, const std::string& since,
                                 const std::string& until) {
  MapFilter f;
  for (const auto& s : node_types) {
    auto t = ParseEntityType(s);
    if (!t) {
      std::string valid;
      for (auto x : kAllEntityTypes) valid += (valid.empty() ? "" : ", ") + std::string(ToString(x));
      return Status::InvalidArgument("--type " + s + ": unknown entity type (one of " + valid + ")");
    }
    f.node_types.insert(*t);
  }
  for (const auto& s : relations) {
    auto t = ParseRelationType(s);
    if (!t) {
      std::string valid;
      for (auto x : kAllRelationTypes) valid += (valid.empty() ? "" : ", ") + std::string(ToString(x));
      return Status::InvalidArgument("--rel " + s + ": unknown relation type (one of " + valid + ")");
    }
    f.relations.insert(*t);
  }
  for (const auto& [flag, value] : {std::pair{"--since", &since}, std::pair{"--until", &until}})
    if (!value->empty() && !IsDatePrefix(*value))
      return Status::InvalidArgument(std::string(flag) + " " + *value + ": not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  f.since = since;
  f.until = until;
  if (!since.empty() && !until.empty() && since > until)
    return Status::InvalidArgument("--since " + since + " is after --until " + until);
  return f;
}

Graph ApplyFilter(const Graph& g, const MapFilter& f) {
  std::set<NodeId> nodes;
  for (const auto& n : g.nodes())
    if (f.node_types.empty() || f.node_types.count(n.type)) nodes.insert(n.id);

  std::vector<Edge> edges;
  std::set<NodeId> touched;
  for (const auto& e : g.edges()) {
    if (!nodes.count(e.head) || !nodes.count(e.tail)) continue;
    if (!f.relations.empty() && !f.relations.count(e.type)) continue;
    Edge kept = e;
    bool dated_inside = true;  // does the edge itself keep its ends alive?
    if (f.has_window()) {
      kept.evidence.clear();
      dated_inside = false;
      for (const auto& ev : e.evidence) {
        if (ev.source == Source::kReference) {
          kept.evidence.push_back(ev);
        } else if (f.InWindow(ev.date)) {
          kept.evidence.push_back(ev);
          dated_inside = true;
        }
      }
      if (kept.evidence.empty()) continue;
    }
    // Reference facts are timeless: they join nodes the window keeps for
    // other reasons but do not pull in nodes of their own.
    if (dated_inside) {
      touched.insert(kept.head);
      touched.insert(kept.tail);
    }
    edges.push_back(std::move(kept));
  }

  Graph out;
  for (const auto& n : g.nodes()) {
    if (!nodes.count(n.id)) continue;
    bool keep = touched.count(n.id) > 0;
    if (!keep && f.relations.empty()) {
      keep = !f.has_window();
      for (const auto& s : n.seen) keep = keep || f.InWindow(s.date);
    }
    if (keep) out.UpsertNode(n);
  }
  for (auto& e : edges)
    if (out.FindNode(e.head) && out.FindNode(e.tail)) out.UpsertEdge(std::move(e));
  out.Canonicalise();
  return out;
}

}  // namespace cg::viz
