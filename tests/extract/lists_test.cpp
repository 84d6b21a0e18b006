// Lists and area phrases (extract/relations/relations_lists.cpp, ruler_system_lists.cpp,
// relations_located.cpp, reader list markers, towns.tsv): invented issues.
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
std::string Issue(const std::string& body) { return "Date: 2017-07-04\nRound-up\n\n" + body + "\n"; }
}  // namespace

TEST_CASE("lists: items under an introduction naming a care model develop it", "[lists]") {
  for (const char* mark : {"-", "1.", "o"}) {
    const std::string m = mark;
    auto x = ExtractOk(Issue("Four areas were picked as multispecialty community provider vanguards:\n" + m +
                             " Alderley NHS Foundation Trust\n" + m + " Brackley CCG\n\nOther news follows here."));
    INFO(mark << "\n" << Describe(x));
    const auto* r = FindRelation(x, RelationType::kDevelops, "Alderley NHS Foundation Trust",
                                 "multispecialty community provider");
    REQUIRE(r != nullptr);
    CHECK(r->attributes.at("vanguard") == "true");
    CHECK(FindRelation(x, RelationType::kDevelops, "NHS Brackley Clinical Commissioning Group",
                       "multispecialty community provider") != nullptr);
  }
}

TEST_CASE("lists: a list with no care model in its introduction develops nothing", "[lists]") {
  auto x = ExtractOk(Issue("The trusts that replied were:\n- Alderley NHS Foundation Trust\n- Brackley CCG\n"
                           "\nThe multispecialty community provider model is new."));
  INFO(Describe(x));
  CHECK(FindRelation(x, RelationType::kDevelops, "Alderley NHS Foundation Trust",
                     "multispecialty community provider") == nullptr);
}

TEST_CASE("lists: care systems listed by area are systems named after it", "[lists]") {
  auto x = ExtractOk(Issue("Three areas are now integrated care systems:\n"
                           "- Wessex Downs, covering Swindon and Wokingham\n- Dorset\n- Fen & Marsh\n"
                           "\nMore will follow."));
  INFO(Describe(x));
  const auto* wessex = FindByName(x, "Wessex Downs ICS");
  REQUIRE(wessex != nullptr);
  CHECK(wessex->type == EntityType::kSTP);
  CHECK(FindByName(x, "Dorset ICS") != nullptr);
  CHECK(FindByName(x, "Fen and Marsh ICS") != nullptr);
  CHECK(FindRelation(x, RelationType::kLocatedIn, "Wessex Downs ICS", "Swindon") != nullptr);
  CHECK(FindRelation(x, RelationType::kLocatedIn, "Wessex Downs ICS", "Wokingham") != nullptr);
  CHECK(FindRelation(x, RelationType::kDevelops, "Dorset ICS", "integrated care system") != nullptr);
}

TEST_CASE("located: X, covering/including A, B and C; X (Place)", "[lists][located]") {
  struct Case {
    const char* sentence;
    const char* org;
    std::initializer_list<const char*> places;
  };
  const Case cases[] = {
      {"Alderley NHS Foundation Trust, covering Slough, Luton and Wokingham, has a new board.",
       "Alderley NHS Foundation Trust", {"Slough", "Luton", "Wokingham"}},
      {"Brackley CCG including Bassetlaw and Rushcliffe will merge.", "NHS Brackley Clinical Commissioning Group",
       {"Bassetlaw", "Rushcliffe"}},
      {"The partners are Kenwick City Council (Newbury) and others.", "Kenwick City Council", {"Newbury"}},
  };
  for (const Case& c : cases) {
    auto x = ExtractOk(Issue(c.sentence));
    INFO(c.sentence << "\n" << Describe(x));
    for (const char* p : c.places) CHECK(FindRelation(x, RelationType::kLocatedIn, c.org, p) != nullptr);
  }
  auto x = ExtractOk(Issue("Alderley NHS Foundation Trust, covering costs in full, met Slough leaders."));
  INFO(Describe(x));
  CHECK(FindRelation(x, RelationType::kLocatedIn, "Alderley NHS Foundation Trust", "Slough") == nullptr);
}

TEST_CASE("places: a town before a post stands for its organisation", "[located]") {
  auto x = ExtractOk(Issue("Wokingham chief executive Jo Marsh said the money was late. Wokingham is growing."));
  INFO(Describe(x));
  const auto* town = FindByName(x, "Wokingham");
  REQUIRE(town != nullptr);
  CHECK(town->mentions.size() == 1);
}

