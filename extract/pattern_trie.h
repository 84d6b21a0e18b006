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
    uint32_t node = 0;
    uint32_t base = units_[0].base;
    for (size_t i = begin; i < text.size(); ++i) {
      const uint32_t child = (base & kBaseMask) + kSymbolOf[static_cast<unsigned char>(text[i])];
      const Unit u = units_[child];
      if (u.check != node) return;
      node = child;
      base = u.base;
      if (base & kOutput) on_match(out_[node], i + 1);
    }
  }

 private:
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
  bool built_ = false;
};

}  // namespace cg
