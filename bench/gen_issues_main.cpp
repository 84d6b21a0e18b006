// gen_issues --count N [--seed S] [--reference DIR] --out DIR: writes N
// synthetic briefing issues (DIR/000000.txt ...) for benchmarks and demos.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "bench/gen_issues.h"

int main(int argc, char** argv) {
  CLI::App app{"gen_issues: deterministic synthetic briefing issues"};
  uint64_t count = 100, seed = 1;
  std::string out, reference = "data/reference";
  app.add_option("--count", count, "how many issues");
  app.add_option("--seed", seed, "generator seed");
  app.add_option("--reference", reference, "folder with trusts.csv, ccgs.csv, stps.csv");
  app.add_option("--out", out, "output folder")->required();
  CLI11_PARSE(app, argc, argv);
  std::error_code ec;
  std::filesystem::create_directories(out, ec);
  if (ec) {
    std::cerr << "gen_issues: " << out << ": " << ec.message() << "\n";
    return 1;
  }
  const auto names = cg::bench::LoadNameLists(reference);
  for (uint64_t i = 0; i < count; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "%06llu.txt", static_cast<unsigned long long>(i));
    std::ofstream f(std::filesystem::path(out) / name, std::ios::binary);
    f << cg::bench::GenerateIssue(names, seed, i).text;
    if (!f) {
      std::cerr << "gen_issues: " << out << "/" << name << ": write failed\n";
      return 1;
    }
  }
  return 0;
}
