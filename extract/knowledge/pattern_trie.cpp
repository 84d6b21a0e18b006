#include "extract/knowledge/pattern_trie.h"

#include <algorithm>
#include <array>
#include <set>

namespace cg {

// 0: other bytes; 1-26 letters (either case); 27-36 digits; then punctuation.
const std::array<uint8_t, 256> PatternTrie::kSymbolOf = [] {
  std::array<uint8_t, 256> m{};
  for (int c = 'a'; c <= 'z'; ++c) m[c] = static_cast<uint8_t>(1 + c - 'a');
  for (int c = 'A'; c <= 'Z'; ++c) m[c] = static_cast<uint8_t>(1 + c - 'A');
  for (int c = '0'; c <= '9'; ++c) m[c] = static_cast<uint8_t>(27 + c - '0');
  const char* punct = " '-&.,()/:\"";  // 37..47 would overflow: keep 9
  uint8_t next = 37;
  for (const char* p = punct; *p && next < 46; ++p) m[static_cast<unsigned char>(*p)] = next++;
  return m;
}();

uint32_t PatternTrie::Add(std::string_view pattern) {
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
      trie_out_.push_back(0);
    }
    node = next;
  }
  if (trie_out_[node] == 0) {
    trie_out_[node] = static_cast<uint32_t>(patterns_.size()) + 1;
    patterns_.emplace_back(pattern);
  }
  return trie_out_[node] - 1;
}

void PatternTrie::Build() {
  const size_t n = trie_.size();
  // Place nodes depth-first: each node's children go to the first base
  // whose slots are all free, trying the free slots just below the frontier
  // (a few at most) and then the frontier, past which every slot is free.
  constexpr uint32_t kNear = 256;
  std::vector<uint32_t> slot(n, 0);  // trie node -> double-array slot
  units_.assign(1, Unit{});
  units_[0].check = kFree - 1;  // the root: no node's child
  std::set<uint32_t> holes;     // free slots below the frontier
  uint32_t frontier = 1;
  auto is_free = [&](uint32_t at) { return at >= frontier || holes.count(at) > 0; };
  std::vector<uint32_t> stack = {0};
  while (!stack.empty()) {
    const uint32_t u = stack.back();
    stack.pop_back();
    const auto& kids = trie_[u];
    if (kids.empty()) continue;
    const uint32_t min_sym = std::min_element(kids.begin(), kids.end())->first;
    uint32_t base = std::max(frontier, min_sym + 1) - min_sym;
    int tries = 0;
    const uint32_t near = frontier > kNear ? frontier - kNear : 0;
    for (auto h = holes.lower_bound(std::max(near, min_sym + 1)); h != holes.end() && tries < 64; ++h, ++tries) {
      const uint32_t b = *h - min_sym;
      bool fits = true;
      for (const auto& [s, child] : kids) fits = fits && is_free(b + s);
      if (fits) {
        base = b;
        break;
      }
    }
    units_[slot[u]].base = (units_[slot[u]].base & kOutput) | base;
    for (const auto& [s, child] : kids) {
      const uint32_t at = base + s;
      if (at >= frontier) {
        for (uint32_t f = frontier; f < at; ++f) holes.insert(f);
        frontier = at + 1;
        units_.resize(frontier, Unit{});
      } else {
        holes.erase(at);
      }
      slot[child] = at;
      units_[at].check = slot[u];
      if (trie_out_[child]) units_[at].base |= kOutput;
    }
    // Depth first, the children in reverse so the smallest symbol comes next:
    // a path's nodes sit close together.
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(it->second);
  }
  // Padding: a lookup from any base stays inside the array.
  units_.resize(frontier + kSymbols + 1, Unit{});
  out_.assign(units_.size(), 0);
  for (size_t u = 0; u < n; ++u)
    if (trie_out_[u]) out_[slot[u]] = trie_out_[u] - 1;
  // The first word of every pattern, with the node it leads to.
  std::vector<std::pair<std::string_view, uint32_t>> firsts;
  for (size_t pid = 0; pid < patterns_.size(); ++pid) {
    const std::string& p = patterns_[pid];
    size_t len = 0;
    while (len < p.size() && IsWordByte(p[len])) ++len;
    if (len == 0) continue;
    uint32_t node = 0;  // every prefix of a pattern is in the trie
    for (size_t i = 0; i < len; ++i) node = (units_[node].base & kBaseMask) + kSymbolOf[static_cast<unsigned char>(p[i])];
    firsts.emplace_back(std::string_view(p).substr(0, len), node);
  }
  size_t cap = 16;
  while (cap < 2 * firsts.size()) cap *= 2;
  words_.assign(cap, FirstWord{});
  for (const auto& [w, node] : firsts) {
    size_t i = HashBytes(w) & (cap - 1);
    bool dup = false;
    for (; words_[i].node != 0; i = (i + 1) & (cap - 1))
      if (std::string_view(word_pool_).substr(words_[i].offset, words_[i].size) == w) {
        dup = true;
        break;
      }
    if (dup) continue;
    words_[i] = {static_cast<uint32_t>(word_pool_.size()), static_cast<uint32_t>(w.size()), node};
    word_pool_.append(w);
  }
  trie_.clear();
  trie_.shrink_to_fit();
  trie_out_.clear();
  trie_out_.shrink_to_fit();
  built_ = true;
}

}  // namespace cg
