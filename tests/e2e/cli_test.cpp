// End-to-end: the built `caregraph` on the bundled samples and on the seed
// issues, as the README's main job runs it, plus the CLI's contract (help,
// one-line errors, exit codes).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/test_util.h"

namespace fs = std::filesystem;
using cg::test::Quote;
using cg::test::RunCli;
using cg::test::RunShell;
using cg::test::TempDir;

namespace {

std::string Samples() { return (cg::test::SourceDir() / "samples").string(); }

size_t Lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("CLI: every subcommand has --help", "[e2e]") {
  auto top = RunCli("--help");
  REQUIRE(top.status == 0);
  for (const char* cmd : {"extract", "ingest", "remove", "reindex", "verify", "stats", "show", "neighbours", "render",
                          "export", "find", "path", "rank", "communities", "timeline", "map"}) {
    INFO(cmd);
    CHECK(top.out.find(cmd) != std::string::npos);
    auto r = RunCli(std::string(cmd) + " --help");
    CHECK(r.status == 0);
    CHECK(r.out.find("Usage") != std::string::npos);
  }
}

TEST_CASE("CLI: the main job on the samples: ingest, stats, render", "[e2e]") {
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  auto ingest = RunCli("ingest --db " + Quote(db) + " " + Quote(Samples()));
  INFO(ingest.err);
  REQUIRE(ingest.status == 0);

  auto stats = RunCli("stats --db " + Quote(db) + " --json");
  REQUIRE(stats.status == 0);
  auto j = nlohmann::json::parse(stats.out);
  // Every sample issue (text and HTML), the notebook's gold folder ignored.
  size_t issues = 0;
  for (const auto& e : fs::directory_iterator(Samples())) {
    auto ext = e.path().extension();
    issues += (ext == ".txt" || ext == ".html");
  }
  CHECK(j.dump().find("\"issues\":" + std::to_string(issues)) != std::string::npos);
  // The samples name trusts, CCGs, people, national bodies and care models,
  // and the extractor finds roles, partnerships and regulation among them.
  const std::string s = j.dump();
  for (const char* type : {"Trust", "CCG", "Person", "NationalBody", "CareModel", "Place"}) {
    INFO(type);
    CHECK(s.find(std::string("\"") + type + "\"") != std::string::npos);
  }
  for (const char* rel : {"ROLE", "PARTNER", "REGULATES", "DEVELOPS"}) {
    INFO(rel);
    CHECK(s.find(std::string("\"") + rel + "\"") != std::string::npos);
  }

  const std::string svg = (tmp / "map.svg").string();
  auto render = RunCli("render --db " + Quote(db) + " --out " + Quote(svg));
  INFO(render.err);
  REQUIRE(render.status == 0);
  CHECK(render.out.find(svg) != std::string::npos);
  REQUIRE(fs::exists(svg));
  auto xml = RunShell("xmllint --noout " + Quote(svg));
  CHECK(xml.status == 0);
  // Typed nodes and a legend are drawn.
  const std::string body = Slurp(svg);
  CHECK(body.find("NHS Improvement") != std::string::npos);
  CHECK(body.find("Trust") != std::string::npos);
}

TEST_CASE("CLI: ingesting the same issues again changes nothing", "[e2e]") {
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  REQUIRE(RunCli("ingest --db " + Quote(db) + " " + Quote(Samples())).status == 0);
  auto before = RunCli("export --db " + Quote(db) + " --format jsonl");
  REQUIRE(RunCli("ingest --db " + Quote(db) + " " + Quote(Samples())).status == 0);
  auto after = RunCli("export --db " + Quote(db) + " --format jsonl");
  CHECK(before.out == after.out);
  CHECK(Lines(after.out) > 20);
}

TEST_CASE("CLI: extract writes GUIDE.md JSON for each input", "[e2e]") {
  TempDir tmp;
  auto r = RunCli("extract --out " + Quote((tmp / "out").string()) + " " + Quote(Samples()));
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto x = nlohmann::json::parse(Slurp(tmp / "out" / "01_hospital_chains.json"));
  CHECK(x["doc"] == "01_hospital_chains.txt");
  CHECK(x["date"] == "2015-11-24");
  REQUIRE(x["entities"].is_array());
  REQUIRE(x["relations"].is_array());
  bool linked = false;
  for (const auto& e : x["entities"])
    if (e["name"] == "Frimley Health NHS Foundation Trust") linked = e["codes"]["ods"] == "RDU";
  CHECK(linked);
  for (const auto& rel : x["relations"]) {
    CHECK(rel.contains("evidence"));
    CHECK(!rel["evidence"].get<std::string>().empty());
  }
  // The HTML sample: its script text never reaches the extraction.
  auto html = Slurp(tmp / "out" / "03_nhs_improvement_launch.json");
  CHECK(html.find("Jane Doe") == std::string::npos);
}

TEST_CASE("CLI: extract --explain prints each entity's and relation's rule", "[e2e]") {
  auto r = RunCli("extract --explain " + Quote(Samples() + "/01_hospital_chains.txt"));
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.rfind("== 01_hospital_chains.txt\n", 0) == 0);
  CHECK(r.out.find("entity Trust \"Frimley Health NHS Foundation Trust\" [RDU]") != std::string::npos);
  CHECK(r.out.find("relation ROLE ") != std::string::npos);
  CHECK(r.out.find("<- role.") != std::string::npos);
  CHECK(r.out.find("<- ?") == std::string::npos);
  auto missing = RunCli("extract --explain");
  CHECK(missing.status != 0);
  CHECK(Lines(missing.err) == 1);
}

