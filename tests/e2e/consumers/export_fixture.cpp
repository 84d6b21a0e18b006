// export_fixture DIR: writes the hostile graph (hostile_graph.h) in every
// export format into DIR (graph.json, graph.graphml, graph.jsonl, csv/),
// plus expected.json, the graph's content written straight from the Graph
// (not through the exporters), for the Python consumer tests to compare
// against what networkx, pandas and Kuzu read.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "graph/export.h"
#include "tests/e2e/consumers/hostile_graph.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: export_fixture DIR\n";
    return 2;
  }
  namespace fs = std::filesystem;
  const fs::path dir = argv[1];
  fs::create_directories(dir / "csv");
  const cg::Graph g = cg::test::HostileGraph();
  const std::pair<cg::ExportFormat, const char*> files[] = {{cg::ExportFormat::kJson, "graph.json"},
                                                           {cg::ExportFormat::kGraphml, "graph.graphml"},
                                                           {cg::ExportFormat::kJsonl, "graph.jsonl"}};
  for (const auto& [format, name] : files) {
    std::ofstream out(dir / name, std::ios::binary);
    if (cg::Status s = cg::Export(g, format, out); !s.ok()) {
      std::cerr << name << ": " << s.message() << "\n";
      return 1;
    }
  }
  std::ofstream nodes(dir / "csv" / cg::kCsvNodesFile, std::ios::binary);
  std::ofstream edges(dir / "csv" / cg::kCsvEdgesFile, std::ios::binary);
  if (cg::Status s = cg::WriteCsv(g, nodes, edges); !s.ok()) {
    std::cerr << "csv: " << s.message() << "\n";
    return 1;
  }
  nlohmann::json want = {{"nodes", nlohmann::json::object()}, {"edges", nlohmann::json::array()}};
  for (const auto& n : g.nodes())
    want["nodes"][n.id] = {{"name", n.name}, {"type", cg::ToString(n.type)}, {"aliases", n.aliases},
                           {"codes", n.codes}, {"mentions", n.seen.size()}};
  for (const auto& e : g.edges())
    want["edges"].push_back({{"source", e.head}, {"target", e.tail}, {"type", cg::ToString(e.type)},
                             {"attributes", e.attributes}, {"evidence", e.evidence.size()}});
  std::ofstream(dir / "expected.json") << want.dump(1) << "\n";
  return 0;
}
