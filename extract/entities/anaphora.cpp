// AnaphoraResolver: definite descriptions that stand for a named entity —
// "the trust", "the CCG", "the council", "the county council", "the
// regulator", "the STP" — become (anaphor) mentions of the nearest entity of
// that type named before them (within a few sentences), or of the only one
// the issue names. Relations may use them; they never become aliases.
#include <algorithm>
#include <map>

#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/entities/mention_order.h"
#include "extract/document/text.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

// "the <description>" by type (cues.tsv: anaphor_<Type>, phrases), longest
// first within a type.
struct Description {
  const PhraseSet* phrases;
  EntityType type;
};

const std::vector<Description>& Descriptions() {
  static const std::vector<Description> kList = {
      {&PhraseCue<"anaphor_LocalAuthority">(), EntityType::kLocalAuthority},
      {&PhraseCue<"anaphor_Trust">(), EntityType::kTrust},
      {&PhraseCue<"anaphor_CCG">(), EntityType::kCCG},
      {&PhraseCue<"anaphor_NationalBody">(), EntityType::kNationalBody},
      {&PhraseCue<"anaphor_STP">(), EntityType::kSTP},
  };
  return kList;
}

class AnaphoraResolver : public Component {
 public:
  std::string_view Name() const override { return "anaphora_resolver"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"mentions"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    std::vector<MentionCandidate> added;
    const uint32_t n = static_cast<uint32_t>(d.tokens.size());
    const char* const text = d.text.data();
    // Mentions in text order (as the selector leaves them): an overlap
    // search stops at the first mention starting after the span.
    const bool sorted = std::is_sorted(d.mentions.begin(), d.mentions.end(),
                                       [](const MentionCandidate& a, const MentionCandidate& b) {
                                         return a.span.begin < b.span.begin;
                                       });
    for (uint32_t i = 0; i + 1 < n; ++i) {
      // "the" or "The" (bytes compared in place: most tokens differ in length).
      const Span ts = d.tokens[i].span;
      if (ts.size() != 3) continue;
      const char* the = text + ts.begin;
      if (!((the[0] == 't' || the[0] == 'T') && the[1] == 'h' && the[2] == 'e')) continue;
      for (const auto& desc : Descriptions()) {
        const uint32_t len = desc.phrases->MatchAt(d, i + 1, nullptr, /*plural=*/false);
        if (len == 0) continue;
        const Span span{d.tokens[i].span.begin, d.tokens[i + len].span.end};
        if (Covered(d, span, sorted)) break;
        int e = Resolve(d, span.begin, desc.type);
        if (e >= 0) {
          MentionCandidate m;
          m.span = span;
          m.type = desc.type;
          m.source = MentionSource::kAnaphor;
          m.rule = "anaphor: a definite description of the nearest entity of its type";
          m.anaphor = true;
          m.entity = e;
          added.push_back(std::move(m));
        }
        break;
      }
    }
    if (added.empty()) return Status::OK();
    AddMentionsInOrder(doc, std::move(added), EqualStarts::kStable);
    return Status::OK();
  }

 private:
  static bool Covered(const Document& d, Span s, bool sorted) {
    for (const auto& m : d.mentions) {
      if (sorted && m.span.begin >= s.end) break;  // neither it nor any later one overlaps
      if (m.span.Overlaps(s)) return true;
    }
    return false;
  }

  // The nearest entity of `type` mentioned before `pos` within six
  // sentences; else the only entity of that type in the issue.
  static int Resolve(const Document& d, uint32_t pos, EntityType type) {
    const int here = d.SentenceAt(pos);
    int best = -1;
    for (const auto& m : d.mentions) {
      if (m.span.begin >= pos) break;
      if (m.type != type || m.entity < 0) continue;
      const int s = d.SentenceAt(m.span.begin);
      if (here >= 0 && s >= 0 && here - s <= 6) best = m.entity;
    }
    if (best >= 0) return best;
    int only = -1;
    for (int ei = 0; ei < static_cast<int>(d.entities.size()); ++ei) {
      if (d.entities[ei].type != type) continue;
      if (only >= 0) return -1;
      only = ei;
    }
    return only;
  }
};

}  // namespace

std::unique_ptr<Component> MakeAnaphoraResolver() { return std::make_unique<AnaphoraResolver>(); }

}  // namespace cg
