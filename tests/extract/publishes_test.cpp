// PUBLISHES and COMMISSIONS (extract/relations/relations_publishes.cpp,
// relations_commissions.cpp) and named documents (ruler_policies.cpp):
// invented sentences.
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

std::string Issue(const std::string& body) { return "Date: 2016-06-14\nPolicy week\n\n" + body + "\n"; }

void Check(const std::string& text, RelationType type, const char* head, const char* tail, bool present) {
  auto x = ExtractOk(Issue(text));
  INFO(text << "\n" << Describe(x));
  CHECK((FindRelation(x, type, head, tail) != nullptr) == present);
}

}  // namespace

TEST_CASE("policies: capitalised words ending in a policy head are a named document", "[publishes]") {
  for (const char* name : {"Workforce Resilience Framework", "Rural Maternity Services Review"}) {
    auto x = ExtractOk(Issue(std::string("The ") + name + " arrives in May."));
    INFO(name << "\n" << Describe(x));
    const auto* e = FindByName(x, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kPolicy);
  }
  auto x = ExtractOk(Issue("NHS England Workforce Resilience Framework chapters arrive in May."));
  INFO(Describe(x));
  CHECK(FindByName(x, "NHS England") != nullptr);  // the body keeps its name
}

TEST_CASE("publishes: verb, passive, possessive and attributive", "[publishes]") {
  Check("NHS Improvement has published the Workforce Resilience Framework.", RelationType::kPublishes,
        "NHS Improvement", "Workforce Resilience Framework", true);
  Check("The Workforce Resilience Framework, published by Monitor, is long.", RelationType::kPublishes, "Monitor",
        "Workforce Resilience Framework", true);
  Check("It replaces NHS England's Rural Access Strategy and the Monitor 'Workforce Resilience Framework'.",
        RelationType::kPublishes, "Monitor", "Workforce Resilience Framework", true);
  Check("It replaces NHS England's Rural Access Strategy.", RelationType::kPublishes, "NHS England",
        "Rural Access Strategy", true);
  Check("NHS England published Better Care Fund allocations on Friday.", RelationType::kPublishes, "NHS England",
        "Better Care Fund", false);
}

TEST_CASE("commissions: award to, contracts with, won from; not the word inside a CCG's name", "[publishes]") {
  Check("Brackley CCG has awarded the community contract to Alderley NHS Foundation Trust.",
        RelationType::kCommissions, "NHS Brackley Clinical Commissioning Group", "Alderley NHS Foundation Trust", true);
  Check("Thornbury CCG agreed block contracts with Alderley NHS Foundation Trust and Kenwick Care Partnership.",
        RelationType::kCommissions, "NHS Thornbury Clinical Commissioning Group", "Kenwick Care Partnership", true);
  Check("Kenwick Care Partnership won a five-year contract from Brackley CCG.", RelationType::kCommissions,
        "NHS Brackley Clinical Commissioning Group", "Kenwick Care Partnership", true);
  Check("Brackley Clinical Commissioning Group met Alderley NHS Foundation Trust on Monday.",
        RelationType::kCommissions, "NHS Brackley Clinical Commissioning Group", "Alderley NHS Foundation Trust", false);
}

TEST_CASE("commissions: a group of commissioners contracting with a group of providers", "[publishes]") {
  const std::string text =
      "Commissioners in Rushcliffe have agreed block contracts with three NHS trusts. The deal is led by Brackley "
      "and Kenwick clinical commissioning groups.\n\nThe providers are:\n- Alderley NHS Foundation Trust;\n"
      "- Thornbury NHS Trust; and\n- Brackley NHS Trust.\n";
  auto x = ExtractOk(Issue(text));
  INFO(Describe(x));
  for (const char* ccg : {"NHS Brackley Clinical Commissioning Group", "NHS Kenwick Clinical Commissioning Group"})
    for (const char* t : {"Alderley NHS Foundation Trust", "Thornbury NHS Trust", "Brackley NHS Trust"})
      CHECK(FindRelation(x, RelationType::kCommissions, ccg, t) != nullptr);
}
