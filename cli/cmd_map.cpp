// caregraph map KIND [NAME|ID] --out FILE [--depth N] [--title T]
//   [--layout L] [--type T]... [--rel R]... [--since D] [--until D] [--source S]
// One view of the graph (viz/maps.h), filtered, drawn through Graphviz;
// prints the path written.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/query_args.h"
#include "graph/hash.h"
#include "graph/filter.h"
#include "viz/subgraph.h"
#include "viz/maps.h"
#include "viz/render.h"

namespace cg::cli {
namespace {

struct MapArgsCli : FilterArgs {
  std::string db, kind, arg, out, title, layout;
  int depth = 1;
};

// `issue` accepts an issue id (or prefix), the path of an issue file, or
// the source path / file name it was ingested from.
Result<std::string> ResolveIssue(const Store& store, const std::string& arg) {
  std::error_code ec;
  if (std::filesystem::is_regular_file(arg, ec)) {
    auto bytes = ReadFile(arg);
    if (!bytes.ok()) return bytes.status();
    return ContentId(*bytes);
  }
  auto issues = store.Issues();
  if (!issues.ok()) return issues.status();
  for (const auto& r : *issues)
    if (r.source == arg || std::filesystem::path(r.source).filename() == arg) return r.id;
  return arg;  // an id or prefix: the map builder checks it
}

int RunMap(const MapArgsCli& a) {
  const viz::MapKind* kind = viz::FindMapKind(a.kind);
  auto filter = a.Make();
  if (!filter.ok()) return Fail(filter.status());
  if (Status out = CheckOutputPath(a.out); !out.ok()) return Fail(out);
  auto store = OpenForRead(a.db);
  if (!store.ok()) return Fail(store.status());
  auto graph = (*store)->LoadGraph();
  if (!graph.ok()) return Fail(graph.status());
  viz::MapArgs args;
  args.depth = a.depth;
  if (a.kind == "ego") args.name = a.arg;
  if (a.kind == "issue") {
    auto id = a.arg.empty() ? Result<std::string>(std::string()) : ResolveIssue(**store, a.arg);
    if (!id.ok()) return Fail(id.status());
    args.issue = *id;
  }
  const Graph g = viz::MapView(std::move(*graph), *filter);
  auto map = kind->build(g, args);
  if (!map.ok()) return Fail(map.status());
  if (map->graph.node_count() == 0)
    return Fail(Status::NotFound("map " + a.kind + ": nothing to draw" +
                                 (filter->empty() ? "" : " (the filters leave nothing of it)")));
  if (map->graph.node_count() > viz::kReadableMapNodes)
    std::cerr << "caregraph: warning: this map has " << map->graph.node_count()
              << " nodes, too many to read; narrow it with --type, --rel, --since/--until or `map ego NAME`\n";
  RenderOptions options;
  options.title = a.title.empty() ? map->title : a.title;
  options.layout = a.layout;
  options.clusters = map->clusters;
  Status s = RenderToFile(map->graph, a.out, options);
  if (!s.ok()) return Fail(s);
  std::cout << a.out << "\n";
  return 0;
}

}  // namespace

void SetupMap(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<MapArgsCli>();
  std::vector<std::string> kinds;
  std::string help = "the map:";
  for (const auto& k : viz::MapKinds()) {
    kinds.push_back(k.name);
    help += std::string("\n  ") + k.name + ": " + k.summary;
  }
  AddDbOption(sub, &a->db);
  sub.add_option("kind", a->kind, help)->required()->check(CLI::IsMember(kinds));
  sub.add_option("target", a->arg, "ego: the entity (name, alias or id); issue: its id, file or source");
  sub.add_option("--out", a->out, "output file: .svg, .png, .pdf or .dot")->required();
  sub.add_option("--depth", a->depth, "ego: hops from the entity")->capture_default_str()->check(CLI::Range(1, 6));
  sub.add_option("--title", a->title, "title above the map (default: the map's own)");
  sub.add_option("--layout", a->layout, "Graphviz layout engine (default: dot up to 150 nodes, else sfdp)");
  AddFilterOptions(sub, a.get());
  sub.callback([a, exit_code] { *exit_code = RunMap(*a); });
}

}  // namespace cg::cli
