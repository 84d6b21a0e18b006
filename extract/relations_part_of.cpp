// PartOfRelations: members, constituents and subsidiaries (PART_OF,
// organisation -> organisation or STP):
//   "The Dudley MCP vanguard already brings together A, B, C and D"
//   "Sutton Homes of Care ... is led by NHS Sutton CCG with partners including A and B"
//   "Barts Health NHS Trust ... is also one of the partners in Tower Hamlets Together"
//   "Yeovil District Hospital has set up a subsidiary, Symphony Healthcare Services"
//   "X, a subsidiary of Y", "X is part of Y", "X is a member of Y", "X joined Y"
#include "extract/component.h"
#include "extract/relation_util.h"
#include "extract/words.h"

namespace cg {
namespace {

bool Member(EntityType t) {
  return t == EntityType::kTrust || t == EntityType::kCCG || t == EntityType::kLocalAuthority ||
         t == EntityType::kOrganisation || t == EntityType::kNationalBody;
}
bool Whole(EntityType t) { return t == EntityType::kOrganisation || t == EntityType::kSTP || t == EntityType::kNationalBody; }

class PartOfRelations : public Component {
 public:
  std::string_view Name() const override { return "part_of_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    for (const auto& v : SentenceViews(d)) {
      const auto& ms = v.mentions;
      if (ms.size() < 2) continue;
      // Wholes that list their members after a verb of gathering (the
      // words read only when the sentence names a whole).
      bool any_whole = false;
      for (const auto& m : ms) any_whole |= Whole(m.type);
      const uint32_t gather =
          any_whole ? FindWord(d, v.first_tok, v.end_tok, {"brings", "includes", "including", "comprises", "involves"})
                    : v.end_tok;
      if (gather < v.end_tok) {
        int whole = -1;
        for (const auto& m : ms)
          if (m.end_tok <= gather && Whole(m.type)) {
            whole = m.entity;
            break;
          }
        if (whole >= 0)
          for (const auto& m : ms)
            if (m.first_tok > gather && Member(m.type) && m.entity != whole)
              AddRelation(doc, RelationType::kPartOf, m.entity, whole, v.index, 0.6);
        // "... is led by X with partners including ...": the leader too.
        const uint32_t led = FindWord(d, v.first_tok, gather, {"led"});
        if (whole >= 0 && led < gather && led + 1 < v.end_tok && Low(d, led + 1) == "by")
          for (const auto& m : ms)
            if (m.first_tok > led && m.first_tok < gather && Member(m.type))
              AddRelation(doc, RelationType::kPartOf, m.entity, whole, v.index, 0.6);
      }
      for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const SentMention& a = ms[k];
        const SentMention& b = ms[k + 1];
        if (!Member(a.type)) continue;
        const uint32_t from = a.end_tok, to = b.first_tok;
        if (to <= from || to - from > 9) continue;
        // "A has set up a subsidiary, B": B is part of A.
        if (AnyWord(d, from, to, {"subsidiary", "subsidiaries"}) && Member(b.type)) {
          if (AnyWord(d, from, to, {"of"})) AddRelation(doc, RelationType::kPartOf, a.entity, b.entity, v.index, 0.6);
          else AddRelation(doc, RelationType::kPartOf, b.entity, a.entity, v.index, 0.6);
          continue;
        }
        if (!Whole(b.type) && b.type != EntityType::kTrust) continue;
        // "A is (also) one of the partners in B", "A is part of B", "A is a member of B", "A joined B".
        const std::string_view last = Low(d, to - 1);
        const bool member_of = (last == "in" || last == "of") &&
                               AnyWord(d, from, to, {"partners", "members", "member", "part", "partner", "constituent"});
        const bool joined = AnyWord(d, from, to, {"joined", "joins", "join", "joining"});
        if ((member_of || joined) && !AnyWord(d, from, to, {"not"}))
          AddRelation(doc, RelationType::kPartOf, a.entity, b.entity, v.index, 0.6);
      }
    }
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakePartOfRelations() { return std::make_unique<PartOfRelations>(); }

}  // namespace cg
