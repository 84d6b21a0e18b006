// Queries on the gold annotations of ../shared/gold merged into one graph.
#include <catch2/catch.hpp>

#include "graph/query.h"
#include "tests/graph/fixtures.h"
#include "tests/test_util.h"

using namespace cg;
using namespace cg::test;

TEST_CASE("Gold graph: lookup, show, path, rank and communities", "[graph][gold]") {
  if (!HaveShared()) {
    WARN("skipped: ../shared is absent");
    return;
  }
  const Graph g = GoldGraph();
  REQUIRE(g.node_count() >= 90);
  REQUIRE(g.edge_count() > 40);

  auto stevens = Show(g, "simon stevens", {});
  REQUIRE(stevens.ok());
  CHECK(stevens->node.type == EntityType::kPerson);
  CHECK(stevens->issues.size() >= 2);
  bool ceo = false;
  for (const auto& r : stevens->relations)
    ceo |= r.type == RelationType::kRole && r.other.name == "NHS England";
  CHECK(ceo);

  auto found = Find(g, "SWFT", {});
  REQUIRE_FALSE(found.matches.empty());
  CHECK(found.matches[0].node.name == "South Warwickshire NHS Foundation Trust");
  CHECK(found.matches[0].kind == MatchKind::kAlias);

  // Wye Valley and NHS Improvement: regulated directly in issue 000.
  auto p = Path(g, "Wye Valley NHS Trust", "NHS Improvement", 0, false, {});
  REQUIRE(p.ok());
  CHECK(p->length == 1);
  CHECK(p->paths[0][0].type == RelationType::kRegulates);
  CHECK_FALSE(p->paths[0][0].evidence.sentence.empty());
  auto longer = Path(g, "Wye Valley NHS Trust", "primary and acute care system", 0, true, {});
  REQUIRE(longer.ok());
  CHECK(longer->length >= 2);
  for (const auto& path : longer->paths) CHECK(path.size() == longer->length);

  // The gold issues never link the chain trusts to Simon Stevens.
  CHECK(Path(g, "Wye Valley NHS Trust", "Simon Stevens", 0, false, {}).status().code() == Status::Code::kNotFound);

  auto rank = Rank(g, RankBy::kDegree, 5, {});
  REQUIRE(rank.rows.size() == 5);
  for (size_t i = 1; i < rank.rows.size(); ++i) CHECK(rank.rows[i - 1].score >= rank.rows[i].score);
  auto btw = Rank(g, RankBy::kBetweenness, 3, {});
  CHECK(btw.rows[0].score > 0);

  auto c = FindCommunities(g, {});
  CHECK(c.modularity > 0.3);
  CHECK(c.communities.size() >= c.components.size());

  // The window of the first gold issue only.
  QueryOptions first;
  first.filter.until = "2016-10-01";
  auto early = Show(g, "Simon Stevens", first);
  REQUIRE(early.ok());
  CHECK(early->issues.size() == 1);
  for (const auto& r : early->relations)
    for (const auto& ev : r.evidence) CHECK(ev.issue == "gold-1");
}
