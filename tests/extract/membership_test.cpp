// PART_OF and PARTNER from membership and grouping constructions
// (extract/relations/relations_part_of.cpp, relations_partner.cpp): invented sentences,
// two name sets per construction, and sentences that must give nothing.
#include <catch2/catch.hpp>
#include <string>

#include "tests/extract/extract_util.h"

using cg::RelationType;
using cg::test::Describe;
using cg::test::ExtractOk;
using cg::test::FindRelation;

namespace {

std::string Issue(const std::string& body) { return "Date: 2017-09-12\nPartnerships\n\n" + body + "\n"; }

void CheckAll(const char* sentence, RelationType type, std::initializer_list<std::pair<const char*, const char*>> rels,
              bool present = true) {
  auto x = ExtractOk(Issue(sentence));
  INFO(sentence << "\n" << Describe(x));
  for (const auto& [h, t] : rels) CHECK((FindRelation(x, type, h, t) != nullptr) == present);
}

const char* kAlderley = "Alderley NHS Foundation Trust";
const char* kBrackley = "NHS Brackley Clinical Commissioning Group";
const char* kKenwick = "Kenwick City Council";
const char* kThornbury = "Thornbury NHS Trust";

}  // namespace

TEST_CASE("part_of: W is made up of / brings together / members are A, B and C", "[membership]") {
  CheckAll("Wessex Care Partners is made up of: Alderley NHS Foundation Trust; Brackley CCG and Kenwick City Council.",
           RelationType::kPartOf,
           {{kAlderley, "Wessex Care Partners"}, {kBrackley, "Wessex Care Partners"}, {kKenwick, "Wessex Care Partners"}});
  CheckAll("The Fenland Health Alliance brings together Thornbury NHS Trust and Kenwick City Council.",
           RelationType::kPartOf, {{kThornbury, "Fenland Health Alliance"}, {kKenwick, "Fenland Health Alliance"}});
}

TEST_CASE("part_of: It includes A and B (the organisation of the sentence before)", "[membership]") {
  CheckAll("Wessex Care Partners is one of the largest in the region. It includes Brackley Health Partnership and "
           "Kenwick Care Federation.",
           RelationType::kPartOf,
           {{"Brackley Health Partnership", "Wessex Care Partners"}, {"Kenwick Care Federation", "Wessex Care Partners"}});
}

TEST_CASE("part_of: A is one of the partners in W; A joined W; a vanguard called W", "[membership]") {
  CheckAll("Alderley NHS Foundation Trust, which was inspected in May, is also one of the partners in Wessex Care "
           "Partners.",
           RelationType::kPartOf, {{kAlderley, "Wessex Care Partners"}});
  CheckAll("Thornbury NHS Trust has teamed up with Kenwick City Council in a vanguard called the Fenland Health "
           "Alliance.",
           RelationType::kPartOf, {{kThornbury, "Fenland Health Alliance"}, {kKenwick, "Fenland Health Alliance"}});
}

TEST_CASE("part_of: not a possessor, not an agent, not negated", "[membership]") {
  CheckAll("Thornbury NHS Trust was praised by the Care Quality Commission and is part of the Fenland Health "
           "Alliance's network.",
           RelationType::kPartOf, {{"Care Quality Commission", "Fenland Health Alliance"}}, false);
  CheckAll("Alderley NHS Foundation Trust is not a member of Wessex Care Partners.", RelationType::kPartOf,
           {{kAlderley, "Wessex Care Partners"}}, false);
}

TEST_CASE("partner: every two of a list that forms a group, and X with a list", "[membership]") {
  CheckAll("Alderley NHS Foundation Trust, Thornbury NHS Trust and Kenwick City Council would form a group with "
           "shared back offices.",
           RelationType::kPartner, {{kAlderley, kThornbury}, {kAlderley, kKenwick}, {kThornbury, kKenwick}});
  CheckAll("Brackley CCG will form an alliance with Alderley NHS Foundation Trust and Thornbury NHS Trust.",
           RelationType::kPartner, {{kBrackley, kAlderley}, {kBrackley, kThornbury}, {kAlderley, kThornbury}});
  CheckAll("Alderley NHS Foundation Trust will provide leadership and support to Thornbury NHS Trust.",
           RelationType::kPartner, {{kAlderley, kThornbury}});
  CheckAll("The move, to combine Alderley NHS Foundation Trust and Thornbury NHS Trust, is delayed.",
           RelationType::kPartner, {{kAlderley, kThornbury}});
}

TEST_CASE("partner: no cue, a cue inside a name, or a membership list: no PARTNER", "[membership]") {
  CheckAll("Alderley NHS Foundation Trust and Thornbury NHS Trust both reported deficits.", RelationType::kPartner,
           {{kAlderley, kThornbury}}, false);
  CheckAll("Brackley CCG gave the contract to the Fenland Health Alliance hosted by Thornbury NHS Trust.",
           RelationType::kPartner, {{"Fenland Health Alliance", kThornbury}}, false);
  CheckAll("Wessex Care Partners is made up of Alderley NHS Foundation Trust and Thornbury NHS Trust in a "
           "partnership.",
           RelationType::kPartner, {{kAlderley, kThornbury}}, false);
}

TEST_CASE("partner: 'the trust' joins the partnership it is the subject of", "[membership]") {
  CheckAll("Alderley NHS Foundation Trust has a new board. The trust will form an alliance with Thornbury NHS Trust "
           "and Brackley NHS Trust.",
           RelationType::kPartner,
           {{kAlderley, kThornbury}, {kAlderley, "Brackley NHS Trust"}, {kThornbury, "Brackley NHS Trust"}});
}
