// PublishesRelations: an organisation that publishes or issues a named
// policy or document (PUBLISHES): "NHS England has published the MCP
// framework", "NHS Improvement has issued its Single Oversight Framework".
// The policy must be the object itself, not a qualifier ("published better
// care fund performance data" is data, not the fund).
#include "extract/component.h"
#include "extract/relation_util.h"
#include "extract/words.h"

namespace cg {
namespace {

bool Continues(std::string_view w) {
  static const WordSet kNouns = {"data", "figures", "performance", "statistics", "funding", "money",
                                            "allocations", "budget", "plans", "guidance", "returns", "results",
                                            "payments", "monitoring", "evaluation", "pot", "cash"};
  return kNouns.contains(w);
}

class PublishesRelations : public Component {
 public:
  std::string_view Name() const override { return "publishes_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    for (const auto& v : SentenceViews(d)) {
      const auto& ms = v.mentions;
      for (size_t k = 0; k < ms.size(); ++k) {
        const SentMention& org = ms[k];
        if (!IsOrgLike(org.type)) continue;
        uint32_t verb = FindWord(d, org.end_tok, std::min(org.end_tok + 4, v.end_tok),
                                 {"published", "publishes", "publish", "issued", "issues", "released",
                                  "unveiled", "launched", "produced"});
        if (verb >= std::min(org.end_tok + 4, v.end_tok)) continue;
        for (size_t j = k + 1; j < ms.size(); ++j) {
          const SentMention& pol = ms[j];
          if (pol.first_tok <= verb) continue;
          if (pol.first_tok - verb > 6) break;
          if (pol.type != EntityType::kPolicy) {
            if (IsOrgLike(pol.type) || pol.type == EntityType::kPerson) break;
            continue;
          }
          if (pol.end_tok < v.end_tok && Continues(Low(d, pol.end_tok))) break;
          AddRelation(doc, RelationType::kPublishes, org.entity, pol.entity, v.index, 0.7);
          break;
        }
      }
    }
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakePublishesRelations() { return std::make_unique<PublishesRelations>(); }

}  // namespace cg
