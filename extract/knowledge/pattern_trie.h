#pragma once
// PatternTrie: every lexicon and reference-data form in one trie, so an
// issue is matched with one short walk per word start whatever the number
// of names (thousands).
//
// Patterns and text are matched byte by byte over a reduced alphabet
// (letters, digits, a few punctuation marks; every other byte is one
// symbol), so callers confirm each hit against the real bytes. Two patterns
// equal over that alphabet share one id: the first one's.
//
// The trie is walked only from the starts the caller gives (names begin at
// word boundaries): a few steps per start, over a compact double array
// (about 8 bytes per node) that stays in cache.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/ascii.h"
#include "extract/document/tokens.h"

namespace cg {

class PatternTrie {
 public:
  // Adds a pattern (already lower-cased) and returns its id; adding the same
  // string twice returns the first id. REQUIRES: !built().
  uint32_t Add(std::string_view pattern);
  // Compacts the trie for matching. REQUIRES: called once, after every Add().
  void Build();
  bool built() const { return built_; }
  size_t pattern_count() const { return patterns_.size(); }
  const std::string& pattern(uint32_t id) const { return patterns_[id]; }

  // Calls on_match(pattern_id, end) for every pattern that occurs in `text`
  // starting at byte `begin` (end is one past its last byte), shortest
  // first. REQUIRES: built(), begin <= text.size().
  template <typename F>
  void MatchAt(std::string_view text, size_t begin, F&& on_match) const {
    Walk(text, begin, 0, on_match);
  }

  // Like MatchAt for a `begin` where the word [begin, end) starts (a
  // maximal run of IsWordByte bytes), but only the patterns whose own first
  // word is that whole word: the ones that end inside it, or go on with word
  // bytes after it, cannot end at a word boundary. The word is looked up in
  // one hash probe instead of being walked byte by byte, and most words
  // start no pattern at all. REQUIRES: built(), begin < end <= text.size().
  template <typename F>
  void MatchWordAt(std::string_view text, size_t begin, size_t end, F&& on_match) const {
    const uint32_t node = FirstWordNode(text.substr(begin, end - begin));
    if (node == 0) return;
    if (units_[node].base & kOutput) on_match(out_[node], end);
    Walk(text, end, node, on_match);
  }

 private:
  // Follows `text` from byte `i` on, starting at `node`.
  template <typename F>
  void Walk(std::string_view text, size_t i, uint32_t node, F&& on_match) const {
    uint32_t base = units_[node].base;
    for (; i < text.size(); ++i) {
      const uint32_t child = (base & kBaseMask) + kSymbolOf[static_cast<unsigned char>(text[i])];
      const Unit u = units_[child];
      if (u.check != node) return;
      node = child;
      base = u.base;
      if (base & kOutput) on_match(out_[node], i + 1);
    }
  }
  // The node reached by a pattern's whole first word `w` (exact bytes), or
  // 0 when no pattern starts with that word.
  uint32_t FirstWordNode(std::string_view w) const {
    const size_t mask = words_.size() - 1;
    for (size_t i = HashBytes(w) & mask;; i = (i + 1) & mask) {
      const FirstWord& f = words_[i];
      if (f.node == 0) return 0;
      if (f.size == w.size() && SameBytes(word_pool_.data() + f.offset, w.data(), w.size())) return f.node;
    }
  }

  static constexpr uint32_t kSymbols = 46;
  static const std::array<uint8_t, 256> kSymbolOf;

  std::vector<std::string> patterns_;
  // Build-time trie: children as (symbol, node) pairs, outputs by node.
  std::vector<std::vector<std::pair<uint8_t, uint32_t>>> trie_{1};
  std::vector<uint32_t> trie_out_{0};  // node -> pattern id + 1 (0 = none)
  // Matching: a double-array trie. Node n's child on symbol c is slot
  // base(n) + c when that slot's check is n; the root is slot 0, which no
  // child uses. One 8-byte unit per slot keeps the trie small enough to
  // stay in cache.
  static constexpr uint32_t kOutput = 0x80000000u;    // base flag: a pattern ends here
  static constexpr uint32_t kBaseMask = 0x7FFFFFFFu;
  static constexpr uint32_t kFree = 0xFFFFFFFFu;      // check of an unused slot
  struct Unit {
    uint32_t base = 0;
    uint32_t check = kFree;
  };
  std::vector<Unit> units_;
  std::vector<uint32_t> out_;  // slot -> pattern id (valid where kOutput)
  // Patterns' first words -> their nodes: open addressing, at most half full.
  struct FirstWord {
    uint32_t offset = 0;  // into word_pool_
    uint32_t size = 0;
    uint32_t node = 0;    // 0: empty slot
  };
  std::string word_pool_;
  std::vector<FirstWord> words_;
  bool built_ = false;
};

}  // namespace cg
