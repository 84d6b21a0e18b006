#include "viz/maps.h"

#include <algorithm>

#include "graph/identity.h"

namespace cg::viz {

const std::vector<MapKind>& MapKinds() {
  static const std::vector<MapKind> kKinds = {
      {"chains", "trusts joined by chains, buddying, mergers and joint ventures, with their leaders and regulators",
       BuildChainsMap},
      {"vanguards", "care models as hubs, the organisations that develop them, their STPs and partners",
       BuildVanguardsMap},
      {"people", "who holds which post where", BuildPeopleMap},
      {"ego", "everything within --depth hops of one entity", BuildEgoMap},
      {"issue", "what one issue talks about", BuildIssueMap},
  };
  return kKinds;
}

const MapKind* FindMapKind(std::string_view name) {
  for (const auto& k : MapKinds())
    if (name == k.name) return &k;
  return nullptr;
}

Result<const Node*> ResolveEntity(const Graph& g, const std::string& name) {
  if (const Node* n = g.FindNode(name)) return n;
  const std::string want = NormaliseName(name);
  if (want.empty()) return Status::InvalidArgument("empty entity name");
  std::vector<const Node*> hits, near;
  for (const auto& n : g.nodes()) {
    bool hit = NormaliseName(n.name) == want;
    for (const auto& a : n.aliases) hit = hit || NormaliseName(a) == want;
    if (hit) hits.push_back(&n);
    else if (NormaliseName(n.name).find(want) != std::string::npos) near.push_back(&n);
  }
  if (hits.size() == 1) return hits[0];
  if (hits.empty() && near.size() == 1) return near[0];  // "Wye Valley" -> the trust
  if (hits.size() > 1) {
    std::string list;
    for (size_t i = 0; i < hits.size() && i < 6; ++i)
      list += (i ? ", " : "") + hits[i]->id + " (" + std::string(ToString(hits[i]->type)) + ")";
    return Status::Ambiguous(name + ": names " + std::to_string(hits.size()) + " entities: " + list +
                             "; give the id instead");
  }
  std::string hint;
  for (size_t i = 0; i < near.size() && i < 3; ++i) hint += (i ? ", " : "") + near[i]->name;
  return Status::NotFound(name + ": no such entity in the graph" +
                          (hint.empty() ? std::string() : " (did you mean " + hint + "?)"));
}

}  // namespace cg::viz
