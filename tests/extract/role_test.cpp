// ROLE from posts written beside a name (extract/relations/relations_role_appositive.cpp,
// extract/relations/relations_role.cpp): invented sentences, two name sets for each
// construction, and sentences that must not give a ROLE.
#include <catch2/catch.hpp>
#include <string>

#include "tests/extract/extract_util.h"

using cg::RelationType;
using cg::test::Describe;
using cg::test::ExtractOk;
using cg::test::FindRelation;

namespace {

std::string Issue(const std::string& body) { return "Date: 2017-03-02\nPeople in the news\n\n" + body + "\n"; }

struct Role {
  const char* sentence;
  const char* person;
  const char* org;
};

void CheckRoles(const char* what, std::initializer_list<Role> roles) {
  for (const Role& r : roles) {
    auto x = ExtractOk(Issue(r.sentence));
    INFO(what << ": " << r.sentence << "\n" << Describe(x));
    CHECK(FindRelation(x, RelationType::kRole, r.person, r.org) != nullptr);
  }
}

void CheckNoRole(const char* what, const char* sentence, const char* person, const char* org) {
  auto x = ExtractOk(Issue(sentence));
  INFO(what << ": " << sentence << "\n" << Describe(x));
  CHECK(FindRelation(x, RelationType::kRole, person, org) == nullptr);
}

}  // namespace

TEST_CASE("role: Name, post of|at Org", "[role]") {
  CheckRoles("post of", {
      {"Harriet Vane, chief executive of Alderley NHS Foundation Trust, said the plan was sound.", "Harriet Vane",
       "Alderley NHS Foundation Trust"},
      {"Dr Omar Haddad, medical director at Kenwick City Council, disagreed.", "Omar Haddad", "Kenwick City Council"},
  });
}

TEST_CASE("role: Name (post, Org) and honours before the bracket", "[role]") {
  CheckRoles("bracketed post", {
      {"The leaders were named: Mervyn Bunter OBE (Finance Director, Kenwick City Council) will chair it.",
       "Mervyn Bunter", "Kenwick City Council"},
      {"It is led by Lucy Ashdown (Chief Officer, Brackley CCG) from next month.", "Lucy Ashdown",
       "NHS Brackley Clinical Commissioning Group"},
  });
}

TEST_CASE("role: Name, currently Org's post / Org post / Org", "[role]") {
  CheckRoles("adverb", {
      {"The new lead is Tariq Malik, currently Alderley NHS Foundation Trust's director of strategy.", "Tariq Malik",
       "Alderley NHS Foundation Trust"},
      {"The new lead is Agnes Moore, currently Kenwick City Council chief executive.", "Agnes Moore",
       "Kenwick City Council"},
      {"The post goes to Fenella Grant, now Brackley Community NHS Trust.", "Fenella Grant",
       "Brackley Community NHS Trust"},
  });
}

TEST_CASE("role: two posts in one appositive", "[role]") {
  const char* s =
      "The panel adds Ivor Lloyd, currently chair of Alderley NHS Foundation Trust and a former Kenwick City Council "
      "executive director.";
  CheckRoles("two posts", {{s, "Ivor Lloyd", "Alderley NHS Foundation Trust"}, {s, "Ivor Lloyd", "Kenwick City Council"}});
  const char* t = "Nia Evans, finance director at Brackley CCG and chair of Thornbury NHS Trust, will step down.";
  CheckRoles("two posts", {{t, "Nia Evans", "NHS Brackley Clinical Commissioning Group"},
                           {t, "Nia Evans", "Thornbury NHS Trust"}});
}

TEST_CASE("role: who runs / who will be", "[role]") {
  CheckRoles("relative clause", {
      {"Harriet Vane, who runs Thornbury CCG, said the plan was sound.", "Harriet Vane",
       "NHS Thornbury Clinical Commissioning Group"},
      {"Peter Wimsey, who will be the chief executive of Alderley NHS Foundation Trust, agreed.", "Peter Wimsey",
       "Alderley NHS Foundation Trust"},
  });
}

