// COMMENTS_ON (extract/relations/relations_comments.cpp): invented sentences.
#include <catch2/catch.hpp>
#include <string>

#include "tests/extract/extract_util.h"

using cg::RelationType;
using cg::test::Describe;
using cg::test::ExtractOk;
using cg::test::FindRelation;

namespace {

std::string Issue(const std::string& body) { return "Date: 2016-11-08\nReactions\n\n" + body + "\n"; }

void Check(const std::string& text, const char* head, const char* tail, bool present) {
  auto x = ExtractOk(Issue(text));
  INFO(text << "\n" << Describe(x));
  CHECK((FindRelation(x, RelationType::kCommentsOn, head, tail) != nullptr) == present);
}

}  // namespace

TEST_CASE("comments: the person before the verb speaks, not the organisation in their post", "[comments]") {
  const char* s = "Harriet Vane, chief executive of Alderley NHS Foundation Trust, said the Brackley CCG plan was late.";
  Check(s, "Harriet Vane", "NHS Brackley Clinical Commissioning Group", true);
  Check(s, "Alderley NHS Foundation Trust", "NHS Brackley Clinical Commissioning Group", false);
  Check(s, "Harriet Vane", "Alderley NHS Foundation Trust", false);  // her own organisation
}

TEST_CASE("comments: 'told <media>' — the outlet is neither speaker nor topic", "[comments]") {
  const char* s = "Omar Haddad, finance director at Thornbury NHS Trust, told HSJ that Kenwick City Council had cut "
                  "its budget.";
  Check(s, "Omar Haddad", "Kenwick City Council", true);
  Check(s, "Omar Haddad", "Health Service Journal", false);
  Check(s, "Health Service Journal", "Omar Haddad", false);
}

TEST_CASE("comments: content first, then ', X has warned'", "[comments]") {
  Check("Saving general practice will take more than the Better Care Fund, Kenwick City Council leader Agnes Moore "
        "has warned.",
        "Agnes Moore", "Better Care Fund", true);
}

TEST_CASE("comments: 'said:' and a quotation in the next paragraph", "[comments]") {
  const std::string text =
      "Responding, the chair of Brackley CCG, Peter Wimsey, said:\n\n"
      "\"We expect Thornbury NHS Trust to change course quickly. Nobody wants delay.\"\n";
  Check(text, "Peter Wimsey", "Thornbury NHS Trust", true);
}

TEST_CASE("comments: stance verbs need their speaker right before them", "[comments]") {
  Check("Kenwick City Council has criticised Thornbury NHS Trust over the closures.", "Kenwick City Council",
        "Thornbury NHS Trust", true);
  Check("Kenwick City Council met on Monday, and the report, which was long, criticised Thornbury NHS Trust.",
        "Kenwick City Council", "Thornbury NHS Trust", false);
}

TEST_CASE("comments: a quotation's own verbs and the people it names are the speaker's words", "[comments]") {
  const std::string text =
      "Peter Wimsey, chair of Brackley CCG, said:\n\n"
      "\"The Thornbury NHS Trust board welcomes the help of Alderley NHS Foundation Trust and we look forward to "
      "Harriet Vane joining us.\"\n";
  Check(text, "Peter Wimsey", "Alderley NHS Foundation Trust", true);
  Check(text, "Thornbury NHS Trust", "Alderley NHS Foundation Trust", false);
  Check(text, "Peter Wimsey", "Harriet Vane", false);
}

TEST_CASE("comments: 'Y was welcomed by X'; a quotation running over paragraphs", "[comments]") {
  Check("The Rural Access Strategy was welcomed by Kenwick City Council leader Agnes Moore as overdue.", "Agnes Moore",
        "Rural Access Strategy", true);
  const std::string text =
      "She said: \"This will help Thornbury NHS Trust a great deal.\n\n"
      "\"And working with Alderley NHS Foundation Trust will make it better still.\"\n\n"
      "Brackley CCG was not asked.\n";
  Check("Mary Moore spoke first. " + text, "Mary Moore", "Alderley NHS Foundation Trust", true);
  Check("Mary Moore spoke first. " + text, "Mary Moore", "NHS Brackley Clinical Commissioning Group", false);
}
