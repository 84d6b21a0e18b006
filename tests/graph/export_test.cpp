// Export: every format on a graph with hostile names (tests/e2e/consumers/
// hostile_graph.h). JSON parses and round-trips to the same graph, GraphML
// is well-formed for a real XML parser and gives back the exact names, CSV
// parses back with an RFC 4180 reader, and every dump is byte-identical
// twice and whatever the insertion order.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "graph/export.h"
#include "graph/export_internal.h"
#include "tests/e2e/consumers/hostile_graph.h"
#include "tests/test_util.h"

namespace cg {
namespace {

using nlohmann::json;

std::string Dump(const Graph& g, ExportFormat f) {
  std::ostringstream out;
  Status s = Export(g, f, out);
  REQUIRE(s.ok());
  return out.str();
}

std::pair<std::string, std::string> DumpCsv(const Graph& g) {
  std::ostringstream nodes, edges;
  REQUIRE(WriteCsv(g, nodes, edges).ok());
  return {nodes.str(), edges.str()};
}

// Rebuilds the graph from node-link JSON records, undoing the naming rules
// of docs/formats.md: the inverse a notebook user would write.
Node NodeFromRecord(const json& r) {
  static const std::set<std::string> kFixed = {"id", "type", "name", "aliases", "codes", "seen",
                                               "first_seen", "last_seen", "mentions", "record"};
  Node n;
  n.id = r.at("id");
  n.type = *ParseEntityType(r.at("type").get<std::string>());
  n.name = r.at("name");
  n.aliases = r.at("aliases").get<std::vector<std::string>>();
  n.codes = r.at("codes").get<std::map<std::string, std::string>>();
  for (const auto& s : r.at("seen")) n.seen.push_back({s.at("issue"), s.at("date")});
  for (const auto& [k, v] : r.items()) {
    if (kFixed.count(k) || n.codes.count(k)) continue;
    std::string key = k.starts_with("attr_") ? k.substr(5) : k;
    n.attributes[key] = v.get<std::string>();
  }
  return n;
}

Edge EdgeFromRecord(const json& r) {
  static const std::set<std::string> kFixed = {"source", "target", "key", "type", "evidence",
                                               "first_seen", "last_seen", "weight", "record"};
  Edge e;
  e.head = r.at("source");
  e.tail = r.at("target");
  e.type = *ParseRelationType(r.at("type").get<std::string>());
  for (const auto& [k, v] : r.items()) {
    if (kFixed.count(k)) continue;
    std::string key = k == "origin" ? "source" : k.starts_with("attr_") ? k.substr(5) : k;
    e.attributes[key] = v.is_boolean() ? (v.get<bool>() ? "true" : "false") : v.get<std::string>();
  }
  for (const auto& x : r.at("evidence")) {
    Evidence ev;
    ev.issue = x.at("issue");
    ev.date = x.at("date");
    ev.sentence = x.at("sentence");
    ev.begin = x.at("begin");
    ev.end = x.at("end");
    ev.confidence = x.at("confidence");
    ev.source = x.at("origin") == "reference" ? Source::kReference : Source::kText;
    e.evidence.push_back(ev);
  }
  return e;
}

// A tiny RFC 4180 reader: quoted fields, doubled quotes, embedded newlines.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false, in_row = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    in_row = true;
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') cell += '"', ++i;
      else if (c == '"') quoted = false;
      else cell += c;
    } else if (c == '"') {
      REQUIRE(cell.empty());  // a quote only opens a field
      quoted = true;
    } else if (c == ',') {
      row.push_back(cell), cell.clear();
    } else if (c == '\n') {
      row.push_back(cell), cell.clear();
      rows.push_back(row), row.clear();
      in_row = false;
    } else {
      REQUIRE(c != '\r');  // a bare CR is always quoted
      cell += c;
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE_FALSE(in_row);  // the last line ends in LF
  return rows;
}

std::string Neutral(const std::string& s) {
  return !s.empty() && std::string("=+-@\t\r").find(s[0]) != std::string::npos ? "'" + s : s;
}

}  // namespace

TEST_CASE("Export: the format table", "[export]") {
  CHECK(ParseExportFormat("json") == ExportFormat::kJson);
  CHECK(ParseExportFormat("GraphML") == ExportFormat::kGraphml);
  CHECK(ParseExportFormat("csv") == ExportFormat::kCsv);
  CHECK(ParseExportFormat("jsonl") == ExportFormat::kJsonl);
  CHECK_FALSE(ParseExportFormat("gexf"));
  CHECK(ExportFormatNames() == "json, graphml, csv, jsonl");
  std::ostringstream out;
  Status s = Export(test::HostileGraph(), ExportFormat::kCsv, out);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(out.str().empty());
}

