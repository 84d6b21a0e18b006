// map people: who holds which post where (Person -ROLE-> organisation, STP
// or place), the role as the edge label. No clusters: a person with posts
// in several places joins them.
#include <set>

#include "viz/subgraph.h"
#include "viz/maps.h"

namespace cg::viz {

Result<Map> BuildPeopleMap(const Graph& g, const MapArgs&) {
  std::set<NodeId> ids;
  size_t people = 0;
  for (const auto& e : g.edges()) {
    if (e.type != RelationType::kRole || g.FindNode(e.head)->type != EntityType::kPerson) continue;
    people += ids.insert(e.head).second;
    ids.insert(e.tail);
  }
  Map m;
  m.graph = Subgraph(g, ids, [&](const Edge& e) {
    return e.type == RelationType::kRole && g.FindNode(e.head)->type == EntityType::kPerson;
  });
  m.title = "Who holds which post where: " + std::to_string(people) + (people == 1 ? " person" : " people");
  return m;
}

}  // namespace cg::viz
