// The query subcommands end to end: the seeds ingested into a temporary
// database, then find/show/neighbours/path/rank/communities/timeline run
// through the built caregraph binary.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/test_util.h"

using cg::test::Quote;
using cg::test::RunCli;
using nlohmann::json;

namespace {

// A database of the seeds, built once; empty if that is impossible.
const std::string& SeedDb() {
  static cg::test::TempDir dir;
  static std::string db = [] {
    if (!cg::test::HaveShared()) return std::string();
    const std::string path = (dir / "db").string();
    auto r = RunCli("ingest --db " + Quote(path) + " " + Quote((cg::test::SharedDir() / "seeds").string()));
    return r.status == 0 ? path : std::string();
  }();
  return db;
}

#define REQUIRE_SEED_DB()                                                      \
  if (SeedDb().empty()) {                                                      \
    WARN("skipped: ../shared absent or `caregraph ingest` not implemented");   \
    return;                                                                    \
  }

std::string Db() { return " --db " + Quote(SeedDb()); }

}  // namespace

TEST_CASE("CLI find and show: exact, near, ambiguous and unknown names", "[cli][query]") {
  REQUIRE_SEED_DB();
  auto find = RunCli("find stevens --json" + Db());
  REQUIRE(find.status == 0);
  auto j = json::parse(find.out);
  REQUIRE_FALSE(j["matches"].empty());
  CHECK(j["matches"][0]["node"]["name"] == "Simon Stevens");
  CHECK(j["matches"][0]["node"]["type"] == "Person");

  auto show = RunCli("show 'Simon Stevens' --json" + Db());
  REQUIRE(show.status == 0);
  CHECK(json::parse(show.out)["node"]["id"] == "person:simon stevens");
  auto table = RunCli("show 'simon stevens'" + Db());
  CHECK(table.status == 0);
  CHECK(table.out.find("name        Simon Stevens\ntype        Person\n") == 0);

  // "NHS" begins many names: status 2 and the candidates with their types.
  auto ambiguous = RunCli("show NHS" + Db());
  CHECK(ambiguous.status == 2);
  CHECK(ambiguous.err.find("ambiguous") != std::string::npos);
  CHECK(ambiguous.err.find("NationalBody") != std::string::npos);
  CHECK(ambiguous.out.empty());

  auto typo = RunCli("show 'Simon Stevns'" + Db());
  CHECK(typo.status == 1);
  CHECK(typo.err.find("did you mean: Simon Stevens") != std::string::npos);

  auto bad = RunCli("show 'Simon Stevens' --type Hospital" + Db());
  CHECK(bad.status == 1);
  CHECK(bad.err.find("--type Hospital: unknown entity type") != std::string::npos);
}

TEST_CASE("CLI rank, neighbours, path, communities, timeline", "[cli][query]") {
  REQUIRE_SEED_DB();
  auto rank = RunCli("rank --top 3 --json" + Db());
  REQUIRE(rank.status == 0);
  auto rows = json::parse(rank.out)["rows"];
  REQUIRE(rows.size() == 3);
  CHECK(rows[0]["score"].get<double>() >= rows[2]["score"].get<double>());
  const std::string top = rows[0]["node"]["id"];
  CHECK(RunCli("rank --top 3" + Db()).out.find("RANK  NAME") == 0);

  auto nb = RunCli("neighbours " + Quote(top) + " --json" + Db());
  REQUIRE(nb.status == 0);
  auto neighbours = json::parse(nb.out)["neighbours"];
  REQUIRE_FALSE(neighbours.empty());
  CHECK(neighbours.size() <= rows[0]["degree"].get<size_t>());
  const std::string next = neighbours[0]["node"]["id"];

  auto path = RunCli("path " + Quote(top) + " " + Quote(next) + " --json" + Db());
  REQUIRE(path.status == 0);
  auto p = json::parse(path.out);
  CHECK(p["length"] == 1);
  CHECK(p["paths"][0][0]["to"]["id"] == next);
  auto text = RunCli("path " + Quote(top) + " " + Quote(next) + Db());
  CHECK(text.out.find("path 1 of 1: 1 hop(s)") == 0);

  auto comm = RunCli("communities --json" + Db());
  REQUIRE(comm.status == 0);
  auto c = json::parse(comm.out);
  CHECK(c.contains("modularity"));
  REQUIRE_FALSE(c["components"].empty());
  for (size_t i = 1; i < c["components"].size(); ++i)
    CHECK(c["components"][i - 1]["size"].get<int>() >= c["components"][i]["size"].get<int>());

  auto tl = RunCli("timeline 'Simon Stevens' --json" + Db());
  REQUIRE(tl.status == 0);
  CHECK_FALSE(json::parse(tl.out)["entries"].empty());

  // Stable: the same query prints the same bytes.
  CHECK(RunCli("communities" + Db()).out == RunCli("communities" + Db()).out);
}

TEST_CASE("CLI queries: a missing database is one clear error", "[cli][query]") {
  cg::test::TempDir dir;
  auto r = RunCli("rank --db " + Quote((dir / "nothing").string()));
  CHECK(r.status == 1);
  CHECK(r.err.find("no database here") != std::string::npos);
}
