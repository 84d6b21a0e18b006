#include "extract/document/tokens.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "graph/ascii.h"

namespace cg {
namespace {

// Byte classes for the word loop: kWord as IsWordByte; letters carry
// kLetter (bit 2, so that cls >> 2 counts them) and kLower if lower case.
constexpr uint8_t kWord = 1, kLower = 2, kLetter = 4;
constexpr auto kClass = [] {
  std::array<uint8_t, 256> c{};
  for (int u = 0; u < 256; ++u) {
    if (kWordBytes[u]) c[u] |= kWord;
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')) c[u] |= kLetter;
    if (u >= 'a' && u <= 'z') c[u] |= kLower;
  }
  return c;
}();
// The bytes that may join two parts of a word: "-", ".", "&", "'".
constexpr auto kJoin = [] {
  std::array<bool, 256> c{};
  for (unsigned char u : {'-', '.', '&', '\''}) c[u] = true;
  return c;
}();

}  // namespace

void Tokenise(Document* doc) {
  const std::string& t = doc->text;
  const uint32_t n = static_cast<uint32_t>(t.size());
  doc->tokens.reserve(n / 3 + 16);
  uint32_t i = 0;
  while (i < n) {
    char c = t[i];
    if (c == ' ' || c == '\n') {
      ++i;
      continue;
    }
    Token tok;
    if (!IsWordByte(c)) {
      // "'s" after a word is one token (possessive).
      if (c == '\'' && i + 1 < n && (t[i + 1] == 's' || t[i + 1] == 'S') && (i + 2 >= n || !IsWordByte(t[i + 2])) &&
          i > 0 && IsWordByte(t[i - 1])) {
        tok.span = {i, i + 2};
        doc->tokens.push_back(tok);
        i += 2;
        continue;
      }
      tok.span = {i, i + 1};
      doc->tokens.push_back(tok);
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    for (;;) {
      j = static_cast<uint32_t>(WordEnd(t.data(), j, n));
      if (j + 1 >= n) break;
      const unsigned char u = static_cast<unsigned char>(t[j]);
      if (!kJoin[u] || !IsWordByte(t[j + 1])) break;
      // Inner connectors: hyphen or apostrophe between letters, '.' between
      // digits or letters ("2.4", "nhs.net"); not a possessive "'s".
      if (u == '&' && !(IsAsciiUpper(static_cast<unsigned char>(t[j - 1])) &&
                        IsAsciiUpper(static_cast<unsigned char>(t[j + 1]))))
        break;  // "P&O" joins, "health&care" does not
      if (u == '\'' && (t[j + 1] == 's' || t[j + 1] == 'S') && (j + 2 >= n || !IsWordByte(t[j + 2])))
        break;  // possessive
      ++j;
    }
    tok.span = {i, j};
    tok.word = true;
    const unsigned char f = static_cast<unsigned char>(t[i]);
    tok.cap = IsAsciiUpper(f);
    tok.digit = IsAsciiDigit(f);
    if (!(kClass[f] & kLower)) {  // a word starting in lower case is not in capitals
      uint32_t letters = 0;
      uint8_t seen = 0;  // has kLower once a lower-case letter is seen
      for (uint32_t k = i; k < j; ++k) {
        const uint8_t cls = kClass[static_cast<unsigned char>(t[k])];
        letters += cls >> 2;  // 1 for a letter (kLetter is the top bit)
        seen |= cls;
      }
      tok.upper = letters >= 2 && !(seen & kLower);
    }
    doc->tokens.push_back(tok);
    i = j;
  }
  // The first token at or after each byte (Document::TokenAt).
  // Token ti fills [end of the previous token's run, its begin]: runs are
  // short, so eight entries are stored at a time, past the run's end too
  // (the next run overwrites them; the table has eight spare entries until
  // cut to size).
  doc->token_at.resize(n + 1 + 8);
  {
    uint32_t k = 0;
    uint32_t* at = doc->token_at.data();
    const Token* toks = doc->tokens.data();
    const uint32_t count = static_cast<uint32_t>(doc->tokens.size());
    for (uint32_t ti = 0; ti < count; ++ti) {
      const uint32_t b = toks[ti].span.begin;  // < n
#ifdef __SSE2__
      const __m128i v = _mm_set1_epi32(static_cast<int>(ti));
      for (uint32_t p = k; p <= b; p += 8) {
        _mm_storeu_si128(reinterpret_cast<__m128i*>(at + p), v);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(at + p + 4), v);
      }
#else
      std::fill(at + k, at + b + 1, ti);
#endif
      k = b + 1;
    }
    std::fill(at + k, at + n + 1, count);
  }
  doc->token_at.resize(n + 1);
  doc->sentence_first_token.clear();
  for (const auto& s : doc->sentences) doc->sentence_first_token.push_back(doc->TokenAt(s.span.begin));
}

}  // namespace cg
