// PublishesRelations: an organisation that publishes or issues a named
// policy or document (PUBLISHES):
//   "NHS England has published the X framework"   (verb: cues.tsv publish_verb)
//   "the X framework, published by NHS England"   (passive)
//   "NHS Improvement's Single Oversight Framework", "the Monitor 'X Framework'"
//                                                 (possessive or attributive)
//   "X Framework" titling an issue whose opening lines name an organisation
//   and a date ("NHS Improvement 21 October 2016"): the document's publisher.
// The policy must be the object itself, not a qualifier ("published Better
// Care Fund allocations" is money, not the fund: cues.tsv policy_continues).
#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/relations/relation_util.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

// How many tokens a verb may stand after its subject, and the policy after
// the verb.
constexpr uint32_t kVerbReach = 4;
constexpr uint32_t kObjectReach = 6;
// How many blocks from the top a publisher's byline may stand.
constexpr uint32_t kBylineBlocks = 6;

bool Continues(const Document& d, const SentenceView& v, const SentMention& pol) {
  return pol.end_tok < v.end_tok && Cue<"policy_continues">().contains(Low(d, pol.end_tok));
}

bool Publisher(EntityType t) { return IsOrgLike(t); }

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
        if (Publisher(ms[k].type)) {
          Active(doc, v, k);
          Possessive(doc, v, k);
        } else if (ms[k].type == EntityType::kPolicy) {
          Passive(doc, v, k);
        }
      }
    }
    Byline(doc);
    return Status::OK();
  }

 private:
  static void Active(Document* doc, const SentenceView& v, size_t k) {
    const Document& d = *doc;
    const auto& ms = v.mentions;
    const uint32_t reach = std::min(ms[k].end_tok + kVerbReach, v.end_tok);
    uint32_t len = 0;
    const uint32_t verb = FindPhrase(d, ms[k].end_tok, reach, PhraseCue<"publish_verb">(), &len);
    if (verb >= reach) return;
    for (size_t j = k + 1; j < ms.size(); ++j) {
      const SentMention& pol = ms[j];
      if (pol.first_tok < verb + len) continue;
      if (pol.first_tok - verb > kObjectReach) break;
      if (pol.type != EntityType::kPolicy) {
        if (IsOrgLike(pol.type) || pol.type == EntityType::kPerson) break;
        continue;
      }
      if (!Continues(d, v, pol)) AddRelation(doc, RelationType::kPublishes, ms[k].entity, pol.entity, v.index, 0.7, {}, "publishes.verb");
      break;
    }
  }

  // "Org's [new] Policy", "the Org 'Policy'".
  static void Possessive(Document* doc, const SentenceView& v, size_t k) {
    const Document& d = *doc;
    const auto& ms = v.mentions;
    if (k + 1 >= ms.size() || ms[k + 1].type != EntityType::kPolicy) return;
    for (uint32_t t = ms[k].end_tok; t < ms[k + 1].first_tok; ++t) {
      const std::string_view w = Low(d, t);
      if (w != "'s" && w != "\"" && w != "'" && w != "new" && w != "latest" && w != "draft" && w != "own") return;
    }
    if (ms[k + 1].first_tok - ms[k].end_tok > 3 || Continues(d, v, ms[k + 1])) return;
    AddRelation(doc, RelationType::kPublishes, ms[k].entity, ms[k + 1].entity, v.index, 0.6, {}, "publishes.possessive");
  }

  // "Policy, published by Org".
  static void Passive(Document* doc, const SentenceView& v, size_t k) {
    const Document& d = *doc;
    const auto& ms = v.mentions;
    if (k + 1 >= ms.size() || !Publisher(ms[k + 1].type)) return;
    const uint32_t from = ms[k].end_tok, to = ms[k + 1].first_tok;
    if (to < from + 2 || to - from > 4 || Low(d, to - 1) != "by") return;
    if (FindPhrase(d, from, to, PhraseCue<"publish_verb">()) >= to) return;
    AddRelation(doc, RelationType::kPublishes, ms[k + 1].entity, ms[k].entity, v.index, 0.7, {}, "publishes.passive");
  }

  // A document's title names the policy; a line near the top names the
  // organisation followed by a date: its publisher.
  static void Byline(Document* doc) {
    const Document& d = *doc;
    const auto& views = SentenceViews(d);
    int title_policy = -1, title_sentence = -1, publisher = -1;
    for (const auto& v : views) {
      const uint32_t block = d.sentences[v.index].block;
      if (block >= kBylineBlocks) break;
      for (const auto& m : v.mentions) {
        if (title_policy < 0 && d.blocks[block].kind != BlockKind::kParagraph && m.type == EntityType::kPolicy)
          title_policy = m.entity, title_sentence = v.index;
        if (publisher < 0 && Publisher(m.type) && m.end_tok + 2 < v.end_tok && d.tokens[m.end_tok].digit &&
            d.tokens[m.end_tok + 1].cap)
          publisher = m.entity;
      }
    }
    if (title_policy >= 0 && publisher >= 0)
      AddRelation(doc, RelationType::kPublishes, publisher, title_policy, title_sentence, 0.6, {}, "publishes.byline");
  }
};

}  // namespace

std::unique_ptr<Component> MakePublishesRelations() { return std::make_unique<PublishesRelations>(); }

}  // namespace cg
