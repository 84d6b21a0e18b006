#pragma once
// Small word lists shared by the rule-based components.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "graph/ascii.h"

#include "extract/document/document.h"
#include "extract/document/text.h"

namespace cg {

// A set of words with constant-time lookup (the rule lists are consulted
// for every token of every issue): a first-byte and length filter rejects
// most tokens at once, then one probe of an open-addressing table with a
// cheap hash (the filter: the lengths of the words with each first
// byte). Keeps its own copy of the words.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (auto w : words) Insert(w);
  }

  // Adds `w` ("" is never a member).
  void Insert(std::string_view w);

  bool contains(std::string_view w) const {
    // Most tokens fail on the first byte or the length: no hashing then.
    if (w.empty() || !(lengths_[static_cast<unsigned char>(w[0])] >> std::min<size_t>(w.size(), 63) & 1))
      return false;
    const size_t mask = slots_.size() - 1;
    for (size_t i = Hash(w) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.size == 0) return false;
      if (s.size == w.size() && SameBytes(pool_.data() + s.offset, w.data(), w.size())) return true;
    }
  }

 private:
  struct Slot {
    uint32_t offset = 0;
    uint32_t size = 0;  // 0: empty
  };
  static uint64_t Hash(std::string_view w) { return HashBytes(w); }
  void Place(Slot s);

  std::string pool_;          // the words, back to back
  std::vector<Slot> slots_ = std::vector<Slot>(8);  // power of two, at most half full
  size_t count_ = 0;
  uint64_t lengths_[256] = {};  // per first byte: bit min(length, 63) set if a word has it
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

// True if token i is a capitalised word that may be part of a name.
bool ComputeNameWord(const Document& d, uint32_t i);  // the test itself
inline bool IsNameWord(const Document& d, uint32_t i) {
  if (i >= d.tokens.size()) return false;
  if (d.name_words.size() == d.tokens.size()) return d.name_words[i] != 0;
  return ComputeNameWord(d, i);
}

// Fills d->name_words (IsNameWord of every token) after the tokens are
// final, so that IsNameWord costs one load.
void MarkNameWords(Document* d);

}  // namespace cg
