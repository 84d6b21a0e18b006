// caregraph render [--db PATH] --out FILE [--title T] [--layout L]
//   [--type T]... [--rel R]... [--since D] [--until D] [--source S]
// Draws the whole graph (or the filtered part of it) through Graphviz and
// prints the path written.
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/query_args.h"
#include "graph/filter.h"
#include "viz/subgraph.h"
#include "viz/maps.h"
#include "viz/render.h"

namespace cg::cli {
namespace {

struct RenderArgs : FilterArgs {
  std::string db, out, title = "caregraph", layout;
};

int RunRender(const RenderArgs& a) {
  auto filter = a.Make();
  if (!filter.ok()) return Fail(filter.status());
  if (Status out = CheckOutputPath(a.out); !out.ok()) return Fail(out);
  auto graph = LoadGraph(a.db);
  if (!graph.ok()) return Fail(graph.status());
  const Graph g = viz::MapView(std::move(*graph), *filter);
  if (g.node_count() > viz::kReadableMapNodes)
    std::cerr << "caregraph: warning: " << g.node_count() << " nodes are too many to read on one map; "
              << "narrow it with --type, --rel, --since/--until or `caregraph map`\n";
  RenderOptions options;
  options.title = a.title;
  options.layout = a.layout;
  Status s = RenderToFile(g, a.out, options);
  if (!s.ok()) return Fail(s);
  std::cout << a.out << "\n";
  return 0;
}

}  // namespace

void SetupRender(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<RenderArgs>();
  AddDbOption(sub, &a->db);
  sub.add_option("--out", a->out, "output file: .svg, .png, .pdf or .dot")->required();
  sub.add_option("--title", a->title, "title above the map")->capture_default_str();
  sub.add_option("--layout", a->layout, "Graphviz layout engine (default: dot up to 150 nodes, else sfdp)");
  AddFilterOptions(sub, a.get());
  sub.callback([a, exit_code] { *exit_code = RunRender(*a); });
}

}  // namespace cg::cli
