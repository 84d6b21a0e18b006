// peer_graph: the graphs bench/run.sh loads into caregraph and its peers.
//
//   peer_graph csv --nodes N --edges M [--seed S] [--pairs K] --out DIR
//       A random graph (uniform endpoints, node and relation types cycling,
//       like query_bench) written by caregraph's own CSV exporter
//       (cg::WriteCsv, what `caregraph export --format csv` writes) as
//       DIR/nodes.csv and DIR/edges.csv, plus DIR/pairs.txt: K random pairs
//       of node ids ("id<TAB>id" per line), the query arguments every engine
//       is given.
//   peer_graph serve --csv DIR
//       Loads DIR/nodes.csv and DIR/edges.csv into a cg::Graph and its
//       GraphView (in process, as the query commands do), prints
//       {"ready":true,"load_seconds":S,"nodes":N,"edges":M}, then answers
//       commands on stdin, one per line, "KIND FIRST COUNT", by running
//       query KIND on pairs FIRST..FIRST+COUNT-1 of DIR/pairs.txt and
//       printing {"kind":K,"ms":[...],"results":[...]} (one latency and one
//       result per query). KIND is
//         hop1   the distinct neighbours of the pair's first node (result:
//                how many)
//         hop2   the distinct nodes within 2 hops of it, itself excluded
//                (result: how many)
//         path   one shortest undirected path between the two nodes (result:
//                its length, -1 if none)
//         count  nodes by type (result: "Type=n;..." sorted by type)
//   peer_graph extraction --nodes N --edges M [--seed S]
//       One extraction (a JSON line, as `caregraph extract --jsonl` writes)
//       with N entities and M relations between random pairs, for
//       `caregraph ingest --extractions` and the rendering comparison.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "bench/random_graph.h"
#include "graph/algorithms.h"
#include "graph/export.h"
#include "graph/extraction.h"
#include "graph/graph.h"
#include "graph/json.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// ---- csv -------------------------------------------------------------------

using cg::bench::RandomGraph;

int WriteCsvGraph(uint32_t nodes, uint64_t edges, uint64_t seed, size_t pairs, const std::string& out) {
  std::error_code ec;
  fs::create_directories(out, ec);
  const cg::Graph g = RandomGraph(nodes, edges, seed);
  std::ofstream n(fs::path(out) / cg::kCsvNodesFile, std::ios::binary), e(fs::path(out) / cg::kCsvEdgesFile,
                                                                          std::ios::binary);
  if (auto s = cg::WriteCsv(g, n, e); !s.ok()) {
    std::cerr << "peer_graph: " << out << ": " << s.message() << "\n";
    return 1;
  }
  std::ofstream p(fs::path(out) / "pairs.txt", std::ios::binary);
  std::mt19937_64 rng(seed + 1);
  std::uniform_int_distribution<uint32_t> pick(0, nodes - 1);
  for (size_t i = 0; i < pairs; ++i) p << g.nodes()[pick(rng)].id << '\t' << g.nodes()[pick(rng)].id << '\n';
  n.close(), e.close(), p.close();
  if (!n || !e || !p) {
    std::cerr << "peer_graph: " << out << ": write failed\n";
    return 1;
  }
  return 0;
}

// ---- serve -----------------------------------------------------------------

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Calls row(fields) for every record of an RFC 4180 text (header included).
template <class F>
void ForEachCsvRecord(const std::string& s, F row) {
  std::vector<std::string> f(1);
  bool quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') f.back() += '"', ++i;
      else if (c == '"') quoted = false;
      else f.back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      f.emplace_back();
    } else if (c == '\n') {
      row(f);
      f.assign(1, std::string());
    } else if (c != '\r') {
      f.back() += c;
    }
  }
  if (f.size() > 1 || !f[0].empty()) row(f);
}

size_t Column(const std::vector<std::string>& header, const std::string& name) {
  return static_cast<size_t>(std::find(header.begin(), header.end(), name) - header.begin());
}

