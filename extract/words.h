#pragma once
// Small word lists shared by the rule-based components.
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>

#include "extract/document.h"

namespace cg {

// A fixed set of words with constant-time lookup (the rule lists are
// consulted for every token of every issue). Holds views of string
// literals: the words must outlive the set.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : set_(words.begin(), words.end()) {
    for (auto w : words) {
      if (w.empty()) continue;
      first_[static_cast<unsigned char>(w[0])] = true;
      lengths_ |= uint64_t{1} << std::min<size_t>(w.size(), 63);
    }
  }
  bool contains(std::string_view w) const {
    // Most tokens fail on the first byte or the length: no hashing then.
    if (w.empty() || !first_[static_cast<unsigned char>(w[0])] ||
        !(lengths_ >> std::min<size_t>(w.size(), 63) & 1))
      return false;
    return set_.count(w) > 0;
  }

 private:
  std::unordered_set<std::string_view> set_;
  bool first_[256] = {};
  uint64_t lengths_ = 0;
};

// Capitalised function words that never start or continue a name
// ("The", "But", "Since", "Meanwhile").
bool IsCapitalStopword(std::string_view w);
// Honorifics and titles before a person's name ("Mr", "Sir", "Professor").
bool IsTitle(std::string_view w);
// Titles after which a single name is a given name ("Sir Howard").
bool IsGivenNameTitle(std::string_view w);
// The last word of a post ("executive", "chair", "director", "MP", "boss").
bool IsRoleHead(std::string_view w);
// Verbs of saying ("said", "warned", "writes").
bool IsSpeechVerb(std::string_view w);
// Lower-cased copy.
std::string LowerCopy(std::string_view s);

// Token text helpers.
inline std::string_view TokText(const Document& d, uint32_t i) { return d.Text(d.tokens[i].span); }
// True if token i is a capitalised word that may be part of a name.
bool IsNameWord(const Document& d, uint32_t i);

}  // namespace cg
