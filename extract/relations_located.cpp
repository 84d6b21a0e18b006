// LocatedInRelations: an organisation based in or serving an area
// (LOCATED_IN, organisation -> place):
//   "SWFT is the main community services provider for the county of Warwickshire"
//   "a leader whose job will be to run services in Herefordshire" (the trust)
//   "Warrington Health Plus, based in Warrington"
#include "extract/component.h"
#include "extract/relation_util.h"
#include "extract/words.h"

namespace cg {
namespace {

bool Located(EntityType t) {
  return t == EntityType::kTrust || t == EntityType::kCCG || t == EntityType::kOrganisation ||
         t == EntityType::kLocalAuthority;
}

class LocatedInRelations : public Component {
 public:
  std::string_view Name() const override { return "located_in_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    for (const auto& v : SentenceViews(d)) {
      const auto& ms = v.mentions;
      // "In Somerset, Yeovil District Hospital NHS Foundation Trust has ...":
      // a sentence opening with "In <place>," sets where its subject is.
      if (ms.size() >= 2 && ms[0].type == EntityType::kPlace) {
        uint32_t t = v.first_tok;
        if (Low(d, t) == "in" && (ms[0].first_tok == t + 1 || (ms[0].first_tok == t + 2 && Low(d, t + 1) == "the")) &&
            ms[0].end_tok < v.end_tok && TokText(d, ms[0].end_tok) == "," && Located(ms[1].type) &&
            ms[1].first_tok <= ms[0].end_tok + 2)
          AddRelation(doc, RelationType::kLocatedIn, ms[1].entity, ms[0].entity, v.index, 0.6);
      }
      for (size_t k = 0; k < ms.size(); ++k) {
        const SentMention& place = ms[k];
        if (place.type != EntityType::kPlace || place.first_tok < 2) continue;
        // The words right before the place: "in", "for the county of",
        // "across", "serving", "based in", "covering".
        uint32_t t = place.first_tok;
        std::string_view w1 = Low(d, t - 1);
        bool service_cue = false;
        if (w1 == "of" && t >= 3 && (Low(d, t - 2) == "county" || Low(d, t - 2) == "city" || Low(d, t - 2) == "borough"))
          service_cue = true;
        if (w1 == "serving" || w1 == "covering" || w1 == "across" || w1 == "throughout") service_cue = true;
        if ((w1 == "in" || w1 == "for") && t >= 3) {
          std::string_view w2 = Low(d, t - 2);
          service_cue = w2 == "based" || w2 == "services" || w2 == "care" || w2 == "provider" || w2 == "hospitals" ||
                        w2 == "operates" || w2 == "operating" || w2 == "located" || w2 == "community";
        }
        if (!service_cue) continue;
        // The organisation: the subject of the sentence (its first
        // organisation mention, anaphors like "the trust" included).
        for (size_t j = 0; j < k; ++j) {
          if (!Located(ms[j].type)) continue;
          AddRelation(doc, RelationType::kLocatedIn, ms[j].entity, place.entity, v.index, 0.5);
          break;
        }
      }
    }
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeLocatedInRelations() { return std::make_unique<LocatedInRelations>(); }

}  // namespace cg
