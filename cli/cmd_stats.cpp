// caregraph stats [--db PATH] [--json]: issues, nodes by type and edges by
// type, as an aligned table or JSON.
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"

namespace cg::cli {
namespace {

struct StatsArgs {
  std::string db;
  bool json = false;
};

int RunStats(const StatsArgs& a) {
  auto store = OpenForRead(a.db);
  if (!store.ok()) return Fail(store.status());
  auto st = (*store)->Stats();
  if (!st.ok()) return Fail(st.status());
  if (a.json) {
    nlohmann::json j{{"issues", st->issues}, {"nodes", st->nodes}, {"edges", st->edges}};
    j["nodes_by_type"] = nlohmann::json::object();
    j["edges_by_type"] = nlohmann::json::object();
    for (const auto& [t, n] : st->nodes_by_type) j["nodes_by_type"][std::string(ToString(t))] = n;
    for (const auto& [t, n] : st->edges_by_type) j["edges_by_type"][std::string(ToString(t))] = n;
    std::cout << j.dump(2) << "\n";
    return 0;
  }
  auto row = [](std::string_view label, uint64_t n, int indent) {
    std::cout << std::string(indent, ' ') << std::left << std::setw(24 - indent) << label << std::right
              << std::setw(10) << n << "\n";
  };
  row("issues", st->issues, 0);
  row("nodes", st->nodes, 0);
  for (const auto& [t, n] : st->nodes_by_type) row(ToString(t), n, 2);
  row("edges", st->edges, 0);
  for (const auto& [t, n] : st->edges_by_type) row(ToString(t), n, 2);
  return 0;
}

}  // namespace

void SetupStats(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<StatsArgs>();
  AddDbOption(sub, &a->db);
  sub.add_flag("--json", a->json, "print the counts as JSON");
  sub.callback([a, exit_code] { *exit_code = RunStats(*a); });
}

}  // namespace cg::cli
