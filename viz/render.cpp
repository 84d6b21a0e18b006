// PLACEHOLDER until the Graphviz renderer lands.
#include "viz/render.h"
namespace cg {
std::string ToDot(const Graph&, const RenderOptions&) { return "digraph {}\n"; }
Status RenderToFile(const Graph&, const std::string& out, const RenderOptions&) {
  return Status::IOError(out + ": render not implemented yet");
}
}  // namespace cg
