// caregraph show NAME: the entity's card: type, names, codes, attributes,
// every relation grouped by type with its evidence, and the issues.
#include "cli/commands.h"
#include "cli/query_args.h"

namespace cg::cli {

void SetupShow(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<QueryArgs>();
  auto name = std::make_shared<std::string>();
  sub.add_option("name", *name, "the entity: name, alias, id or code")->required();
  AddQueryOptions(sub, a.get());
  sub.callback([=] {
    auto ctx = Prepare(*a);
    *exit_code = ctx.ok() ? Print(Show(ctx->graph, *name, ctx->options), a->json) : Fail(ctx.status());
  });
}

}  // namespace cg::cli
