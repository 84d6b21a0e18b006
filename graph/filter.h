#pragma once
// GraphFilter: the filters every query shares (--type, --rel, --since,
// --until, --source) and Apply(), which cuts a graph down to them.
//
// A date window gives the graph "as the issues of that window describe it":
// an edge keeps only the evidence dated inside the window and disappears
// when none is left; a node keeps only its sightings inside the window and
// disappears when it has none and no kept edge touches it. Undated evidence
// and sightings (reference data, issues without a date) are excluded as soon
// as either bound is set.
#include <optional>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/status.h"
#include "graph/types.h"

namespace cg {

// Which evidence counts: read in an issue's text, NHS reference data, or both.
enum class SourceFilter { kAll, kText, kReference };

struct GraphFilter {
  // Node types kept (empty: all). Edges lose an end and disappear with it.
  std::vector<EntityType> node_types;
  // Relation types kept (empty: all).
  std::vector<RelationType> relation_types;
  // Inclusive bounds on evidence dates: "YYYY", "YYYY-MM" or "YYYY-MM-DD";
  // a partial bound covers the whole year or month ("--until 2016-10"
  // includes 2016-10-31). Empty: unbounded.
  std::string since;
  std::string until;
  SourceFilter source = SourceFilter::kAll;
  // Node ids kept whatever their type (a query's own endpoints).
  std::vector<NodeId> keep;

  // True iff the filter changes nothing (Apply would copy the graph).
  bool empty() const;
  bool has_window() const { return !since.empty() || !until.empty(); }
  // True iff `date` lies in the window (always true without a window).
  bool InWindow(const std::string& date) const;
  bool KeepsType(EntityType t) const;
  bool KeepsRelation(RelationType t) const;
};

// Builds a filter from command-line words, checking each: unknown types or
// relations name the bad word and list the valid ones; dates must be
// YYYY[-MM[-DD]]; since must not be after until; source is text, reference
// or all ("" means all).
Result<GraphFilter> MakeFilter(const std::vector<std::string>& types,
                               const std::vector<std::string>& relations,
                               const std::string& since, const std::string& until,
                               const std::string& source);

// The subgraph of `g` that `f` describes (see the file comment), canonicalised.
Graph Apply(const Graph& g, const GraphFilter& f);

}  // namespace cg
