// caregraph rank [--by degree|betweenness|pagerank] [--top N]: the most
// central entities.
#include "cli/commands.h"
#include "cli/query_args.h"

namespace cg::cli {

void SetupRank(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<QueryArgs>();
  auto by = std::make_shared<std::string>("degree");
  auto top = std::make_shared<size_t>(20);
  sub.add_option("--by", *by, "degree, betweenness or pagerank (default degree)");
  sub.add_option("--top", *top, "rows to print (default 20, 0: all)");
  AddQueryOptions(sub, a.get());
  sub.callback([=] {
    auto measure = ParseRankBy(*by);
    auto ctx = measure.ok() ? Prepare(*a) : Result<QueryContext>(measure.status());
    *exit_code = ctx.ok() ? Print(Rank(ctx->graph, *measure, *top, ctx->options), a->json) : Fail(ctx.status());
  });
}

}  // namespace cg::cli
