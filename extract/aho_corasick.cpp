#include "extract/aho_corasick.h"

#include <array>
#include <deque>

namespace cg {

// 0: other bytes; 1-26 letters (either case); 27-36 digits; then punctuation.
const std::array<uint8_t, 256> AhoCorasick::kSymbolOf = [] {
  std::array<uint8_t, 256> m{};
  for (int c = 'a'; c <= 'z'; ++c) m[c] = static_cast<uint8_t>(1 + c - 'a');
  for (int c = 'A'; c <= 'Z'; ++c) m[c] = static_cast<uint8_t>(1 + c - 'A');
  for (int c = '0'; c <= '9'; ++c) m[c] = static_cast<uint8_t>(27 + c - '0');
  const char* punct = " '-&.,()/:\"";  // 37..47 would overflow: keep 9
  uint8_t next = 37;
  for (const char* p = punct; *p && next < 46; ++p) m[static_cast<unsigned char>(*p)] = next++;
  return m;
}();

uint32_t AhoCorasick::Add(std::string_view pattern) {
  uint32_t node = 0;
  for (unsigned char c : pattern) {
    uint8_t sym = kSymbolOf[c];
    uint32_t next = 0;
    for (auto& [s, n] : trie_[node])
      if (s == sym) next = n;
    if (next == 0) {
      next = static_cast<uint32_t>(trie_.size());
      trie_[node].push_back({sym, next});
      trie_.emplace_back();
    }
    node = next;
  }
  if (output_.size() < trie_.size()) {
    output_.resize(trie_.size(), 0);
    has_output_.resize(trie_.size(), 0);
  }
  if (!has_output_[node]) {
    has_output_[node] = 1;
    output_[node] = static_cast<uint32_t>(patterns_.size());
    patterns_.emplace_back(pattern);
  }
  return output_[node];
}

void AhoCorasick::Build() {
  const size_t n = trie_.size();
  output_.resize(n, 0);
  has_output_.resize(n, 0);
  delta_.assign(n * kSymbols, 0);
  dict_.assign(n, 0);
  std::vector<uint32_t> fail(n, 0);
  std::deque<uint32_t> queue;
  for (auto& [s, child] : trie_[0]) {
    delta_[s] = child;
    queue.push_back(child);
  }
  while (!queue.empty()) {
    uint32_t u = queue.front();
    queue.pop_front();
    // Missing transitions follow the failure link's.
    for (uint32_t s = 0; s < kSymbols; ++s) delta_[u * kSymbols + s] = delta_[fail[u] * kSymbols + s];
    for (auto& [s, child] : trie_[u]) {
      fail[child] = delta_[fail[u] * kSymbols + s];
      delta_[u * kSymbols + s] = child;
      uint32_t f = fail[child];
      dict_[child] = has_output_[f] ? f : dict_[f];
      queue.push_back(child);
    }
  }
  trie_.clear();
  trie_.shrink_to_fit();
  built_ = true;
}

}  // namespace cg
