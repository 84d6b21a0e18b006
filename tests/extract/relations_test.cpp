// Relations extracted from sentences written here, with their evidence.
#include <catch2/catch.hpp>
#include <string>

#include "extract/extractor.h"
#include "tests/extract/extract_util.h"

using cg::EntityType;
using cg::RelationType;
using cg::test::Describe;
using cg::test::ExtractOk;
using cg::test::FindRelation;

namespace {

std::string Issue(const std::string& body) { return "Date: 2016-05-10\nNotes from the week\n\n" + body + "\n"; }

struct Case {
  const char* what;
  std::string sentence;
  RelationType type;
  const char* head;
  const char* tail;
  const char* attribute;  // "" or the attribute key to check
  const char* value;
};

// Checks that the relation is there with its attribute and that its evidence
// is the sentence, located in the issue's original bytes.
void CheckRelation(const Case& c, const std::string& bytes) {
  auto x = ExtractOk(bytes);
  INFO(c.what << "\n" << Describe(x));
  const cg::ExtractedRelation* r = FindRelation(x, c.type, c.head, c.tail);
  REQUIRE(r != nullptr);
  if (*c.attribute) {
    auto it = r->attributes.find(c.attribute);
    REQUIRE(it != r->attributes.end());
    CHECK(it->second == c.value);
  }
  const cg::Evidence& ev = r->evidence;
  CHECK(ev.source == cg::Source::kText);
  CHECK(ev.issue == x.issue);
  CHECK(ev.date == "2016-05-10");
  CHECK(ev.confidence > 0.0);
  CHECK(ev.confidence <= 1.0);
  REQUIRE(ev.end <= bytes.size());
  REQUIRE(ev.begin < ev.end);
  CHECK(bytes.substr(ev.begin, ev.end - ev.begin) == ev.sentence);
  CHECK(ev.begin == bytes.find(c.sentence));
  CHECK(ev.sentence.rfind(c.sentence, 0) == 0);
}

const Case kCases[] = {
    {"possessive role", "NHS England chief executive Simon Stevens told MPs the budget was tight.",
     RelationType::kRole, "Simon Stevens", "NHS England", "role", "chief executive"},
    {"appositive role", "Ruth Okafor, chief executive of the King's Fund, said the plan was late.",
     RelationType::kRole, "Ruth Okafor", "King's Fund", "role", "chief executive"},
    {"chain between two trusts",
     "Frimley Health NHS Foundation Trust will form a hospital chain with Wye Valley NHS Trust.",
     RelationType::kPartner, "Frimley Health NHS Foundation Trust", "Wye Valley NHS Trust", "kind", "chain"},
    {"rating by the regulator",
     "Wye Valley NHS Trust was inspected in March, and the Care Quality Commission rated it as "
     "'requires improvement'.",
     RelationType::kRegulates, "Care Quality Commission", "Wye Valley NHS Trust", "rating", "requires improvement"},
    {"vanguard apposition", "Northumbria Healthcare NHS Foundation Trust - a PACS vanguard - will share its model.",
     RelationType::kDevelops, "Northumbria Healthcare NHS Foundation Trust", "primary and acute care system",
     "vanguard", "true"},
    {"quoted person", "The plan for Dudley CCG is far too slow, says Anita Pearce.", RelationType::kCommentsOn,
     "Anita Pearce", "NHS Dudley Clinical Commissioning Group", "", ""},
    {"publishing", "NHS England published the Five Year Forward View in 2014.", RelationType::kPublishes,
     "NHS England", "Five Year Forward View", "", ""},
};

}  // namespace

TEST_CASE("Relations: one sentence, one relation, with evidence", "[extract]") {
  for (const auto& c : kCases) {
    SECTION(c.what) {
      // Alone, and as the middle paragraph of a longer issue.
      CheckRelation(c, Issue(c.sentence));
      CheckRelation(c, Issue("The board met on Monday. Nothing else happened.\n\n" + c.sentence +
                             "\n\nThe next issue is out in June."));
    }
  }
}

TEST_CASE("Relations: every relation's evidence is the original bytes of its span", "[extract]") {
  std::string body;
  for (const auto& c : kCases) body += c.sentence + " ";
  body += "\n\n  \xE2\x80\xA2 NHS England chief executive Simon Stevens visited the trust\n"
          "  \xE2\x80\xA2 Sam Ho, chair of the King\xE2\x80\x99s Fund, said \xE2\x80\x9C" "funding is "
          "short\xE2\x80\x9D \xE2\x80\x93 again.\n";
  const std::string bytes = Issue(body);
  auto x = ExtractOk(bytes);
  INFO(Describe(x));
  CHECK(x.relations.size() >= std::size(kCases));
  for (const auto& r : x.relations) {
    if (r.evidence.source != cg::Source::kText) continue;
    INFO(ToString(r.type) << " " << r.head << " -> " << r.tail);
    REQUIRE(r.evidence.end <= bytes.size());
    CHECK(bytes.substr(r.evidence.begin, r.evidence.end - r.evidence.begin) == r.evidence.sentence);
    // Both ends are entities of the extraction.
    CHECK(x.Find(r.head, r.head_type) != nullptr);
    CHECK(x.Find(r.tail, r.tail_type) != nullptr);
  }
  // Curly quotes stay curly in the evidence: it is the issue's own bytes.
  bool curly = false;
  for (const auto& r : x.relations) curly |= r.evidence.sentence.find("\xE2\x80\x9C" "funding") != std::string::npos;
  CHECK(curly);
}

// Evidence ends where the sentence ends: the span of a sentence that closes
// its block maps to the start of the next block (see the reader test on
// spans at block ends), so the evidence carries "\n\n" or the next
// bullet's marker.
TEST_CASE("Relations: evidence is exactly the sentence, without the line break after it", "[extract]") {
  const Case& c = kCases[0];
  const std::string bytes = Issue(std::string(c.sentence) + "\n\nThe next issue is out in June.");
  auto x = ExtractOk(bytes);
  const cg::ExtractedRelation* r = FindRelation(x, c.type, c.head, c.tail);
  REQUIRE(r != nullptr);
  CHECK(r->evidence.sentence == c.sentence);
  CHECK(r->evidence.end == bytes.find(c.sentence) + c.sentence.size());
}

TEST_CASE("Relations: the reference data adds CCG PART_OF STP, marked as reference", "[extract]") {
  auto x = ExtractOk(Issue("Dudley CCG has started the procurement of its new contract."));
  for (const auto& r : x.relations) CHECK(r.type != RelationType::kPartOf);
  cg::Extractor::Default().AddReferenceRelations(x);
  INFO(Describe(x));
  const cg::ExtractedRelation* part = nullptr;
  for (const auto& r : x.relations)
    if (r.type == RelationType::kPartOf && r.head == "NHS Dudley Clinical Commissioning Group") part = &r;
  REQUIRE(part != nullptr);
  CHECK(part->tail_type == EntityType::kSTP);
  CHECK(part->evidence.source == cg::Source::kReference);
  const cg::ExtractedEntity* stp = x.Find(part->tail, EntityType::kSTP);
  REQUIRE(stp != nullptr);
  CHECK(stp->codes.count("ons") == 1);
  if (stp->codes.count("ons")) CHECK(stp->codes.at("ons") == "E54000016");
}
