#pragma once
// Tokenisation of Document::text into words and punctuation (see Token).
#include <array>
#include <cstddef>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "extract/document/document.h"

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

// The first i >= `from` with !IsWordByte(s[i]), or `n`. REQUIRES: from <= n.
// Sixteen bytes at a time where SSE2 is there (words are short, but most
// fit in one step).
inline size_t WordEnd(const char* s, size_t from, size_t n) {
  size_t i = from;
#ifdef __SSE2__
  const __m128i zero = _mm_set1_epi8('0' - 1), nine = _mm_set1_epi8('9' + 1);
  const __m128i a = _mm_set1_epi8('a' - 1), z = _mm_set1_epi8('z' + 1), to_lower = _mm_set1_epi8(0x20);
  while (n - i >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    // Signed compares: bytes >= 0x80 are negative (and word bytes).
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, zero), _mm_cmplt_epi8(v, nine));
    const __m128i l = _mm_or_si128(v, to_lower);  // letters of either case -> 'a'..'z'
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(l, a), _mm_cmplt_epi8(l, z));
    const __m128i high = _mm_cmplt_epi8(v, _mm_setzero_si128());
    const unsigned word = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, letter), high)));
    if (word != 0xFFFFu) return i + static_cast<size_t>(__builtin_ctz(~word));
    i += 16;
  }
#endif
  while (i < n && IsWordByte(s[i])) ++i;
  return i;
}

}  // namespace cg
