// Rendering through the Graphviz library: cgraph builds the graph, gvc lays
// it out and renders it.
//
// Why a single process-wide GVC_t: gvContext() reads the plugin config
// (Debian's /usr/lib/<arch>/graphviz/config6a, written by `dot -c` when
// libgvc6 is installed) and dlopens the plugins; doing that once per render
// costs ~10 ms and leaks a little in 2.42.
#include "viz/render.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "graph/atomic_file.h"
#include "viz/style.h"

namespace cg {
namespace {

namespace fs = std::filesystem;

// ---- Graphviz messages --------------------------------------------------
// cgraph reports through agerr(); with a user function installed and the
// threshold at AGWARN every message comes here, in pieces ("Warning", ": ",
// text), instead of stderr. Errors are surfaced in the Status; warnings
// (font substitutions, "too large, scaling") are dropped.
std::string& GvMessages() {
  static std::string messages;
  return messages;
}

int CollectGvMessage(char* msg) {
  GvMessages() += msg;
  return 0;
}

class GvMessageCapture {
 public:
  GvMessageCapture() {
    GvMessages().clear();
    old_fn_ = agseterrf(CollectGvMessage);
    old_level_ = agseterr(AGWARN);
  }
  ~GvMessageCapture() {
    agseterrf(old_fn_);
    agseterr(old_level_);
  }
  // The error lines, joined into one line ("" if none).
  std::string Errors() const {
    std::string out, line;
    auto flush = [&] {
      if (line.rfind("Error", 0) == 0) {
        std::string text = line.substr(line.find(':') == std::string::npos ? 0 : line.find(':') + 1);
        while (!text.empty() && text.front() == ' ') text.erase(text.begin());
        out += (out.empty() ? "" : "; ") + text;
      }
      line.clear();
    };
    for (char c : GvMessages()) {
      if (c == '\n') flush();
      else line += c;
    }
    flush();
    return out;
  }

