// The development set scored with the project's scorer (../shared/gold/
// score.py): the seeds against ../shared/gold, the dev2 excerpts against
// ../shared/dev2/gold (both skip where ../shared is absent), and the
// project's own samples against samples/gold. The floors sit a little under
// today's figures (commit messages and the issue notes have them): a change
// that costs the development set fails here.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <map>
#include <sstream>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "graph/json.h"
#include "tests/test_util.h"

namespace fs = std::filesystem;

namespace {

struct Scores {
  double entities = 0;
  double relations = 0;
  // relation type -> (F1, number of gold relations)
  std::map<std::string, std::pair<double, int>> relation_types;
};

// Extracts every .txt/.html of each `docs` folder and scores them together
// against the gold files of the matching `gold` folders (copied into one).
Scores Score(const std::vector<std::pair<fs::path, fs::path>>& sets) {
  const fs::path scorer = cg::test::SharedDir() / "gold" / "score.py";
  REQUIRE(fs::exists(scorer));
  cg::test::TempDir out, gold;
  int n = 0;
  for (const auto& [docs, gold_dir] : sets) {
    for (const auto& g : fs::directory_iterator(gold_dir))
      if (g.path().extension() == ".json") fs::copy_file(g.path(), gold / g.path().filename());
    for (const auto& e : fs::directory_iterator(docs)) {
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
  }
  REQUIRE(n > 0);
  auto r = cg::test::RunShell("/usr/bin/python3 " + cg::test::Quote(scorer.string()) + " " +
                              cg::test::Quote(gold.path().string()) + " " + cg::test::Quote(out.path().string()) +
                              " --json");
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  Scores s{j["entities"]["f1"].get<double>(), j["relations"]["f1"].get<double>(), {}};
  for (const auto& [type, c] : j["relation_types"].items()) {
    const int gold_count = c["tp"].get<int>() + c["fn"].get<int>();
    s.relation_types[type] = {c["f1"].get<double>(), gold_count};
    UNSCOPED_INFO("relation " << type << " F1=" << c["f1"] << " (" << gold_count << " gold)");
  }
  for (const auto& [doc, c] : j["documents"].items()) {
    INFO(doc);
    CHECK(fs::exists(out / doc));  // every gold file found its system file
  }
  return s;
}

bool HaveDev2() { return cg::test::HaveShared() && fs::exists(cg::test::SharedDir() / "dev2" / "gold"); }

}  // namespace

TEST_CASE("Devset: seeds and dev2 together (entity F1 >= 0.93, relation F1 >= 0.80, each type >= 0.60)",
          "[extract][devset]") {
  if (!HaveDev2()) {
    WARN("skipped: " << (cg::test::SharedDir() / "dev2") << " is absent");
    return;
  }
  const fs::path shared = cg::test::SharedDir();
  const Scores s = Score({{shared / "seeds", shared / "gold"}, {shared / "dev2" / "docs", shared / "dev2" / "gold"}});
  INFO("entities F1=" << s.entities << " relations F1=" << s.relations);
  CHECK(s.entities >= 0.93);
  CHECK(s.relations >= 0.80);
  for (const auto& [type, f] : s.relation_types) {
    if (f.second < 5) continue;  // too few gold relations to judge
    INFO(type << " F1=" << f.first);
    CHECK(f.first >= 0.60);
  }
}

TEST_CASE("Devset: the seeds (entity F1 >= 0.97, relation F1 >= 0.72)", "[extract][devset]") {
  if (!cg::test::HaveShared()) {
    WARN("skipped: " << cg::test::SharedDir() << " is absent");
    return;
  }
  const Scores s = Score({{cg::test::SharedDir() / "seeds", cg::test::SharedDir() / "gold"}});
  INFO("entities F1=" << s.entities << " relations F1=" << s.relations);
  CHECK(s.entities >= 0.97);
  CHECK(s.relations >= 0.72);
}

TEST_CASE("Devset: dev2 (entity F1 >= 0.92, relation F1 >= 0.79)", "[extract][devset]") {
  if (!HaveDev2()) {
    WARN("skipped: " << (cg::test::SharedDir() / "dev2") << " is absent");
    return;
  }
  const Scores s = Score({{cg::test::SharedDir() / "dev2" / "docs", cg::test::SharedDir() / "dev2" / "gold"}});
  INFO("entities F1=" << s.entities << " relations F1=" << s.relations);
  CHECK(s.entities >= 0.92);
  CHECK(s.relations >= 0.79);
}

TEST_CASE("Devset: the samples against samples/gold (entity F1 >= 0.97, relation F1 >= 0.64)", "[extract][devset]") {
  if (!cg::test::HaveShared()) {
    WARN("skipped: the scorer in " << cg::test::SharedDir() << " is absent");
    return;
  }
  const Scores s = Score({{cg::test::SourceDir() / "samples", cg::test::SourceDir() / "samples" / "gold"}});
  INFO("entities F1=" << s.entities << " relations F1=" << s.relations);
  CHECK(s.entities >= 0.97);
  CHECK(s.relations >= 0.64);
}
