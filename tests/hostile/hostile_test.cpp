// Hostile names through the real pipeline: into the store (from an issue's
// text, and from `ingest --extractions` with the names of the hostile
// fixture, tests/e2e/consumers/hostile_graph.h), then out through every
// format. Each dump is read back by an independent parser (Python's json,
// csv and xml.etree via read_back.py; Graphviz's own reader for DOT) and
// must give the stored names: exactly (JSON, JSONL), without the control
// characters XML 1.0 forbids (GraphML), formula-neutralised (CSV); SVG must
// be well-formed with no script element or handler attribute.
#include <graphviz/cgraph.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "graph/json.h"
#include "store/store.h"
#include "tests/e2e/consumers/hostile_graph.h"
#include "tests/test_util.h"
#include "viz/style.h"

namespace cg {
namespace {

using nlohmann::json;
using test::Quote;
using test::RunCli;
using test::TempDir;
namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// What GraphML keeps of a string: XML 1.0 has no C0 controls but TAB, LF, CR.
std::string XmlText(const std::string& s) {
  std::string out;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
  return out;
}
// What CSV makes of a cell starting like a spreadsheet formula.
std::string Neutral(const std::string& s) {
  return !s.empty() && std::string("=+-@\t\r").find(s[0]) != std::string::npos ? "'" + s : s;
}
std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += ';';
    for (char c : v[i]) out += c == ';' ? ',' : c;
  }
  return out;
}

// Graphviz's DOT reader over an in-memory DOT text.
class Dot {
 public:
  explicit Dot(const std::string& text) : g_(agmemread(text.c_str())) {}
  ~Dot() {
    if (g_) agclose(g_);
  }
  bool ok() const { return g_ != nullptr; }
  // The attribute `name` of node `id`, or nullopt if there is no such node.
  std::optional<std::string> Get(const std::string& id, const char* name) const {
    Agnode_t* n = agnode(g_, const_cast<char*>(id.c_str()), 0);
    if (!n) return std::nullopt;
    char* v = agget(n, const_cast<char*>(name));
    return v ? v : "";
  }

 private:
  Agraph_t* g_;
};

// Exports the database in every format, reads each back and checks it
// against the stored graph. Returns the stored graph.
Graph CheckEveryFormat(const std::string& db, const fs::path& out) {
  fs::create_directories(out);
  for (const std::string& args :
       {"export --format json --out " + Quote((out / "graph.json").string()),
        "export --format jsonl --out " + Quote((out / "graph.jsonl").string()),
        "export --format graphml --out " + Quote((out / "graph.graphml").string()),
        "export --format csv --out " + Quote((out / "csv").string()),
        "render --out " + Quote((out / "graph.svg").string()),
        "render --out " + Quote((out / "graph.dot").string())}) {
    auto r = RunCli(args + " --db " + Quote(db));
    INFO(args << "\n" << r.err);
    REQUIRE(r.status == 0);
  }
  auto store = Store::Open(db, StoreOptions{.read_only = true});
  REQUIRE(store.ok());
  Graph g = (*store)->LoadGraph().value();
  REQUIRE(g.node_count() > 0);

  auto rb = test::RunShell("/usr/bin/python3 " + Quote((test::SourceDir() / "tests/hostile/read_back.py").string()) +
                           " " + Quote(out.string()));
  INFO(rb.err);
  REQUIRE(rb.status == 0);
  const json back = json::parse(rb.out);
  Dot dot(Slurp(out / "graph.dot"));
  REQUIRE(dot.ok());

  for (const Node& n : g.nodes()) {
    INFO("node " << n.id << " named " << n.name);
    REQUIRE(back["json"].contains(n.id));
    CHECK(back["json"][n.id]["name"] == n.name);
    CHECK(back["json"][n.id]["aliases"] == n.aliases);
    REQUIRE(back["jsonl"].contains(n.id));
    CHECK(back["jsonl"][n.id]["name"] == n.name);
    CHECK(back["jsonl"][n.id]["aliases"] == n.aliases);
    REQUIRE(back["graphml"].contains(XmlText(n.id)));
    CHECK(back["graphml"][XmlText(n.id)]["name"] == XmlText(n.name));
    CHECK(back["graphml"][XmlText(n.id)]["aliases"] == XmlText(Join(n.aliases)));
    REQUIRE(back["csv"].contains(Neutral(n.id)));
    CHECK(back["csv"][Neutral(n.id)]["name"] == Neutral(n.name));
    CHECK(back["csv"][Neutral(n.id)]["aliases"] == Neutral(Join(n.aliases)));
    // DOT: Graphviz reads back the node under its id, with the tooltip we
    // wrote (escapes and all), whatever quotes or newlines the name holds.
    auto tooltip = dot.Get(n.id, "tooltip");
    REQUIRE(tooltip);
    CHECK(*tooltip == viz::Text(viz::NodeTooltip(n), true));
  }
  CHECK(back["json"].size() == g.node_count());
  CHECK(back["csv"].size() == g.node_count());
  // SVG: well-formed (xml.etree parsed it), no active content, and every
  // node's id is a <title> that reads back exactly.
  CHECK(back["svg"]["scripts"] == 0);
  CHECK(back["svg"]["handlers"] == 0);
  const auto titles = back["svg"]["titles"].get<std::vector<std::string>>();
  for (const Node& n : g.nodes()) {
    INFO("svg title of " << n.id);
    CHECK(std::find(titles.begin(), titles.end(), n.id) != titles.end());
  }
  const std::string svg = Slurp(out / "graph.svg");
  CHECK(svg.find("<script") == std::string::npos);
  return g;
}

