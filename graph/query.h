#pragma once
// Queries: the answers behind `caregraph find|show|neighbours|path|rank|
// communities|timeline`, as plain structs, with two renderings each: an
// aligned text table (query_text.cpp) and JSON (ToJson, below).
//
// Every query takes a QueryOptions whose GraphFilter (graph/filter.h) is
// applied first. Its node types mean, per query:
//   find, show, timeline   the types NAME may resolve to (disambiguation);
//   neighbours, path       the types of the nodes traversed (the named
//                          endpoints are always kept, and resolve among
//                          those types first, then among all);
//   rank, communities      the types of the nodes listed (scores are
//                          computed on the whole filtered graph).
// Relation types, the date window and the source always cut the graph.
//
// Ordering is stable so that outputs diff cleanly: ties are broken by
// canonical name, then node id.
//
// JSON SCHEMA (every object below is what `--json` prints; docs/queries.md
// has examples). A "node" is {"id": str, "name": str, "type": str}.
// An "evidence" is {"sentence": str, "issue": str, "date": str ("" if
// undated), "source": "text"|"reference"}.
//
//   find:        {"query": str, "matches": [{"node", "match":
//                 "exact"|"alias"|"prefix"|"word"|"near", "form": str,
//                 "distance": int}]}
//   show:        {"node", "aliases": [str], "codes": {str: str},
//                 "attributes": {str: str}, "first_seen": str,
//                 "last_seen": str, "issues": [{"issue", "date"}],
//                 "relations": [{"type": str, "direction":
//                 "out"|"in"|"both", "other": node, "attributes": {..},
//                 "first_seen": str, "last_seen": str,
//                 "evidence": [evidence]}]}
//   neighbours:  {"origin": node, "depth": int, "neighbours": [{"node",
//                 "depth": int, "via": node, "relations": [{"type",
//                 "direction"}]}]}     direction is seen from "via"
//   path:        {"from": node, "to": node, "length": int, "paths":
//                 [[{"from": node, "to": node, "type": str, "direction",
//                 "evidence": evidence|null}]]}
//   rank:        {"by": "degree"|"betweenness"|"pagerank", "rows":
//                 [{"rank": int, "node", "score": number, "degree": int}]}
//   communities: {"modularity": number, "components": [{"id": int,
//                 "size": int, "members": [node]}], "communities": [same]}
//   timeline:    {"node", "entries": [{"date": str, "issue": str,
//                 "mentioned": bool, "evidence": int, "new_relations":
//                 [{"type", "direction", "other": node}]}]}
//
// Errors: NAME arguments resolve with ResolveNode (graph/lookup.h):
// Status::Ambiguous lists the candidates, Status::NotFound suggests names.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/filter.h"
#include "graph/graph.h"
#include "graph/lookup.h"
#include "graph/status.h"