 private:
  agusererrf old_fn_;
  agerrlevel_t old_level_;
};

// ---- DOT to memory -------------------------------------------------------
int PutToString(void* chan, const char* str) {
  static_cast<std::string*>(chan)->append(str);
  return 0;
}
int FlushNothing(void*) { return 0; }

Agiodisc_t* StringIoDisc() {
  static Agiodisc_t io = {AgIoDisc.afread, PutToString, FlushNothing};
  return &io;
}
Agdisc_t* Disc() {
  static Agdisc_t disc = {&AgMemDisc, &AgIdDisc, StringIoDisc()};
  return &disc;
}

char* C(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* C(const char* s) { return const_cast<char*>(s); }

// Owns an Agraph_t.
struct AgGraph {
  Agraph_t* g = nullptr;
  AgGraph() = default;
  AgGraph(const AgGraph&) = delete;
  AgGraph& operator=(const AgGraph&) = delete;
  ~AgGraph() {
    if (g) agclose(g);
  }
};

// Declares the attributes in a fixed order, so DOT output never depends on
// which node happened to set an attribute first.
void DeclareAttributes(Agraph_t* g) {
  const std::pair<int, std::vector<std::pair<const char*, const char*>>> kDecls[] = {
      {AGRAPH,
       {{"label", ""}, {"labelloc", "t"}, {"labeljust", "l"}, {"fontname", "DejaVu Sans"},
        {"layout", "dot"}, {"rankdir", "LR"}, {"nodesep", "0.25"}, {"ranksep", "0.5"},
        {"overlap", "prism"}, {"overlap_scaling", "-4"}, {"sep", "+8"}, {"splines", "true"},
        {"pack", ""}, {"packmode", ""}, {"outputorder", "edgesfirst"}, {"pad", "0.3"}, {"tooltip", ""}, {"style", ""},
        {"color", ""}, {"fillcolor", ""}, {"fontsize", "14"}}},
      {AGNODE,
       {{"label", "\\N"}, {"tooltip", ""}, {"shape", "box"}, {"style", "filled"},
        {"fillcolor", "white"}, {"fontname", "DejaVu Sans"}, {"fontsize", "10"},
        {"margin", "0.06,0.03"}, {"height", "0.3"}}},
      {AGEDGE,
       {{"label", ""}, {"tooltip", ""}, {"labeltooltip", ""}, {"style", "solid"}, {"color", "black"},
        {"fontcolor", "black"}, {"arrowhead", "normal"}, {"dir", "forward"},
        {"fontname", "DejaVu Sans"}, {"fontsize", "8"}, {"arrowsize", "0.7"}}},
  };
  for (const auto& [kind, attrs] : kDecls)
    for (const auto& [name, value] : attrs) agattr(g, kind, C(name), C(value));
}

void Set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, C(name), C(value), C(""));
}

// Builds the cgraph graph for `g`. Nodes are created sorted by id and edges
// sorted by (head, type, tail): cgraph writes in creation order.
void Build(const Graph& g, const RenderOptions& o, AgGraph* out) {
  Agdesc_t desc = Agdirected;
  out->g = agopen(C("caregraph"), desc, Disc());
  Agraph_t* ag = out->g;
  DeclareAttributes(ag);

  std::set<EntityType> types;
  std::set<RelationType> relations;
  std::vector<const Node*> nodes;
  for (const auto& n : g.nodes()) nodes.push_back(&n);
  std::sort(nodes.begin(), nodes.end(), [](const Node* a, const Node* b) { return a->id < b->id; });
  std::vector<const Edge*> edges;
  for (const auto& e : g.edges()) edges.push_back(&e);
  std::sort(edges.begin(), edges.end(), [](const Edge* a, const Edge* b) {
    return std::tie(a->head, a->type, a->tail) < std::tie(b->head, b->type, b->tail);
  });

  const std::string layout = ChooseLayout(g, o);
  Set(ag, "layout", layout);
  if (layout != "dot") {
    Set(ag, "splines", "false");  // curved splines cost minutes on big maps
    // Lay out connected components apart and pack them, so unlinked
    // nodes do not spread over the whole canvas.
    Set(ag, "pack", "8");
    Set(ag, "packmode", "graph");
  }
  Set(ag, "tooltip", viz::Text(o.title.empty() ? "caregraph" : o.title));

  // Clusters first, so that a member is created inside its cluster block.
  std::map<NodeId, Agraph_t*> cluster_of;
  int k = 0;
  for (const auto& c : o.clusters) {
    std::vector<NodeId> members;
    for (const auto& id : c.members)
      if (g.FindNode(id) && !cluster_of.count(id)) members.push_back(id);
    if (members.empty()) continue;
    const std::string name = "cluster_" + std::to_string(k++);
    Agraph_t* sub = agsubg(ag, C(name), 1);
    Set(sub, "label", viz::Text(c.label));
    Set(sub, "tooltip", viz::Text(c.label));
    Set(sub, "style", "rounded,filled");
    Set(sub, "color", "#BBBBBB");
    Set(sub, "fillcolor", "#F7F7F7");
    Set(sub, "fontsize", "12");
    for (const auto& id : members) cluster_of[id] = sub;
  }

  std::map<NodeId, Agnode_t*> made;
  for (const Node* n : nodes) {
    Agnode_t* an = agnode(ag, C(n->id), 1);
    auto cit = cluster_of.find(n->id);
    if (cit != cluster_of.end()) agsubnode(cit->second, an, 1);
    const viz::NodeStyle st = viz::StyleOf(n->type);
    Set(an, "label", viz::Text(viz::ShortLabel(n->name), true));
    Set(an, "tooltip", viz::Text(viz::NodeTooltip(*n), true));
    Set(an, "shape", st.shape);
    Set(an, "style", st.style);
    Set(an, "fillcolor", st.fillcolor);
    made[n->id] = an;
    types.insert(n->type);
  }
  for (const Edge* e : edges) {
    auto h = made.find(e->head);
    auto t = made.find(e->tail);
    if (h == made.end() || t == made.end()) continue;
    // Our edges read head -> tail ("Person ROLE Trust"); Graphviz draws an
    // arrow from its tail to its head, so our head is Graphviz's tail.
    Agedge_t* ae = agedge(ag, h->second, t->second, C(std::string(ToString(e->type))), 1);
    const viz::EdgeStyle st = viz::StyleOf(e->type);
    const Node* hn = g.FindNode(e->head);
    const Node* tn = g.FindNode(e->tail);
    const std::string tip = viz::Text(viz::EdgeTooltip(*e, hn->name, tn->name), true);
    Set(ae, "label", viz::Text(viz::EdgeLabel(*e)));
    Set(ae, "tooltip", tip);
    Set(ae, "labeltooltip", tip);
    Set(ae, "style", st.style);
    Set(ae, "color", st.color);
    Set(ae, "fontcolor", st.color);
    Set(ae, "arrowhead", st.arrowhead);
    if (IsSymmetric(e->type)) Set(ae, "dir", "none");
    relations.insert(e->type);
  }

  // dot puts every unlinked node on the first rank, one tall column (and
  // its `pack` drops edge labels in 2.42): gather them in a cluster laid out
  // as a grid of invisible edges instead.
  if (layout == "dot") {
    std::set<NodeId> linked;
    for (const Edge* e : edges) {
      linked.insert(e->head);
      linked.insert(e->tail);
    }
    std::vector<Agnode_t*> loose;
    for (const Node* n : nodes)
      if (!linked.count(n->id) && !cluster_of.count(n->id)) loose.push_back(made[n->id]);
    if (loose.size() >= 4) {
      Agraph_t* sub = agsubg(ag, C("cluster_unlinked"), 1);
      const std::string label = "not linked on this map (" + std::to_string(loose.size()) + ")";
      Set(sub, "label", label);
      Set(sub, "tooltip", label);
      Set(sub, "style", "rounded,dashed");
      Set(sub, "color", "#BBBBBB");
      Set(sub, "fontsize", "12");
      size_t per_row = 2;
      while (per_row * per_row * 2 < loose.size()) ++per_row;
      for (size_t i = 0; i < loose.size(); ++i) {
        agsubnode(sub, loose[i], 1);
        if (i % per_row != 0) {
          Agedge_t* grid = agedge(sub, loose[i - 1], loose[i], C("grid"), 1);
          Set(grid, "style", "invis");
        }
      }
    }
  }

  if (o.legend || !o.title.empty()) {
    const std::string html = viz::LegendHtml(o.title, o.legend ? types : std::set<EntityType>{},
                                             o.legend ? relations : std::set<RelationType>{});
    char* label = agstrdup_html(ag, C(html));
    agset(ag, C("label"), label);
    agstrfree(ag, label);
  }
}

// Ends `ag`'s graph: its layout freed (the graph itself by AgGraph).
void Finish(AgGraph& ag, GVC_t* laid_out_by) {
  if (laid_out_by) gvFreeLayout(laid_out_by, ag.g);
}

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

GVC_t* Context() {
  static GVC_t* gvc = gvContext();
  return gvc;
}

// True iff gvc has a plugin of `kind` ("device", "layout") named `name`.
bool HasPlugin(GVC_t* gvc, const char* kind, const std::string& name) {
  int n = 0;
  char** list = gvPluginList(gvc, kind, &n, nullptr);
  bool found = false;
  for (int i = 0; i < n; ++i) {
    std::string entry = list[i];
    if (entry.substr(0, entry.find(':')) == name) found = true;
    free(list[i]);
  }
  free(list);
  return found;
}

}  // namespace

