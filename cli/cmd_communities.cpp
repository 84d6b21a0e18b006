// caregraph communities: connected components and Louvain communities.
#include "cli/commands.h"
#include "cli/query_args.h"

namespace cg::cli {

void SetupCommunities(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<QueryArgs>();
  AddQueryOptions(sub, a.get());
  sub.callback([=] {
    auto ctx = Prepare(*a);
    *exit_code = ctx.ok() ? Print(FindCommunities(ctx->graph, ctx->options), a->json) : Fail(ctx.status());
  });
}

}  // namespace cg::cli
