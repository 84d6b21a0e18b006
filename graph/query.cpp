#include "graph/query.h"

#include <algorithm>
#include <tuple>

#include <boost/range/iterator_range.hpp>

#include "graph/algorithms.h"

namespace cg {
namespace {

using nlohmann::json;

NodeRef Ref(const Node& n) { return {n.id, n.name, n.type}; }
NodeRef Ref(const Graph& g, Graph::Index i) { return Ref(g.nodes()[i]); }

bool RefLess(const NodeRef& a, const NodeRef& b) { return std::tie(a.name, a.id) < std::tie(b.name, b.id); }

// The filter without its node types: what NAME resolution sees.
GraphFilter WithoutTypes(GraphFilter f) {
  f.node_types.clear();
  f.keep.clear();
  return f;
}

// `g` cut by `f`, copying only when `f` changes something.
const Graph& Cut(const Graph& g, const GraphFilter& f, Graph* storage) {
  if (f.empty()) return g;
  *storage = Apply(g, f);
  return *storage;
}

Direction DirectionFrom(const Edge& e, const NodeId& from) {
  if (IsSymmetric(e.type)) return Direction::kBoth;
  return e.head == from ? Direction::kOut : Direction::kIn;
}

// The evidence a path hop shows: the latest dated text sentence, else the
// first one there is.
bool PickEvidence(const Edge& e, Evidence* out) {
  if (e.evidence.empty()) return false;
  *out = e.evidence.front();
  for (const auto& ev : e.evidence)
    if (ev.source == Source::kText && !ev.sentence.empty() && ev.date >= out->date) *out = ev;
  return true;
}

CardRelation MakeRelation(const Graph& g, const Edge& e, const NodeId& from) {
  CardRelation r;
  r.type = e.type;
  r.direction = DirectionFrom(e, from);
  r.other = Ref(*g.FindNode(e.head == from ? e.tail : e.head));
  r.attributes = e.attributes;
  r.first_seen = FirstSeen(e);
  r.last_seen = LastSeen(e);
  r.evidence = e.evidence;
  return r;
}

bool RelationLess(const CardRelation& a, const CardRelation& b) {
  return std::tie(a.type, a.direction, a.other.name, a.other.id) <
         std::tie(b.type, b.direction, b.other.name, b.other.id);
}

// Resolves NAME on `base` (see the header): the type filter only narrows
// the candidates.
Result<Graph::Index> Resolve(const Graph& base, const std::string& name, const QueryOptions& o) {
  return ResolveNode(base, name, o.filter.node_types);
}

// For neighbours and path the types say what to walk through, so a NAME of
// another type is still accepted when it is the only reading.
Result<Graph::Index> ResolveEndpoint(const Graph& base, const std::string& name, const QueryOptions& o) {
  auto r = ResolveNode(base, name, o.filter.node_types);
  if (r.ok() || o.filter.node_types.empty() || r.status().code() != Status::Code::kNotFound) return r;
  return ResolveNode(base, name);
}

json NodeJson(const NodeRef& n) { return json{{"id", n.id}, {"name", n.name}, {"type", ToString(n.type)}}; }

json EvidenceJson(const Evidence& e) {
  return json{{"sentence", e.sentence}, {"issue", e.issue}, {"date", e.date},
              {"source", e.source == Source::kReference ? "reference" : "text"}};
}

json RelationJson(const CardRelation& r) {
  json ev = json::array();
  for (const auto& e : r.evidence) ev.push_back(EvidenceJson(e));
  return json{{"type", ToString(r.type)},        {"direction", ToString(r.direction)},
              {"other", NodeJson(r.other)},      {"attributes", r.attributes},
              {"first_seen", r.first_seen},      {"last_seen", r.last_seen},
              {"evidence", ev}};
}

json GroupsJson(const std::vector<CommunitiesResult::Group>& groups) {
  json out = json::array();
  for (const auto& g : groups) {
    json members = json::array();
    for (const auto& m : g.members) members.push_back(NodeJson(m));
    out.push_back(json{{"id", g.id}, {"size", g.members.size()}, {"members", members}});
  }
  return out;
}

}  // namespace

std::string_view ToString(Direction d) {
  switch (d) {
    case Direction::kOut: return "out";
    case Direction::kIn: return "in";
    case Direction::kBoth: return "both";
  }
  return "both";
}

std::string_view ToString(RankBy b) {
  switch (b) {
    case RankBy::kDegree: return "degree";
    case RankBy::kBetweenness: return "betweenness";
    case RankBy::kPageRank: return "pagerank";
  }
  return "degree";
}

Result<RankBy> ParseRankBy(const std::string& s) {
  if (s == "degree") return RankBy::kDegree;
  if (s == "betweenness") return RankBy::kBetweenness;
  if (s == "pagerank") return RankBy::kPageRank;
  return Status::InvalidArgument("--by " + s + ": one of degree, betweenness, pagerank");
}

FindResult Find(const Graph& g, const std::string& text, const QueryOptions& o, size_t limit) {
  Graph storage;
  const Graph& base = Cut(g, WithoutTypes(o.filter), &storage);
  FindResult r;
  r.query = text;
  for (const auto& m : FindNodes(base, text, o.filter.node_types, limit))
    r.matches.push_back({Ref(base, m.node), m.kind, m.form, m.distance});
  return r;
}

Result<Card> Show(const Graph& g, const std::string& name, const QueryOptions& o) {
  Graph storage;
  const Graph& base = Cut(g, WithoutTypes(o.filter), &storage);
  auto idx = Resolve(base, name, o);
  if (!idx.ok()) return idx.status();
  const Node& n = base.nodes()[*idx];
  Card c;
  c.node = Ref(n);
  c.aliases = n.aliases;
  c.codes = n.codes;
  c.attributes = n.attributes;
  c.issues = n.seen;
  for (const auto& s : n.seen)
    if (!s.date.empty()) {
      if (c.first_seen.empty() || s.date < c.first_seen) c.first_seen = s.date;
      c.last_seen = std::max(c.last_seen, s.date);
    }
  for (const auto* list : {&base.OutEdges(*idx), &base.InEdges(*idx)})
    for (Graph::Index e : *list) {
      c.relations.push_back(MakeRelation(base, base.edges()[e], n.id));
      const auto& r = c.relations.back();
      if (!r.first_seen.empty() && (c.first_seen.empty() || r.first_seen < c.first_seen)) c.first_seen = r.first_seen;
      c.last_seen = std::max(c.last_seen, r.last_seen);
    }
  std::sort(c.relations.begin(), c.relations.end(), RelationLess);
  return c;
}

Result<NeighboursResult> Neighbours(const Graph& g, const std::string& name, uint32_t depth,
                                    const QueryOptions& o) {
  if (depth < 1) return Status::InvalidArgument("--depth " + std::to_string(depth) + ": must be at least 1");
  Graph base_storage, cut_storage;
  const Graph& base = Cut(g, WithoutTypes(o.filter), &base_storage);
  auto idx = ResolveEndpoint(base, name, o);
  if (!idx.ok()) return idx.status();
  GraphFilter types;
  types.node_types = o.filter.node_types;
  types.keep = {base.nodes()[*idx].id};
  const Graph& cut = Cut(base, types, &cut_storage);
  const Graph::Index origin = *cut.IndexOf(base.nodes()[*idx].id);
  GraphView view(cut);
  NeighboursResult r;
  r.origin = Ref(cut, origin);
  r.depth = depth;
  for (const Reached& x : Neighbourhood(view, origin, depth)) {
    if (x.depth == 0) continue;
    NeighboursResult::Row row{Ref(cut, x.node), x.depth, Ref(cut, x.parent), {}};
    for (auto a : boost::make_iterator_range(boost::out_edges(x.parent, view.csr())))
      if (boost::target(a, view.csr()) == x.node) {
        const Edge& e = cut.edges()[view.csr()[a].edge];
        row.relations.push_back({e.type, DirectionFrom(e, row.via.id)});
      }
    std::sort(row.relations.begin(), row.relations.end(), [](const RelationStep& a, const RelationStep& b) {
      return std::tie(a.type, a.direction) < std::tie(b.type, b.direction);
    });
    r.neighbours.push_back(std::move(row));
  }
  std::sort(r.neighbours.begin(), r.neighbours.end(), [](const auto& a, const auto& b) {
    return std::tie(a.depth, a.node.name, a.node.id) < std::tie(b.depth, b.node.name, b.node.id);
  });
  return r;
}

Result<PathResult> Path(const Graph& g, const std::string& a, const std::string& b, uint32_t max_len, bool all,
                        const QueryOptions& o) {
  Graph base_storage, cut_storage;
  const Graph& base = Cut(g, WithoutTypes(o.filter), &base_storage);
  auto ia = ResolveEndpoint(base, a, o);
  if (!ia.ok()) return ia.status();
  auto ib = ResolveEndpoint(base, b, o);
  if (!ib.ok()) return ib.status();
  GraphFilter types;
  types.node_types = o.filter.node_types;
  types.keep = {base.nodes()[*ia].id, base.nodes()[*ib].id};
  const Graph& cut = Cut(base, types, &cut_storage);
  const Graph::Index from = *cut.IndexOf(base.nodes()[*ia].id), to = *cut.IndexOf(base.nodes()[*ib].id);
  GraphView view(cut);
  const auto paths = ShortestPaths(view, from, to, max_len, all);
  PathResult r;
  r.from = Ref(cut, from);
  r.to = Ref(cut, to);
  if (paths.empty()) {
    std::string msg = "no path between " + r.from.name + " (" + r.from.id + ") and " + r.to.name + " (" + r.to.id + ")";
    if (max_len) msg += " of at most " + std::to_string(max_len) + " hops";
    return Status::NotFound(msg);
  }
  r.length = static_cast<uint32_t>(paths.front().size());
  for (const auto& p : paths) {
    std::vector<PathHop> hops;
    Graph::Index at = from;
    for (const Hop& h : p) {
      const Edge& e = cut.edges()[h.edge];
      PathHop hop{Ref(cut, at), Ref(cut, h.to), e.type, DirectionFrom(e, cut.nodes()[at].id), false, {}};
      hop.has_evidence = PickEvidence(e, &hop.evidence);
      hops.push_back(std::move(hop));
      at = h.to;
    }
    r.paths.push_back(std::move(hops));
  }
  return r;
}

RankResult Rank(const Graph& g, RankBy by, size_t top, const QueryOptions& o) {
  Graph storage;
  const Graph& base = Cut(g, WithoutTypes(o.filter), &storage);
  GraphView view(base);
  std::vector<double> score = by == RankBy::kDegree        ? DegreeCentrality(view)
                              : by == RankBy::kBetweenness ? BetweennessCentrality(view)
                                                           : PageRank(view);
  RankResult r;
  r.by = by;
  for (Graph::Index i = 0; i < base.node_count(); ++i)
    if (o.filter.KeepsType(base.nodes()[i].type))
      r.rows.push_back({0, Ref(base, i), score[i], static_cast<uint32_t>(view.Degree(i))});
  std::sort(r.rows.begin(), r.rows.end(), [](const auto& a, const auto& b) {
    if (a.score != b.score) return a.score > b.score;
    return RefLess(a.node, b.node);
  });
  for (size_t i = 0; i < r.rows.size(); ++i)
    r.rows[i].rank = i > 0 && r.rows[i].score == r.rows[i - 1].score ? r.rows[i - 1].rank : static_cast<uint32_t>(i + 1);
  if (top && r.rows.size() > top) r.rows.resize(top);
  return r;
}

CommunitiesResult FindCommunities(const Graph& g, const QueryOptions& o) {
  Graph storage;
  const Graph& base = Cut(g, WithoutTypes(o.filter), &storage);
  GraphView view(base);
  CommunitiesResult r;
  const Communities louvain = DetectCommunities(view);
  r.modularity = louvain.modularity;
  auto groups = [&](const std::vector<uint32_t>& member_of) {
    std::vector<std::vector<Graph::Index>> by;
    for (Graph::Index i = 0; i < member_of.size(); ++i) {
      if (!o.filter.KeepsType(base.nodes()[i].type)) continue;
      if (member_of[i] >= by.size()) by.resize(member_of[i] + 1);
      by[member_of[i]].push_back(i);
    }
    std::vector<CommunitiesResult::Group> out;
    for (auto& members : by) {
      if (members.empty()) continue;
      std::sort(members.begin(), members.end(), [&](Graph::Index a, Graph::Index b) {
        if (view.Degree(a) != view.Degree(b)) return view.Degree(a) > view.Degree(b);
        return RefLess(Ref(base, a), Ref(base, b));
      });
      CommunitiesResult::Group grp;
      for (auto i : members) grp.members.push_back(Ref(base, i));
      out.push_back(std::move(grp));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      if (a.members.size() != b.members.size()) return a.members.size() > b.members.size();
      return a.members.front().id < b.members.front().id;
    });
    for (size_t i = 0; i < out.size(); ++i) out[i].id = static_cast<uint32_t>(i + 1);
    return out;
  };
  r.components = groups(ConnectedComponents(view));
  r.communities = groups(louvain.community);
  return r;
}

