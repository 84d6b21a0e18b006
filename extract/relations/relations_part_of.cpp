// PartOfRelations: members, constituents and subsidiaries (PART_OF,
// organisation -> organisation or STP):
//   "The Dudley MCP vanguard already brings together A, B, C and D"
//   "Sutton Homes of Care ... is led by NHS Sutton CCG with partners including A and B"
//   "Barts Health NHS Trust ... is also one of the partners in Tower Hamlets Together"
//   "Yeovil District Hospital has set up a subsidiary, Symphony Healthcare Services"
//   "X, a subsidiary of Y", "X is part of Y", "X is a member of Y", "X joined Y"
#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/relations/relation_util.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

bool Member(EntityType t) {
  return t == EntityType::kTrust || t == EntityType::kCCG || t == EntityType::kLocalAuthority ||
         t == EntityType::kOrganisation || t == EntityType::kNationalBody;
}
bool Whole(EntityType t) { return t == EntityType::kOrganisation || t == EntityType::kSTP || t == EntityType::kNationalBody; }
// A whole that lists members: a trust lists its hospitals too.
bool Lister(EntityType t) { return Whole(t) || t == EntityType::kTrust; }

// The whole a member list at token `cue` belongs to: the sentence's first
// mention that can list members, before the cue; "It includes ..." opening
// a sentence: the first organisation of the sentence before.
int WholeBefore(const Document& d, const std::vector<SentenceView>& views, const SentenceView& v, uint32_t cue) {
  for (const auto& m : v.mentions)
    if (m.end_tok <= cue && Lister(m.type)) return m.entity;
  if (cue > v.first_tok && cue - v.first_tok <= 2 && Low(d, v.first_tok) == "it" && v.index > 0)
    for (const auto& m : views[v.index - 1].mentions)
      if (Lister(m.type)) return m.entity;
  return -1;
}

// "W is made up of A; B and C", "W brings together A and B", "It includes
// A and B" (cues.tsv: member_phrase): each listed organisation is PART_OF W.
// The list runs to the end of the sentence or a relative clause.
void Members(Document* doc, const std::vector<SentenceView>& views, const SentenceView& v) {
  const Document& d = *doc;
  uint32_t len = 0;
  const uint32_t cue = FindPhrase(d, v.first_tok, v.end_tok, PhraseCue<"member_phrase">(), &len);
  if (cue >= v.end_tok) return;
  const int whole = WholeBefore(d, views, v, cue);
  if (whole < 0) return;
  const uint32_t end = FindWord(d, cue + len, v.end_tok, {"which", "who", "while", "but", "whose"});
  for (const auto& m : v.mentions)
    if (m.first_tok >= cue + len && m.end_tok <= end && Member(m.type) && m.entity != whole)
      AddRelation(doc, RelationType::kPartOf, m.entity, whole, v.index, 0.6, {}, "part_of.member_list");
  // "... is led by X with partners including ...": the leader too.
  const uint32_t led = FindWord(d, v.first_tok, cue, {"led"});
  if (led < cue && led + 1 < v.end_tok && Low(d, led + 1) == "by")
    for (const auto& m : v.mentions)
      if (m.first_tok > led && m.first_tok < cue && Member(m.type) && m.entity != whole)
        AddRelation(doc, RelationType::kPartOf, m.entity, whole, v.index, 0.6, {}, "part_of.led_by_with_partners");
}

