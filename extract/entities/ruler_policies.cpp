// PolicyPatternRuler: policies in no list —
//  - named documents: capitalised words ending in a policy head word
//    ("Risk Assessment Framework", "Dalton Review"; cues.tsv policy_head),
//    never over a name another ruler found ("NHS England" before it);
//  - devolution deals named by their area: "the Solent deal", "the
//    'Greater Lincolnshire' deal" (in a passage about devolution);
//  - coined scheme names: a quoted or CamelCase name before "service",
//    "scheme", "programme", "initiative", "project" or "pilot"
//    ("a 'HomeFirst' service").
#include <cctype>

#include "graph/ascii.h"
#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/document/limits.h"
#include "extract/document/text.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

bool IsSchemeNoun(std::string_view w) { return Cue<"scheme_noun">().contains(w); }

bool CamelCase(std::string_view w) {
  if (w.size() < 4 || !IsAsciiUpper(static_cast<unsigned char>(w[0]))) return false;
  for (size_t i = 1; i + 1 < w.size(); ++i)
    if (IsAsciiLower(static_cast<unsigned char>(w[i])) && IsAsciiUpper(static_cast<unsigned char>(w[i + 1])))
      return true;
  return false;
}

class PolicyPatternRuler : public Component {
 public:
  std::string_view Name() const override { return "policy_pattern_ruler"; }
  std::vector<std::string_view> Requires() const override { return {"candidates"}; }
  std::vector<std::string_view> Assigns() const override { return {"candidates"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    std::vector<MentionCandidate> added;
    // Devolution deals: a place candidate followed by "deal", maybe quoted.
    for (const auto& c : d.candidates) {
      if (c.type != EntityType::kPlace) continue;
      uint32_t t = d.TokenAt(c.span.end);
      bool quoted = t < d.tokens.size() && TokText(d, t) == "\"";
      uint32_t k = quoted ? t + 1 : t;
      bool devo_word = k < d.tokens.size() && (TokText(d, k) == "devolution" || TokText(d, k) == "devo");
      if (devo_word) ++k;
      if (k >= d.tokens.size() || (TokText(d, k) != "deal" && TokText(d, k) != "deals")) continue;
      int s = d.SentenceAt(c.span.begin);
      if (s < 0) continue;
      const Span block = d.blocks[d.sentences[s].block].span;
      std::string_view text = std::string_view(d.lower).substr(block.begin, block.size());
      if (!devo_word && text.find("devo") == std::string_view::npos) continue;
      MentionCandidate m;
      uint32_t begin = c.span.begin;
      if (quoted && begin > 0 && d.text[begin - 1] == '"') --begin;
      m.span = {begin, d.tokens[k].span.end};
      m.type = EntityType::kPolicy;
      m.source = MentionSource::kPattern;
      m.rule = "pattern: <place> devolution deal";
      m.canonical = std::string(d.Text(c.span)) + " devolution deal";
      m.keeps_inner = true;
      added.push_back(std::move(m));
    }
    // Coined scheme names.
    for (uint32_t i = 0; i + 1 < d.tokens.size(); ++i) {
      // Both forms start with a capital (CamelCase's first test; the token's
      // `cap`): most tokens stop here.
      if (!d.tokens[i].cap) continue;
      std::string_view w = TokText(d, i);
      bool quoted = i > 0 && i + 2 < d.tokens.size() && TokText(d, i - 1) == "\"" && TokText(d, i + 1) == "\"" &&
                    IsSchemeNoun(TokText(d, i + 2));
      bool camel = CamelCase(w) && IsSchemeNoun(TokText(d, i + 1));
      if (!(quoted && d.tokens[i].cap && !d.tokens[i].upper) && !camel) continue;
      MentionCandidate m;
      m.span = d.tokens[i].span;
      m.type = EntityType::kPolicy;
      m.source = MentionSource::kPattern;
      m.rule = "pattern: coined scheme name";
      m.canonical = std::string(w);
      added.push_back(std::move(m));
    }
    NamedDocuments(d, &added);
    for (auto& m : added) doc->candidates.push_back(std::move(m));
    return Status::OK();
  }

 private:
  static void NamedDocuments(const Document& d, std::vector<MentionCandidate>* added) {
    static const WordSet& heads = Cue<"policy_head">();
    static const WordSet& joiners = Cue<"policy_name_joiner">();
    // Tokens inside another ruler's name: a document's name stops there.
    thread_local std::vector<uint8_t> taken;
    taken.assign(d.tokens.size(), 0);
    for (const auto& c : d.candidates)
      if (c.type != EntityType::kPolicy)
        for (uint32_t t = d.TokenAt(c.span.begin); t < d.tokens.size() && d.tokens[t].span.begin < c.span.end; ++t)
          taken[t] = 1;
    for (uint32_t i = 1; i < d.tokens.size(); ++i) {
      if (!d.tokens[i].cap || taken[i] || !heads.contains(TokText(d, i))) continue;
      uint32_t start = i;
      for (uint32_t j = i; j > 0 && i - j < kMaxNameTokens;) {
        --j;
        if (taken[j] || d.Text({d.tokens[j].span.end, d.tokens[j + 1].span.begin}).find('\n') != std::string_view::npos)
          break;
        if (IsNameWord(d, j) || d.tokens[j].digit) {
          start = j;
          continue;
        }
        if (!joiners.contains(Low(d, j)) || j == 0 || !IsNameWord(d, j - 1)) break;
      }
      if (start == i) continue;
      MentionCandidate m;
      m.span = {d.tokens[start].span.begin, d.tokens[i].span.end};
      m.type = EntityType::kPolicy;
      m.source = MentionSource::kPattern;
      m.rule = "pattern cues.tsv policy_head: named document";
      m.canonical = std::string(d.Text(m.span));
      added->push_back(std::move(m));
    }
  }
};

}  // namespace

std::unique_ptr<Component> MakePolicyPatternRuler() { return std::make_unique<PolicyPatternRuler>(); }

}  // namespace cg