Result<TimelineResult> Timeline(const Graph& g, const std::string& name, const QueryOptions& o) {
  Graph storage;
  const Graph& base = Cut(g, WithoutTypes(o.filter), &storage);
  auto idx = Resolve(base, name, o);
  if (!idx.ok()) return idx.status();
  const Node& n = base.nodes()[*idx];
  std::map<std::pair<std::string, std::string>, TimelineResult::Entry> entries;  // (date, issue)
  auto entry = [&](const std::string& date, const std::string& issue) -> TimelineResult::Entry& {
    auto& e = entries[{date, issue}];
    e.date = date;
    e.issue = issue;
    return e;
  };
  for (const auto& s : n.seen) entry(s.date, s.issue).mentioned = true;
  for (const auto* list : {&base.OutEdges(*idx), &base.InEdges(*idx)})
    for (Graph::Index ei : *list) {
      const Edge& e = base.edges()[ei];
      for (const auto& ev : e.evidence) entry(ev.date, ev.issue).evidence++;
      if (e.evidence.empty()) continue;
      const Evidence& first = e.evidence.front();
      CardRelation r = MakeRelation(base, e, n.id);
      std::erase_if(r.evidence, [&](const Evidence& ev) { return ev.issue != first.issue || ev.date != first.date; });
      entry(first.date, first.issue).new_relations.push_back(std::move(r));
    }
  TimelineResult r;
  r.node = Ref(n);
  for (auto& [key, e] : entries) {
    std::sort(e.new_relations.begin(), e.new_relations.end(), RelationLess);
    r.entries.push_back(std::move(e));
  }
  return r;
}

