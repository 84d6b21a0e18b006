// PartnerRelations: two organisations joined as a chain, group, buddying
// pair, merger, takeover, joint venture or joint bid (PARTNER, symmetric,
// with the strongest `kind` in the sentence):
//   "a chain ... between South Warwickshire Foundation Trust and Wye Valley Trust"
//   "Salford Royal will take over Pennine Acute", "X and Y are to merge"
// DEVELOPS follows where the sentence sets up a chain or group: both
// partners develop the hospital-chain model.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/relations/relation_util.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

struct Cue {
  std::string kind;  // "joint venture"
  int strength;      // higher wins
};

// Cue words by kind (cues.tsv: partner_kinds, strongest first, and one
// partner_<kind> class each).
const std::unordered_map<std::string, Cue>& PartnerCues();

// Every cue word: one lookup rejects most tokens before the map is hashed.
bool IsPartnerCue(std::string_view w) {
  static const WordSet kWords = [] {
    WordSet s;
    for (const auto& [word, cue] : PartnerCues()) s.Insert(word);
    return s;
  }();
  return kWords.contains(w);
}

const std::unordered_map<std::string, Cue>& PartnerCues() {
  static const auto kCues = [] {
    std::unordered_map<std::string, Cue> m;
    const auto& kinds = CueList("partner_kinds");
    for (size_t i = 0; i < kinds.size(); ++i) {
      std::string kind = kinds[i];
      std::replace(kind.begin(), kind.end(), '_', ' ');
      for (const auto& w : CueList("partner_" + kinds[i]))
        m.emplace(w, Cue{kind, static_cast<int>(kinds.size() - i)});
    }
    return m;
  }();
  return kCues;
}

// A cue word that needs a neighbour to mean partnership: "took over",
// "shared chief executive", "group with", "support to".
bool CueHolds(const Document& d, const SentenceView& v, uint32_t t, std::string_view w) {
  auto next_is = [&](std::string_view x) { return t + 1 < v.end_tok && Low(d, t + 1) == x; };
  if (w == "take" || w == "took" || w == "takes" || w == "taking") return next_is("over");
  if (w == "share" || w == "shared")
    return AnyWord(d, t, std::min(t + 4, v.end_tok), {"chief", "executive", "board", "management"});
  if (w == "group") return next_is("with") || (t > 0 && Low(d, t - 1) == "foundation");
  if (w == "support") return next_is("to");
  return true;
}

// A word in [from, to) that joins the organisations either side: "with",
// "over", or a partnership cue ("A will provide support to B").
bool Joins(const Document& d, const SentenceView& v, uint32_t from, uint32_t to) {
  for (uint32_t t = from; t < to; ++t) {
    const std::string_view w = Low(d, t);
    if (w == "with" || w == "over") return true;
    if (d.tokens[t].word && IsPartnerCue(w) && CueHolds(d, v, t, w)) return true;
  }
  return false;
}

bool PartnerType(EntityType t) {
  return t == EntityType::kTrust || t == EntityType::kCCG || t == EntityType::kLocalAuthority ||
         t == EntityType::kOrganisation || t == EntityType::kNationalBody;
}

