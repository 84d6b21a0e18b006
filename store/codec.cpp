#include "store/codec.h"

#include <cstring>

namespace cg::codec {
namespace {

// Format bytes: one per value kind, so a value read from the wrong family
// fails to decode instead of decoding as garbage.
enum Format : uint8_t {
  kNodeValueV2 = 0x18,  // 0x11, 0x12: schema 1's values, with a "base"
  kEdgeValueV2 = 0x19,
  kIssueRecordV1 = 0x16,
  kIssueContributionV1 = 0x17,  // 0x13-0x15: schema 1's per-node and per-edge contributions
};

class Writer {
 public:
  explicit Writer(uint8_t format) { out_.push_back(static_cast<char>(format)); }
  void Byte(uint8_t b) { out_.push_back(static_cast<char>(b)); }
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7F) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void Str(std::string_view s) {
    Varint(s.size());
    out_.append(s);
  }
  void Double(double d) {
    char buf[8];
    std::memcpy(buf, &d, 8);
    out_.append(buf, 8);
  }
  void Strings(const std::vector<std::string>& v) {
    Varint(v.size());
    for (const auto& s : v) Str(s);
  }
  void Map(const std::map<std::string, std::string>& m) {
    Varint(m.size());
    for (const auto& [k, v] : m) {
      Str(k);
      Str(v);
    }
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  Reader(std::string_view in, uint8_t format) : in_(in) {
    ok_ = !in_.empty() && static_cast<uint8_t>(in_[0]) == format;
    if (ok_) in_.remove_prefix(1);
  }
  bool ok() const { return ok_; }
  bool done() const { return ok_ && in_.empty(); }

  uint8_t Byte() {
    if (!ok_ || in_.empty()) return Fail();
    uint8_t b = static_cast<uint8_t>(in_[0]);
    in_.remove_prefix(1);
    return b;
  }
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (!ok_ || in_.empty()) return Fail();
      uint8_t b = static_cast<uint8_t>(in_[0]);
      in_.remove_prefix(1);
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
    return Fail();
  }
  void Str(std::string* s) {
    uint64_t n = Varint();
    if (!ok_ || n > in_.size()) {
      Fail();
      return;
    }
    s->assign(in_.data(), n);
    in_.remove_prefix(n);
  }
  double Double() {
    if (!ok_ || in_.size() < 8) return Fail();
    double d;
    std::memcpy(&d, in_.data(), 8);
    in_.remove_prefix(8);
    return d;
  }
  void Strings(std::vector<std::string>* v) {
    uint64_t n = Varint();
    if (n > in_.size()) {  // every string takes at least one byte
      Fail();
      return;
    }
    v->resize(n);
    for (auto& s : *v) Str(&s);
  }
  void Map(std::map<std::string, std::string>* m) {
    uint64_t n = Varint();
    if (n > in_.size()) {
      Fail();
      return;
    }
    m->clear();
    for (uint64_t i = 0; i < n && ok_; ++i) {
      std::string k, v;
      Str(&k);
      Str(&v);
      m->emplace(std::move(k), std::move(v));
    }
  }
  EntityType Entity() {
    uint8_t b = Byte();
    if (b >= kAllEntityTypes.size()) Fail();
    return ok_ ? static_cast<EntityType>(b) : EntityType::kOrganisation;
  }
  RelationType Relation() {
    uint8_t b = Byte();
    if (b >= kAllRelationTypes.size()) Fail();
    return ok_ ? static_cast<RelationType>(b) : RelationType::kRole;
  }

 private:
  uint8_t Fail() {
    ok_ = false;
    return 0;
  }
  std::string_view in_;
  bool ok_ = false;
};

void PutNode(Writer& w, const Node& n) {
  w.Byte(static_cast<uint8_t>(n.type));
  w.Str(n.id);
  w.Str(n.name);
  w.Strings(n.aliases);
  w.Map(n.attributes);
  w.Map(n.codes);
}

void GetNode(Reader& r, Node* n) {
  n->type = r.Entity();
  r.Str(&n->id);
  r.Str(&n->name);
  r.Strings(&n->aliases);
  r.Map(&n->attributes);
  r.Map(&n->codes);
}

void PutEdge(Writer& w, const Edge& e) {
  w.Byte(static_cast<uint8_t>(e.type));
  w.Str(e.head);
  w.Str(e.tail);
  w.Map(e.attributes);
}

void GetEdge(Reader& r, Edge* e) {
  e->type = r.Relation();
  r.Str(&e->head);
  r.Str(&e->tail);
  r.Map(&e->attributes);
}

}  // namespace