const Node* FindByName(const Graph& g, const std::string& name) {
  for (const Node& n : g.nodes())
    if (n.name == name) return &n;
  return nullptr;
}

TEST_CASE("hostile names from an extraction survive the store and every format", "[hostile]") {
  // The hostile fixture's nodes and edges as one issue's extraction.
  Extraction x;
  x.doc = "hostile.txt";
  x.date = "2016-05-10";
  x.title = "Hostile \"names\" <b>&</b>";
  std::map<std::string, const Node*> by_id;
  const std::vector<Node> nodes = test::HostileNodes();
  for (const Node& n : nodes) {
    by_id[n.id] = &n;
    ExtractedEntity e;
    e.type = n.type;
    e.name = n.name;
    e.aliases = n.aliases;
    e.codes = n.codes;
    x.entities.push_back(e);
  }
  std::string text = "Date: 2016-05-10\n";
  for (const Edge& e : test::HostileEdges()) {
    ExtractedRelation r;
    r.type = e.type;
    r.head = by_id.at(e.head)->name;
    r.head_type = by_id.at(e.head)->type;
    r.tail = by_id.at(e.tail)->name;
    r.tail_type = by_id.at(e.tail)->type;
    r.attributes = e.attributes;
    r.attributes.erase("source");
    r.attributes.erase("key");
    r.evidence = e.evidence[0];
    r.evidence.begin = text.size();
    text += r.evidence.sentence + "\n";
    r.evidence.end = text.size() - 1;
    x.relations.push_back(r);
  }
  json line = x;
  line["text"] = text;
  line["source"] = "/hostile/<script>&\"quoted\".txt";
  TempDir tmp;
  const fs::path jsonl = tmp / "x.jsonl";
  std::ofstream(jsonl) << line.dump() << "\n";
  const std::string db = (tmp / "db").string();
  auto r = RunCli("ingest --db " + Quote(db) + " --extractions " + Quote(jsonl.string()));
  INFO(r.err);
  REQUIRE(r.status == 0);

  const Graph g = CheckEveryFormat(db, tmp / "out");
  // The store kept every hostile name exactly.
  for (const Node& n : nodes) {
    INFO(n.name);
    const Node* got = FindByName(g, n.name);
    REQUIRE(got);
    CHECK(got->type == n.type);
    for (const auto& a : n.aliases)
      CHECK(std::find(got->aliases.begin(), got->aliases.end(), a) != got->aliases.end());
  }
  CHECK(g.edge_count() >= 5);
  // Queries print them as they are, and find them by name.
  auto show = RunCli("show --json --db " + Quote(db) + " " + Quote(nodes[1].name));
  INFO(show.err);
  REQUIRE(show.status == 0);
  CHECK(json::parse(show.out).dump().find("<script>alert(1)</script>") != std::string::npos);
}

TEST_CASE("hostile names in an issue's text survive extraction, the store and every format", "[hostile]") {
  TempDir tmp;
  const fs::path issue = tmp / "hostile issue.txt";
  std::ofstream(issue, std::ios::binary)
      << "Date: 2016-05-10\n"
         "Hostile \"names\" & <b>markup</b>\n\n"
         "The \"Best\" <script>alert(1)</script> & Co Partnership signed a deal with Salford Royal NHS "
         "Foundation Trust.\n"
         "Jane O'Brien, chief executive of Salford Royal NHS Foundation Trust, said \"=SUM(A1)\" was fine.\n"
         "Sir David Dalton, chief executive of Back\\Slash & Sons Ltd, chairs the A & B Care Partnership.\n"
         "=HYPERLINK(\"http://evil.example\") Healthcare Partnership works with NHS England.\n"
         "- Tom & Jerry's Healthcare Partnership, @Mentions Partnership and +Plus Partnership joined.\n";
  const std::string db = (tmp / "db").string();
  auto r = RunCli("ingest --db " + Quote(db) + " " + Quote(issue.string()));
  INFO(r.err);
  REQUIRE(r.status == 0);
  const Graph g = CheckEveryFormat(db, tmp / "out");
  // Some of what the extractor read carries the hostile characters.
  size_t hostile = 0;
  std::string names;
  for (const Node& n : g.nodes()) {
    names += n.name + " | ";
    if (n.name.find_first_of("&'\"\\<") != std::string::npos) ++hostile;
  }
  INFO("names: " << names);
  CHECK(hostile >= 1);
  CHECK(FindByName(g, "Salford Royal NHS Foundation Trust"));
}

}  // namespace
}  // namespace cg
