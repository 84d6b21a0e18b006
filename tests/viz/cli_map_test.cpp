// `caregraph render` and `caregraph map` end to end: ingest the samples,
// draw every kind, check the files and the errors a user would see.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "tests/test_util.h"

using namespace cg::test;
namespace fs = std::filesystem;

namespace {

std::string Head(const fs::path& p, size_t n) {
  std::ifstream in(p, std::ios::binary);
  std::string s(n, '\0');
  in.read(s.data(), static_cast<std::streamsize>(n));
  s.resize(static_cast<size_t>(in.gcount()));
  return s;
}

}  // namespace

TEST_CASE("CLI map: every kind renders from the ingested samples", "[viz][cli]") {
  TempDir dir;
  const std::string db = Quote((dir / "db").string());
  auto ingest = RunCli("ingest --db " + db + " " + Quote((SourceDir() / "samples").string()));
  REQUIRE(ingest.status == 0);

  auto render = RunCli("render --db " + db + " --out " + Quote((dir / "all.svg").string()));
  REQUIRE(render.status == 0);
  CHECK(render.out == (dir / "all.svg").string() + "\n");
  CHECK(render.err.empty());  // no Graphviz noise
  CHECK(RunShell("xmllint --noout " + Quote((dir / "all.svg").string())).status == 0);

  for (const char* kind : {"chains", "vanguards", "people"}) {
    const fs::path out = dir / (std::string(kind) + ".png");
    auto r = RunCli(std::string("map ") + kind + " --db " + db + " --out " + Quote(out.string()));
    INFO(kind << ": " << r.err);
    if (r.status == 1 && r.err.find("nothing to draw") != std::string::npos) {
      // The samples' extraction has none of this kind's relations yet.
      WARN("map " << kind << ": the ingested samples give nothing to draw");
      CHECK(!fs::exists(out));
      continue;
    }
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(Head(out, 4) == "\x89PNG");
  }
  // ego by name, issue by the file it came from.
  auto ego = RunCli("map ego 'NHS England' --depth 1 --db " + db + " --out " + Quote((dir / "ego.dot").string()));
  INFO(ego.err);
  CHECK(ego.status == 0);
  CHECK(Head(dir / "ego.dot", 8) == "digraph ");
  fs::path first_sample;
  for (const auto& e : fs::directory_iterator(SourceDir() / "samples"))
    if (e.path().extension() == ".txt" && (first_sample.empty() || e.path() < first_sample)) first_sample = e.path();
  auto issue = RunCli("map issue " + Quote(first_sample.string()) + " --db " + db + " --out " +
                      Quote((dir / "issue.pdf").string()));
  INFO(issue.err);
  CHECK(issue.status == 0);
  CHECK(Head(dir / "issue.pdf", 5) == "%PDF-");
}

TEST_CASE("CLI map: errors are one line and leave no file", "[viz][cli]") {
  TempDir dir;
  const std::string db = Quote((dir / "db").string());
  REQUIRE(RunCli("ingest --db " + db + " " + Quote((SourceDir() / "samples").string())).status == 0);
  auto missing = RunCli("map people --db " + db + " --out " + Quote((dir / "nope/x.svg").string()));
  CHECK(missing.status != 0);
  CHECK(missing.err.find("nope") != std::string::npos);
  CHECK(std::count(missing.err.begin(), missing.err.end(), '\n') == 1);
  auto ext = RunCli("render --db " + db + " --out " + Quote((dir / "x.jpg").string()));
  CHECK(ext.status != 0);
  CHECK(ext.err.find(".jpg") != std::string::npos);
  auto kind = RunCli("map galaxies --db " + db + " --out " + Quote((dir / "x.svg").string()));
  CHECK(kind.status != 0);
  auto who = RunCli("map ego 'Nobody At All' --db " + db + " --out " + Quote((dir / "x.svg").string()));
  CHECK(who.status == 1);
  CHECK(who.err.find("Nobody At All") != std::string::npos);
  auto type = RunCli("map people --type Hospital --db " + db + " --out " + Quote((dir / "x.svg").string()));
  CHECK(type.status == 1);
  CHECK(type.err.find("Hospital") != std::string::npos);
  CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);  // just the db
}
