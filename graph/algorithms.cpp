#include "graph/algorithms.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_set>

namespace cg {
namespace {

constexpr uint32_t kUnseen = std::numeric_limits<uint32_t>::max();

// The simple graph under the view: one arc per ordered pair of neighbours,
// whatever number of edges join them, for centralities that count paths.
using SimpleCsr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                     boost::no_property, uint32_t, uint32_t>;

SimpleCsr Simple(const GraphView& v) {
  std::vector<std::pair<uint32_t, uint32_t>> arcs;
  const auto& g = v.csr();
  for (uint32_t u = 0; u < v.node_count(); ++u) {
    uint32_t last = kUnseen;
    for (auto a : boost::make_iterator_range(boost::out_edges(u, g))) {
      const uint32_t t = boost::target(a, g);
      if (t != last) arcs.emplace_back(u, t);
      last = t;
    }
  }
  return SimpleCsr(boost::edges_are_sorted, arcs.begin(), arcs.end(), v.node_count());
}

// Weighted undirected graph for Louvain: adjacency without self loops plus
// the weight inside each node (a community aggregated at an earlier level).
struct Weighted {
  std::vector<std::vector<std::pair<uint32_t, double>>> adj;  // sorted by neighbour
  std::vector<double> self;                                   // internal weight, edges once
  size_t size() const { return adj.size(); }
  double Degree(uint32_t i) const {
    double k = 2 * self[i];
    for (const auto& [j, w] : adj[i]) k += w;
    return k;
  }
};

Weighted FromView(const GraphView& v) {
  Weighted w;
  w.adj.resize(v.node_count());
  w.self.assign(v.node_count(), 0.0);
  const auto& g = v.csr();
  for (uint32_t u = 0; u < v.node_count(); ++u)
    for (auto a : boost::make_iterator_range(boost::out_edges(u, g))) {
      const uint32_t t = boost::target(a, g);
      if (!w.adj[u].empty() && w.adj[u].back().first == t) w.adj[u].back().second += 1;
      else w.adj[u].emplace_back(t, 1.0);
    }
  return w;
}

// One Louvain level: local moves until none improves modularity. Returns
// the community of each node (not renumbered) and whether any node moved.
bool LocalMoves(const Weighted& w, double m2, std::vector<uint32_t>& comm) {
  const size_t n = w.size();
  comm.resize(n);
  std::vector<double> k(n), tot(n);
  for (uint32_t i = 0; i < n; ++i) {
    comm[i] = i;
    k[i] = w.Degree(i);
    tot[i] = k[i];
  }
  bool moved_any = false;
  std::map<uint32_t, double> links;  // neighbour community -> weight, ordered for ties
  for (int pass = 0; pass < 100; ++pass) {
    bool moved = false;
    for (uint32_t i = 0; i < n; ++i) {
      if (w.adj[i].empty()) continue;
      links.clear();
      for (const auto& [j, wt] : w.adj[i]) links[comm[j]] += wt;
      const uint32_t from = comm[i];
      tot[from] -= k[i];
      uint32_t best = from;
      double best_gain = links[from] - tot[from] * k[i] / m2;
      for (const auto& [c, wt] : links) {
        const double gain = wt - tot[c] * k[i] / m2;
        if (gain > best_gain + 1e-12) {
          best_gain = gain;
          best = c;
        }
      }
      tot[best] += k[i];
      if (best != from) {
        comm[i] = best;
        moved = moved_any = true;
      }
    }
    if (!moved) break;
  }
  return moved_any;
}

// Renumbers `comm` 0.. in order of first appearance; returns the count.
uint32_t Renumber(std::vector<uint32_t>& comm) {
  std::vector<uint32_t> map(comm.size(), kUnseen);
  uint32_t next = 0;
  for (auto& c : comm) {
    if (map[c] == kUnseen) map[c] = next++;
    c = map[c];
  }
  return next;
}

Weighted Aggregate(const Weighted& w, const std::vector<uint32_t>& comm, uint32_t count) {
  Weighted out;
  out.adj.resize(count);
  out.self.assign(count, 0.0);
  std::vector<std::map<uint32_t, double>> links(count);
  for (uint32_t i = 0; i < w.size(); ++i) {
    out.self[comm[i]] += w.self[i];
    for (const auto& [j, wt] : w.adj[i]) {
      if (comm[i] == comm[j]) {
        if (i < j) out.self[comm[i]] += wt;
      } else {
        links[comm[i]][comm[j]] += wt;
      }
    }
  }
  for (uint32_t c = 0; c < count; ++c) out.adj[c].assign(links[c].begin(), links[c].end());
  return out;
}

}  // namespace

GraphView::GraphView(const Graph& g) : graph_(&g) {
  // Both ends of every edge from the graph's own adjacency lists: no id
  // lookups.
  const uint32_t n = static_cast<uint32_t>(g.node_count());
  std::vector<uint32_t> head(g.edge_count()), tail(g.edge_count());
  for (uint32_t i = 0; i < n; ++i) {
    for (Graph::Index e : g.OutEdges(i)) head[e] = i;
    for (Graph::Index e : g.InEdges(i)) tail[e] = i;
  }
  // Counting sort by source, then each node's arcs by (neighbour, edge).
  std::vector<uint32_t> start(n + 1, 0);
  for (Graph::Index e = 0; e < head.size(); ++e)
    if (head[e] != tail[e]) ++start[head[e] + 1], ++start[tail[e] + 1];
  for (uint32_t i = 0; i < n; ++i) start[i + 1] += start[i];
  std::vector<std::pair<uint32_t, uint32_t>> slot(start[n]);  // (neighbour, edge)
  std::vector<uint32_t> fill(start.begin(), start.end() - 1);
  for (Graph::Index e = 0; e < head.size(); ++e) {
    if (head[e] == tail[e]) continue;
    slot[fill[head[e]]++] = {tail[e], e};
    slot[fill[tail[e]]++] = {head[e], e};
  }
  std::vector<std::pair<uint32_t, uint32_t>> arcs;
  std::vector<Arc> props;
  arcs.reserve(slot.size());
  props.reserve(slot.size());
  for (uint32_t i = 0; i < n; ++i) {
    std::sort(slot.begin() + start[i], slot.begin() + start[i + 1]);
    for (uint32_t k = start[i]; k < start[i + 1]; ++k) {
      arcs.emplace_back(i, slot[k].first);
      props.push_back({slot[k].second});
    }
  }
  csr_ = Csr(boost::edges_are_sorted, arcs.begin(), arcs.end(), props.begin(), n);
}

std::vector<Reached> Neighbourhood(const GraphView& v, Graph::Index origin, uint32_t max_depth) {
  const auto& g = v.csr();
  std::vector<Reached> out{{origin, 0, origin, 0}};
  std::unordered_set<uint32_t> seen{origin};
  for (size_t head = 0; head < out.size(); ++head) {
    const Reached cur = out[head];
    if (cur.depth >= max_depth) break;  // BFS order: every later node is as deep
    for (auto a : boost::make_iterator_range(boost::out_edges(cur.node, g))) {
      const uint32_t t = boost::target(a, g);
      if (seen.insert(t).second) out.push_back({t, cur.depth + 1, cur.node, g[a].edge});
    }
  }
  return out;
}

std::vector<NodePath> ShortestPaths(const GraphView& v, Graph::Index a, Graph::Index b, uint32_t max_len,
                                    bool all, size_t limit) {
  std::vector<NodePath> out;
  if (a == b) {
    out.emplace_back();
    return out;
  }
  const auto& g = v.csr();
  std::vector<uint32_t> dist(v.node_count(), kUnseen);
  std::vector<uint32_t> order{a};
  dist[a] = 0;
  // Every node nearer than b is discovered by the time b is: stop there.
  bool found = false;
  for (size_t head = 0; head < order.size() && !found; ++head) {
    const uint32_t x = order[head];
    if (max_len && dist[x] >= max_len) break;
    for (auto arc : boost::make_iterator_range(boost::out_edges(x, g))) {
      const uint32_t t = boost::target(arc, g);
      if (dist[t] != kUnseen) continue;
      dist[t] = dist[x] + 1;
      order.push_back(t);
      if (t == b) {
        found = true;
        break;
      }
    }
  }
  if (!found) return out;
  // Mark the nodes on some shortest path: walk back from b level by level.
  std::vector<char> on(v.node_count(), 0);
  on[b] = 1;
  for (size_t i = order.size(); i-- > 0;) {
    const uint32_t x = order[i];
    if (!on[x]) continue;
    for (auto arc : boost::make_iterator_range(boost::out_edges(x, g))) {
      const uint32_t p = boost::target(arc, g);
      if (dist[p] + 1 == dist[x]) on[p] = 1;
    }
  }
  // Depth-first from a along marked nodes: arcs are sorted, so paths come
  // out in lexicographic order.
  NodePath path;
  auto dfs = [&](auto&& self, uint32_t x) -> void {
    if (x == b) {
      out.push_back(path);
      return;
    }
    uint32_t last = kUnseen;
    for (auto arc : boost::make_iterator_range(boost::out_edges(x, g))) {
      const uint32_t t = boost::target(arc, g);
      if (!on[t] || dist[t] != dist[x] + 1 || (!all && t == last)) continue;
      last = t;
      path.push_back({g[arc].edge, t});
      self(self, t);
      path.pop_back();
      if (out.size() >= (all ? limit : 1)) return;
    }
  };
  dfs(dfs, a);
  return out;
}

std::vector<double> DegreeCentrality(const GraphView& v) {
  std::vector<double> d(v.node_count());
  for (uint32_t i = 0; i < d.size(); ++i) d[i] = static_cast<double>(v.Degree(i));
  return d;
}

std::vector<double> BetweennessCentrality(const GraphView& v) {
  const SimpleCsr s = Simple(v);
  std::vector<double> c(v.node_count(), 0.0);
  boost::brandes_betweenness_centrality(
      s, boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, s)));
  // The view holds each undirected pair in both directions.
  for (auto& x : c) x /= 2;
  return c;
}