namespace cg {

struct QueryOptions {
  GraphFilter filter;
};

// A node as a query reports it: enough to print and to re-query by id.
struct NodeRef {
  NodeId id;
  std::string name;
  EntityType type = EntityType::kOrganisation;
};

// Direction of a relation seen from one end: "out" (this end is the head),
// "in" (this end is the tail) or "both" (a symmetric relation).
enum class Direction { kOut, kIn, kBoth };
std::string_view ToString(Direction d);

struct FindResult {
  std::string query;
  struct Row {
    NodeRef node;
    MatchKind kind = MatchKind::kNear;
    std::string form;
    int distance = 0;
  };
  std::vector<Row> matches;
};

struct CardRelation {
  RelationType type = RelationType::kRole;
  Direction direction = Direction::kOut;
  NodeRef other;
  std::map<std::string, std::string> attributes;
  std::string first_seen, last_seen;
  std::vector<Evidence> evidence;  // sorted by (date, issue, begin)
};

struct Card {
  NodeRef node;
  std::vector<std::string> aliases;
  std::map<std::string, std::string> codes, attributes;
  std::string first_seen, last_seen;
  std::vector<Sighting> issues;  // sorted by (date, issue)
  std::vector<CardRelation> relations;  // sorted by (type, direction, other name, other id)
};

struct RelationStep {
  RelationType type = RelationType::kRole;
  Direction direction = Direction::kOut;
};

struct NeighboursResult {
  NodeRef origin;
  uint32_t depth = 1;
  struct Row {
    NodeRef node;
    uint32_t depth = 1;
    NodeRef via;
    std::vector<RelationStep> relations;  // every edge via--node, sorted
  };
  std::vector<Row> neighbours;  // sorted by (depth, name, id)
};

struct PathHop {
  NodeRef from, to;
  RelationType type = RelationType::kRole;
  Direction direction = Direction::kOut;  // seen from `from`
  bool has_evidence = false;
  Evidence evidence;  // the latest dated text evidence, else the first
};

struct PathResult {
  NodeRef from, to;
  uint32_t length = 0;
  std::vector<std::vector<PathHop>> paths;
};

enum class RankBy { kDegree, kBetweenness, kPageRank };
std::string_view ToString(RankBy b);
// "degree", "betweenness" or "pagerank" (InvalidArgument otherwise).
Result<RankBy> ParseRankBy(const std::string& s);

struct RankResult {
  RankBy by = RankBy::kDegree;
  struct Row {
    uint32_t rank = 0;  // 1-based; equal scores share a rank
    NodeRef node;
    double score = 0;
    uint32_t degree = 0;
  };
  std::vector<Row> rows;
};

struct CommunitiesResult {
  double modularity = 0;
  struct Group {
    uint32_t id = 0;
    std::vector<NodeRef> members;  // by degree (desc), then name, id
  };
  std::vector<Group> components;   // by size (desc), then first member id
  std::vector<Group> communities;  // same order
};

struct TimelineResult {
  NodeRef node;
  struct Entry {
    std::string date, issue;
    bool mentioned = false;   // the issue names the node
    uint32_t evidence = 0;    // evidence sentences of its relations in that issue
    std::vector<CardRelation> new_relations;  // first seen in that issue (evidence = that issue's)
  };
  std::vector<Entry> entries;  // by (date, issue); undated first
};

// The queries. NAME arguments are resolved on the graph after the date,
// source and relation filters (so an entity absent from the window is
// NotFound) but before the type filter, which only disambiguates.
FindResult Find(const Graph& g, const std::string& text, const QueryOptions& o, size_t limit = 50);
Result<Card> Show(const Graph& g, const std::string& name, const QueryOptions& o);
Result<NeighboursResult> Neighbours(const Graph& g, const std::string& name, uint32_t depth,
                                    const QueryOptions& o);
// max_len 0: no limit. NotFound if no path (within max_len).
Result<PathResult> Path(const Graph& g, const std::string& a, const std::string& b, uint32_t max_len,
                        bool all, const QueryOptions& o);
// top 0: every node.
RankResult Rank(const Graph& g, RankBy by, size_t top, const QueryOptions& o);
CommunitiesResult FindCommunities(const Graph& g, const QueryOptions& o);
Result<TimelineResult> Timeline(const Graph& g, const std::string& name, const QueryOptions& o);

// JSON, as documented above.
nlohmann::json ToJson(const FindResult& r);
nlohmann::json ToJson(const Card& r);
nlohmann::json ToJson(const NeighboursResult& r);
nlohmann::json ToJson(const PathResult& r);
nlohmann::json ToJson(const RankResult& r);
nlohmann::json ToJson(const CommunitiesResult& r);
nlohmann::json ToJson(const TimelineResult& r);

// Text for a terminal: aligned tables (graph/table.h), ending in '\n'.
std::string ToText(const FindResult& r);
std::string ToText(const Card& r);
std::string ToText(const NeighboursResult& r);
std::string ToText(const PathResult& r);
std::string ToText(const RankResult& r);
std::string ToText(const CommunitiesResult& r);
std::string ToText(const TimelineResult& r);

}  // namespace cg
