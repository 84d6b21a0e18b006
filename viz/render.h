#pragma once
// Rendering a Graph through the Graphviz library (cgraph builds, gvc lays
// out and renders). (Contract; the viz/ helper fills in the details.)
#include <string>

#include "graph/graph.h"
#include "graph/status.h"

namespace cg {

struct RenderOptions {
  std::string title;    // shown above the map
  std::string layout;   // "dot", "neato", "sfdp", ...; empty = chosen by size
};

// The map as DOT text: byte-identical for the same graph and options.
std::string ToDot(const Graph& g, const RenderOptions& options);

// Renders to `out_path`; the format comes from its extension (.svg, .png,
// .pdf, .dot). Writes to a temporary file and renames it, so a failure
// leaves nothing half-written.
Status RenderToFile(const Graph& g, const std::string& out_path, const RenderOptions& options);

}  // namespace cg