TEST_CASE("located: 'In Place, A, B and C ...', 'one of the largest trusts in Place'", "[located]") {
  auto x = ExtractOk(Issue("In Rushcliffe, Alderley NHS Foundation Trust and Brackley CCG have agreed a plan. "
                           "Thornbury NHS Trust is one of the largest trusts in Wokingham."));
  INFO(Describe(x));
  CHECK(FindRelation(x, RelationType::kLocatedIn, "Alderley NHS Foundation Trust", "Rushcliffe") != nullptr);
  CHECK(FindRelation(x, RelationType::kLocatedIn, "NHS Brackley Clinical Commissioning Group", "Rushcliffe") != nullptr);
  CHECK(FindRelation(x, RelationType::kLocatedIn, "Thornbury NHS Trust", "Wokingham") != nullptr);
}

TEST_CASE("develops: every organisation of the subject list, unless negated", "[lists]") {
  auto x = ExtractOk(Issue("Alderley NHS Foundation Trust, Thornbury NHS Trust and Brackley CCG were selected to lead "
                           "the new multispecialty community provider pilots. Kenwick City Council is not setting up "
                           "an integrated care organisation."));
  INFO(Describe(x));
  for (const char* org : {"Alderley NHS Foundation Trust", "Thornbury NHS Trust", "NHS Brackley Clinical Commissioning Group"})
    CHECK(FindRelation(x, RelationType::kDevelops, org, "multispecialty community provider") != nullptr);
  CHECK(FindRelation(x, RelationType::kDevelops, "Kenwick City Council", "integrated care organisation") == nullptr);
}

TEST_CASE("groups: 'the three trusts', 'both trusts', 'the organisations' stand for those just named", "[located]") {
  auto x = ExtractOk(Issue("Alderley NHS Foundation Trust will work with Thornbury NHS Trust and Brackley NHS Trust. "
                           "Together, the three trusts provide most services in the Kent and Medway STP. "
                           "NHS Improvement said the regulator will work closely with both trusts on the plan."));
  INFO(Describe(x));
  for (const char* t : {"Alderley NHS Foundation Trust", "Thornbury NHS Trust", "Brackley NHS Trust"})
    CHECK(FindRelation(x, RelationType::kPartOf, t, "Kent and Medway STP") != nullptr);
  // "both trusts": the two named last.
  CHECK(FindRelation(x, RelationType::kRegulates, "NHS Improvement", "Brackley NHS Trust") != nullptr);
  CHECK(FindRelation(x, RelationType::kRegulates, "NHS Improvement", "Thornbury NHS Trust") != nullptr);
  CHECK(FindRelation(x, RelationType::kRegulates, "NHS Improvement", "Alderley NHS Foundation Trust") == nullptr);

  auto y = ExtractOk(Issue("The deal covers Kenwick City Council, Brackley CCG and Thornbury NHS Trust. The "
                           "organisations sit within Rushcliffe."));
  INFO(Describe(y));
  CHECK(FindRelation(y, RelationType::kLocatedIn, "Kenwick City Council", "Rushcliffe") != nullptr);
  CHECK(FindRelation(y, RelationType::kLocatedIn, "Thornbury NHS Trust", "Rushcliffe") != nullptr);
}

TEST_CASE("areas: 'the <Name> footprint' is a place; a list of items is a group", "[located]") {
  auto x = ExtractOk(Issue("The providers are:\n- Alderley NHS Foundation Trust;\n- Thornbury NHS Trust; and\n"
                           "- Brackley Community NHS Trust.\n\nThe organisations sit within the Wessex Vale footprint."));
  INFO(Describe(x));
  const auto* vale = FindByName(x, "Wessex Vale");
  REQUIRE(vale != nullptr);
  CHECK(vale->type == EntityType::kPlace);
  for (const char* t : {"Alderley NHS Foundation Trust", "Thornbury NHS Trust", "Brackley Community NHS Trust"})
    CHECK(FindRelation(x, RelationType::kLocatedIn, t, "Wessex Vale") != nullptr);
  auto y = ExtractOk(Issue("The Trust area was flooded."));
  INFO(Describe(y));
  CHECK(y.entities.empty());
}

TEST_CASE("groups: a group announced before its members ('Three trusts in X have ...')", "[located]") {
  auto x = ExtractOk(Issue("Three acute trusts in Rushcliffe have agreed to form an alliance. Alderley NHS Foundation "
                           "Trust will join Thornbury NHS Trust and Brackley NHS Trust in it."));
  INFO(Describe(x));
  for (const char* t : {"Alderley NHS Foundation Trust", "Thornbury NHS Trust", "Brackley NHS Trust"})
    CHECK(FindRelation(x, RelationType::kLocatedIn, t, "Rushcliffe") != nullptr);
  auto y = ExtractOk(Issue("Commissioners in Wokingham have agreed contracts. The deal is led by Brackley and Kenwick "
                           "clinical commissioning groups."));
  INFO(Describe(y));
  CHECK(FindRelation(y, RelationType::kLocatedIn, "NHS Brackley Clinical Commissioning Group", "Wokingham") != nullptr);
  CHECK(FindRelation(y, RelationType::kLocatedIn, "NHS Kenwick Clinical Commissioning Group", "Wokingham") != nullptr);
}
