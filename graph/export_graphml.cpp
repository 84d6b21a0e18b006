// GraphML for networkx read_graphml and Gephi.
//
// Every attribute has a typed <key> and every element carries a value for
// every key of its kind ("" / false / 0 where the graph has none): networkx
// never applies <default>, and Gephi leaves missing values null. Lists are
// joined with ';' (networkx refuses list values). Edge ids are unique in the
// document (Gephi drops duplicates) and stable across runs.
#include <string>
#include <vector>

#include "graph/export.h"
#include "graph/export_internal.h"

namespace cg {
namespace {

using namespace export_internal;

// XML 1.0 text: valid UTF-8, minus the characters XML forbids (C0 controls
// other than TAB/LF/CR, U+FFFE, U+FFFF), with markup escaped. In attribute
// values TAB/LF/CR are written as character references so that parsers do
// not normalise them to spaces; CR is escaped in text too.
std::string Xml(std::string_view raw, bool attribute) {
  const std::string s = ValidUtf8(raw);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
      i += 2;  // U+FFFE / U+FFFF
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\r': out += "&#13;"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default:
        if (c < 0x20) break;  // illegal in XML 1.0
        out += static_cast<char>(c);
    }
  }
  return out;
}

struct Key {
  std::string id;    // "n3", "e1"
  std::string name;  // attr.name
  std::string type;  // string, boolean, int, double
};

void Declare(std::ostream& out, const Key& k, const char* domain) {
  out << "  <key id=\"" << k.id << "\" for=\"" << domain << "\" attr.name=\"" << Xml(k.name, true)
      << "\" attr.type=\"" << k.type << "\"/>\n";
}

void Data(std::ostream& out, const Key& k, std::string_view value) {
  out << "      <data key=\"" << k.id << "\">" << Xml(value, false) << "</data>\n";
}

}  // namespace

Status WriteGraphml(const Graph& g, std::ostream& out) {
  const Schema schema = CollectSchema(g);
  std::vector<std::string> code_fields;
  for (const auto& c : schema.codes) code_fields.push_back(CodeField(c));

  // Node keys: fixed fields, then codes, then attributes (sorted).
  std::vector<Key> nkeys;
  auto nkey = [&](std::string name, std::string type) {
    std::string id = "n";
    id += std::to_string(nkeys.size());
    nkeys.push_back({std::move(id), std::move(name), std::move(type)});
  };
  nkey("label", "string");
  nkey("type", "string");
  nkey("name", "string");
  nkey("aliases", "string");
  for (const auto& c : schema.codes) nkey(CodeField(c), "string");
  for (const auto& a : schema.node_attributes) nkey(NodeAttributeField(a, code_fields), "string");
  nkey("first_seen", "string");
  nkey("last_seen", "string");
  nkey("mentions", "int");
  nkey("issues", "string");

  std::vector<Key> ekeys;
  auto ekey = [&](std::string name, std::string type) {
    std::string id = "e";
    id += std::to_string(ekeys.size());
    ekeys.push_back({std::move(id), std::move(name), std::move(type)});
  };
  ekey("type", "string");
  for (const auto& a : schema.edge_attributes)
    ekey(EdgeAttributeField(a), IsBooleanAttribute(a) ? "boolean" : "string");
  ekey("first_seen", "string");
  ekey("last_seen", "string");
  ekey("weight", "double");
  ekey("issues", "string");
  ekey("sentence", "string");

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& k : nkeys) Declare(out, k, "node");
  for (const auto& k : ekeys) Declare(out, k, "edge");
  out << "  <graph id=\"caregraph\" edgedefault=\"directed\">\n";

  for (Graph::Index i : NodeOrder(g)) {
    const Node& n = g.nodes()[i];
    out << "    <node id=\"" << Xml(n.id, true) << "\">\n";
    size_t k = 0;
    Data(out, nkeys[k++], n.name);
    Data(out, nkeys[k++], ToString(n.type));
    Data(out, nkeys[k++], n.name);
    Data(out, nkeys[k++], JoinList(n.aliases));
    for (const auto& c : schema.codes) Data(out, nkeys[k++], ValueOr(n.codes, c));
    for (const auto& a : schema.node_attributes) Data(out, nkeys[k++], ValueOr(n.attributes, a));
    Data(out, nkeys[k++], NodeFirstSeen(n));
    Data(out, nkeys[k++], NodeLastSeen(n));
    Data(out, nkeys[k++], std::to_string(n.seen.size()));
    std::vector<std::string> issues;
    for (const auto& s : n.seen) issues.push_back(s.issue);
    Data(out, nkeys[k++], JoinList(issues));
    out << "    </node>\n";
    if (!out) return Status::IOError("export graphml: write failed");
  }

  for (Graph::Index i : EdgeOrder(g)) {
    const Edge& e = g.edges()[i];
    const std::vector<Evidence> evidence = SortedEvidence(e);
    out << "    <edge id=\"" << Xml(EdgeId(e), true) << "\" source=\"" << Xml(e.head, true)
        << "\" target=\"" << Xml(e.tail, true) << "\">\n";
    size_t k = 0;
    Data(out, ekeys[k++], ToString(e.type));
    for (const auto& a : schema.edge_attributes) {
      std::string v = ValueOr(e.attributes, a);
      if (IsBooleanAttribute(a)) v = v == "true" ? "true" : "false";
      Data(out, ekeys[k++], v);
    }
    Data(out, ekeys[k++], FirstSeen(e));
    Data(out, ekeys[k++], LastSeen(e));
    Data(out, ekeys[k++], std::to_string(evidence.size()));
    Data(out, ekeys[k++], JoinList(EvidenceIssues(evidence)));
    Data(out, ekeys[k++], evidence.empty() ? std::string() : evidence.front().sentence);
    out << "    </edge>\n";
    if (!out) return Status::IOError("export graphml: write failed");
  }
  out << "  </graph>\n</graphml>\n";
  out.flush();
  if (!out) return Status::IOError("export graphml: write failed");
  return Status::OK();
}

}  // namespace cg
