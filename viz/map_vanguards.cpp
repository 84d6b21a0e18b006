// map vanguards: care models (MCP, PACS, EHCH, ...) as hubs with the
// organisations that DEVELOP them. A model and the organisations developing
// only that model form one cluster; organisations developing several models
// sit between the clusters. Around them: the STPs they are PART_OF and the
// organisations they are PARTNERs of.
#include <algorithm>
#include <map>
#include <set>

#include "viz/subgraph.h"
#include "viz/maps.h"

namespace cg::viz {

Result<Map> BuildVanguardsMap(const Graph& g, const MapArgs&) {
  std::map<NodeId, std::set<NodeId>> models_of;  // developer -> models
  std::set<NodeId> models;
  for (const auto& e : g.edges()) {
    if (e.type != RelationType::kDevelops) continue;
    if (g.FindNode(e.tail)->type != EntityType::kCareModel) continue;
    models_of[e.head].insert(e.tail);
    models.insert(e.tail);
  }
  std::set<NodeId> ids(models.begin(), models.end());
  for (const auto& [dev, ms] : models_of) ids.insert(dev);
  // STPs and partners of the developers.
  for (const auto& e : g.edges()) {
    const bool head_dev = models_of.count(e.head) > 0, tail_dev = models_of.count(e.tail) > 0;
    if (e.type == RelationType::kPartOf && head_dev && g.FindNode(e.tail)->type == EntityType::kSTP)
      ids.insert(e.tail);
    if (e.type == RelationType::kPartner && (head_dev || tail_dev)) {
      ids.insert(e.head);
      ids.insert(e.tail);
    }
  }
  Map m;
  m.graph = Subgraph(g, ids, [](const Edge& e) {
    return e.type == RelationType::kDevelops || e.type == RelationType::kPartOf ||
           e.type == RelationType::kPartner;
  });
  for (const auto& model : models) {  // sorted by id
    Cluster c;
    c.label = g.FindNode(model)->name;
    c.members.push_back(model);
    size_t developers = 0;
    for (const auto& [dev, ms] : models_of) {
      if (!ms.count(model)) continue;
      ++developers;
      if (ms.size() == 1) c.members.push_back(dev);
    }
    std::sort(c.members.begin(), c.members.end());
    c.label += " (" + std::to_string(developers) + ")";
    m.clusters.push_back(std::move(c));
  }
  m.title = "Care models and the organisations developing them: " + std::to_string(models.size()) +
            (models.size() == 1 ? " model, " : " models, ") + std::to_string(models_of.size()) +
            (models_of.size() == 1 ? " organisation" : " organisations");
  return m;
}

}  // namespace cg::viz
