// SystemListRuler: care systems listed by their area under an introduction
// that names the kind ("Eight areas are now accountable care systems:" then
// "- Dorset", "- Berkshire West, covering A and B"). Each item's label, the
// capitalised words opening it, is a system (an STP-type entity) named
// "<label> <initials of the kind>" ("Dorset ACS"); it wins over the place or
// short trust name it shares words with. Kinds: cues.tsv care_system_phrase.
#include <string>

#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/document/text.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

// How many blocks before a list its introduction may stand.
constexpr uint32_t kIntroReach = 2;
// A label longer than this is a sentence, not a name.
constexpr uint32_t kMaxLabel = 8;

// "ACS" for "accountable_care_system".
std::string Initials(std::string_view phrase) {
  std::string out;
  for (size_t i = 0; i < phrase.size(); ++i)
    if (i == 0 || phrase[i - 1] == '_') out += static_cast<char>(phrase[i] - 'a' + 'A');
  return out;
}

// The kind of system the block's sentences name ("ACS"), or "".
std::string KindIn(const Document& d, const Block& b) {
  const PhraseSet& kinds = PhraseCue<"care_system_phrase">();
  size_t which = 0;
  for (uint32_t t = d.TokenAt(b.span.begin); t < d.tokens.size() && d.tokens[t].span.begin < b.span.end; ++t)
    if (kinds.MatchAt(d, t, &which)) return Initials(kinds.phrase(which));
  return "";
}

// The label's end token: capitalised words (and "and", "&", "of", "the"
// between them) from `first` to a comma, dash, bracket, cue word or the
// end of the block; 0 if it is not a name.
uint32_t LabelEnd(const Document& d, uint32_t first, uint32_t block_end) {
  uint32_t t = first;
  while (t < block_end && t < first + kMaxLabel) {
    const std::string_view w = Low(d, t);
    if (d.tokens[t].cap || w == "and" || w == "&" || w == "of" || w == "the") ++t;
    else break;
  }
  while (t > first && !d.tokens[t - 1].cap) --t;
  if (t == first) return 0;
  if (t < block_end) {
    const std::string_view w = Low(d, t);
    if (w != "," && w != "-" && w != ":" && w != "(" && !Cue<"area_lead">().contains(w)) return 0;
  }
  return t;
}

class SystemListRuler : public Component {
 public:
  std::string_view Name() const override { return "system_list_ruler"; }
  std::vector<std::string_view> Requires() const override { return {"tokens"}; }
  std::vector<std::string_view> Assigns() const override { return {"candidates"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    std::string kind;
    for (uint32_t b = 0; b < d.blocks.size(); ++b) {
      if (d.blocks[b].kind != BlockKind::kBullet) {
        kind.clear();
        continue;
      }
      if (b == 0 || d.blocks[b - 1].kind != BlockKind::kBullet)
        for (uint32_t i = b; i > 0 && b - i < kIntroReach && kind.empty();) kind = KindIn(d, d.blocks[--i]);
      if (!kind.empty()) AddLabel(doc, d.blocks[b], kind);
    }
    return Status::OK();
  }

 private:
  static void AddLabel(Document* doc, const Block& b, const std::string& kind) {
    const Document& d = *doc;
    const uint32_t first = d.TokenAt(b.span.begin);
    const uint32_t block_end = d.TokenAt(b.span.end);
    const uint32_t end = first < block_end ? LabelEnd(d, first, block_end) : 0;
    if (end == 0) return;
    MentionCandidate c;
    c.span = {d.tokens[first].span.begin, d.tokens[end - 1].span.end};
    c.type = EntityType::kSTP;
    c.source = MentionSource::kLexicon;
    c.rule = "pattern: a care system listed by its area (cues.tsv care_system_phrase)";
    for (uint32_t t = first; t < end; ++t) {
      if (!c.canonical.empty()) c.canonical += ' ';
      c.canonical += TokText(d, t) == "&" ? std::string("and") : std::string(TokText(d, t));
    }
    c.canonical += ' ' + kind;
    std::erase_if(doc->candidates, [&](const MentionCandidate& o) { return c.span.Contains(o.span); });
    doc->candidates.push_back(std::move(c));
  }
};

}  // namespace

std::unique_ptr<Component> MakeSystemListRuler() { return std::make_unique<SystemListRuler>(); }

}  // namespace cg