std::string Encode(const NodeValue& v) {
  Writer w(kNodeValueV2);
  PutNode(w, v.node);
  w.Varint(v.count);
  w.Str(v.last_date);
  w.Str(v.last_issue);
  return w.Take();
}

bool Decode(std::string_view in, NodeValue* v) {
  Reader r(in, kNodeValueV2);
  GetNode(r, &v->node);
  v->node.seen.clear();
  v->count = r.Varint();
  r.Str(&v->last_date);
  r.Str(&v->last_issue);
  return r.done();
}

std::string Encode(const EdgeValue& v) {
  Writer w(kEdgeValueV2);
  PutEdge(w, v.edge);
  w.Varint(v.count);
  w.Str(v.last_date);
  w.Str(v.last_issue);
  w.Str(v.evidence_last_date);
  w.Byte(static_cast<uint8_t>(v.evidence_kind));
  return w.Take();
}

bool Decode(std::string_view in, EdgeValue* v) {
  Reader r(in, kEdgeValueV2);
  GetEdge(r, &v->edge);
  v->edge.evidence.clear();
  v->count = r.Varint();
  r.Str(&v->last_date);
  r.Str(&v->last_issue);
  r.Str(&v->evidence_last_date);
  uint8_t kind = r.Byte();
  if (kind > 2) return false;
  v->evidence_kind = static_cast<EvidenceKind>(kind);
  return r.done();
}

std::string Encode(const IssueContribution& v) { return EncodeIssueContribution(v.date, v.nodes, v.edges); }

std::string EncodeIssueContribution(std::string_view date, const std::vector<Node>& nodes,
                                    const std::vector<Edge>& edges) {
  Writer w(kIssueContributionV1);
  w.Str(date);
  w.Varint(nodes.size());
  for (const auto& n : nodes) PutNode(w, n);
  w.Varint(edges.size());
  for (const auto& e : edges) {
    PutEdge(w, e);
    w.Varint(e.evidence.size());
    for (const auto& ev : e.evidence) {
      w.Str(ev.issue);
      w.Varint(ev.begin);
      w.Varint(ev.end);
      w.Str(ev.sentence);
      w.Str(ev.date);
      w.Double(ev.confidence);
      w.Byte(static_cast<uint8_t>(ev.source));
    }
  }
  return w.Take();
}

bool Decode(std::string_view in, IssueContribution* v) {
  Reader r(in, kIssueContributionV1);
  r.Str(&v->date);
  // Every node and edge takes several bytes: a count past the input's size
  // is malformed (and would otherwise allocate without bound).
  uint64_t n = r.Varint();
  if (!r.ok() || n > in.size()) return false;
  v->nodes.resize(n);
  for (auto& node : v->nodes) {
    GetNode(r, &node);
    node.seen.clear();
  }
  n = r.Varint();
  if (!r.ok() || n > in.size()) return false;
  v->edges.resize(n);
  for (auto& e : v->edges) {
    GetEdge(r, &e);
    uint64_t m = r.Varint();
    if (!r.ok() || m > in.size()) return false;
    e.evidence.resize(m);
    for (auto& ev : e.evidence) {
      r.Str(&ev.issue);
      ev.begin = r.Varint();
      ev.end = r.Varint();
      r.Str(&ev.sentence);
      r.Str(&ev.date);
      ev.confidence = r.Double();
      uint8_t s = r.Byte();
      if (s > 1) return false;
      ev.source = static_cast<Source>(s);
    }
  }
  return r.done();
}

std::string Encode(const IssueRecord& v) {
  Writer w(kIssueRecordV1);
  w.Str(v.id);
  w.Str(v.source);
  w.Str(v.date);
  w.Str(v.title);
  w.Str(v.extractor_version);
  w.Str(v.text);
  return w.Take();
}

bool Decode(std::string_view in, IssueRecord* v) {
  Reader r(in, kIssueRecordV1);
  r.Str(&v->id);
  r.Str(&v->source);
  r.Str(&v->date);
  r.Str(&v->title);
  r.Str(&v->extractor_version);
  r.Str(&v->text);
  return r.done();
}

}  // namespace cg::codec
