// DevelopsRelations: an organisation or STP that is a vanguard for, sets up,
// runs or bids to run a care model (DEVELOPS; vanguard: true where the issue
// calls it a vanguard):
//   "Yeovil District Hospital - a prominent PACS vanguard -"
//   "Frimley Health's bespoke STP: it is planning to extend its PACS vanguard"
//   "Dudley CCG, whose progress towards setting up a multispecialty community provider"
//   "Oxford Health ... has announced a plan to set up an MCP"
#include "extract/component.h"
#include "extract/relation_util.h"
#include "extract/words.h"

namespace cg {
namespace {

bool DeveloperType(EntityType t) {
  return t == EntityType::kTrust || t == EntityType::kCCG || t == EntityType::kSTP ||
         t == EntityType::kLocalAuthority || t == EntityType::kOrganisation;
}

class DevelopsRelations : public Component {
 public:
  std::string_view Name() const override { return "develops_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    for (const auto& v : SentenceViews(d)) {
      const auto& ms = v.mentions;
      for (size_t k = 0; k < ms.size(); ++k) {
        const SentMention& cm = ms[k];
        if (cm.type != EntityType::kCareModel) continue;
        // The developer: the nearest organisation before the model in this
        // sentence (the subject), not a national body.
        int dev = -1;
        uint32_t dev_end = 0;
        for (size_t j = 0; j < k; ++j)
          if (DeveloperType(ms[j].type)) {
            dev = ms[j].entity;
            dev_end = ms[j].end_tok;
            break;
          }
        if (dev < 0) continue;
        uint32_t after = cm.end_tok;
        if (after < v.end_tok && TokText(d, after) == ")") ++after;  // "... (EHCH) vanguards"
        const bool vanguard = after < v.end_tok && Low(d, after).rfind("vanguard", 0) == 0;
        // The words between the developer and the model say it develops it.
        const bool verb = AnyWord(d, dev_end, cm.first_tok,
                                  {"set", "setting", "sets", "develop", "developing", "develops", "established",
                                   "establish", "establishing", "become", "becoming", "run", "running", "runs",
                                   "bid", "bidding", "launch", "launched", "launching", "pioneer", "pioneering",
                                   "implement", "implementing", "create", "creating", "form", "forming",
                                   "extend", "extending", "towards", "adopt", "adopting", "build", "building"});
        if (!vanguard && !verb) continue;
        // Not when a negation sits between ("not a vanguard").
        if (AnyWord(d, dev_end, cm.first_tok, {"not", "no", "never"})) continue;
        AddRelation(doc, RelationType::kDevelops, dev, cm.entity, v.index, vanguard ? 0.8 : 0.6,
                    {{"vanguard", vanguard ? "true" : "false"}}, "develops.vanguard_or_verb");
      }
    }
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeDevelopsRelations() { return std::make_unique<DevelopsRelations>(); }

}  // namespace cg
