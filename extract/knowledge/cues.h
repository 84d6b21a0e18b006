#pragma once
// Cue words by class, from data/lexicon/cues.tsv (compiled into the
// binary): the rules read their word lists from there, so a list is
// extended without touching the engine.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document/document.h"
#include "extract/knowledge/words.h"

namespace cg {

// The words of class `cls`. An unknown class is a programming error: the
// process aborts naming it (the file is embedded, so a test catches it).
const WordSet& Cues(std::string_view cls);
// The same words in the order the file lists them (phrases, ordered cues).
const std::vector<std::string>& CueList(std::string_view cls);

// A class of cue phrases ("made_up_of": words joined by "_"), matched token
// by token against an issue's lower-cased text; the last word of a phrase
// may take a plural "s". Most tokens are rejected by one lookup of their
// text among the phrases' first words.
class PhraseSet {
 public:
  explicit PhraseSet(const std::vector<std::string>& phrases);
  // The length in tokens of the longest phrase starting at token i (0 if
  // none); *which gets its index in file order. `plural`: the last word may
  // take an "s".
  uint32_t MatchAt(const Document& d, uint32_t i, size_t* which = nullptr, bool plural = true) const {
    if (i >= d.tokens.size()) return 0;
    const Span s = d.tokens[i].span;
    if (!first_.contains(std::string_view(d.lower).substr(s.begin, s.size()))) return 0;  // most tokens
    return MatchFrom(d, i, which, plural);
  }
  const std::string& phrase(size_t k) const { return phrases_[k]; }

 private:
  uint32_t MatchFrom(const Document& d, uint32_t i, size_t* which, bool plural) const;

  WordSet first_;
  std::vector<std::string> phrases_;
  std::vector<std::vector<std::string>> words_;
};

// The phrases of class `cls` (aborts on an unknown class, as Cues does).
const PhraseSet& Phrases(std::string_view cls);

// A class name written in the code, as a template argument: Cue<"honour">()
// looks the class up once, on first use, however hot the loop it is in.
template <size_t N>
struct CueName {
  char s[N];
  constexpr CueName(const char (&x)[N]) { std::copy_n(x, N, s); }  // NOLINT: implicit on purpose
  constexpr std::string_view view() const { return {s, N - 1}; }
};
template <CueName kName>
const WordSet& Cue() {
  static const WordSet& set = Cues(kName.view());
  return set;
}
template <CueName kName>
const PhraseSet& PhraseCue() {
  static const PhraseSet& set = Phrases(kName.view());
  return set;
}

// True if any token in [from, to) has its lower-cased text in `words`.
bool AnyWordIn(const Document& d, uint32_t from, uint32_t to, const WordSet& words);
// The first token in [from, to) where one of `phrases` starts (a cue class
// of cues.tsv, PhraseCue<"member_phrase">()), or `to`; *len gets its
// length in tokens.
uint32_t FindPhrase(const Document& d, uint32_t from, uint32_t to, const PhraseSet& phrases, uint32_t* len = nullptr);

}  // namespace cg
