#pragma once
// The synthetic graph the query benchmarks share: `nodes` nodes cycling
// through the entity types and `edges` random edges cycling through the
// relation types, each with one dated piece of evidence. Deterministic for a
// given seed.
#include <cstdint>
#include <random>
#include <string>

#include "graph/graph.h"

namespace cg::bench {

inline Graph RandomGraph(uint32_t nodes, uint64_t edges, uint64_t seed) {
  std::mt19937_64 rng(seed);
  Graph g;
  for (uint32_t i = 0; i < nodes; ++i) {
    Node n;
    n.type = kAllEntityTypes[i % kAllEntityTypes.size()];
    n.name = "Entity " + std::to_string(i);
    n.id = "organisation:entity " + std::to_string(i);
    n.seen.push_back({"issue" + std::to_string(i % 500), "2016-10-01"});
    g.UpsertNode(std::move(n));
  }
  std::uniform_int_distribution<uint32_t> pick(0, nodes - 1);
  for (uint64_t k = 0; g.edge_count() < edges; ++k) {
    const uint32_t h = pick(rng), t = pick(rng);
    if (h == t) continue;
    Edge e;
    e.type = kAllRelationTypes[k % kAllRelationTypes.size()];
    e.head = g.nodes()[h].id;
    e.tail = g.nodes()[t].id;
    Evidence ev;
    ev.issue = "issue" + std::to_string(k % 500);
    ev.date = "2016-10-01";
    ev.sentence = "Synthetic sentence.";
    e.evidence.push_back(std::move(ev));
    g.UpsertEdge(std::move(e));
  }
  return g;
}

}  // namespace cg::bench
