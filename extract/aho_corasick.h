#pragma once
// AhoCorasick: one automaton for every lexicon and reference-data form, so
// an issue is scanned once whatever the number of names (tens of thousands).
//
// Patterns and text are matched byte by byte over a reduced alphabet
// (letters, digits, a few punctuation marks; every other byte is one
// symbol), so callers confirm each hit against the real bytes. Matching is
// a single table lookup per byte.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cg {

class AhoCorasick {
 public:
  // Adds a pattern (already lower-cased) and returns its id; adding the same
  // string twice returns the first id. REQUIRES: !built().
  uint32_t Add(std::string_view pattern);
  // Compiles the automaton. REQUIRES: called once, after every Add().
  void Build();
  bool built() const { return built_; }
  size_t pattern_count() const { return patterns_.size(); }
  const std::string& pattern(uint32_t id) const { return patterns_[id]; }

  // Calls on_match(pattern_id, end) for every occurrence in `text` (end is
  // one past the last byte), in order of `end`.
  template <typename F>
  void Scan(std::string_view text, F&& on_match) const {
    uint32_t state = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      state = delta_[state * kSymbols + kSymbolOf[static_cast<unsigned char>(text[i])]];
      for (uint32_t s = has_output_[state] ? state : dict_[state]; s != 0; s = dict_[s])
        on_match(output_[s], i + 1);
    }
  }

 private:
  static constexpr uint32_t kSymbols = 46;
  static const std::array<uint8_t, 256> kSymbolOf;

  std::vector<std::string> patterns_;
  // Build-time trie: children as (symbol, node) pairs.
  std::vector<std::vector<std::pair<uint8_t, uint32_t>>> trie_{1};
  std::vector<uint32_t> delta_;      // node * kSymbols + symbol -> node
  std::vector<uint32_t> output_;     // node -> pattern id (valid iff has_output_)
  std::vector<uint8_t> has_output_;
  std::vector<uint32_t> dict_;       // node -> nearest proper suffix node with output (0 = none)
  bool built_ = false;
};

}  // namespace cg
