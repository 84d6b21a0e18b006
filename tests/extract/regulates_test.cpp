// REGULATES (extract/relations/relations_regulates.cpp), trusts called by their area
// (place_metonymy.cpp) and by a shortened name (ReferenceData core names):
// invented sentences around real trust and regulator names.
#include <catch2/catch.hpp>
#include <string>

#include "tests/extract/extract_util.h"

using cg::EntityType;
using cg::RelationType;
using cg::test::Describe;
using cg::test::ExtractOk;
using cg::test::FindByName;
using cg::test::FindRelation;

namespace {
std::string Issue(const std::string& body) { return "Date: 2017-05-02\nRegulation\n\n" + body + "\n"; }
}  // namespace

TEST_CASE("regulates: a regulator working with, rating or acting on trusts", "[regulates]") {
  struct Case {
    const char* sentence;
    const char* regulator;
    std::initializer_list<const char*> trusts;
  };
  const Case cases[] = {
      {"NHS Improvement is working with Alderley NHS Foundation Trust and Thornbury NHS Trust on a recovery plan.",
       "NHS Improvement", {"Alderley NHS Foundation Trust", "Thornbury NHS Trust"}},
      {"Thornbury NHS Trust was rated inadequate by the Care Quality Commission in March.",
       "Care Quality Commission", {"Thornbury NHS Trust"}},
      {"Monitor took regulatory action against Alderley NHS Foundation Trust over its finances.", "Monitor",
       {"Alderley NHS Foundation Trust"}},
  };
  for (const Case& c : cases) {
    auto x = ExtractOk(Issue(c.sentence));
    INFO(c.sentence << "\n" << Describe(x));
    for (const char* t : c.trusts) CHECK(FindRelation(x, RelationType::kRegulates, c.regulator, t) != nullptr);
  }
}

TEST_CASE("regulates: a body the lexicon does not mark as a regulator regulates nothing", "[regulates]") {
  auto x = ExtractOk(Issue("The King's Fund rated Thornbury NHS Trust's plan as inadequate."));
  INFO(Describe(x));
  CHECK(FindRelation(x, RelationType::kRegulates, "King's Fund", "Thornbury NHS Trust") == nullptr);
}

TEST_CASE("metonymy: a trust called by its area is the trust, a place after 'in' stays a place", "[regulates]") {
  auto x = ExtractOk(Issue("Rushcliffe FT has a new chair. Rushcliffe was rated good by the CQC. Services in Rushcliffe "
                           "are stretched."));
  INFO(Describe(x));
  const auto* trust = FindByName(x, "Rushcliffe FT");
  REQUIRE(trust != nullptr);
  CHECK(trust->mentions.size() == 2);
  CHECK(FindRelation(x, RelationType::kRegulates, "Care Quality Commission", "Rushcliffe FT") != nullptr);
  CHECK(FindByName(x, "Rushcliffe") != nullptr);  // the place, after "in"
}

TEST_CASE("linking: a trust written without some of its name's words is linked", "[regulates]") {
  for (const char* form : {"Pennine Acute Trust", "Salford Royal Hospital NHS Foundation Trust", "Wrightington and Wigan FT"}) {
    auto x = ExtractOk(Issue(std::string(form) + " published its accounts on Friday."));
    INFO(form << "\n" << Describe(x));
    REQUIRE(!x.entities.empty());
    CHECK(x.entities[0].type == EntityType::kTrust);
    CHECK(x.entities[0].codes.count("ods") == 1);
  }
}

TEST_CASE("linking: a shortened name that fits no one trust stays unlinked", "[regulates]") {
  auto x = ExtractOk(Issue("Salford and Wigan NHS Trust published its accounts on Friday."));
  INFO(Describe(x));
  REQUIRE(x.entities.size() == 1);
  CHECK(x.entities[0].codes.count("ods") == 0);
}
