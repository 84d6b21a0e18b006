// map chains: trusts joined by PARTNER edges (chains, buddying, mergers,
// takeovers, joint ventures). Each connected group is a cluster labelled
// with its kinds of partnership; around it, the people holding a ROLE in a
// member and the national bodies REGULATING members.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "viz/subgraph.h"
#include "viz/maps.h"

namespace cg::viz {
namespace {

// Union-find over node indexes.
struct Groups {
  std::vector<Graph::Index> parent;
  explicit Groups(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  Graph::Index Find(Graph::Index i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void Join(Graph::Index a, Graph::Index b) { parent[Find(a)] = Find(b); }
};

}  // namespace

Result<Map> BuildChainsMap(const Graph& g, const MapArgs&) {
  Groups groups(g.node_count());
  std::set<Graph::Index> partnered;
  for (const auto& e : g.edges()) {
    if (e.type != RelationType::kPartner) continue;
    const auto h = g.HeadIndex(e), t = g.TailIndex(e);
    if (!IsOrganisation(g.nodes()[h].type) || !IsOrganisation(g.nodes()[t].type)) continue;
    groups.Join(h, t);
    partnered.insert(h);
    partnered.insert(t);
  }
  // Groups that hold at least one trust, keyed by their root.
  std::map<Graph::Index, std::vector<Graph::Index>> members;
  for (auto i : partnered) members[groups.Find(i)].push_back(i);
  std::set<NodeId> ids;
  std::vector<std::pair<NodeId, Cluster>> clusters;  // sorted by first member id
  for (auto& [root, list] : members) {
    const bool has_trust = std::any_of(list.begin(), list.end(), [&](Graph::Index i) {
      return g.nodes()[i].type == EntityType::kTrust;
    });
    if (!has_trust) continue;
    std::set<std::string> kinds;
    Cluster c;
    for (auto i : list) {
      c.members.push_back(g.nodes()[i].id);
      ids.insert(g.nodes()[i].id);
      for (auto ei : g.OutEdges(i)) {
        const Edge& e = g.edges()[ei];
        if (e.type != RelationType::kPartner) continue;
        auto k = e.attributes.find("kind");
        kinds.insert(k == e.attributes.end() || k->second.empty() ? "partners" : k->second);
      }
    }
    std::sort(c.members.begin(), c.members.end());
    for (const auto& k : kinds) c.label += (c.label.empty() ? "" : ", ") + k;
    c.label += " (" + std::to_string(list.size()) + ")";
    clusters.emplace_back(c.members.front(), std::move(c));
  }
  // Leaders and regulators of the members.
  std::set<NodeId> around;
  for (const auto& e : g.edges()) {
    if (!ids.count(e.tail)) continue;
    const Node* h = g.FindNode(e.head);
    if ((e.type == RelationType::kRole && h->type == EntityType::kPerson) ||
        (e.type == RelationType::kRegulates && h->type == EntityType::kNationalBody))
      around.insert(e.head);
  }
  ids.insert(around.begin(), around.end());
  Map m;
  m.graph = Subgraph(g, ids, [](const Edge& e) {
    return e.type == RelationType::kPartner || e.type == RelationType::kRole ||
           e.type == RelationType::kRegulates;
  });
  std::sort(clusters.begin(), clusters.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [key, c] : clusters) m.clusters.push_back(std::move(c));
  m.title = "Trust chains and partnerships: " + std::to_string(m.clusters.size()) +
            (m.clusters.size() == 1 ? " group" : " groups");
  return m;
}

}  // namespace cg::viz
