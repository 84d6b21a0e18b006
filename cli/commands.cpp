#include "cli/commands.h"

namespace cg::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"extract", "extract entities and relations from issues to JSON files", Needs::kNothing, SetupExtract},
      {"ingest", "add issues (files or folders) to the database", Needs::kWriteStore, SetupIngest},
      {"remove", "retract one issue from the database", Needs::kWriteStore, SetupRemove},
      {"reindex", "re-extract every stored issue with this version's extractor", Needs::kWriteStore, SetupReindex},
      {"verify", "check the database's indexes against its primary data", Needs::kReadStore, SetupVerify},
      {"stats", "count issues, nodes by type and edges by type", Needs::kReadStore, SetupStats},
      {"show", "an entity's card: codes, aliases, relations and evidence", Needs::kReadStore, SetupShow},
      {"neighbours", "entities around one entity", Needs::kReadStore, SetupNeighbours},
      {"find", "entities by name, alias, id or code: exact, prefix and near matches", Needs::kReadStore, SetupFind},
      {"path", "the shortest chain of relations between two entities, with evidence", Needs::kReadStore, SetupPath},
      {"rank", "the most central entities by degree, betweenness or pagerank", Needs::kReadStore, SetupRank},
      {"communities", "connected components and Louvain communities", Needs::kReadStore, SetupCommunities},
      {"timeline", "an entity's mentions and new relations, issue by issue", Needs::kReadStore, SetupTimeline},
      {"render", "draw the graph to .svg, .png, .pdf or .dot", Needs::kReadStore, SetupRender},
      {"map", "draw one view: chains, vanguards, people, ego NAME, issue ID", Needs::kReadStore, SetupMap},
      {"export", "dump the graph for networkx, pandas, Gephi and graph databases", Needs::kReadStore, SetupExport},
  };
  return kCommands;
}

}  // namespace cg::cli
