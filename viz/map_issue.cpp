// map issue ID: what one issue talks about: the entities it mentions and
// the relations its sentences support, each edge keeping only that issue's
// evidence (so the tooltips quote it).
#include <set>

#include "viz/subgraph.h"
#include "viz/maps.h"

namespace cg::viz {

Result<Map> BuildIssueMap(const Graph& g, const MapArgs& args) {
  if (args.issue.empty()) return Status::InvalidArgument("map issue: give the issue id");
  // Every issue id the graph knows, from sightings and evidence.
  std::set<std::string> issues;
  for (const auto& n : g.nodes())
    for (const auto& s : n.seen) issues.insert(s.issue);
  for (const auto& e : g.edges())
    for (const auto& ev : e.evidence)
      if (!ev.issue.empty()) issues.insert(ev.issue);
  std::vector<std::string> hits;
  for (const auto& id : issues)
    if (id == args.issue) hits = {id};
  if (hits.empty())
    for (const auto& id : issues)
      if (id.rfind(args.issue, 0) == 0) hits.push_back(id);
  if (hits.empty()) return Status::NotFound("issue " + args.issue + ": not in the graph");
  if (hits.size() > 1)
    return Status::Ambiguous("issue " + args.issue + ": prefix of " + std::to_string(hits.size()) +
                             " issues (" + hits[0] + ", " + hits[1] + ", ...)");
  const std::string& issue = hits[0];

  Map m;
  std::string date;
  for (const auto& n : g.nodes())
    for (const auto& s : n.seen)
      if (s.issue == issue) {
        m.graph.UpsertNode(n);
        if (!s.date.empty()) date = s.date;
      }
  for (const auto& e : g.edges()) {
    Edge kept = e;
    kept.evidence.clear();
    for (const auto& ev : e.evidence)
      if (ev.issue == issue) kept.evidence.push_back(ev);
    if (kept.evidence.empty()) continue;
    // An edge's ends are seen in its issue; be safe if a sighting is missing.
    for (const NodeId* id : {&e.head, &e.tail})
      if (!m.graph.FindNode(*id)) m.graph.UpsertNode(*g.FindNode(*id));
    m.graph.UpsertEdge(std::move(kept));
  }
  m.graph.Canonicalise();
  m.title = "Issue " + issue + (date.empty() ? std::string() : " of " + date);
  return m;
}

}  // namespace cg::viz