// "A is (also) one of the partners in W", "A, which ..., is a member of W",
// "A joined W", "A and B are a vanguard as W", "A teamed up with B in a
// vanguard called W" (cues.tsv: member_word, member_join, member_name):
// the sentence's subject, or the list it opens, is PART_OF W. Not a
// possessor ("part of W's network") nor an agent ("by W").
void Membership(Document* doc, const SentenceView& v) {
  const Document& d = *doc;
  const auto& ms = v.mentions;
  static const WordSet& words = Cue<"member_word">();
  static const WordSet& joins = Cue<"member_join">();
  static const WordSet& naming = Cue<"member_name">();
  for (size_t k = 1; k < ms.size(); ++k) {
    const SentMention& w = ms[k];
    if (!Lister(w.type) || w.first_tok < v.first_tok + 2) continue;
    if (w.end_tok < v.end_tok && Low(d, w.end_tok) == "'s") continue;
    // The words just before W: "partners in", "member of", "joined",
    // "as [the]", "called", "leading the ... vanguard".
    uint32_t t = w.first_tok;
    if (Low(d, t - 1) == "the") --t;
    const std::string_view link = Low(d, t - 1);
    const uint32_t near = t >= v.first_tok + 5 ? t - 5 : v.first_tok;
    bool cue = ((link == "in" || link == "of") && AnyWordIn(d, near, t - 1, words)) || joins.contains(link) ||
               (naming.contains(link) && AnyWord(d, near, t, {"vanguard", "partnership", "alliance", "group", "as"}));
    if (!cue || AnyWord(d, ms[0].end_tok, t, {"not"})) continue;
    // The members: the run of organisations opening the sentence.
    if (!Member(ms[0].type) || ms[0].entity == w.entity) continue;
    if (ms[0].first_tok > v.first_tok && Low(d, ms[0].first_tok - 1) == "by") continue;
    const size_t e = std::min(CoordinatedEnd(d, v, 0, Member), k);
    for (size_t i = 0; i < e; ++i) AddRelation(doc, RelationType::kPartOf, ms[i].entity, w.entity, v.index, 0.6, {}, "part_of.partner_in");
    // "A teamed up with B in a vanguard called W": B too.
    for (size_t i = e; i < k; ++i)
      if (Member(ms[i].type) && ms[i].first_tok > 0 && Low(d, ms[i].first_tok - 1) == "with")
        AddRelation(doc, RelationType::kPartOf, ms[i].entity, w.entity, v.index, 0.6, {}, "part_of.teamed_up_with");
  }
}

// "A, B and C will form the W Alliance" (cues.tsv: form_verb): each of a
// list of two or more is PART_OF the whole named right after the verb.
void Formed(Document* doc, const SentenceView& v) {
  const Document& d = *doc;
  const auto& ms = v.mentions;
  for (size_t k = 0; k < ms.size(); ++k) {
    if (!Member(ms[k].type)) continue;
    const size_t e = CoordinatedEnd(d, v, k, Member);
    if (e - k < 2 || e >= ms.size() || !Whole(ms[e].type)) {
      k = e - 1;
      continue;
    }
    const uint32_t from = ms[e - 1].end_tok, to = ms[e].first_tok;
    if (to > from && to - from <= 5 && FindPhrase(d, from, to, PhraseCue<"form_verb">()) < to)
      for (size_t i = k; i < e; ++i) AddRelation(doc, RelationType::kPartOf, ms[i].entity, ms[e].entity, v.index, 0.6, {}, "part_of.list_forms_whole");
    k = e - 1;
  }
}

class PartOfRelations : public Component {
 public:
  std::string_view Name() const override { return "part_of_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    const auto& views = SentenceViews(d);
    for (const auto& v : views) {
      const auto& ms = v.mentions;
      if (ms.size() < 2) continue;  // every construction here joins two
      Members(doc, views, v);
      Formed(doc, v);
      for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const SentMention& a = ms[k];
        const SentMention& b = ms[k + 1];
        if (!Member(a.type)) continue;
        const uint32_t from = a.end_tok, to = b.first_tok;
        if (to <= from || to - from > 9) continue;
        // "A has set up a subsidiary, B": B is part of A.
        if (AnyWord(d, from, to, {"subsidiary", "subsidiaries"}) && Member(b.type)) {
          if (AnyWord(d, from, to, {"of"})) AddRelation(doc, RelationType::kPartOf, a.entity, b.entity, v.index, 0.6, {}, "part_of.subsidiary_of");
          else AddRelation(doc, RelationType::kPartOf, b.entity, a.entity, v.index, 0.6, {}, "part_of.has_subsidiary");
          continue;
        }
      }
      Membership(doc, v);
    }
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakePartOfRelations() { return std::make_unique<PartOfRelations>(); }

}  // namespace cg
