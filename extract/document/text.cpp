#include "extract/document/text.h"

#include <algorithm>

#include "graph/ascii.h"

namespace cg {

bool AnyWord(const Document& d, uint32_t from, uint32_t to, std::initializer_list<std::string_view> words) {
  return FindWord(d, from, to, words) < to;
}

uint32_t FindWord(const Document& d, uint32_t from, uint32_t to, std::initializer_list<std::string_view> words) {
  // The words' (first byte, length) pairs, hashed into 256 bits: most
  // tokens fail this at once, even against a long list.
  uint64_t pairs[4] = {0, 0, 0, 0};
  auto pair = [](unsigned char f, uint32_t len) { return (f + std::min<uint32_t>(len, 63) * 37u) & 255u; };
  for (auto x : words) {
    if (x.empty()) continue;
    const uint32_t k = pair(static_cast<unsigned char>(x[0]), static_cast<uint32_t>(x.size()));
    pairs[k >> 6] |= uint64_t{1} << (k & 63);
  }
  const uint32_t end = std::min<uint32_t>(to, static_cast<uint32_t>(d.tokens.size()));
  const char* low = d.lower.data();
  for (uint32_t i = from; i < end; ++i) {
    const Span s = d.tokens[i].span;
    const uint32_t k = pair(static_cast<unsigned char>(low[s.begin]), s.size());
    if (!(pairs[k >> 6] >> (k & 63) & 1)) continue;
    for (auto x : words)
      if (x.size() == s.size() && SameBytes(x.data(), low + s.begin, s.size())) return i;
  }
  return to;
}

bool StartsLine(const Document& d, uint32_t tok) {
  for (uint32_t k = d.tokens[tok].span.begin; k > 0; --k) {
    const char c = d.text[k - 1];
    if (c == '\n') return true;
    if (c != ' ' && c != '\t' && c != '*' && c != '-') return false;
  }
  return true;
}

}  // namespace cg