TEST_CASE("role: the post of Org, Name, / Org's post, Name,", "[role]") {
  CheckRoles("post before the name", {
      {"Responding, the chief executive of Alderley NHS Foundation Trust, Harriet Vane, said it was welcome.",
       "Harriet Vane", "Alderley NHS Foundation Trust"},
      {"Kenwick City Council's leader, Agnes Moore, said the deal was fair.", "Agnes Moore", "Kenwick City Council"},
  });
}

TEST_CASE("role: list item labelled by the post's area", "[role]") {
  const std::string list =
      "The STP leads have been confirmed:\n"
      "- Kent and Medway - Imogen Hale (Chief Executive, Alderley NHS Foundation Trust)\n"
      "- Sussex and East Surrey - Rowan Pike (Chief Officer, Brackley CCG)\n";
  auto x = ExtractOk(Issue(list));
  INFO(Describe(x));
  CHECK(FindRelation(x, RelationType::kRole, "Imogen Hale", "Kent and Medway STP") != nullptr);
  CHECK(FindRelation(x, RelationType::kRole, "Imogen Hale", "Alderley NHS Foundation Trust") != nullptr);
  CHECK(FindRelation(x, RelationType::kRole, "Rowan Pike", "Sussex and East Surrey STP") != nullptr);
  CHECK(FindRelation(x, RelationType::kRole, "Rowan Pike", "NHS Brackley Clinical Commissioning Group") != nullptr);
}

TEST_CASE("role: no post, no ROLE", "[role]") {
  CheckNoRole("a list of names", "Harriet Vane, Alderley NHS Foundation Trust and Kenwick City Council signed it.",
              "Harriet Vane", "Alderley NHS Foundation Trust");
  CheckNoRole("a verb, not a post", "Omar Haddad, visiting Kenwick City Council, was impressed.", "Omar Haddad",
              "Kenwick City Council");
  CheckNoRole("a place the person is in", "Agnes Moore, chief executive in Brackley, met Thornbury NHS Trust.",
              "Agnes Moore", "Thornbury NHS Trust");
}

TEST_CASE("role: posts, Name1 and Name2, of Org (respectively)", "[role]") {
  const char* s = "The chair and chief executive, Ivor Lloyd and Susan Evans, of Alderley NHS Foundation Trust will help.";
  CheckRoles("respective", {{s, "Ivor Lloyd", "Alderley NHS Foundation Trust"}, {s, "Susan Evans", "Alderley NHS Foundation Trust"}});
  auto x = ExtractOk(Issue(s));
  const auto* r = FindRelation(x, RelationType::kRole, "Susan Evans", "Alderley NHS Foundation Trust");
  REQUIRE(r != nullptr);
  CHECK(r->attributes.at("role") == "chief executive");
}

TEST_CASE("role: a post with no organisation is at the one the text is about", "[role]") {
  CheckRoles("subject before", {
      {"Thornbury NHS Trust was rated inadequate in May. Then chief executive Omar Haddad retired.", "Omar Haddad",
       "Thornbury NHS Trust"},
      {"Kenwick City Council set its budget. The current interim chief executive, Dr Lucy Ashdown, will step down.",
       "Lucy Ashdown", "Kenwick City Council"},
  });
}

TEST_CASE("role: seconded to Org to take over as post", "[role]") {
  CheckRoles("joins as", {
      {"Harriet Vane, chief executive of Brackley CCG, is to be seconded to Alderley NHS Foundation Trust to take over "
       "as interim chief executive.",
       "Harriet Vane", "Alderley NHS Foundation Trust"},
      {"Peter Wimsey is expected to join Kenwick City Council as its finance director.", "Peter Wimsey",
       "Kenwick City Council"},
  });
  CheckNoRole("as, but not a post", "Agnes Moore went to Thornbury NHS Trust as a patient.", "Agnes Moore",
              "Thornbury NHS Trust");
}
