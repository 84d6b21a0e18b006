// Replays every input the fuzz harnesses ever failed on (tests/regress/
// <harness>/) and every seed (fuzz/corpus/<harness>/) through the
// harnesses' properties, so a fixed bug stays fixed in every build, not
// only in the clang fuzz build.
#include <catch2/catch.hpp>
#include <fstream>

#include "fuzz/properties.h"
#include "tests/test_util.h"

namespace cg {
namespace {
namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Runs `check` on every file of tests/regress/<harness> and fuzz/corpus/<harness>.
template <typename Check>
void Replay(const std::string& harness, Check check) {
  size_t files = 0;
  for (const fs::path& dir : {test::SourceDir() / "tests/regress" / harness, test::SourceDir() / "fuzz/corpus" / harness,
                              // the extractor's seeds include the sample issues
                              harness == std::string("extract") ? test::SourceDir() / "samples" : fs::path()}) {
    // A harness whose fuzzing found nothing yet has no crash folder.
    if (dir.empty() || !fs::is_directory(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (!e.is_regular_file()) continue;
      ++files;
      INFO(e.path().string());
      CHECK(check(Slurp(e.path())) == "");
    }
  }
  CHECK(files > 0);
}

TEST_CASE("regress: the extractor on every crash input and seed", "[regress]") {
  Replay("extract", fuzz::CheckExtract);
}
TEST_CASE("regress: the extraction JSON reader on every crash input and seed", "[regress]") {
  Replay("extraction_json", fuzz::CheckExtractionJson);
}
TEST_CASE("regress: the store codec on every crash input and seed", "[regress]") {
  Replay("codec", fuzz::CheckCodec);
}

// fuzz_extract, first seconds: reference DEVELOPS relations carry a
// `vanguard_name` attribute that extraction JSON wrote but did not read.
TEST_CASE("regress: every relation attribute survives extraction JSON", "[regress]") {
  ExtractedRelation r;
  r.type = RelationType::kDevelops;
  r.head = "Salford Royal NHS Foundation Trust";
  r.tail = "acute care collaboration";
  r.attributes = {{"vanguard", "true"}, {"vanguard_name", "Salford and Wigan Foundation Chain"}, {"kind", "chain"}};
  Extraction x;
  x.relations = {r};
  auto back = ParseExtraction(nlohmann::json(x).dump(), "x.json");
  REQUIRE(back.ok());
  CHECK(back->relations.at(0).attributes == r.attributes);
  // Structural keys stay structural, and non-string values are not attributes.
  auto odd = ParseExtraction(R"({"relations":[{"type":"ROLE","head":"a","tail":"b","role":"chair",
      "evidence":"s","date":"2016-01-01","source":"reference","weight":3}]})", "y.json");
  REQUIRE(odd.ok());
  CHECK(odd->relations.at(0).attributes == std::map<std::string, std::string>{{"role", "chair"}});
}

}  // namespace
}  // namespace cg
