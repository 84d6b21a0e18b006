// DevelopsRelations: an organisation or STP that is a vanguard for, sets up,
// runs or bids to run a care model (DEVELOPS; vanguard: true where the issue
// calls it a vanguard):
//   "Yeovil District Hospital - a prominent PACS vanguard -"
//   "Frimley Health's bespoke STP: it is planning to extend its PACS vanguard"
//   "Dudley CCG, whose progress towards setting up a multispecialty community provider"
//   "Oxford Health ... has announced a plan to set up an MCP"
//   "X, Y and Z were selected to lead ACO pilots"  (each of a list)
#include <algorithm>

#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/relations/relation_util.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

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
        // The developer: the sentence's first organisation before the model
        // (the subject), with any listed beside it ("X, Y and Z were
        // selected to lead ..."), not a national body.
        size_t dev = ms.size();
        for (size_t j = 0; j < k && dev == ms.size(); ++j)
          if (DeveloperType(ms[j].type)) dev = j;
        if (dev == ms.size()) continue;
        const size_t dev_end = std::min(CoordinatedEnd(d, v, dev, DeveloperType), k);
        const uint32_t from = ms[dev_end - 1].end_tok;
        uint32_t after = cm.end_tok;
        if (after < v.end_tok && TokText(d, after) == ")") ++after;  // "... (EHCH) vanguards"
        const bool vanguard = after < v.end_tok && Low(d, after).rfind("vanguard", 0) == 0;
        // The words between the developer and the model say it develops it.
        const bool verb = AnyWordIn(d, from, cm.first_tok, Cue<"develop_verb">());
        if (!vanguard && !verb) continue;
        if (AnyWordIn(d, from, cm.first_tok, Cue<"negation">())) continue;
        for (size_t j = dev; j < dev_end; ++j)
          AddRelation(doc, RelationType::kDevelops, ms[j].entity, cm.entity, v.index, vanguard ? 0.8 : 0.6,
                      {{"vanguard", vanguard ? "true" : "false"}}, "develops.vanguard_or_verb");
      }
    }
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeDevelopsRelations() { return std::make_unique<DevelopsRelations>(); }

}  // namespace cg