TEST_CASE("Export: every format is byte-identical twice and whatever the insertion order", "[export]") {
  const Graph a = test::HostileGraph(false);
  const Graph b = test::HostileGraph(true);
  Graph c = test::HostileGraph(true);
  c.Canonicalise();
  for (auto f : {ExportFormat::kJson, ExportFormat::kGraphml, ExportFormat::kJsonl}) {
    const std::string first = Dump(a, f);
    CHECK(first.size() > 500);
    CHECK(Dump(a, f) == first);
    CHECK(Dump(b, f) == first);
    CHECK(Dump(c, f) == first);
  }
  CHECK(DumpCsv(a) == DumpCsv(b));
  CHECK(DumpCsv(a) == DumpCsv(c));
}

TEST_CASE("Export json: networkx node-link shape, hostile strings round-trip", "[export]") {
  Graph g = test::HostileGraph(true);
  const std::string text = Dump(g, ExportFormat::kJson);
  json doc = json::parse(text);  // throws (fails the test) if not JSON
  CHECK(doc.at("directed") == true);
  CHECK(doc.at("multigraph") == true);
  CHECK(doc.at("links") == doc.at("edges"));
  CHECK(doc.at("graph").at("node_count") == 7);
  REQUIRE(doc.at("nodes").size() == 7);
  REQUIRE(doc.at("links").size() == 6);

  // Round trip: the records rebuild the same graph (the hostile graph's
  // only invalid byte sequences are none; control characters survive JSON).
  Graph back;
  for (const auto& r : doc.at("nodes")) back.UpsertNode(NodeFromRecord(r));
  for (const auto& r : doc.at("links")) back.UpsertEdge(EdgeFromRecord(r));
  back.Canonicalise();
  g.Canonicalise();
  REQUIRE(back.node_count() == g.node_count());
  REQUIRE(back.edge_count() == g.edge_count());
  for (size_t i = 0; i < g.node_count(); ++i) CHECK(back.nodes()[i] == g.nodes()[i]);
  for (size_t i = 0; i < g.edge_count(); ++i) CHECK(back.edges()[i] == g.edges()[i]);

  // Structural names are never attributes: renamed, not lost.
  json swft;
  for (const auto& r : doc.at("nodes"))
    if (r.at("id") == "ods:RJC") swft = r;
  CHECK(swft.at("attr_id") == "attribute named id");
  CHECK(swft.at("ods") == "RJC");
  CHECK(swft.at("codes") == json{{"ods", "RJC"}});
  CHECK(swft.at("first_seen") == "2016-03-01");
  CHECK(swft.at("last_seen") == "2016-05-10");
  CHECK(swft.at("mentions") == 2);
  bool parallel_seen = false;
  for (const auto& l : doc.at("links")) {
    CHECK_FALSE(l.contains("id"));
    CHECK(l.at("key") == l.at("type"));
    CHECK(l.at("weight") == l.at("evidence").size());
    if (l.at("type") == "COMMENTS_ON") {
      parallel_seen = true;
      CHECK(l.at("attr_key") == "attribute named key");
      CHECK(l.at("origin") == "text");
    }
    if (l.at("type") == "DEVELOPS" && l.at("source") == "ods:RJC") CHECK(l.at("vanguard") == true);
    if (l.at("type") == "ROLE") {
      CHECK(l.at("evidence")[0].at("date") == "2016-03-01");  // sorted by date
      CHECK(l.at("first_seen") == "2016-03-01");
      CHECK(l.at("last_seen") == "2016-05-10");
    }
  }
  CHECK(parallel_seen);
  // One record per line: a diff of two dumps is per node / per edge.
  // 7 node lines, 6 edge lines twice, 6 lines of structure.
  CHECK(std::count(text.begin(), text.end(), '\n') == 7 + 2 * 6 + 6);
}

