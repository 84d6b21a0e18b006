// networkx node-link JSON, and the records it shares with jsonl.
//
// The document is written one record per line, keys in sorted order, so it
// streams and diffs line by line:
//   {"directed": true,
//   "edges": [
//   {...},
//   ...],
//   "graph": {...},
//   "links": [ the same list ],
//   "multigraph": true,
//   "nodes": [ ... ]}
// Both "edges" (networkx >= 3.4 default) and "links" (networkx <= 3.3, and
// the `link=`/`edges=` argument) are present so any version loads it.
//
// Records are serialised by hand rather than through nlohmann::json
// objects: a std::map per record made a 1M-edge dump about three times
// slower. The output is the same JSON (tests parse it back with nlohmann).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "graph/export.h"
#include "graph/export_internal.h"

namespace cg {
namespace export_internal {
namespace {

void AppendString(std::string& out, std::string_view raw) {
  static const char* kHex = "0123456789abcdef";
  const std::string s = ValidUtf8(raw);
  out += '"';
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

std::string String(std::string_view s) {
  std::string out;
  AppendString(out, s);
  return out;
}

std::string Number(uint64_t v) { return std::to_string(v); }

// Shortest round-trip form, always with a '.' or exponent (as nlohmann);
// null for inf/NaN, which JSON cannot hold.
std::string Number(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  std::string s(buf, end);
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

std::string StringArray(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    AppendString(out, items[i]);
  }
  return out + "]";
}

// A JSON object: members in any order, written sorted by key.
class Object {
 public:
  void Add(std::string key, std::string json_value) { m_.emplace_back(std::move(key), std::move(json_value)); }
  void AppendTo(std::string& out) {
    std::stable_sort(m_.begin(), m_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    out += '{';
    bool first = true;
    for (size_t i = 0; i < m_.size(); ++i) {
      if (i + 1 < m_.size() && m_[i + 1].first == m_[i].first) continue;  // the last one wins
      if (!first) out += ',';
      first = false;
      AppendString(out, m_[i].first);
      out += ':';
      out += m_[i].second;
    }
    out += '}';
  }
  std::string str() {
    std::string out;
    AppendTo(out);
    return out;
  }

 private:
  std::vector<std::pair<std::string, std::string>> m_;
};

}  // namespace

void AppendNodeRecord(std::string& out, const Node& n, const std::vector<std::string>& code_fields,
                      std::string_view record) {
  Object o;
  o.Add("id", String(n.id));
  o.Add("type", String(ToString(n.type)));
  o.Add("name", String(n.name));
  o.Add("aliases", StringArray(n.aliases));
  Object codes;
  for (const auto& [k, v] : n.codes) {
    codes.Add(k, String(v));
    o.Add(CodeField(k), String(v));
  }
  o.Add("codes", codes.str());
  for (const auto& [k, v] : n.attributes) o.Add(NodeAttributeField(k, code_fields), String(v));
  o.Add("first_seen", String(NodeFirstSeen(n)));
  o.Add("last_seen", String(NodeLastSeen(n)));
  o.Add("mentions", Number(n.seen.size()));
  std::string seen = "[";
  for (size_t i = 0; i < n.seen.size(); ++i) {
    if (i) seen += ',';
    Object s;
    s.Add("issue", String(n.seen[i].issue));
    s.Add("date", String(n.seen[i].date));
    s.AppendTo(seen);
  }
  o.Add("seen", seen + "]");
  if (!record.empty()) o.Add("record", String(record));
  o.AppendTo(out);
}

void AppendEdgeRecord(std::string& out, const Edge& e, std::string_view record) {
  Object o;
  o.Add("source", String(e.head));
  o.Add("target", String(e.tail));
  o.Add("key", String(EdgeKey(e)));
  o.Add("type", String(ToString(e.type)));
  for (const auto& [k, v] : e.attributes)
    o.Add(EdgeAttributeField(k), IsBooleanAttribute(k) ? (v == "true" ? "true" : "false") : String(v));
  const std::vector<Evidence> evidence = SortedEvidence(e);
  std::string ev = "[";
  for (size_t i = 0; i < evidence.size(); ++i) {
    const Evidence& x = evidence[i];
    if (i) ev += ',';
    Object r;
    r.Add("issue", String(x.issue));
    r.Add("date", String(x.date));
    r.Add("sentence", String(x.sentence));
    r.Add("begin", Number(x.begin));
    r.Add("end", Number(x.end));
    r.Add("confidence", Number(x.confidence));
    r.Add("origin", String(x.source == Source::kReference ? "reference" : "text"));
    r.AppendTo(ev);
  }
  o.Add("evidence", ev + "]");
  o.Add("first_seen", String(FirstSeen(e)));
  o.Add("last_seen", String(LastSeen(e)));
  o.Add("weight", Number(evidence.size()));
  if (!record.empty()) o.Add("record", String(record));
  o.AppendTo(out);
}

}  // namespace export_internal

namespace {

using namespace export_internal;

void WriteEdgeList(const Graph& g, const std::vector<Graph::Index>& order, std::ostream& out) {
  std::string line;
  out << "[";
  for (size_t i = 0; i < order.size(); ++i) {
    line.assign(i ? ",\n" : "\n");
    AppendEdgeRecord(line, g.edges()[order[i]]);
    out << line;
  }
  out << "]";
}

}  // namespace

Status WriteNodeLinkJson(const Graph& g, std::ostream& out) {
  const Schema schema = CollectSchema(g);
  std::vector<std::string> code_fields;
  for (const auto& c : schema.codes) code_fields.push_back(CodeField(c));
  const auto edge_order = EdgeOrder(g);
  const auto node_order = NodeOrder(g);

  const nlohmann::json graph_attrs = {{"name", "caregraph"},
                                      {"format", "caregraph node-link 1"},
                                      {"node_count", g.node_count()},
                                      {"edge_count", g.edge_count()}};
  out << "{\"directed\": true,\n\"edges\": ";
  WriteEdgeList(g, edge_order, out);
  out << ",\n\"graph\": " << graph_attrs.dump() << ",\n\"links\": ";
  WriteEdgeList(g, edge_order, out);
  out << ",\n\"multigraph\": true,\n\"nodes\": [";
  std::string line;
  for (size_t i = 0; i < node_order.size(); ++i) {
    line.assign(i ? ",\n" : "\n");
    AppendNodeRecord(line, g.nodes()[node_order[i]], code_fields);
    out << line;
  }
  out << "]}\n";
  out.flush();
  if (!out) return Status::IOError("export json: write failed");
  return Status::OK();
}

}  // namespace cg
