// caregraph timeline NAME: per issue date, whether the entity is mentioned,
// how much evidence its relations have, and the relations first seen then.
#include "cli/commands.h"
#include "cli/query_args.h"

namespace cg::cli {

void SetupTimeline(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<QueryArgs>();
  auto name = std::make_shared<std::string>();
  sub.add_option("name", *name, "the entity: name, alias, id or code")->required();
  AddQueryOptions(sub, a.get());
  sub.callback([=] {
    auto ctx = Prepare(*a);
    *exit_code = ctx.ok() ? Print(Timeline(ctx->graph, *name, ctx->options), a->json) : Fail(ctx.status());
  });
}

}  // namespace cg::cli