json ToJson(const FindResult& r) {
  json m = json::array();
  for (const auto& x : r.matches)
    m.push_back(json{{"node", NodeJson(x.node)}, {"match", ToString(x.kind)}, {"form", x.form}, {"distance", x.distance}});
  return json{{"query", r.query}, {"matches", m}};
}

json ToJson(const Card& c) {
  json issues = json::array(), rels = json::array();
  for (const auto& s : c.issues) issues.push_back(json{{"issue", s.issue}, {"date", s.date}});
  for (const auto& r : c.relations) rels.push_back(RelationJson(r));
  return json{{"node", NodeJson(c.node)},   {"aliases", c.aliases},       {"codes", c.codes},
              {"attributes", c.attributes}, {"first_seen", c.first_seen}, {"last_seen", c.last_seen},
              {"issues", issues},           {"relations", rels}};
}

json ToJson(const NeighboursResult& r) {
  json rows = json::array();
  for (const auto& x : r.neighbours) {
    json rels = json::array();
    for (const auto& s : x.relations) rels.push_back(json{{"type", ToString(s.type)}, {"direction", ToString(s.direction)}});
    rows.push_back(json{{"node", NodeJson(x.node)}, {"depth", x.depth}, {"via", NodeJson(x.via)}, {"relations", rels}});
  }
  return json{{"origin", NodeJson(r.origin)}, {"depth", r.depth}, {"neighbours", rows}};
}

