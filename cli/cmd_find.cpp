// caregraph find TEXT: entities by name, alias, id or code; exact, prefix,
// word and near (edit distance) matches, best first.
#include "cli/commands.h"
#include "cli/query_args.h"

namespace cg::cli {

void SetupFind(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<QueryArgs>();
  auto text = std::make_shared<std::string>();
  auto limit = std::make_shared<size_t>(50);
  sub.add_option("text", *text, "a name, alias, id or code, or part of one")->required();
  sub.add_option("--limit", *limit, "at most this many matches (default 50, 0: all)");
  AddQueryOptions(sub, a.get());
  sub.callback([=] {
    auto ctx = Prepare(*a);
    *exit_code = ctx.ok() ? Print(Find(ctx->graph, *text, ctx->options, *limit), a->json) : Fail(ctx.status());
  });
}

}  // namespace cg::cli
