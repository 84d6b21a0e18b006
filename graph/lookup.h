#pragma once
// Name lookup: from what a user types ("SWFT", "simon stevens", "Wye Vally")
// to graph nodes.
//
// Every node is known by its canonical name, its aliases, its id
// ("ods:RJC", "person:simon stevens") and its code values ("RJC"), all
// compared after NormaliseName() (case, punctuation, "the", "&" folded).
// Matches come in tiers, best first:
//   kExact   the text equals the name, the id or a code;
//   kAlias   it equals an alias;
//   kPrefix  a known form starts with it ("wye" -> "wye valley nhs trust");
//   kWord    a known form contains it as whole words ("stevens");
//   kNear    a known form is within a small Damerau-Levenshtein distance
//            (1 for up to 4 characters, then one per 4 characters, at most 3).
// Within a tier: smaller distance, then name, then id.
//
// Thread-safety: free functions over a const Graph; safe concurrently.
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "graph/status.h"
#include "graph/types.h"

namespace cg {

enum class MatchKind { kExact = 0, kAlias = 1, kPrefix = 2, kWord = 3, kNear = 4 };
std::string_view ToString(MatchKind k);

struct NameMatch {
  Graph::Index node = 0;
  MatchKind kind = MatchKind::kNear;
  std::string form;   // the name, alias, id or code that matched, as stored
  int distance = 0;   // edit distance of the normalised forms (0 unless kNear)
};

// Every node matching `text` (one entry per node, its best match), best
// first; only nodes whose type is in `types` (empty: all). At most `limit`
// entries (0: no limit).
std::vector<NameMatch> FindNodes(const Graph& g, std::string_view text,
                                 const std::vector<EntityType>& types = {}, size_t limit = 0);

// The one node `name` designates:
//  - the node whose name, id or code it is, if only one;
//  - else the node with it as an alias, if only one;
//  - else the prefix/word match, if only one;
//  - Status::Ambiguous if the best of those tiers holds several nodes: the message
//    lists them as `Name (Type, id)` so the user can retype the id;
//  - Status::NotFound otherwise, suggesting up to three near names.
Result<Graph::Index> ResolveNode(const Graph& g, std::string_view name,
                                 const std::vector<EntityType>& types = {});

// Optimal-string-alignment (restricted Damerau-Levenshtein) distance,
// bytewise; gives up and returns `cap`+1 once the distance exceeds `cap`.
int EditDistance(std::string_view a, std::string_view b, int cap);

}  // namespace cg
