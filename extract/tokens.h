#pragma once
// Tokenisation of Document::text into words and punctuation (see Token).
#include <array>

#include "extract/document.h"

namespace cg {

// Fills doc->tokens and doc->sentence_first_token.
void Tokenise(Document* doc);

// True for bytes that belong to words: ASCII letters and digits, and every
// byte of a multi-byte UTF-8 character (accented letters).
inline constexpr auto kWordBytes = [] {
  std::array<bool, 256> t{};
  for (int u = 0; u < 256; ++u) t[u] = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
  return t;
}();
inline bool IsWordByte(char c) { return kWordBytes[static_cast<unsigned char>(c)]; }

}  // namespace cg