// A cell that WriteCsv protected against spreadsheets ('=...) is unquoted.
std::string Cell(const std::string& c) {
  if (c.size() > 1 && c[0] == '\'' && std::string_view("=+-@\t\r").find(c[1]) != std::string_view::npos)
    return c.substr(1);
  return c;
}

bool LoadCsv(const fs::path& dir, cg::Graph& g) {
  std::vector<std::string> header;
  size_t id = 0, type = 0, bad = 0;
  ForEachCsvRecord(ReadFile(dir / cg::kCsvNodesFile), [&](const std::vector<std::string>& f) {
    if (header.empty()) {
      header = f, id = Column(f, "id:ID"), type = Column(f, "type");
      return;
    }
    if (f.size() <= std::max(id, type)) return void(++bad);
    auto t = cg::ParseEntityType(f[type]);
    if (!t) return void(++bad);
    cg::Node n;
    n.id = Cell(f[id]);
    n.type = *t;
    n.name = n.id;
    g.UpsertNode(std::move(n));
  });
  header.clear();
  size_t start = 0, end = 0, rel = 0;
  ForEachCsvRecord(ReadFile(dir / cg::kCsvEdgesFile), [&](const std::vector<std::string>& f) {
    if (header.empty()) {
      header = f, start = Column(f, ":START_ID"), end = Column(f, ":END_ID"), rel = Column(f, ":TYPE");
      return;
    }
    if (f.size() <= std::max({start, end, rel})) return void(++bad);
    auto t = cg::ParseRelationType(f[rel]);
    if (!t) return void(++bad);
    cg::Edge e;
    e.type = *t;
    e.head = Cell(f[start]);
    e.tail = Cell(f[end]);
    g.UpsertEdge(std::move(e));
  });
  if (bad) std::cerr << "peer_graph: " << dir.string() << ": " << bad << " malformed rows\n";
  return bad == 0 && g.node_count() > 0;
}

