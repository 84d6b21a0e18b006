// LocatedInRelations: an organisation based in or serving an area
// (LOCATED_IN, organisation -> place):
//   "SWFT is the main community services provider for the county of Warwickshire"
//   "a leader whose job will be to run services in Herefordshire" (the trust)
//   "Warrington Health Plus, based in Warrington"
//   "X, covering A, B and C", "X including A and B" (cues.tsv: area_lead)
//   "X (Place)"
//   "The three trusts sit within Place" (a group: relation_util.h GroupAt)
#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/relations/relation_util.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

bool Located(EntityType t) {
  return t == EntityType::kTrust || t == EntityType::kCCG || t == EntityType::kOrganisation ||
         t == EntityType::kLocalAuthority;
}

// How far after a cue word the first place may stand ("with an early
// focus on A").
constexpr uint32_t kCueReach = 8;

// "X, covering A, B and C" / "X (A)": the places the mention at ms[k]
// names as its area, each a LOCATED_IN.
void AreaList(Document* doc, const SentenceView& v, size_t k) {
  const Document& d = *doc;
  const auto& ms = v.mentions;
  const SentMention& o = ms[k];
  if (!Located(o.type) && o.type != EntityType::kSTP) return;
  uint32_t t = o.end_tok;
  if (t < v.end_tok && TokText(d, t) == ",") ++t;
  if (t >= v.end_tok) return;
  const bool bracket = TokText(d, t) == "(";
  if (!bracket && !Cue<"area_lead">().contains(Low(d, t))) return;
  // The first place within a few words of the cue ("with an early focus
  // on A"); a bracket holds the place alone.
  const uint32_t reach = bracket ? t + 2 : t + kCueReach;
  size_t j = k + 1;
  while (j < ms.size() && ms[j].first_tok < reach && ms[j].type != EntityType::kPlace) ++j;
  if (j >= ms.size() || ms[j].first_tok >= reach || ms[j].type != EntityType::kPlace) return;
  if (bracket && (ms[j].end_tok >= v.end_tok || TokText(d, ms[j].end_tok) != ")")) return;
  if (AnyWord(d, t + 1, ms[j].first_tok, {",", ";", "."})) return;
  for (;;) {
    AddRelation(doc, RelationType::kLocatedIn, o.entity, ms[j].entity, v.index, 0.6, {}, "located.area_list");
    if (bracket || j + 1 >= ms.size() || ms[j + 1].type != EntityType::kPlace) return;
    // Only separators between one place and the next, or a capitalised
    // name the lexicons do not know ("A, Unknownham, B and C").
    for (uint32_t s = ms[j].end_tok; s < ms[j + 1].first_tok; ++s) {
      const std::string_view w = Low(d, s);
      if (w != "," && w != "and" && w != "&" && !d.tokens[s].cap) return;
    }
    ++j;
  }
}

// "The organisations sit within the North Mersey footprint", "Together, the
// three trusts provide services in the Kent and Medway STP": a group opening
// the sentence is in the place (LOCATED_IN), or part of the STP (PART_OF),
// named after "in", "within", "across" or "throughout".
void GroupIn(Document* doc, const std::vector<SentenceView>& views, const SentenceView& v) {
  const Document& d = *doc;
  uint32_t t = v.first_tok;
  if (t + 2 < v.end_tok && Low(d, t) == "together" && Low(d, t + 1) == ",") t += 2;
  uint32_t end = 0;
  const std::vector<int> group = GroupAt(d, views, v, t, &end);
  if (group.empty()) return;
  for (const auto& m : v.mentions) {
    if (m.first_tok < end || (m.type != EntityType::kPlace && m.type != EntityType::kSTP)) continue;
    uint32_t b = m.first_tok;
    if (Low(d, b - 1) == "the") --b;
    if (!Cue<"locative">().contains(Low(d, b - 1))) continue;
    for (int e : group)
      AddRelation(doc, m.type == EntityType::kSTP ? RelationType::kPartOf : RelationType::kLocatedIn, e, m.entity,
                  v.index, 0.5, {}, m.type == EntityType::kSTP ? "part_of.group_in_stp" : "located.group_in_place");
    return;
  }
}

class LocatedInRelations : public Component {
 public:
  std::string_view Name() const override { return "located_in_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    const auto& views = SentenceViews(d);
    for (const auto& v : views) {
      GroupIn(doc, views, v);
      const auto& ms = v.mentions;
      // "In Somerset, Yeovil District Hospital NHS Foundation Trust has ...":
      // a sentence opening with "In <place>," sets where its subject is.
      if (ms.size() >= 2 && ms[0].type == EntityType::kPlace) {
        uint32_t t = v.first_tok;
        if (Low(d, t) == "in" && (ms[0].first_tok == t + 1 || (ms[0].first_tok == t + 2 && Low(d, t + 1) == "the")) &&
            ms[0].end_tok < v.end_tok && TokText(d, ms[0].end_tok) == "," && Located(ms[1].type) &&
            ms[1].first_tok <= ms[0].end_tok + 2) {
          // ... and every organisation listed with it ("In X, A, B and C have").
          const size_t e = CoordinatedEnd(d, v, 1, Located);
          for (size_t i = 1; i < e; ++i) AddRelation(doc, RelationType::kLocatedIn, ms[i].entity, ms[0].entity, v.index, 0.6, {}, "located.in_place_opening");
        }
      }
      for (size_t k = 0; k < ms.size(); ++k) AreaList(doc, v, k);
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
        // "based in", "services for", "one of the largest trusts in".
        if ((w1 == "in" || w1 == "for") && t >= 3) service_cue = Cue<"located_noun">().contains(Low(d, t - 2));
        if (!service_cue) continue;
        // The organisation: the subject of the sentence (its first
        // organisation mention, anaphors like "the trust" included).
        for (size_t j = 0; j < k; ++j) {
          if (!Located(ms[j].type)) continue;
          AddRelation(doc, RelationType::kLocatedIn, ms[j].entity, place.entity, v.index, 0.5, {}, "located.service_cue");
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
