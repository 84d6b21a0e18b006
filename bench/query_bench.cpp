// query_bench: query latency on a synthetic graph (100k nodes, 1M edges by
// default), in process. Not a test: prints a table of load time and
// per-query median / p99 latencies.
//
//   query_bench [NODES [EDGES]]
//
// The graph is random (uniform endpoints, relation types cycling), built
// through Graph::UpsertNode/UpsertEdge like a merged extraction; "load" is
// that build, Canonicalise() and the Boost.Graph view. Queries run on the
// view: neighbours at 1 and 2 hops, one shortest path between random
// pairs, and a whole-graph rank (degree, pagerank).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "bench/random_graph.h"
#include "graph/algorithms.h"
#include "graph/graph.h"
#include "graph/table.h"

namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); }

std::string Fmt(double ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, ms < 1 ? "%.3f ms" : "%.1f ms", ms);
  return buf;
}

struct Stats {
  double median = 0, p99 = 0, max = 0;
};

Stats Measure(int runs, const std::function<void(int)>& query) {
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    const auto a = Clock::now();
    query(i);
    t.push_back(Ms(a, Clock::now()));
  }
  std::sort(t.begin(), t.end());
  return {t[t.size() / 2], t[std::min(t.size() - 1, t.size() * 99 / 100)], t.back()};
}

}  // namespace

int main(int argc, char** argv) {
  const uint32_t nodes = argc > 1 ? static_cast<uint32_t>(std::atol(argv[1])) : 100000;
  const uint32_t edges = argc > 2 ? static_cast<uint32_t>(std::atol(argv[2])) : 1000000;
  const auto t0 = Clock::now();
  cg::Graph g = cg::bench::RandomGraph(nodes, edges, 42);
  std::mt19937_64 rng(42);
  std::uniform_int_distribution<uint32_t> pick(0, nodes - 1);
  const auto t1 = Clock::now();
  g.Canonicalise();
  const auto t2 = Clock::now();
  cg::GraphView view(g);
  const auto t3 = Clock::now();

  std::vector<std::pair<uint32_t, uint32_t>> pairs(1000);
  for (auto& p : pairs) p = {pick(rng), pick(rng)};
  size_t sink = 0;  // keeps the optimiser honest
  const Stats hop1 = Measure(1000, [&](int i) { sink += cg::Neighbourhood(view, pairs[i].first, 1).size(); });
  const Stats hop2 = Measure(1000, [&](int i) { sink += cg::Neighbourhood(view, pairs[i].first, 2).size(); });
  const Stats path = Measure(1000, [&](int i) {
    sink += cg::ShortestPaths(view, pairs[i].first, pairs[i].second, 0, false).size();
  });
  const Stats degree = Measure(5, [&](int) { sink += cg::DegreeCentrality(view).size(); });
  const Stats pagerank = Measure(3, [&](int) { sink += cg::PageRank(view).size(); });

  std::printf("synthetic graph: %zu nodes, %zu edges (sink %zu)\n\n", g.node_count(), g.edge_count(), sink);
  cg::Table load({"LOAD STEP", "TIME"});
  load.AddRow({"build (UpsertNode/UpsertEdge)", Fmt(Ms(t0, t1))});
  load.AddRow({"Canonicalise", Fmt(Ms(t1, t2))});
  load.AddRow({"GraphView (Boost CSR)", Fmt(Ms(t2, t3))});
  load.AddRow({"total", Fmt(Ms(t0, t3))});
  std::printf("%s\n", load.Render().c_str());
  cg::Table q({"QUERY", "RUNS", "MEDIAN", "P99", "MAX", "TARGET"});
  q.AddRow({"neighbours, 1 hop", "1000", Fmt(hop1.median), Fmt(hop1.p99), Fmt(hop1.max), "< 1 ms"});
  q.AddRow({"neighbours, 2 hops", "1000", Fmt(hop2.median), Fmt(hop2.p99), Fmt(hop2.max), ""});
  q.AddRow({"shortest path, random pair", "1000", Fmt(path.median), Fmt(path.p99), Fmt(path.max), "< 20 ms"});
  q.AddRow({"rank --by degree", "5", Fmt(degree.median), Fmt(degree.p99), Fmt(degree.max), ""});
  q.AddRow({"rank --by pagerank (50 it.)", "3", Fmt(pagerank.median), Fmt(pagerank.p99), Fmt(pagerank.max), ""});
  std::printf("%s", q.Render().c_str());
  return 0;
}
