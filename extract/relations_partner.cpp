// PartnerRelations: two organisations joined as a chain, group, buddying
// pair, merger, takeover, joint venture or joint bid (PARTNER, symmetric,
// with the strongest `kind` in the sentence):
//   "a chain ... between South Warwickshire Foundation Trust and Wye Valley Trust"
//   "Salford Royal will take over Pennine Acute", "X and Y are to merge"
// DEVELOPS follows where the sentence sets up a chain or group: both
// partners develop the hospital-chain model.
#include <unordered_map>

#include "extract/component.h"
#include "extract/relation_util.h"
#include "extract/words.h"

namespace cg {
namespace {

struct Cue {
  std::string_view word;
  std::string_view kind;
  int strength;
};

// Cues by strength: the strongest in a sentence names the kind.
const std::vector<Cue>& Cues() {
  static const std::vector<Cue> kCues = {
      {"chain", "chain", 9},         {"chains", "chain", 9},       {"group", "group", 8},
      {"merger", "merger", 7},       {"merge", "merger", 7},       {"merged", "merger", 7},
      {"merging", "merger", 7},      {"acquisition", "takeover", 6}, {"acquire", "takeover", 6},
      {"acquired", "takeover", 6},   {"takeover", "takeover", 6},  {"takes", "takeover", 6},
      {"took", "takeover", 6},       {"taking", "takeover", 6},    {"take", "takeover", 6},
      {"venture", "joint venture", 5}, {"buddying", "buddying", 4}, {"buddy", "buddying", 4},
      {"buddied", "buddying", 4},    {"jointly", "joint bid", 3},  {"alliance", "alliance", 3},
      {"partnership", "partnership", 2}, {"partnering", "partnership", 2}, {"together", "partnership", 1},
      {"collaboration", "collaboration", 1}, {"share", "shared leadership", 1}, {"shared", "shared leadership", 1},
  };
  return kCues;
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
      for (const auto& m : v.mentions)
        if (PartnerType(m.type) && !d.mentions[m.mention].anaphor) orgs.push_back(m);
      if (orgs.size() < 2) continue;
      const Cue* best = nullptr;
      for (uint32_t t = v.first_tok; t < v.end_tok; ++t) {
        std::string_view w = Low(d, t);
        static const auto kByWord = [] {
          std::unordered_map<std::string_view, const Cue*> m;
          for (const auto& c : Cues()) m.emplace(c.word, &c);
          return m;
        }();
        static const WordSet kWords = [] {
          WordSet s;
          for (const auto& c : Cues()) s.Insert(c.word);
          return s;
        }();
        if (!kWords.contains(w)) continue;  // most tokens: no hashing
        auto hit = kByWord.find(w);
        if (hit == kByWord.end()) continue;
        {
          const Cue& c = *hit->second;
          // "take over" / "took over" only with "over"; "share" only a post.
          if ((w == "take" || w == "took" || w == "takes" || w == "taking") &&
              !(t + 1 < v.end_tok && Low(d, t + 1) == "over"))
            continue;
          if ((w == "share" || w == "shared") && !AnyWord(d, t, std::min(t + 4, v.end_tok), {"chief", "executive", "board", "management"}))
            continue;
          if (w == "group" && !(t + 1 < v.end_tok && Low(d, t + 1) == "with") && !(t > 0 && Low(d, t - 1) == "foundation"))
            continue;
          if (!best || c.strength > best->strength) best = &c;
        }
      }
      if (!best) continue;
      // Membership ("brings together A, B and C", "partners including"),
      // not partnership: PartOfRelations reads those.
      if (AnyWord(d, v.first_tok, v.end_tok, {"including", "includes", "members", "brings", "subsidiary"})) continue;
      // Pair the organisations joined by "and", "with", "between ... and",
      // or a verb of joining; else the first two trusts.
      std::vector<std::pair<int, int>> pairs;
      for (size_t a = 0; a + 1 < orgs.size(); ++a) {
        const auto& x = orgs[a];
        const auto& y = orgs[a + 1];
        if (y.first_tok < x.end_tok || y.first_tok - x.end_tok > 8) continue;
        bool joined = false;
        for (uint32_t t = x.end_tok; t < y.first_tok; ++t) {
          std::string_view w = Low(d, t);
          joined |= w == "and" || w == "with" || w == "over" || w == "acquire" || w == "acquired" ||
                    w == "merge" || w == "&";
        }
        if (joined) pairs.push_back({x.entity, y.entity});
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
        AddRelation(doc, RelationType::kPartner, h, t, v.index, 0.7, {{"kind", std::string(best->kind)}});
        // Setting up a chain or group: both partners develop that model.
        if (best->kind == "chain" || best->kind == "group") {
          int model = HospitalChainEntity(d);
          if (model >= 0 && AnyWord(d, v.first_tok, v.end_tok, {"set", "setting", "form", "forming", "create", "creating", "establish", "plan"})) {
            AddRelation(doc, RelationType::kDevelops, h, model, v.index, 0.6, {{"vanguard", "false"}});
            AddRelation(doc, RelationType::kDevelops, t, model, v.index, 0.6, {{"vanguard", "false"}});
          }
        }
      }
    }
    return Status::OK();
  }

 private:
  static int HospitalChainEntity(const Document& d) {
    for (int i = 0; i < static_cast<int>(d.entities.size()); ++i)
      if (d.entities[i].type == EntityType::kCareModel && d.entities[i].name == "hospital chain") return i;
    return -1;
  }
};

}  // namespace

std::unique_ptr<Component> MakePartnerRelations() { return std::make_unique<PartnerRelations>(); }

}  // namespace cg
