// RegulatesRelations: a national body that inspects, rates, oversees or
// intervenes in an organisation (REGULATES, with the `rating` where given):
//   "the Care Quality Commission rated it as 'requires improvement'"
//   "SWFT is in the second highest 'segment' in NHS Improvement's oversight framework"
//   "Yeovil District Hospital ... an unflattering report from the Care Quality Commission."
// "it" after the regulator is the organisation the sentence began with.
#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/knowledge/gazetteer.h"
#include "extract/relations/relation_util.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

bool Regulated(EntityType t) {
  return t == EntityType::kTrust || t == EntityType::kCCG || t == EntityType::kOrganisation ||
         t == EntityType::kLocalAuthority || t == EntityType::kSTP;
}

// A national body the lexicon marks as a regulator (data/lexicon,
// fourth column).
bool IsRegulator(const std::string& name) { return Gazetteer::Get().HasKind(name, "regulator"); }

// A rating named in tokens [from, to): CQC ratings, special measures, or
// NHS Improvement's segments ("second highest segment").
std::string FindRating(const Document& d, uint32_t from, uint32_t to) {
  for (uint32_t t = from; t < to; ++t) {
    std::string_view w = Low(d, t);
    if (w == "requires" && t + 1 < to && Low(d, t + 1) == "improvement") return "requires improvement";
    if (w == "inadequate" || w == "outstanding") return std::string(w);
    if (w == "special" && t + 1 < to && Low(d, t + 1) == "measures") return "special measures";
    if (w == "good" && t > from && (Low(d, t - 1) == "\"" || Low(d, t - 1) == "as")) return "good";
    if (w == "segment" || (w == "\"" && t + 1 < to && Low(d, t + 1) == "segment")) {
      // Up to three words before: "second highest".
      std::string r;
      uint32_t s = t;
      while (s > from && s + 3 > t && d.tokens[s - 1].word && !d.tokens[s - 1].cap) --s;
      for (uint32_t i = s; i < t; ++i) { r += Low(d, i); r += " "; }
      if (r.rfind("the ", 0) == 0) r.erase(0, 4);
      return r + "segment";
    }
  }
  return "";
}

class RegulatesRelations : public Component {
 public:
  std::string_view Name() const override { return "regulates_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    const auto& views = SentenceViews(d);
    for (const auto& v : views) {
      for (const auto& reg : v.mentions) {
        if (reg.type != EntityType::kNationalBody || !IsRegulator(d.entities[reg.entity].name)) continue;
        // Another organisation to regulate, or nothing to read the words for.
        bool other = false;
        for (const auto& o : v.mentions) other |= o.entity != reg.entity && Regulated(o.type);
        if (!other) {
          Group(doc, views, v, reg);
          continue;
        }
        const bool cue = AnyWordIn(d, v.first_tok, v.end_tok, Cue<"regulate_cue">()) ||
                         FindRating(d, v.first_tok, v.end_tok) == "requires improvement";
        if (!cue) continue;
        // The regulated organisation: another org in the sentence; "it"
        // after the regulator stands for the sentence's first organisation.
        for (size_t k = 0; k < v.mentions.size(); ++k) {
          const SentMention& o = v.mentions[k];
          if (o.entity == reg.entity || !Regulated(o.type)) continue;
          std::string rating = FindRating(d, v.first_tok, v.end_tok);
          if (rating.empty() && v.index + 1 < static_cast<int>(views.size()) &&
              d.sentences[v.index + 1].block == d.sentences[v.index].block)
            rating = FindRating(d, views[v.index + 1].first_tok, views[v.index + 1].end_tok);
          std::map<std::string, std::string> attrs;
          if (!rating.empty()) attrs["rating"] = rating;
          // The first organisation is the one regulated, with any listed
          // beside it ("working with X and Y").
          const size_t e = CoordinatedEnd(d, v, k, Regulated);
          for (size_t i = k; i < e; ++i)
            if (v.mentions[i].entity != reg.entity)
              AddRelation(doc, RelationType::kRegulates, reg.entity, v.mentions[i].entity, v.index, 0.6, attrs, "regulates.cue_sentence");
          break;
        }
      }
    }
    return Status::OK();
  }

 private:
  // "the regulator will work with both trusts": a group after the
  // regulator, in a sentence with a regulating cue.
  static void Group(Document* doc, const std::vector<SentenceView>& views, const SentenceView& v, const SentMention& reg) {
    const Document& d = *doc;
    if (!AnyWordIn(d, v.first_tok, v.end_tok, Cue<"regulate_cue">())) return;
    for (uint32_t t = reg.end_tok; t < v.end_tok; ++t) {
      uint32_t end = 0;
      const std::vector<int> group = GroupAt(d, views, v, t, &end);
      if (group.empty()) continue;
      for (int e : group)
        if (e != reg.entity && Regulated(d.entities[e].type))
          AddRelation(doc, RelationType::kRegulates, reg.entity, e, v.index, 0.5, {}, "regulates.group");
      return;
    }
  }
};

}  // namespace

std::unique_ptr<Component> MakeRegulatesRelations() { return std::make_unique<RegulatesRelations>(); }

}  // namespace cg
