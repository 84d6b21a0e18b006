// caregraph path A B: the shortest chain of relations between two
// entities, each hop with its relation and one evidence sentence.
#include "cli/commands.h"
#include "cli/query_args.h"

namespace cg::cli {

void SetupPath(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<QueryArgs>();
  auto ends = std::make_shared<std::vector<std::string>>();
  auto max_len = std::make_shared<uint32_t>(0);
  auto all = std::make_shared<bool>(false);
  sub.add_option("ends", *ends, "the two entities A B")->required()->expected(2);
  sub.add_option("--max-len", *max_len, "at most this many hops (default: no limit)");
  sub.add_flag("--all", *all, "every shortest path (at most 100), not only the first");
  AddQueryOptions(sub, a.get());
  sub.callback([=] {
    auto ctx = Prepare(*a);
    *exit_code = ctx.ok() ? Print(Path(ctx->graph, (*ends)[0], (*ends)[1], *max_len, *all, ctx->options), a->json)
                          : Fail(ctx.status());
  });
}

}  // namespace cg::cli