json ToJson(const PathResult& r) {
  json paths = json::array();
  for (const auto& p : r.paths) {
    json hops = json::array();
    for (const auto& h : p)
      hops.push_back(json{{"from", NodeJson(h.from)},
                          {"to", NodeJson(h.to)},
                          {"type", ToString(h.type)},
                          {"direction", ToString(h.direction)},
                          {"evidence", h.has_evidence ? EvidenceJson(h.evidence) : json(nullptr)}});
    paths.push_back(hops);
  }
  return json{{"from", NodeJson(r.from)}, {"to", NodeJson(r.to)}, {"length", r.length}, {"paths", paths}};
}

json ToJson(const RankResult& r) {
  json rows = json::array();
  for (const auto& x : r.rows)
    rows.push_back(json{{"rank", x.rank}, {"node", NodeJson(x.node)}, {"score", x.score}, {"degree", x.degree}});
  return json{{"by", ToString(r.by)}, {"rows", rows}};
}

json ToJson(const CommunitiesResult& r) {
  return json{{"modularity", r.modularity},
              {"components", GroupsJson(r.components)},
              {"communities", GroupsJson(r.communities)}};
}

json ToJson(const TimelineResult& r) {
  json entries = json::array();
  for (const auto& e : r.entries) {
    json rels = json::array();
    for (const auto& x : e.new_relations)
      rels.push_back(json{{"type", ToString(x.type)}, {"direction", ToString(x.direction)}, {"other", NodeJson(x.other)}});
    entries.push_back(json{{"date", e.date}, {"issue", e.issue}, {"mentioned", e.mentioned},
                           {"evidence", e.evidence}, {"new_relations", rels}});
  }
  return json{{"node", NodeJson(r.node)}, {"entries", entries}};
}

}  // namespace cg