std::string ChooseLayout(const Graph& g, const RenderOptions& options) {
  if (!options.layout.empty()) return options.layout;
  return g.node_count() <= options.dot_max_nodes ? "dot" : "sfdp";
}

std::string ToDot(const Graph& g, const RenderOptions& options) {
  GvMessageCapture capture;
  AgGraph ag;
  Build(g, options, &ag);
  std::string out;
  agwrite(ag.g, &out);
  return out;
}

Status CheckOutputPath(const std::string& out_path) {
  const fs::path path(out_path);
  const std::string ext = Lower(path.extension().string());
  if (ext != ".svg" && ext != ".png" && ext != ".pdf" && ext != ".dot")
    return Status::InvalidArgument(out_path + ": unknown output format '" + ext +
                                   "' (use .svg, .png, .pdf or .dot)");
  const fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status::NotFound(out_path + ": folder " + dir.string() + " does not exist");
  return Status::OK();
}

Status RenderToFile(const Graph& g, const std::string& out_path, const RenderOptions& options) {
  Status ok = CheckOutputPath(out_path);
  if (!ok.ok()) return ok;
  const std::string ext = Lower(fs::path(out_path).extension().string());
  std::error_code ec;
  const std::string tmp = TempPathFor(out_path);

  if (ext == ".dot") {
    const std::string dot = ToDot(g, options);
    {
      std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
      f.write(dot.data(), static_cast<std::streamsize>(dot.size()));
      f.flush();
      if (!f) {
        f.close();
        fs::remove(tmp, ec);
        return Status::IOError(out_path + ": cannot write (disk full?)");
      }
    }
    return CommitTemp(tmp, out_path);
  }

  const std::string format = ext.substr(1);
  const std::string layout = ChooseLayout(g, options);
  GVC_t* gvc = Context();
  if (!HasPlugin(gvc, "device", format))
    return Status::IOError(out_path + ": Graphviz has no '" + format +
                           "' renderer (plugins not configured? run `dot -c` as root)");
  if (!HasPlugin(gvc, "layout", layout))
    return Status::InvalidArgument(out_path + ": unknown layout engine '" + layout +
                                   "' (use dot, neato, fdp, sfdp, circo or twopi)");

  GvMessageCapture capture;
  AgGraph ag;
  Build(g, options, &ag);
  if (gvLayout(gvc, ag.g, layout.c_str()) != 0) {
    const std::string err = capture.Errors();
    return Status::IOError(out_path + ": Graphviz layout (" + layout + ") failed" +
                           (err.empty() ? "" : ": " + err));
  }
  // Rendered in memory and written here: gvRenderFilename() calls exit(1)
  // when a write fails (a full disk), with no message and a partial file.
  char* data = nullptr;
  unsigned int size = 0;
  const int rc = gvRenderData(gvc, ag.g, format.c_str(), &data, &size);
  Finish(ag, gvc);
  const std::string err = capture.Errors();
  if (rc != 0 || data == nullptr || size == 0) {
    if (data) gvFreeRenderData(data);
    return Status::IOError(out_path + ": Graphviz could not render " + format +
                           (err.empty() ? "" : ": " + err));
  }
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(data, static_cast<std::streamsize>(size));
    f.flush();
    gvFreeRenderData(data);
    if (!f) {
      f.close();
      fs::remove(tmp, ec);
      return Status::IOError(out_path + ": cannot write (disk full?)");
    }
  }
  return CommitTemp(tmp, out_path);
}

}  // namespace cg
