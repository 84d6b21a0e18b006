#include "graph/export.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <numeric>
#include <set>
#include <tuple>

#include "graph/export_internal.h"
#include "graph/hash.h"

namespace cg {
namespace {

constexpr std::array<ExportFormatInfo, 4> kFormats = {{
    {ExportFormat::kJson, "json", "networkx node-link JSON (directed multigraph)", false},
    {ExportFormat::kGraphml, "graphml", "GraphML with typed keys (networkx, Gephi)", false},
    {ExportFormat::kCsv, "csv", "nodes.csv + edges.csv, neo4j-admin headers (Neo4j, Kuzu, pandas)", true},
    {ExportFormat::kJsonl, "jsonl", "one JSON record per line, nodes then edges, streamed", false},
}};

}  // namespace

std::span<const ExportFormatInfo> ExportFormats() { return kFormats; }

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& f : kFormats)
    if (f.name == lower) return f.format;
  return std::nullopt;
}

std::string ExportFormatNames() {
  std::string out;
  for (const auto& f : kFormats) out += (out.empty() ? "" : ", ") + std::string(f.name);
  return out;
}

Status Export(const Graph& g, ExportFormat format, std::ostream& out) {
  switch (format) {
    case ExportFormat::kJson: return WriteNodeLinkJson(g, out);
    case ExportFormat::kGraphml: return WriteGraphml(g, out);
    case ExportFormat::kJsonl: return WriteJsonl(g, out);
    case ExportFormat::kCsv: break;
  }
  return Status::InvalidArgument("export: csv writes a folder (nodes.csv, edges.csv), not one stream");
}

namespace export_internal {

std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    size_t len = 0;
    uint32_t min = 0;
    if (c < 0x80) len = 1;
    else if ((c & 0xE0) == 0xC0) len = 2, min = 0x80;
    else if ((c & 0xF0) == 0xE0) len = 3, min = 0x800;
    else if ((c & 0xF8) == 0xF0) len = 4, min = 0x10000;
    bool ok = len > 0 && i + len <= n;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; ok && k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (ok && len > 1 && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) ok = false;
    if (ok) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
    }
  }
  return out;
}

std::vector<Graph::Index> NodeOrder(const Graph& g) {
  std::vector<Graph::Index> order(g.node_count());
  std::iota(order.begin(), order.end(), 0);
  const auto& nodes = g.nodes();
  std::sort(order.begin(), order.end(),
            [&](Graph::Index a, Graph::Index b) { return nodes[a].id < nodes[b].id; });
  return order;
}

std::vector<Graph::Index> EdgeOrder(const Graph& g) {
  std::vector<Graph::Index> order(g.edge_count());
  std::iota(order.begin(), order.end(), 0);
  const auto& edges = g.edges();
  std::sort(order.begin(), order.end(), [&](Graph::Index a, Graph::Index b) {
    const Edge& x = edges[a];
    const Edge& y = edges[b];
    return std::tie(x.head, x.type, x.tail) < std::tie(y.head, y.type, y.tail);
  });
  return order;
}

std::vector<Evidence> SortedEvidence(const Edge& e) {
  std::vector<Evidence> ev = e.evidence;
  std::sort(ev.begin(), ev.end(), [](const Evidence& a, const Evidence& b) {
    return std::tie(a.date, a.issue, a.begin, a.end, a.sentence, a.source) <
           std::tie(b.date, b.issue, b.begin, b.end, b.sentence, b.source);
  });
  return ev;
}

std::string NodeFirstSeen(const Node& n) {
  std::string best;
  for (const auto& s : n.seen)
    if (!s.date.empty() && (best.empty() || s.date < best)) best = s.date;
  return best;
}

std::string NodeLastSeen(const Node& n) {
  std::string best;
  for (const auto& s : n.seen)
    if (s.date > best) best = s.date;
  return best;
}

std::vector<std::string> EvidenceIssues(const std::vector<Evidence>& sorted) {
  std::vector<std::string> out;
  std::set<std::string> have;
  for (const auto& ev : sorted)
    if (!ev.issue.empty() && have.insert(ev.issue).second) out.push_back(ev.issue);
  return out;
}

std::string EdgeKey(const Edge& e) { return std::string(ToString(e.type)); }

std::string EdgeId(const Edge& e) {
  std::string k(ToString(e.type));
  return k + "-" + ContentId(k + '\x1f' + e.head + '\x1f' + e.tail);
}

namespace {

// Names the writers use for their own fields; an attribute never takes one.
const std::set<std::string, std::less<>> kNodeReserved = {
    "id", "source", "target", "key", "type", "name", "label", "aliases", "codes", "seen",
    "first_seen", "last_seen", "mentions", "issues", "record"};
const std::set<std::string, std::less<>> kEdgeReserved = {
    "id", "source", "target", "key", "type", "label", "evidence", "first_seen", "last_seen",
    "weight", "issues", "sentence", "confidence", "origin", "record"};

bool NeedsPrefix(const std::string& key, const std::set<std::string, std::less<>>& reserved) {
  return reserved.count(key) > 0 || key.starts_with("attr_") || key.starts_with("code_");
}

}  // namespace

std::string CodeField(const std::string& code) {
  return NeedsPrefix(code, kNodeReserved) ? "code_" + code : code;
}

std::string NodeAttributeField(const std::string& key, const std::vector<std::string>& code_fields) {
  if (NeedsPrefix(key, kNodeReserved) ||
      std::find(code_fields.begin(), code_fields.end(), key) != code_fields.end())
    return "attr_" + key;
  return key;
}

std::string EdgeAttributeField(const std::string& key) {
  if (key == "source") return "origin";
  return NeedsPrefix(key, kEdgeReserved) ? "attr_" + key : key;
}

bool IsBooleanAttribute(std::string_view key) { return key == "vanguard"; }

Schema CollectSchema(const Graph& g) {
  std::set<std::string> codes, node_attrs, edge_attrs;
  for (const auto& n : g.nodes()) {
    for (const auto& [k, v] : n.codes) codes.insert(k);
    for (const auto& [k, v] : n.attributes) node_attrs.insert(k);
  }
  for (const auto& e : g.edges())
    for (const auto& [k, v] : e.attributes) edge_attrs.insert(k);
  return {{codes.begin(), codes.end()}, {node_attrs.begin(), node_attrs.end()},
          {edge_attrs.begin(), edge_attrs.end()}};
}

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ';';
    for (char c : items[i]) out += c == ';' ? ',' : c;
  }
  return out;
}

std::string ValueOr(const std::map<std::string, std::string>& m, const std::string& key) {
  auto it = m.find(key);
  return it == m.end() ? std::string() : it->second;
}

}  // namespace export_internal
}  // namespace cg
