// CommissionsRelations: a CCG or national body that commissions from,
// contracts with or proposes a contract (COMMISSIONS, to an organisation or
// a contract policy):
//   "Hull CCG has proposed a 10-plus year alternative provider medical services contract"
//   "its relationship with Warrington CCG ... new business contracts [have] become unlikely"
#include "extract/component.h"
#include "extract/relation_util.h"
#include "extract/words.h"

namespace cg {
namespace {

bool Provider(EntityType t) {
  return t == EntityType::kTrust || t == EntityType::kOrganisation || t == EntityType::kPolicy;
}

class CommissionsRelations : public Component {
 public:
  std::string_view Name() const override { return "commissions_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    for (const auto& v : SentenceViews(d)) {
      // Only a sentence naming a CCG can hold one (cheaper than the words).
      bool ccg = false;
      for (const auto& c : v.mentions) ccg |= c.type == EntityType::kCCG && !d.mentions[c.mention].anaphor;
      if (!ccg) continue;
      const bool cue = AnyWord(d, v.first_tok, v.end_tok,
                               {"contract", "contracts", "contracted", "contracting", "commission", "commissions",
                                "commissioned", "commissioning", "procure", "procured", "procurement", "tender",
                                "tendered", "awarded", "award", "subcontract", "outsourced"});
      if (!cue) continue;
      for (const auto& c : v.mentions) {
        if (c.type != EntityType::kCCG || d.mentions[c.mention].anaphor) continue;
        for (const auto& o : v.mentions) {
          if (o.entity == c.entity || !Provider(o.type)) continue;
          // A policy must be a contract ("alternative provider medical
          // services contract"), not any document.
          if (o.type == EntityType::kPolicy && d.entities[o.entity].name.find("contract") == std::string::npos) continue;
          AddRelation(doc, RelationType::kCommissions, c.entity, o.entity, v.index, 0.5);
        }
      }
    }
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeCommissionsRelations() { return std::make_unique<CommissionsRelations>(); }

}  // namespace cg
