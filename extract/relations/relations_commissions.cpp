// CommissionsRelations: a CCG (or a national body) that commissions from,
// contracts with or proposes a contract (COMMISSIONS, to an organisation or
// a contract policy):
//   "X CCG has proposed a ten-year alternative provider medical services contract"
//   "X CCG awarded the contract to Y", "X CCG agreed block contracts with Y and Z"
//   "Y won a contract from X CCG", "Y was awarded the contract by X CCG",
//   "Y's relationship with X CCG ... new contracts"
// Cue words inside a name ("... Clinical Commissioning Group") do not count.
// Words: cues.tsv commission_cue, provider_link.
#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/relations/relation_util.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

bool Provider(EntityType t) {
  return t == EntityType::kTrust || t == EntityType::kOrganisation || t == EntityType::kLocalAuthority;
}
bool Commissioner(EntityType t) { return t == EntityType::kCCG; }

// The first commissioning cue in [from, to) outside every mention, or `to`.
uint32_t FindCue(const Document& d, const SentenceView& v, uint32_t from, uint32_t to) {
  static const WordSet& cues = Cue<"commission_cue">();
  size_t in = 0;
  for (uint32_t t = from; t < to; ++t) {
    while (in < v.mentions.size() && v.mentions[in].end_tok <= t) ++in;
    if (in < v.mentions.size() && v.mentions[in].first_tok <= t) continue;
    if (cues.contains(Low(d, t))) return t;
  }
  return to;
}

// A policy that is a contract form ("... services contract").
bool IsContract(const Document& d, int entity) {
  return d.entities[entity].type == EntityType::kPolicy && d.entities[entity].name.find("contract") != std::string::npos;
}

// "Commissioners in X have agreed block contracts with six trusts": a group
// of commissioners (or one CCG) opening the sentence, a cue, and a group of
// providers after a linking word: each commissioner commissions each.
void Groups(Document* doc, const std::vector<SentenceView>& views, const SentenceView& v) {
  const Document& d = *doc;
  uint32_t end = 0;
  std::vector<int> commissioners = GroupAt(d, views, v, v.first_tok, &end);
  if (commissioners.empty()) return;
  const uint32_t cue = FindCue(d, v, end, v.end_tok);
  if (cue >= v.end_tok) return;
  static const WordSet& link = Cue<"provider_link">();
  for (uint32_t t = cue + 1; t + 1 < v.end_tok; ++t) {
    if (!link.contains(Low(d, t))) continue;
    uint32_t group_end = 0;
    const std::vector<int> providers = GroupAt(d, views, v, t + 1, &group_end);
    for (int c : commissioners)
      for (int p : providers)
        if (d.entities[c].type == EntityType::kCCG && Provider(d.entities[p].type))
          AddRelation(doc, RelationType::kCommissions, c, p, v.index, 0.5, {}, "commissions.groups");
    return;
  }
}

class CommissionsRelations : public Component {
 public:
  std::string_view Name() const override { return "commissions_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    static const WordSet& link = Cue<"provider_link">();
    const auto& views = SentenceViews(d);
    for (const auto& v : views) {
      Groups(doc, views, v);
      const auto& ms = v.mentions;
      for (size_t k = 0; k < ms.size(); ++k) {
        const SentMention& c = ms[k];
        if (!Commissioner(c.type) || d.mentions[c.mention].anaphor) continue;
        // Active: the commissioner, a cue after it, then the providers
        // named after a linking word, and any contract form.
        // A contract form after the commissioner is a contract it proposes
        // or lets ("X CCG has proposed a ten-year APMS contract").
        for (size_t j = k + 1; j < ms.size(); ++j)
          if (ms[j].type == EntityType::kPolicy && IsContract(d, ms[j].entity))
            AddRelation(doc, RelationType::kCommissions, c.entity, ms[j].entity, v.index, 0.6, {}, "commissions.contract_form");
        const uint32_t cue = FindCue(d, v, c.end_tok, v.end_tok);
        if (cue < v.end_tok) {
          for (size_t j = k + 1; j < ms.size(); ++j) {
            const SentMention& o = ms[j];
            if (!Provider(o.type) || o.first_tok < cue || o.first_tok == 0) continue;
            uint32_t b = o.first_tok;
            if (Low(d, b - 1) == "the") --b;
            if (link.contains(Low(d, b - 1))) {
              const size_t e = CoordinatedEnd(d, v, j, Provider);
              for (size_t i = j; i < e; ++i) AddRelation(doc, RelationType::kCommissions, c.entity, ms[i].entity, v.index, 0.6, {}, "commissions.award_to");
              j = e - 1;
            }
          }
        }
        // The provider first: "Y won the contract from X CCG", "Y was
        // awarded it by X CCG", "Y's contract with X CCG": the sentence's
        // first provider, where a cue stands in the sentence.
        uint32_t b = c.first_tok;
        if (b > v.first_tok && Low(d, b - 1) == "the") --b;
        if (b > v.first_tok && (link.contains(Low(d, b - 1)) || Low(d, b - 1) == "by") &&
            FindCue(d, v, v.first_tok, v.end_tok) < v.end_tok)
          for (size_t j = 0; j < k; ++j)
            if (Provider(ms[j].type)) {
              AddRelation(doc, RelationType::kCommissions, c.entity, ms[j].entity, v.index, 0.5, {}, "commissions.provider_first");
              break;
            }
      }
    }
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeCommissionsRelations() { return std::make_unique<CommissionsRelations>(); }

}  // namespace cg
