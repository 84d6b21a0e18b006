// caregraph render [--db PATH] --out FILE [--title T] [--layout L]
//   [--type T]... [--rel R]... [--since D] [--until D] [--source S]
// Draws the whole graph (or the filtered part of it) through Graphviz and
// prints the path written.
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "graph/filter.h"
#include "viz/subgraph.h"
#include "viz/maps.h"
#include "viz/render.h"

namespace cg::cli {
namespace {

struct RenderArgs {
  std::string db, out, title = "caregraph", layout, since, until, source = "all";
  std::vector<std::string> types, relations;
};

int RunRender(const RenderArgs& a) {
  auto filter = MakeFilter(a.types, a.relations, a.since, a.until, a.source);
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
  sub.add_option("--type", a->types, "keep only these entity types (repeatable)");
  sub.add_option("--rel", a->relations, "keep only these relation types (repeatable)");
  sub.add_option("--since", a->since, "keep evidence dated on or after YYYY[-MM[-DD]]");
  sub.add_option("--until", a->until, "keep evidence dated on or before YYYY[-MM[-DD]]");
  sub.add_option("--source", a->source, "evidence source: text, reference or all (default all)");
  sub.callback([a, exit_code] { *exit_code = RunRender(*a); });
}

}  // namespace cg::cli
