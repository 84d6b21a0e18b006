#include "cli/commands.h"

namespace cg::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"extract", "extract entities and relations from issues to JSON files", SetupExtract},
      {"ingest", "add issues (files or folders) to the database", SetupIngest},
      {"remove", "retract one issue from the database", SetupRemove},
      {"reindex", "re-extract every stored issue with this version's extractor", SetupReindex},
      {"verify", "check the database's indexes against its primary data", SetupVerify},
      {"stats", "count issues, nodes by type and edges by type", SetupStats},
      {"show", "an entity's card: codes, aliases, relations and evidence", SetupShow},
      {"neighbours", "entities around one entity", SetupNeighbours},
      {"find", "entities by name, alias, id or code: exact, prefix and near matches", SetupFind},
      {"path", "the shortest chain of relations between two entities, with evidence", SetupPath},
      {"rank", "the most central entities by degree, betweenness or pagerank", SetupRank},
      {"communities", "connected components and Louvain communities", SetupCommunities},
      {"timeline", "an entity's mentions and new relations, issue by issue", SetupTimeline},
      {"render", "draw the graph to .svg, .png, .pdf or .dot", SetupRender},
      {"map", "draw one view: chains, vanguards, people, ego NAME, issue ID", SetupMap},
      {"export", "dump the graph for networkx, pandas, Gephi and graph databases", SetupExport},
  };
  return kCommands;
}

}  // namespace cg::cli
