#pragma once
// Node and Edge: the value types of the merged knowledge graph.
#include <map>
#include <string>
#include <vector>

#include "graph/evidence.h"
#include "graph/types.h"

namespace cg {

// A stable, human-readable node id: "ods:RJC" where the node is linked to an
// official code, else "<type>:<normalised canonical name>"
// ("person:simon stevens"). See graph/identity.h.
using NodeId = std::string;

// One issue in which a node is mentioned.
struct Sighting {
  std::string issue;
  std::string date;  // may be empty
  friend bool operator==(const Sighting&, const Sighting&) = default;
};

struct Node {
  NodeId id;
  EntityType type = EntityType::kOrganisation;
  std::string name;                           // canonical name
  std::vector<std::string> aliases;           // every other form seen, sorted
  std::map<std::string, std::string> attributes;
  std::map<std::string, std::string> codes;   // "ods" -> "RJC", "ons" -> "E38..."
  std::vector<Sighting> seen;                 // issues mentioning it, sorted by (date, issue)

  friend bool operator==(const Node&, const Node&) = default;
};

struct Edge {
  RelationType type = RelationType::kRole;
  NodeId head;
  NodeId tail;
  // role, kind, stance, rating, vanguard ("true"/"false"), source ("text"/"reference")
  std::map<std::string, std::string> attributes;
  std::vector<Evidence> evidence;             // sorted by (date, issue, begin)

  friend bool operator==(const Edge&, const Edge&) = default;
};

// The date range an edge's evidence spans ("" where undated).
std::string FirstSeen(const Edge& e);
std::string LastSeen(const Edge& e);
// True iff every piece of evidence is reference data.
bool IsReferenceEdge(const Edge& e);

}  // namespace cg
