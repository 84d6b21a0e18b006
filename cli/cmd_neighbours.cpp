// caregraph neighbours NAME [--depth N]: the entities within N hops,
// relations followed in either direction.
#include "cli/commands.h"
#include "cli/query_args.h"

namespace cg::cli {

void SetupNeighbours(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<QueryArgs>();
  auto name = std::make_shared<std::string>();
  auto depth = std::make_shared<uint32_t>(1);
  sub.add_option("name", *name, "the entity: name, alias, id or code")->required();
  sub.add_option("--depth", *depth, "hops (default 1)");
  AddQueryOptions(sub, a.get());
  sub.callback([=] {
    auto ctx = Prepare(*a);
    *exit_code = ctx.ok() ? Print(Neighbours(ctx->graph, *name, *depth, ctx->options), a->json) : Fail(ctx.status());
  });
}

}  // namespace cg::cli