TEST_CASE("Export json: invalid UTF-8 becomes U+FFFD, output still parses", "[export]") {
  Graph g;
  Node n;
  n.id = "organisation:bad";
  n.name = "Bad \xff\xfe bytes \xc3";
  g.UpsertNode(n);
  for (auto f : {ExportFormat::kJson, ExportFormat::kJsonl}) {
    const std::string text = Dump(g, f);
    CHECK(text.find("Bad \xEF\xBF\xBD\xEF\xBF\xBD bytes \xEF\xBF\xBD") != std::string::npos);
    CHECK_NOTHROW(json::parse(f == ExportFormat::kJson ? text : text.substr(0, text.find('\n'))));
  }
  CHECK(export_internal::ValidUtf8("\xed\xa0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(export_internal::ValidUtf8("\xc0\xaf") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  CHECK(export_internal::ValidUtf8("h\xc3\xa9 \xf0\x9f\x8f\xa5") == "h\xc3\xa9 \xf0\x9f\x8f\xa5");
}

TEST_CASE("Export jsonl: one record per line, nodes then edges", "[export]") {
  const Graph g = test::HostileGraph();
  const std::string text = Dump(g, ExportFormat::kJsonl);
  std::istringstream in(text);
  std::string line;
  std::vector<std::string> kinds;
  while (std::getline(in, line)) {
    json r = json::parse(line);
    kinds.push_back(r.at("record"));
    if (r.at("record") == "edge" && r.at("type") == "PARTNER") CHECK(r.at("kind") == "chain");
  }
  REQUIRE(kinds.size() == 13);
  CHECK(std::count(kinds.begin(), kinds.begin() + 7, "node") == 7);
  CHECK(std::count(kinds.begin() + 7, kinds.end(), "edge") == 6);
}

TEST_CASE("Export graphml: well-formed for a real XML parser, names exact", "[export]") {
  const Graph g = test::HostileGraph();
  test::TempDir tmp;
  const auto path = tmp / "g.graphml";
  std::ofstream(path) << Dump(g, ExportFormat::kGraphml);
  // Python's expat parser: prints node id -> name and the edge ids as JSON.
  const std::string script =
      "import json, sys, xml.etree.ElementTree as ET\n"
      "ns = {'g': 'http://graphml.graphdrawing.org/xmlns'}\n"
      "root = ET.parse(sys.argv[1]).getroot()\n"
      "keys = {k.get('id'): (k.get('attr.name'), k.get('attr.type'), k.get('for')) for k in root.findall('g:key', ns)}\n"
      "gr = root.find('g:graph', ns)\n"
      "nodes = {n.get('id'): {keys[d.get('key')][0]: (d.text or '') for d in n.findall('g:data', ns)} for n in gr.findall('g:node', ns)}\n"
      "edges = [dict(id=e.get('id'), source=e.get('source'), target=e.get('target'), **{keys[d.get('key')][0]: (d.text or '') for d in e.findall('g:data', ns)}) for e in gr.findall('g:edge', ns)]\n"
      "print(json.dumps(dict(directed=gr.get('edgedefault'), keys=sorted(keys.values()), nodes=nodes, edges=edges)))\n";
  std::ofstream(tmp / "read.py") << script;
  auto r = test::RunShell("/usr/bin/python3 " + test::Quote((tmp / "read.py").string()) + " " +
                          test::Quote(path.string()));
  INFO(r.err);
  REQUIRE(r.status == 0);
  json doc = json::parse(r.out);
  CHECK(doc.at("directed") == "directed");
  // Typed keys: vanguard boolean, weight double, mentions int.
  CHECK(doc.at("keys").dump().find("[\"vanguard\",\"boolean\",\"edge\"]") != std::string::npos);
  CHECK(doc.at("keys").dump().find("[\"weight\",\"double\",\"edge\"]") != std::string::npos);
  CHECK(doc.at("keys").dump().find("[\"mentions\",\"int\",\"node\"]") != std::string::npos);
  const json& nodes = doc.at("nodes");
  REQUIRE(nodes.size() == 7);
  for (const auto& n : g.nodes()) {
    INFO(n.id);
    REQUIRE(nodes.contains(n.id));
    std::string want = n.name;
    // XML 1.0 cannot carry C0 controls: they are dropped, the rest is exact.
    want.erase(std::remove_if(want.begin(), want.end(), [](char c) { return c == 1 || c == 7; }), want.end());
    CHECK(nodes.at(n.id).at("name") == want);
    CHECK(nodes.at(n.id).at("label") == want);
    CHECK(nodes.at(n.id).size() == nodes.begin()->size());  // every value written
  }
  CHECK(nodes.at("person:siobhan o'brien").at("aliases") == "Back\\slash \\\"quoted\\\";multi\nline\r\nalias");
  CHECK(nodes.at("ods:RJC").at("aliases") == "=HYPERLINK(\"http://evil.example\");SWFT;semi,colon");
  CHECK(nodes.at("ods:RJC").at("ods") == "RJC");
  CHECK(nodes.at("ccg:+44 plus").at("ods") == "");
  const json& edges = doc.at("edges");
  REQUIRE(edges.size() == 6);
  std::set<std::string> ids;
  for (const auto& e : edges) {
    ids.insert(e.at("id").get<std::string>());
    CHECK(e.size() == edges[0].size());
    CHECK((e.at("vanguard") == "true" || e.at("vanguard") == "false"));
  }
  CHECK(ids.size() == 6);  // unique edge ids: Gephi keeps every edge
  CHECK(edges[0].at("source") == "ccg:+44 plus");
  CHECK(edges[0].at("sentence") == "The CCG bids to run PACS.");
}

TEST_CASE("Export csv: neo4j-admin headers, RFC 4180, formulas neutralised", "[export]") {
  const Graph g = test::HostileGraph();
  auto [nodes_text, edges_text] = DumpCsv(g);
  auto nodes = ParseCsv(nodes_text);
  auto edges = ParseCsv(edges_text);
  REQUIRE(nodes.size() == 1 + 7);
  REQUIRE(edges.size() == 1 + 6);
  CHECK(nodes[0] == std::vector<std::string>{"id:ID", "name", "type", "aliases:string[]", "ods", "ons",
                                             "candidates", "attr_id", "first_seen:date", "last_seen:date",
                                             "mentions:int", "issues:string[]", ":LABEL"});
  CHECK(edges[0] == std::vector<std::string>{":START_ID", ":END_ID", ":TYPE", "attr_key", "kind", "rating",
                                             "role", "origin", "stance", "vanguard:boolean", "first_seen:date",
                                             "last_seen:date", "weight:int", "issues:string[]", "sentence"});
  for (const auto& row : nodes) CHECK(row.size() == nodes[0].size());
  for (const auto& row : edges) CHECK(row.size() == edges[0].size());

  std::map<std::string, std::vector<std::string>> by_id;
  for (size_t i = 1; i < nodes.size(); ++i) by_id[nodes[i][0]] = nodes[i];
  for (const auto& n : g.nodes()) {
    INFO(n.id);
    REQUIRE(by_id.count(Neutral(n.id)));
    CHECK(by_id[Neutral(n.id)][1] == Neutral(n.name));
    CHECK(by_id[Neutral(n.id)].back() == std::string(ToString(n.type)));
  }
  const auto& swft = by_id["ods:RJC"];
  CHECK(swft[3] == "'=HYPERLINK(\"http://evil.example\");SWFT;semi,colon");
  CHECK(swft[4] == "RJC");
  CHECK(swft[8] == "2016-03-01");
  CHECK(swft[10] == "2");
  CHECK(swft[11] == "aaaa000000000001;aaaa000000000002");
  CHECK(by_id.count("'ccg:+44 plus") == 0);  // ids starting with a letter are untouched ...
  CHECK(by_id["ccg:+44 plus"][1] == "'+44 Leading Plus CCG");  // ... names starting with + are not
  CHECK(by_id["ccg:+44 plus"][3] == "'-minus;@mention");
  CHECK(by_id["person:siobhan o'brien"][3] == "Back\\slash \\\"quoted\\\";multi\nline\r\nalias");
  // Every edge end is a node id.
  for (size_t i = 1; i < edges.size(); ++i) {
    CHECK(by_id.count(edges[i][0]));
    CHECK(by_id.count(edges[i][1]));
  }
  // Sorted (source, type, target): first edge is the CCG's DEVELOPS.
  CHECK(edges[1][0] == "ccg:+44 plus");
  CHECK(edges[1][9] == "false");
  CHECK(edges[1][14] == "The CCG bids\x01 to run PACS.");
  bool partner = false;
  for (const auto& row : edges)
    if (row[2] == "PARTNER") {
      partner = true;
      CHECK(row[4] == "chain");
      CHECK(row[14] == "'-1 for the chain; +1 for \u00e9l\u00e8ve");
    }
  CHECK(partner);
}

TEST_CASE("Export: an empty graph gives loadable empty dumps", "[export]") {
  const Graph g;
  json doc = json::parse(Dump(g, ExportFormat::kJson));
  CHECK(doc.at("nodes").empty());
  CHECK(doc.at("links").empty());
  CHECK(Dump(g, ExportFormat::kJsonl).empty());
  CHECK(Dump(g, ExportFormat::kGraphml).find("edgedefault=\"directed\"") != std::string::npos);
  auto [n, e] = DumpCsv(g);
  CHECK(ParseCsv(n).size() == 1);
  CHECK(ParseCsv(e).size() == 1);
}

TEST_CASE("Export: a failing stream is an IOError, not a crash", "[export]") {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  CHECK(Export(test::HostileGraph(), ExportFormat::kJson, out).code() == Status::Code::kIOError);
  CHECK(Export(test::HostileGraph(), ExportFormat::kJsonl, out).code() == Status::Code::kIOError);
  CHECK(Export(test::HostileGraph(), ExportFormat::kGraphml, out).code() == Status::Code::kIOError);
}

TEST_CASE("caregraph export: usage errors are one line, nothing written", "[export][cli]") {
  test::TempDir tmp;
  const std::string db = (tmp / "nodb").string();
  auto r = test::RunCli("export --format json --db " + test::Quote(db) + " --out " + test::Quote((tmp / "x.json").string()));
  CHECK(r.status != 0);
  CHECK(r.err.find(db) != std::string::npos);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK_FALSE(std::filesystem::exists(tmp / "x.json"));
  r = test::RunCli("export --format gexf --db " + test::Quote(db));
  CHECK(r.status != 0);
  CHECK(r.err.find("json, graphml, csv, jsonl") != std::string::npos);
  r = test::RunCli("export --format csv --db " + test::Quote(db));
  CHECK(r.status != 0);
  CHECK(r.err.find("--out DIR") != std::string::npos);
  r = test::RunCli("export --format json --rel NOT_A_REL --db " + test::Quote(db));
  CHECK(r.status != 0);
  CHECK(r.err.find("NOT_A_REL") != std::string::npos);
  CHECK(std::filesystem::is_empty(tmp.path()));
}

}  // namespace cg

namespace cg {

// Through the CLI on a real database: needs `caregraph ingest` (samples/).
TEST_CASE("caregraph export: filters, stdout == --out, atomic files, deterministic", "[export][cli]") {
  test::TempDir tmp;
  const std::string db = test::Quote((tmp / "db").string());
  auto r = test::RunCli("ingest --db " + db + " " + test::Quote((test::SourceDir() / "samples").string()));
  if (r.status != 0) {
    WARN("skipped: caregraph ingest failed: " << r.err);
    return;
  }
  auto all = test::RunCli("export --format json --db " + db);
  REQUIRE(all.status == 0);
  CHECK(all.err.empty());  // stdout stays clean, no chatter
  const json doc = json::parse(all.out);
  REQUIRE(doc.at("nodes").size() > 10);
  CHECK(test::RunCli("export --format json --db " + db).out == all.out);

  const std::string out = (tmp / "g.json").string();
  r = test::RunCli("export --format json --db " + db + " --out " + test::Quote(out));
  REQUIRE(r.status == 0);
  std::ifstream in(out, std::ios::binary);
  CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == all.out);
  CHECK(r.err.find("exported") != std::string::npos);

  r = test::RunCli("export --format csv --db " + db + " --out " + test::Quote((tmp / "csv").string()));
  REQUIRE(r.status == 0);
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(tmp / "csv")) names.push_back(e.path().filename());
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"edges.csv", "nodes.csv"});  // no temporary files left

  // --rel keeps only that relation type; every node's type filter holds.
  std::set<std::string> rel_types;
  for (const auto& l : doc.at("links")) rel_types.insert(l.at("type"));
  REQUIRE_FALSE(rel_types.empty());
  const std::string rel = *rel_types.begin();
  r = test::RunCli("export --format jsonl --rel " + rel + " --db " + db);
  REQUIRE(r.status == 0);
  std::istringstream lines(r.out);
  std::string line;
  size_t edges = 0;
  while (std::getline(lines, line)) {
    json rec = json::parse(line);
    if (rec.at("record") == "edge") {
      ++edges;
      CHECK(rec.at("type") == rel);
    }
  }
  CHECK(edges > 0);
  r = test::RunCli("export --format json --type Person --db " + db);
  REQUIRE(r.status == 0);
  const json persons = json::parse(r.out);  // kept alive: the loop reads into it
  for (const auto& n : persons.at("nodes")) CHECK(n.at("type") == "Person");
}

}  // namespace cg
