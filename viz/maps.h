#pragma once
// Maps: named views of the knowledge graph worth putting in a report
// (`caregraph map KIND`). A map kind is one file (viz/map_<kind>.cpp
// defining its builder) plus one row in the table of viz/maps.cpp.
//
// A builder reads the whole (already filtered) graph and returns a new,
// smaller Graph with the clusters to draw and a title; RenderToFile then
// draws it with the common style of viz/style.h.
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "graph/status.h"
#include "viz/render.h"

namespace cg::viz {

// Arguments of the kinds that take them.
struct MapArgs {
  std::string name;   // ego: the entity (node id, name or alias)
  int depth = 1;      // ego: hops from it (>= 1)
  std::string issue;  // issue: the issue id or a unique prefix of it
};

struct Map {
  Graph graph;                    // canonicalised
  std::string title;
  std::vector<Cluster> clusters;  // in drawing order, members sorted
};

using MapBuilder = Result<Map> (*)(const Graph& g, const MapArgs& args);

struct MapKind {
  const char* name;
  const char* summary;
  MapBuilder build;
};

// Every map kind, in the order `caregraph map --help` lists them.
const std::vector<MapKind>& MapKinds();
// The kind called `name`, or nullptr.
const MapKind* FindMapKind(std::string_view name);

// Above this many nodes a map is too dense to read: the CLI says so and
// suggests a filter.
inline constexpr size_t kReadableMapNodes = 400;

// The builders (one per file).
Result<Map> BuildChainsMap(const Graph& g, const MapArgs& args);
Result<Map> BuildVanguardsMap(const Graph& g, const MapArgs& args);
Result<Map> BuildPeopleMap(const Graph& g, const MapArgs& args);
Result<Map> BuildEgoMap(const Graph& g, const MapArgs& args);
Result<Map> BuildIssueMap(const Graph& g, const MapArgs& args);

// Finds the node `name` names: its id, else its canonical name or an alias
// compared after NormaliseName(). NotFound (with up to three near names as
// suggestions) or Ambiguous (listing the candidates' ids) otherwise.
Result<const Node*> ResolveEntity(const Graph& g, const std::string& name);

}  // namespace cg::viz