class PartnerRelations : public Component {
 public:
  std::string_view Name() const override { return "partner_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    for (const auto& v : SentenceViews(d)) {
      // Two organisations at least, or the sentence has nothing to pair
      // (looked at first: most sentences stop here, before their words).
      if (v.mentions.size() < 2) continue;
      thread_local std::vector<SentMention> orgs;
      orgs.clear();
      // "The trust will form an alliance with X": an anaphor counts.
      for (const auto& m : v.mentions)
        if (PartnerType(m.type)) orgs.push_back(m);
      if (orgs.size() < 2) continue;
      const Cue* best = nullptr;
      int model = -1;  // the care model the strongest cue names ("chain"), if any
      static const auto& kCues = PartnerCues();
      size_t inside = 0;
      for (uint32_t t = v.first_tok; t < v.end_tok; ++t) {
        while (inside < v.mentions.size() && v.mentions[inside].end_tok <= t) ++inside;
        const SentMention* in = inside < v.mentions.size() && v.mentions[inside].first_tok <= t ? &v.mentions[inside] : nullptr;
        // A cue word inside an organisation's name ("X Alliance") does not count.
        if ((in && in->type != EntityType::kCareModel) || !d.tokens[t].word) continue;
        const std::string_view w = Low(d, t);
        if (!IsPartnerCue(w)) continue;
        auto hit = kCues.find(std::string(w));
        if (hit == kCues.end() || !CueHolds(d, v, t, w)) continue;
        if (!best || hit->second.strength > best->strength) {
          best = &hit->second;
          model = in ? in->entity : -1;
        }
      }
      if (!best) continue;
      // Membership ("brings together A, B and C", "partners including"),
      // not partnership: PartOfRelations reads those.
      if (FindPhrase(d, v.first_tok, v.end_tok, PhraseCue<"member_phrase">()) < v.end_tok ||
          AnyWord(d, v.first_tok, v.end_tok, {"subsidiary"}))
        continue;
      // Pair the organisations the text joins: every two of a list ("A, B
      // and C would form a group"), and one joined to the next by "with",
      // "over", a verb of joining or "support to" (and so to the list that
      // next one opens: "X in partnership with A, B and C").
      std::vector<std::pair<int, int>> pairs;
      SentenceView ov;
      ov.first_tok = v.first_tok;
      ov.end_tok = v.end_tok;
      ov.mentions = orgs;
      for (size_t a = 0; a < orgs.size();) {
        const size_t e = CoordinatedEnd(d, ov, a, PartnerType);
        for (size_t i = a; i < e; ++i)
          for (size_t j = i + 1; j < e; ++j) pairs.push_back({orgs[i].entity, orgs[j].entity});
        if (e < orgs.size() && orgs[e].first_tok >= orgs[e - 1].end_tok && orgs[e].first_tok - orgs[e - 1].end_tok <= 8 &&
            Joins(d, v, orgs[e - 1].end_tok, orgs[e].first_tok)) {
          const size_t e2 = CoordinatedEnd(d, ov, e, PartnerType);
          for (size_t i = a; i < e; ++i)
            for (size_t j = e; j < e2; ++j) pairs.push_back({orgs[i].entity, orgs[j].entity});
        }
        a = e;
      }
      // "X ... : it acquired Y", "X took over Y": the verb right before Y
      // joins it to the sentence's first organisation, however far.
      if (pairs.empty() && (best->kind == "takeover" || best->kind == "merger")) {
        for (size_t a = 1; a < orgs.size(); ++a) {
          const uint32_t f = orgs[a].first_tok;
          const uint32_t from = f >= 3 ? f - 3 : 0;
          if (AnyWord(d, from, f, {"acquired", "acquire", "acquiring", "over", "absorbed", "absorb", "merged", "merge"}) &&
              orgs[0].entity != orgs[a].entity) {
            pairs.push_back({orgs[0].entity, orgs[a].entity});
            break;
          }
        }
      }
      if (pairs.empty()) continue;
      for (const auto& [h, t] : pairs) {
        AddRelation(doc, RelationType::kPartner, h, t, v.index, 0.7, {{"kind", std::string(best->kind)}}, "partner.joined_pair");
        // Setting up the model the cue names ("form a chain"): both
        // partners develop it.
        if (model >= 0 && (FindPhrase(d, v.first_tok, v.end_tok, PhraseCue<"form_verb">()) < v.end_tok ||
                           AnyWord(d, v.first_tok, v.end_tok, {"set", "setting", "plan"}))) {
          AddRelation(doc, RelationType::kDevelops, h, model, v.index, 0.6, {{"vanguard", "false"}}, "partner.sets_up_model");
          AddRelation(doc, RelationType::kDevelops, t, model, v.index, 0.6, {{"vanguard", "false"}}, "partner.sets_up_model");
        }
      }
    }
    return Status::OK();
  }

};

}  // namespace

std::unique_ptr<Component> MakePartnerRelations() { return std::make_unique<PartnerRelations>(); }

}  // namespace cg
