// Oversized input (ctest label `stress`, about 15 s in the ASan build): a
// 50 MB issue on one line, a 500 KB entity name. They must be read (or refused in one line), never crash.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/test_util.h"

namespace cg {
namespace {

using test::Quote;
using test::RunCli;
using test::TempDir;
namespace fs = std::filesystem;

// 50 MB of prose with no line break: filler sentences, and one sentence
// with entities and a ROLE relation every megabyte.
std::string OneLine50Mb() {
  static const char* kWords[] = {"the",   "plan",  "money", "care",   "board",   "said",   "local", "system",
                                 "winter", "funds", "social", "budget", "review", "pressure", "would", "footprint"};
  const std::string entity = "Jim Mackey, chief executive of NHS Improvement, met Salford Royal NHS Foundation Trust. ";
  std::string out = "Date: 2016-01-12\n";
  const size_t size = 50u * 1000 * 1000;
  out.reserve(size + 200);
  uint32_t x = 12345;
  size_t next_entity = out.size();
  while (out.size() < size) {
    if (out.size() >= next_entity) {
      out += entity;
      next_entity += 1000 * 1000;
    }
    out += "Some";
    for (int i = 0; i < 11; ++i) {
      x = x * 1103515245u + 12345u;
      out += ' ';
      out += kWords[(x >> 16) % 16];
    }
    out += ". ";
  }
  out.resize(size);
  return out;
}

TEST_CASE("a 50 MB issue on a single line is ingested", "[badinput][stress]") {
  TempDir tmp;
  const fs::path issue = tmp / "line.txt";
  {
    std::ofstream out(issue, std::ios::binary);
    out << OneLine50Mb();
  }
  REQUIRE(fs::file_size(issue) == 50u * 1000 * 1000);
  const std::string db = (tmp / "db").string();
  auto r = RunCli("ingest --db " + Quote(db) + " " + Quote(issue.string()));
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("issues: 1 added") != std::string::npos);
  auto show = RunCli("show --json --db " + Quote(db) + " 'Jim Mackey'");
  INFO(show.err);
  REQUIRE(show.status == 0);
  CHECK(show.out.find("NHS Improvement") != std::string::npos);
  auto verify = RunCli("verify --db " + Quote(db));
  CHECK(verify.status == 0);
}

TEST_CASE("a 500 KB entity name is stored, drawn and exported", "[badinput][stress]") {
  // The extractor reads at most 12 words of a name (extract/document/limits.h), so
  // the name comes in an extraction made elsewhere (`ingest --extractions`),
  // where nothing bounds it.
  TempDir tmp;
  std::string name;
  for (int i = 0; i < 100000; ++i) name += "Aaaa ";
  name += "NHS Foundation Trust";
  const fs::path issue = tmp / "issue.jsonl";
  std::ofstream(issue) << R"({"id":"long-1","date":"2016-01-12","text":"John Smith, chief executive of Alderley NHS )"
                       << R"(Foundation Trust, said yes."})" << "\n";
  auto x = RunCli("extract --jsonl < " + Quote(issue.string()));
  REQUIRE(x.status == 0);
  std::string line = x.out;
  for (size_t p; (p = line.find("Alderley NHS Foundation Trust")) != std::string::npos;) line.replace(p, 29, name);
  const fs::path extractions = tmp / "long.jsonl";
  std::ofstream(extractions) << line;
  const std::string db = (tmp / "db").string();
  auto r = RunCli("ingest --db " + Quote(db) + " --extractions " + Quote(extractions.string()));
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto json = RunCli("export --format json --db " + Quote(db));
  REQUIRE(json.status == 0);
  bool found = false;
  const auto graph = nlohmann::json::parse(json.out);
  for (const auto& n : graph.at("nodes")) found |= n.at("name") == name;
  CHECK(found);
  for (const char* out : {"g.svg", "g.dot"}) {
    auto render = RunCli("render --db " + Quote(db) + " --out " + Quote((tmp / out).string()));
    INFO(render.err);
    CHECK(render.status == 0);
  }
  CHECK(RunCli("export --format graphml --db " + Quote(db) + " --out " + Quote((tmp / "g.graphml").string())).status == 0);
  CHECK(RunCli("export --format csv --db " + Quote(db) + " --out " + Quote((tmp / "csv").string())).status == 0);
}

}  // namespace
}  // namespace cg
