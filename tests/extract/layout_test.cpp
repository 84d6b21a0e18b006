// extract/ by stage: document/ <- knowledge/ <- entities/ <- relations/ <-
// the pipeline, registry and Extractor facade at the top. A file may include
// its own stage's headers and those of the stages before it, never a later
// stage's or the top's: the folder shows the pipeline, and a change to a
// relation rule cannot reach back into reading or entities.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "tests/test_util.h"

namespace fs = std::filesystem;

TEST_CASE("Layout: no include in extract/ runs back up a stage", "[extract][layout]") {
  const std::map<std::string, int> rank = {{"document", 0}, {"knowledge", 1}, {"entities", 2}, {"relations", 3}};
  const fs::path root = cg::test::SourceDir() / "extract";
  int files = 0;
  for (const auto& [stage, r] : rank) {
    REQUIRE(fs::is_directory(root / stage));
    for (const auto& e : fs::directory_iterator(root / stage)) {
      ++files;
      std::ifstream in(e.path());
      std::string line;
      while (std::getline(in, line)) {
        const std::string prefix = "#include \"extract/";
        if (line.rfind(prefix, 0) != 0) continue;
        const std::string target = line.substr(prefix.size(), line.find('"', prefix.size()) - prefix.size());
        const size_t slash = target.find('/');
        INFO(e.path().string() << ": " << line);
        REQUIRE(slash != std::string::npos);  // never a top-level header (pipeline, extractor)
        const auto it = rank.find(target.substr(0, slash));
        REQUIRE(it != rank.end());
        CHECK(it->second <= r);
      }
    }
  }
  CHECK(files > 30);
}
