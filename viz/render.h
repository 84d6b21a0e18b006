#pragma once
// Rendering a Graph through the Graphviz library (cgraph builds, gvc lays
// out and renders). (Contract; the viz/ helper fills in the details.)
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/status.h"

namespace cg {

// A group of nodes drawn inside one labelled box (a Graphviz cluster).
// Members that are not in the graph are ignored; a node belongs to the first
// cluster that lists it.
struct Cluster {
  std::string label;
  std::vector<NodeId> members;
};

struct RenderOptions {
  std::string title;    // shown above the map
  std::string layout;   // "dot", "neato", "sfdp", ...; empty = chosen by size
  std::vector<Cluster> clusters;  // boxes around groups (dot and fdp draw them)
  bool legend = true;   // a table of the node and relation types present
  // Maps with more nodes than this are laid out with sfdp (and overlap
  // removal) instead of dot, unless `layout` says otherwise.
  size_t dot_max_nodes = 150;
};

// The layout engine RenderToFile uses for `g`: options.layout if set, else
// "dot" up to options.dot_max_nodes nodes, else "sfdp".
std::string ChooseLayout(const Graph& g, const RenderOptions& options);

// The map as DOT text, before layout: byte-identical for the same graph and
// options (nodes are written sorted by id, edges by (head, type, tail), and
// nothing depends on pointers, time or the order of insertion). Node names
// are node ids; labels, tooltips and the legend are escaped (viz/style.h).
std::string ToDot(const Graph& g, const RenderOptions& options);

// Checks `out_path` before any work: a known extension (.svg .png .pdf
// .dot, any case) and an existing folder. The errors RenderToFile would give.
Status CheckOutputPath(const std::string& out_path);

// Renders to `out_path`; the format comes from its extension (.svg, .png,
// .pdf, .dot; .dot is ToDot's text, not laid out). Writes to a temporary
// file in the same folder and renames it, so a failure leaves nothing
// half-written. Errors (one line, naming `out_path`): InvalidArgument for
// an unknown extension or layout engine, NotFound for a missing folder,
// IOError when Graphviz fails (its own error text is included). Graphviz
// warnings are swallowed, never printed.
//
// Thread-safety: Graphviz keeps global state; call from one thread at a time.
Status RenderToFile(const Graph& g, const std::string& out_path, const RenderOptions& options);

}  // namespace cg
