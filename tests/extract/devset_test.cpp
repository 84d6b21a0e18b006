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
#include <sstream>

#include "extract/extractor.h"
#include "graph/json.h"
#include "tests/test_util.h"

namespace fs = std::filesystem;

namespace {

struct Scores {
  double entities = 0;
  double relations = 0;
};

// Extracts every .txt/.html of `docs`, scores the folder against `gold`.
Scores Score(const fs::path& docs, const fs::path& gold) {
  const fs::path scorer = cg::test::SharedDir() / "gold" / "score.py";
  REQUIRE(fs::exists(scorer));
  cg::test::TempDir out;
  int n = 0;
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
  REQUIRE(n > 0);
  auto r = cg::test::RunShell("/usr/bin/python3 " + cg::test::Quote(scorer.string()) + " " +
                              cg::test::Quote(gold.string()) + " " + cg::test::Quote(out.path().string()) + " --json");
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  for (const auto& [type, c] : j["relation_types"].items()) UNSCOPED_INFO("relation " << type << " F1=" << c["f1"]);
  for (const auto& [doc, c] : j["documents"].items()) {
    INFO(doc);
    CHECK(fs::exists(out / doc));  // every gold file found its system file
  }
  return {j["entities"]["f1"].get<double>(), j["relations"]["f1"].get<double>()};
}

}  // namespace

TEST_CASE("Devset: the seeds (entity F1 >= 0.97, relation F1 >= 0.72)", "[extract][devset]") {
  if (!cg::test::HaveShared()) {
    WARN("skipped: " << cg::test::SharedDir() << " is absent");
    return;
  }
  const Scores s = Score(cg::test::SharedDir() / "seeds", cg::test::SharedDir() / "gold");
  INFO("entities F1=" << s.entities << " relations F1=" << s.relations);
  CHECK(s.entities >= 0.97);
  CHECK(s.relations >= 0.72);
}

TEST_CASE("Devset: dev2 (entity F1 >= 0.90, relation F1 >= 0.67)", "[extract][devset]") {
  if (!cg::test::HaveShared() || !fs::exists(cg::test::SharedDir() / "dev2" / "gold")) {
    WARN("skipped: " << (cg::test::SharedDir() / "dev2") << " is absent");
    return;
  }
  const Scores s = Score(cg::test::SharedDir() / "dev2" / "docs", cg::test::SharedDir() / "dev2" / "gold");
  INFO("entities F1=" << s.entities << " relations F1=" << s.relations);
  CHECK(s.entities >= 0.90);
  CHECK(s.relations >= 0.67);
}

TEST_CASE("Devset: the samples against samples/gold (entity F1 >= 0.96, relation F1 >= 0.62)", "[extract][devset]") {
  if (!cg::test::HaveShared()) {
    WARN("skipped: the scorer in " << cg::test::SharedDir() << " is absent");
    return;
  }
  const Scores s = Score(cg::test::SourceDir() / "samples", cg::test::SourceDir() / "samples" / "gold");
  INFO("entities F1=" << s.entities << " relations F1=" << s.relations);
  CHECK(s.entities >= 0.96);
  CHECK(s.relations >= 0.62);
}