TEST_CASE("CLI: the seed issues extract and score against the gold", "[e2e][shared]") {
  if (!cg::test::HaveShared()) {
    WARN("../shared is absent: skipping the development-set check");
    return;
  }
  TempDir tmp;
  auto r = RunCli("extract --out " + Quote((tmp / "out").string()) + " " +
                  Quote((cg::test::SharedDir() / "seeds").string()));
  REQUIRE(r.status == 0);
  auto score = RunShell("/usr/bin/python3 " + Quote((cg::test::SharedDir() / "gold" / "score.py").string()) + " " +
                        Quote((cg::test::SharedDir() / "gold").string()) + " " + Quote((tmp / "out").string()) +
                        " --json");
  REQUIRE(score.status == 0);
  auto j = nlohmann::json::parse(score.out);
  CHECK(j["entities"]["f1"].get<double>() >= 0.90);
  CHECK(j["relations"]["f1"].get<double>() >= 0.70);
}

TEST_CASE("CLI: bad input gets a one-line error naming the file", "[e2e]") {
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  SECTION("missing path") {
    auto r = RunCli("ingest --db " + Quote(db) + " " + Quote((tmp / "nope.txt").string()));
    CHECK(r.status != 0);
    CHECK(Lines(r.err) == 1);
    CHECK(r.err.find("nope.txt") != std::string::npos);
  }
  SECTION("invalid UTF-8") {
    std::ofstream(tmp / "bad.txt", std::ios::binary) << "Date: 2016-01-01\nA title\n\nBad \xff\xfe bytes.\n";
    auto r = RunCli("extract --out " + Quote((tmp / "out").string()) + " " + Quote((tmp / "bad.txt").string()));
    CHECK(r.status != 0);
    CHECK(Lines(r.err) == 1);
    CHECK(r.err.find("bad.txt") != std::string::npos);
    CHECK(r.err.find("UTF-8") != std::string::npos);
    CHECK(!fs::exists(tmp / "out" / "bad.json"));
  }
  SECTION("a folder with no issues") {
    fs::create_directories(tmp / "empty");
    auto r = RunCli("ingest --db " + Quote(db) + " " + Quote((tmp / "empty").string()));
    CHECK(r.status != 0);
    CHECK(r.err.find("empty") != std::string::npos);
  }
  SECTION("a query on a database that does not exist") {
    auto r = RunCli("stats --db " + Quote((tmp / "none").string()));
    CHECK(r.status != 0);
    CHECK(Lines(r.err) == 1);
  }
}
