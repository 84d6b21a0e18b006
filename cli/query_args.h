#pragma once
// Options and output shared by the query subcommands (find, show,
// neighbours, path, rank, communities, timeline): --db, the filters of
// graph/filter.h (--type, --rel, --since, --until, --source) and --json.
#include <CLI/CLI.hpp>

#include <iostream>
#include <string>
#include <vector>

#include "cli/common.h"
#include "graph/filter.h"
#include "graph/query.h"

namespace cg::cli {

// The filters of graph/filter.h as command-line words.
struct FilterArgs {
  std::vector<std::string> types, relations;
  std::string since, until, source = "all";
  // Checks the words (no database needed to reject a bad --type).
  Result<GraphFilter> Make() const { return MakeFilter(types, relations, since, until, source); }
};

// Adds --type, --rel, --since, --until and --source to `sub`. --type and
// --rel repeat or take comma lists ("--type Trust,CCG").
inline void AddFilterOptions(CLI::App& sub, FilterArgs* a) {
  sub.add_option("--type", a->types, "entity types (Trust, CCG, STP, Person, Policy, CareModel, NationalBody, "
                                     "LocalAuthority, Organisation, Place)")
      ->expected(1)->delimiter(',');
  sub.add_option("--rel", a->relations, "relation types (ROLE, PARTNER, DEVELOPS, PART_OF, LOCATED_IN, "
                                        "REGULATES, PUBLISHES, COMMISSIONS, COMMENTS_ON)")
      ->expected(1)->delimiter(',');
  sub.add_option("--since", a->since, "only evidence from issues dated on or after YYYY[-MM[-DD]]");
  sub.add_option("--until", a->until, "only evidence from issues dated on or before YYYY[-MM[-DD]]");
  sub.add_option("--source", a->source, "evidence source: text, reference or all (default all)");
}

struct QueryArgs : FilterArgs {
  std::string db;
  bool json = false;
};

// Adds --db, the filters and --json to `sub`.
inline void AddQueryOptions(CLI::App& sub, QueryArgs* a) {
  AddDbOption(sub, &a->db);
  AddFilterOptions(sub, a);
  sub.add_flag("--json", a->json, "print JSON (schema: docs/queries.md) instead of a table");
}

// The loaded graph and the checked filter of one query.
struct QueryContext {
  Graph graph;
  QueryOptions options;
};

// Checks the filter first (no database needed to reject a bad --type),
// then loads the graph.
inline Result<QueryContext> Prepare(const QueryArgs& a) {
  auto filter = a.Make();
  if (!filter.ok()) return filter.status();
  auto graph = LoadGraph(a.db);
  if (!graph.ok()) return graph.status();
  return QueryContext{std::move(*graph), QueryOptions{std::move(*filter)}};
}

// Prints a result as a table or JSON; returns the exit status (Fail's for
// an error: 2 for an ambiguous name, 1 otherwise).
template <typename R>
int Print(const R& r, bool json) {
  if (json) std::cout << ToJson(r).dump(2) << "\n";
  else std::cout << ToText(r);
  return 0;
}
template <typename R>
int Print(const Result<R>& r, bool json) {
  return r.ok() ? Print(r.value(), json) : Fail(r.status());
}

}  // namespace cg::cli