std::vector<double> PageRank(const GraphView& v) {
  const SimpleCsr s = Simple(v);
  std::vector<double> r(v.node_count(), 0.0);
  if (r.empty()) return r;
  boost::graph::page_rank(s, boost::make_iterator_property_map(r.begin(), boost::get(boost::vertex_index, s)),
                          boost::graph::n_iterations(50), 0.85);
  double sum = 0;
  for (double x : r) sum += x;
  if (sum > 0)
    for (auto& x : r) x /= sum;
  return r;
}

std::vector<uint32_t> ConnectedComponents(const GraphView& v) {
  std::vector<uint32_t> c(v.node_count(), 0);
  if (c.empty()) return c;
  // The view is symmetric, so a depth-first search from each unvisited node
  // in index order finds exactly the undirected components.
  boost::connected_components(v.csr(), boost::make_iterator_property_map(
                                           c.begin(), boost::get(boost::vertex_index, v.csr())));
  Renumber(c);
  return c;
}

double Modularity(const GraphView& v, const std::vector<uint32_t>& membership) {
  const Weighted w = FromView(v);
  double m2 = 0;
  for (uint32_t i = 0; i < w.size(); ++i) m2 += w.Degree(i);
  if (m2 == 0) return 0.0;
  uint32_t count = 0;
  for (auto c : membership) count = std::max(count, c + 1);
  std::vector<double> in(count, 0.0), tot(count, 0.0);
  for (uint32_t i = 0; i < w.size(); ++i) {
    tot[membership[i]] += w.Degree(i);
    for (const auto& [j, wt] : w.adj[i])
      if (membership[i] == membership[j]) in[membership[i]] += wt;  // each edge twice
  }
  double q = 0;
  for (uint32_t c = 0; c < count; ++c) q += in[c] / m2 - (tot[c] / m2) * (tot[c] / m2);
  return q;
}

Communities DetectCommunities(const GraphView& v) {
  Communities out;
  const size_t n = v.node_count();
  out.community.resize(n);
  for (uint32_t i = 0; i < n; ++i) out.community[i] = i;
  Weighted w = FromView(v);
  double m2 = 0;
  for (uint32_t i = 0; i < w.size(); ++i) m2 += w.Degree(i);
  if (m2 > 0) {
    for (int level = 0; level < 32; ++level) {
      std::vector<uint32_t> comm;
      if (!LocalMoves(w, m2, comm)) break;
      const uint32_t count = Renumber(comm);
      for (auto& c : out.community) c = comm[c];
      w = Aggregate(w, comm, count);
    }
  }
  Renumber(out.community);
  out.modularity = Modularity(v, out.community);
  return out;
}

}  // namespace cg