int Serve(const std::string& dir) {
  const auto t0 = Clock::now();
  cg::Graph g;
  if (!LoadCsv(dir, g)) {
    std::cerr << "peer_graph: " << dir << ": cannot load nodes.csv/edges.csv\n";
    return 1;
  }
  g.Canonicalise();
  const cg::GraphView view(g);
  const double load = std::chrono::duration<double>(Clock::now() - t0).count();

  std::vector<std::pair<std::string, std::string>> pairs;
  std::istringstream ps(ReadFile(fs::path(dir) / "pairs.txt"));
  for (std::string line; std::getline(ps, line);) {
    const size_t tab = line.find('\t');
    if (tab != std::string::npos) pairs.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  std::printf("{\"ready\":true,\"load_seconds\":%.6f,\"nodes\":%zu,\"edges\":%zu,\"pairs\":%zu}\n", load,
              g.node_count(), g.edge_count(), pairs.size());
  std::fflush(stdout);

  std::vector<std::string_view> ids;  // the 1-hop answer, materialised as a caller would
  for (std::string kind; std::cin >> kind;) {
    size_t first = 0, count = 0;
    std::cin >> first >> count;
    nlohmann::json ms = nlohmann::json::array(), results = nlohmann::json::array();
    for (size_t q = first; q < first + count && !pairs.empty(); ++q) {
      const auto& [a, b] = pairs[q % pairs.size()];
      const auto t = Clock::now();
      nlohmann::json result;
      if (kind == "hop1" || kind == "hop2") {
        auto i = g.IndexOf(a);
        ids.clear();
        if (i)
          for (const auto& r : cg::Neighbourhood(view, *i, kind == "hop1" ? 1 : 2))
            if (r.node != *i) ids.push_back(g.nodes()[r.node].id);
        result = ids.size();
      } else if (kind == "path") {
        auto i = g.IndexOf(a), j = g.IndexOf(b);
        int len = -1;
        if (i && j) {
          auto paths = cg::ShortestPaths(view, *i, *j, 0, false);
          if (!paths.empty()) len = static_cast<int>(paths[0].size());
        }
        result = len;
      } else if (kind == "count") {
        std::array<size_t, cg::kAllEntityTypes.size()> by{};
        for (const auto& n : g.nodes()) ++by[static_cast<size_t>(n.type)];
        std::map<std::string, size_t> sorted;
        for (size_t k = 0; k < by.size(); ++k)
          if (by[k]) sorted[std::string(cg::ToString(static_cast<cg::EntityType>(k)))] = by[k];
        std::string s;
        for (const auto& [name, n] : sorted) s += (s.empty() ? "" : ";") + name + "=" + std::to_string(n);
        result = s;
      } else {
        std::cerr << "peer_graph: unknown query kind " << kind << "\n";
        return 1;
      }
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
      results.push_back(std::move(result));
    }
    std::printf("%s\n", nlohmann::json{{"kind", kind}, {"ms", ms}, {"results", results}}.dump().c_str());
    std::fflush(stdout);
  }
  return 0;
}

// ---- extraction ------------------------------------------------------------

int WriteExtraction(uint32_t nodes, uint64_t edges, uint64_t seed) {
  static constexpr cg::EntityType kTypes[] = {cg::EntityType::kPerson, cg::EntityType::kOrganisation,
                                              cg::EntityType::kPolicy, cg::EntityType::kPlace,
                                              cg::EntityType::kNationalBody, cg::EntityType::kLocalAuthority};
  static constexpr cg::RelationType kRels[] = {cg::RelationType::kPartner, cg::RelationType::kCommentsOn,
                                               cg::RelationType::kLocatedIn, cg::RelationType::kRole};
  std::mt19937_64 rng(seed);
  cg::Extraction x;
  x.doc = "render-" + std::to_string(nodes) + ".txt";
  x.date = "2016-10-01";
  x.title = "Synthetic map of " + std::to_string(nodes) + " entities";
  x.extractor_version = "bench";
  for (uint32_t i = 0; i < nodes; ++i) {
    cg::ExtractedEntity e;
    e.type = kTypes[i % std::size(kTypes)];
    e.name = "Entity " + std::to_string(i);
    x.entities.push_back(std::move(e));
  }
  std::string text = "Date: 2016-10-01\n" + x.title + "\n\n";
  std::uniform_int_distribution<uint32_t> pick(0, nodes - 1);
  for (uint64_t k = 0; k < edges;) {
    const uint32_t h = pick(rng), t = pick(rng);
    if (h == t) continue;
    cg::ExtractedRelation r;
    r.type = kRels[k % std::size(kRels)];
    r.head = x.entities[h].name, r.tail = x.entities[t].name;
    r.head_type = x.entities[h].type, r.tail_type = x.entities[t].type;
    r.evidence.sentence = r.head + " works with " + r.tail + ".";
    r.evidence.begin = text.size();
    text += r.evidence.sentence + " ";
    r.evidence.end = r.evidence.begin + r.evidence.sentence.size();
    r.evidence.date = x.date;
    r.evidence.confidence = 0.9;
    x.relations.push_back(std::move(r));
    ++k;
  }
  nlohmann::json j = x;
  j["text"] = text;
  std::printf("%s\n", j.dump().c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"peer_graph: graphs for the peer comparisons of bench/run.sh"};
  app.require_subcommand(1);
  uint32_t nodes = 100000;
  uint64_t edges = 1000000, seed = 42;
  size_t pairs = 1000;
  std::string out, csv;
  auto* c = app.add_subcommand("csv", "random graph as caregraph's CSV export, plus query pairs");
  c->add_option("--nodes", nodes);
  c->add_option("--edges", edges);
  c->add_option("--seed", seed);
  c->add_option("--pairs", pairs);
  c->add_option("--out", out)->required();
  auto* s = app.add_subcommand("serve", "load the CSV in process and answer timed queries on stdin");
  s->add_option("--csv", csv)->required();
  auto* x = app.add_subcommand("extraction", "one extraction JSON line of a random graph");
  x->add_option("--nodes", nodes);
  x->add_option("--edges", edges);
  x->add_option("--seed", seed);
  CLI11_PARSE(app, argc, argv);
  if (*c) return WriteCsvGraph(nodes, edges, seed, pairs, out);
  if (*s) return Serve(csv);
  return WriteExtraction(nodes, edges, seed);
}
