#pragma once
// Token text helpers over a read Document: the lower-cased or written text
// of a token, word tests over a range of tokens, and line starts.
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "extract/document/document.h"

namespace cg {

// The token's text as written.
inline std::string_view TokText(const Document& d, uint32_t i) { return d.Text(d.tokens[i].span); }
// Lower-cased token text (a view into Document::lower: no allocation).
inline std::string_view Low(const Document& d, uint32_t tok) {
  return std::string_view(d.lower).substr(d.tokens[tok].span.begin, d.tokens[tok].span.size());
}
// True if any token in [from, to) has its lower-cased text in `words`.
bool AnyWord(const Document& d, uint32_t from, uint32_t to, std::initializer_list<std::string_view> words);
// Token index of the first token in [from, to) whose lower-cased text is in
// `words`, or `to`.
uint32_t FindWord(const Document& d, uint32_t from, uint32_t to, std::initializer_list<std::string_view> words);

// True if nothing but spaces and a bullet ("*", "-") stands before token
// `tok` on its line: it opens a line or a list item.
bool StartsLine(const Document& d, uint32_t tok);

}  // namespace cg
