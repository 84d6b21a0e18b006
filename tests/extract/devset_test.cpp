// The development set: ../shared/seeds scored against ../shared/gold with the
// project's scorer. Skips where ../shared is absent.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/extractor.h"
#include "graph/json.h"
#include "tests/test_util.h"

TEST_CASE("Devset: entity F1 >= 0.90 and relation F1 >= 0.70 on the seeds", "[extract]") {
  if (!cg::test::HaveShared()) {
    WARN("skipped: " << cg::test::SharedDir() << " is absent");
    return;
  }
  namespace fs = std::filesystem;
  const fs::path seeds = cg::test::SharedDir() / "seeds";
  const fs::path gold = cg::test::SharedDir() / "gold";
  REQUIRE(fs::exists(gold / "score.py"));
  cg::test::TempDir out;
  int n = 0;
  for (const auto& e : fs::directory_iterator(seeds)) {
    const auto ext = e.path().extension();
    if (ext != ".txt" && ext != ".html") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto x = cg::Extractor::Default().Extract(e.path().filename().string(), ss.str());
    INFO(x.status().message());
    REQUIRE(x.ok());
    std::ofstream(out / (e.path().stem().string() + ".json")) << nlohmann::json(*x).dump(2) << "\n";
    ++n;
  }
  REQUIRE(n > 0);
  auto r = cg::test::RunShell("/usr/bin/python3 " + cg::test::Quote((gold / "score.py").string()) + " " +
                              cg::test::Quote(gold.string()) + " " + cg::test::Quote(out.path().string()) +
                              " --json");
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  const double ef = j["entities"]["f1"].get<double>();
  const double rf = j["relations"]["f1"].get<double>();
  // Per type, for the log.
  for (const auto& [type, c] : j["entity_types"].items()) UNSCOPED_INFO("entity " << type << " F1=" << c["f1"]);
  for (const auto& [type, c] : j["relation_types"].items()) UNSCOPED_INFO("relation " << type << " F1=" << c["f1"]);
  UNSCOPED_INFO("entities F1=" << ef << " relations F1=" << rf);
  CHECK(ef >= 0.90);
  CHECK(rf >= 0.70);
  // Every gold file found its system file.
  for (const auto& [doc, c] : j["documents"].items()) {
    INFO(doc);
    CHECK(fs::exists(out / doc));
  }
}
