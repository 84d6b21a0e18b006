// map ego NAME [--depth N]: everything within N hops of one entity, edges
// followed in both directions; every edge between the nodes reached is
// drawn. The entity itself is a cluster of one, so it stands out.
#include <set>

#include "viz/subgraph.h"
#include "viz/maps.h"

namespace cg::viz {

Result<Map> BuildEgoMap(const Graph& g, const MapArgs& args) {
  if (args.name.empty()) return Status::InvalidArgument("map ego: give the entity's name or id");
  if (args.depth < 1) return Status::InvalidArgument("map ego: --depth must be at least 1");
  auto centre = ResolveEntity(g, args.name);
  if (!centre.ok()) return centre.status();
  const Node* c = *centre;
  std::set<NodeId> ids = {c->id};
  std::vector<Graph::Index> frontier = {*g.IndexOf(c->id)};
  for (int d = 0; d < args.depth && !frontier.empty(); ++d) {
    std::vector<Graph::Index> next;
    for (auto i : frontier) {
      for (auto ei : g.OutEdges(i))
        if (ids.insert(g.edges()[ei].tail).second) next.push_back(g.TailIndex(g.edges()[ei]));
      for (auto ei : g.InEdges(i))
        if (ids.insert(g.edges()[ei].head).second) next.push_back(g.HeadIndex(g.edges()[ei]));
    }
    frontier = std::move(next);
  }
  Map m;
  m.graph = Subgraph(g, ids, [](const Edge&) { return true; });
  m.clusters.push_back({std::string(ToString(c->type)) + ": " + c->name, {c->id}});
  m.title = c->name + " and everything within " + std::to_string(args.depth) +
            (args.depth == 1 ? " hop" : " hops");
  return m;
}

}  // namespace cg::viz
